import Foundation
import Testing
@testable import PuhuiDomain

/// The property, liability and group-accident products, written in steps, price every risk as
/// the coded modules they replaced did, to the fen: the expected figures in
/// `Tests/Fixtures/equality/*.expected.csv` were recorded with the coded modules (release build
/// of this branch before the switch) over the hand-picked boundary risks (`gen_boundary.py`) and
/// the first rows of the benchmark portfolios (`gen_portfolio.py`, seed 7). Declined and refused
/// risks must be declined and refused alike; the wording of a refusal may differ.
@Suite struct StepsEqualityTests {
    static let cases: [(product: String, file: String)] = [
        ("PH-PROP-SHOP", "property-boundary.csv"), ("PH-PROP-SHOP", "property-portfolio.csv"),
        ("PH-LIAB-MICRO", "liability-boundary.csv"), ("PH-LIAB-MICRO", "liability-portfolio.csv"),
        ("PH-ACC-GROUP", "accident-boundary.jsonl"), ("PH-ACC-GROUP", "accident-portfolio.jsonl"),
    ]

    /// `id,premium,outcome` per risk, as the expected files hold them.
    static func outcomes(ofPriced text: String, jsonLines: Bool) -> [String] {
        let lines = TextLines.split(text).map(\.text).filter { !$0.isEmpty }
        guard let header = lines.first.flatMap({ CSVLine.split($0) })?.map(\.text),
              let id = header.firstIndex(of: "id"), let premium = header.firstIndex(of: "premium"), let error = header.firstIndex(of: "error") else { return [] }
        return lines.dropFirst().map { line in
            let cells = CSVLine.split(line)?.map(\.text) ?? []
            let message = cells[safe: error] ?? ""
            let outcome = message.isEmpty ? "" : (message.hasPrefix("declined") ? "declined" : "refused")
            return "\(cells[safe: id] ?? ""),\(cells[safe: premium] ?? ""),\(outcome)"
        }
    }

    @Test(arguments: cases)
    func samePremiumsToTheFen(product: String, file: String) throws {
        let path = Fixtures.path("Tests/Fixtures/equality/\(file)")
        let input = try #require(FileManager.default.contents(atPath: path))
        let expectedPath = Fixtures.path("Tests/Fixtures/equality/\(file.split(separator: ".")[0]).expected.csv")
        let expected = TextLines.split(try String(contentsOfFile: expectedPath, encoding: .utf8)).map { String($0.text) }.filter { !$0.isEmpty }.dropFirst()
        let rater = try ShippedCatalog.rater(product)
        let asOf = ShippedCatalog.asOf
        var output: [UInt8] = []
        var done = false
        let format = BatchRating.Format.of(path: file)
        let summary = try BatchRating.rate(raters: [rater, try ShippedCatalog.rater(product)],
                                           context: RatingContext(asOf: asOf, startDate: asOf, rounding: rater.product.rating.rounding),
                                           inputName: file, format: format, read: {
            defer { done = true }
            return done ? Data() : input
        }, write: { output.append(contentsOf: $0) })
        let actual = Self.outcomes(ofPriced: String(decoding: output, as: UTF8.self), jsonLines: format == .jsonLines)
        #expect(summary.rows == expected.count)
        #expect(actual.count == expected.count)
        let differences = zip(actual, expected).filter { $0 != $1 }
        #expect(differences.isEmpty, "\(differences.count) risks differ, first: \(differences.prefix(5).map { "\($0.0) instead of \($0.1)" })")
        // The fixture is not trivial: most risks are priced, and some are declined or refused.
        #expect(expected.filter { $0.hasSuffix(",") }.count * 2 > expected.count)
    }
}

/// No input can make rating trap or hide an overflow: exact arithmetic past 38 digits, or a
/// premium past what money holds, is an error naming the step.
@Suite struct StepsOverflowTests {
    /// The property product rated with every table value replaced by `value` (bypassing the
    /// catalog, which refuses such tables).
    func rater(_ value: String) throws -> any Rater {
        let product = ShippedCatalog.product("PH-PROP-SHOP")
        var byRole: [String: RateIndex] = [:]
        for (role, name) in product.rating.tables {
            var table = try #require(ShippedCatalog.catalog.table(name, on: ShippedCatalog.asOf))
            table.rows = table.rows.map { var row = $0; row.value = ExactDecimal(parsing: value)!; return row }
            byRole[role] = RateIndex(table)
        }
        return try RatingModules.rater(for: product, tables: ResolvedTables(byRole: byRole))
    }

    func premium(_ rater: any Rater) throws -> Money {
        let risk = try RiskInput.parse(#"{"sumInsured": "5000000", "occupancy": "woodworking", "construction": "class-4", "fireProtection": "none", "deductible": "500"}"#, source: "r")
        return try rater.premium(risk, context: RatingContext(asOf: ShippedCatalog.asOf, startDate: ShippedCatalog.asOf, rounding: .halfUp), source: "r")
    }

    @Test func beyondThirtyEightDigitsIsAnErrorNamingTheStep() throws {
        // 5000000 × (10^12 − 1)^2 has 31 integer digits; a third factor takes it to 43, more than
        // 38: the third multiplication (step 4) cannot be held.
        #expect { try premium(try rater("999999999999")) } throws: { error in
            (error as? PuhuiError)?.message == "PH-PROP-SHOP v1 part PROPERTY, step 4 (× deductible factor): the amount exceeds what exact premium arithmetic can hold; a rate, a parameter or the risk is out of range"
        }
    }

    @Test func aPremiumBeyondMoneyIsAnErrorNotAMinimumPremium() throws {
        // 5000000 × 1000^4 = 5 × 10^18 yuan: exact, but more than an amount of money can hold.
        // (The coded module turned it into 0.00, raised to the 300.00 minimum.)
        #expect { try premium(try rater("1000")) } throws: { error in
            (error as? PuhuiError)?.message == "PH-PROP-SHOP v1 part PROPERTY, step 6 (Round to the fen): the amount exceeds what exact premium arithmetic can hold; a rate, a parameter or the risk is out of range"
        }
        #expect(try premium(try rater("1")).yuanString == "5000000.00")
    }

    @Test func theOperatorsSaturateInsteadOfTrapping() {
        let big = ExactDecimal(parsing: "99999999999999999999999999999999999999")!
        #expect(big.multipliedChecked(by: big) == nil)
        #expect((big * big).description == "99999999999999999999999999999999999999")
        #expect((-big * big).isNegative)
        #expect(big.addingChecked(big) == nil)
        #expect(Money(yuan: big * big, rounding: .halfUp) == nil)
        // Products that fit stay exact.
        #expect((ExactDecimal(parsing: "0.1")! * ExactDecimal(parsing: "0.2")!).description == "0.02")
    }
}
