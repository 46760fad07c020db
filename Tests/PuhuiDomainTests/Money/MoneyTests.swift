import Foundation
import Testing
@testable import PuhuiDomain

@Suite struct MoneyTests {
    @Test(arguments: [("1234.50", 123_450), ("1234", 123_400), ("1234.5", 123_450), ("0.05", 5), ("-12.00", -1200)])
    func parsesYuan(text: String, fen: Int64) throws {
        #expect(try #require(Money(yuan: text)).fen == fen)
    }

    @Test(arguments: ["1234.505", "1,234.50", "¥12", "12 ", "", "abc", "1e2"])
    func refusesAmountsThatAreNotPlainYuan(text: String) {
        #expect(Money(yuan: text) == nil)
    }

    @Test func formatsYuanWithTwoDecimals() {
        #expect(Money(fen: 123_450).yuanString == "1234.50")
        #expect(Money(fen: 5).yuanString == "0.05")
        #expect(Money(fen: -1200).yuanString == "-12.00")
        #expect(Money(fen: 123_456_780).grouped == "1,234,567.80")
    }

    @Test func encodesAsYuanStringInJSON() throws {
        struct Box: Codable { var premium: Money }
        let data = try JSONEncoder().encode(Box(premium: Money(fen: 123_450)))
        #expect(String(decoding: data, as: UTF8.self) == #"{"premium":"1234.50"}"#)
        #expect(try JSONDecoder().decode(Box.self, from: Data(#"{"premium":"0.10"}"#.utf8)).premium.fen == 10)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Box.self, from: Data(#"{"premium":"0.105"}"#.utf8)) }
    }

    @Test func roundsDecimalYuanThroughTheRule() {
        #expect(Money(yuan: ExactDecimal(parsing: "712.505")!, rounding: .halfUp)?.fen == 71_251)
        #expect(Money(yuan: ExactDecimal(parsing: "712.505")!, rounding: .halfEven)?.fen == 71_250)
    }
}
