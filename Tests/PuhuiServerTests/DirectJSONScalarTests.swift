import Foundation
import PuhuiAPI
import Testing
@testable import PuhuiServer

/// Strings, integers and booleans as `JSONByteWriter` writes them, each against Foundation's
/// `JSONEncoder` with the converter's options.
@Suite struct DirectJSONScalarTests {
    typealias Fixtures = DirectJSONFixtures

    func direct(_ name: Components.Schemas.LocalizedName) -> String {
        var writer = JSONByteWriter(capacity: 64)
        writer.object(name, DirectJSON.members)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    func foundation(_ value: some Encodable) throws -> String {
        String(decoding: try Fixtures.foundation(value), as: UTF8.self)
    }

    static let corpus: [String] = (0...0xFF).compactMap { Unicode.Scalar($0).map { String(Character($0)) } } + [
        String((0...0xFF).compactMap { Unicode.Scalar($0).map(Character.init) }),
        "\u{2028}", "\u{2029}", "line\u{2028}separated\u{2029}", "\u{FEFF}byte order mark", "\u{FFFD}", "\u{10FFFF}",
        "👩‍👩‍👧", "🇨🇳", "e\u{301}", "\u{301}", "a\u{300}\u{316}\u{33F}", "普惠保险 小微企业", "\"quoted\"", "\\", "\\\\\"", "C:\\dir\\file",
        "a/b//c", "</script>", "http://example.cn/x?y=1&z=2", "lone\rCR", "\r\n", "\u{7F}", "\u{1B}[0m", "", " ",
    ]

    @Test(arguments: corpus) func aStringIsEscapedAsTheEncoderEscapesIt(_ string: String) throws {
        let name = Fixtures.name(string, "x" + string)
        #expect(direct(name) == (try foundation(name)), "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func whatTheEncoderEscapesAndWhatItLeavesAsIs() throws {
        // Short escapes for five controls, \u00xx in lower-case hex for the rest below U+0020;
        // the slash (withoutEscapingSlashes), DEL and U+2028 stay as they are.
        let name = Fixtures.name("\u{0}\u{1F}\u{8}\u{C}\n\r\t\"\\/\u{7F}\u{2028}é", "")
        let expected = #"{"en":"","zh":"\u0000\u001f\b\f\n\r\t\"\\/"# + "\u{7F}\u{2028}é\"}"
        #expect(try foundation(name) == expected)
        #expect(direct(name) == expected)
    }

    @Test func integersAtTheirExtremesAndBothBooleans() throws {
        for (cycle, late) in [(0, Int64(0)), (-1, -1), (Int.min, Int64.min), (Int.max, Int64.max), (9, 10), (-10, -9), (1_000_000, -1_000_000)] {
            let clock = Components.Schemas.Clock(kind: .decision, cycle: cycle, basis: "", startedAt: "", dueAt: "", status: .open, lateSeconds: late)
            var writer = JSONByteWriter(capacity: 256)
            writer.object(clock, DirectJSON.members)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == (try foundation(clock)))
        }
        for covered in [true, false] {
            var claim = Fixtures.bareClaim
            claim.covered = covered
            claim.small = !covered
            #expect(DirectJSON.claim(claim) == (try Fixtures.foundation(claim)))
        }
    }
}
