/// Compact JSON written byte by byte, exactly as Foundation's `JSONEncoder` writes it with
/// `outputFormatting = [.sortedKeys, .withoutEscapingSlashes]` (the options the generated
/// handlers' converter is given in `PuhuiServer`), for the answers written without the
/// generated serializer (`DirectJSON`).
///
/// The writer does not sort: the caller writes each object's keys in the encoder's order,
/// ascending by their UTF-8 bytes (`"advancePaid"` before `"agreedLoss"`, `"Z"` before `"a"`).
/// Strings are escaped as the encoder escapes them: `"` and `\` with a backslash; backspace,
/// form feed, line feed, carriage return and tab as `\b \f \n \r \t`; every other code point
/// below U+0020 as `\u00xx` with lower-case hex; everything else (`/`, DEL, U+2028, emoji)
/// as its UTF-8 bytes.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or array element follows a value, and so a comma.
    private var afterValue = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        afterValue = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        afterValue = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        afterValue = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        afterValue = true
    }

    /// `"name":`; the names are the contract's property names, which need no escaping.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        // Byte by byte: cheaper than a second copy of a buffer for two bytes.
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterValue = false
    }

    private mutating func separate() {
        if afterValue {
            bytes.append(UInt8(ascii: ","))
        }
    }

    // MARK: Values

    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var pending = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending..<index]))
                escape(byte)
                pending = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending...]))
        }
        bytes.append(UInt8(ascii: "\""))
        afterValue = true
    }

    private mutating func escape(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        bytes.append(UInt8(ascii: "\\"))
        if let short {
            bytes.append(short)
        } else {
            raw("u00")
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    mutating func integer(_ value: some FixedWidthInteger & SignedInteger) {
        separate()
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        // The digits of the magnitude (so that the most negative value needs no negation),
        // last first, then turned round.
        var rest = UInt64(value.magnitude)
        let first = bytes.endIndex
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[first...].reverse()
        afterValue = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        raw(value ? "true" : "false")
        afterValue = true
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
