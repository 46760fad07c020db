import Foundation
import Testing
@testable import PuhuiDomain

@Suite struct ExactDecimalTests {
    @Test(arguments: [
        ("0.00085", "0.00085"), ("12", "12"), ("-3.50", "-3.50"), ("+7.1", "7.1"), ("0.0", "0.0"), ("000123.40", "123.40"),
    ])
    func parsesPlainDecimalsExactly(text: String, expected: String) throws {
        let value = try #require(ExactDecimal(parsing: text))
        #expect(value.description == expected)
    }

    @Test(arguments: ["", "-", ".5", "5.", "1e3", "1,000", " 1", "1 ", "12abc", "0x10", "1.2.3", "NaN"])
    func refusesAnythingButPlainDecimals(text: String) {
        #expect(ExactDecimal(parsing: text) == nil)
    }

    @Test func multiplicationIsExact() throws {
        let si = ExactDecimal(significand: 80_000_000, scale: 2) // 800000.00 yuan
        let product = si * ExactDecimal(parsing: "0.00075")! * ExactDecimal(parsing: "0.95")! * ExactDecimal(parsing: "1.25")!
        #expect(product.description == "712.50000000000")
        #expect(product.rounded(scale: 2, .halfUp).description == "712.50")
    }

    @Test func comparesAcrossScales() {
        #expect(ExactDecimal(parsing: "1.50")! == ExactDecimal(parsing: "1.5")!)
        #expect(ExactDecimal(parsing: "0.0999")! < ExactDecimal(parsing: "0.1")!)
        #expect(ExactDecimal(parsing: "-2")! < ExactDecimal(parsing: "1.5")!)
        #expect(Set([ExactDecimal(parsing: "2.50")!, ExactDecimal(parsing: "2.5")!]).count == 1)
    }

    @Test func additionAlignsScales() {
        #expect((ExactDecimal(parsing: "1.005")! + ExactDecimal(parsing: "2.5")!).description == "3.505")
        #expect((ExactDecimal(parsing: "1")! - ExactDecimal(parsing: "0.025")!).description == "0.975")
    }

    @Test func divisionRoundsWithTheNamedRule() throws {
        let one = ExactDecimal.one, three = ExactDecimal(3)
        #expect(one.divided(by: three, scale: 4, .halfUp)?.description == "0.3333")
        #expect(ExactDecimal(2).divided(by: three, scale: 4, .halfUp)?.description == "0.6667")
        #expect(ExactDecimal(2).divided(by: three, scale: 4, .down)?.description == "0.6666")
        #expect(ExactDecimal(parsing: "1")!.divided(by: ExactDecimal(parsing: "1.025")!, scale: 10, .halfEven)?.description == "0.9756097561")
        #expect(one.divided(by: .zero, scale: 2, .halfUp) == nil)
    }

    @Test func productsBeyond38DigitsKeepTheMostSignificantDigits() {
        let v = ExactDecimal(parsing: "0.975609756097560975609756097560975610")! // 36 decimals
        let squared = v * v
        #expect(squared.scale == ExactDecimal.maxScale)
        // 0.9756097560975609756...^2 = 0.95181439619274241522903033908387864...
        #expect(squared.rounded(scale: 20, .halfEven).description == "0.95181439619274241523")
    }

    /// Foundation's Decimal as an independent oracle on random products and quotients.
    @Test func agreesWithFoundationDecimalOnRandomInputs() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let a = Int64.random(in: 1...99_999_999, using: &generator)
            let b = Int64.random(in: 1...999_999, using: &generator)
            let scaleA = Int.random(in: 0...4, using: &generator), scaleB = Int.random(in: 0...6, using: &generator)
            let x = ExactDecimal(significand: Int128(a), scale: scaleA)
            let y = ExactDecimal(significand: Int128(b), scale: scaleB)
            let fx = try #require(Decimal(string: x.description)), fy = try #require(Decimal(string: y.description))
            var exact = fx * fy
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 2, .plain)
            let oracle = try #require(Money(yuan: "\(rounded)"))
            #expect((x * y).rounded(scale: 2, .halfUp).description == oracle.yuanString,
                    "\(x) × \(y)")
        }
    }
}

@Suite struct RoundingRuleTests {
    @Test(arguments: [
        ("0.125", RoundingRule.halfUp, "0.13"), ("0.125", .halfEven, "0.12"), ("0.135", .halfEven, "0.14"),
        ("0.129", .down, "0.12"), ("0.121", .up, "0.13"), ("-0.125", .halfUp, "-0.13"), ("-0.125", .halfEven, "-0.12"),
        ("-0.129", .down, "-0.12"), ("-0.121", .up, "-0.13"), ("0.124999", .halfUp, "0.12"), ("2.5", .halfUp, "2.50"),
    ])
    func roundsToTheFen(text: String, rule: RoundingRule, expected: String) {
        #expect(ExactDecimal(parsing: text)!.rounded(scale: 2, rule).description == expected)
    }

    @Test func moneyDefaultIsHalfUp() {
        #expect(RoundingRule.money == .halfUp)
    }
}
