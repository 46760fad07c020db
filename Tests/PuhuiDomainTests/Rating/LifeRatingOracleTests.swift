import Foundation
import Testing
@testable import PuhuiDomain

/// A second, independent implementation of term life and pension pricing: Foundation's
/// `Decimal`, survival probabilities summed directly (no commutation columns), qx read straight
/// from rates/mortality-cl2010-2013.csv.
enum LifeOracle {
    static let qx: [String: [Decimal]] = {
        var result: [String: [Decimal]] = [:]
        let text = (try? String(contentsOfFile: Fixtures.path("rates/mortality-cl2010-2013.csv"), encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("table") {
            let cells = line.split(separator: ",")
            result[String(cells[0]), default: []].append(Decimal(string: String(cells[2])) ?? 0)
        }
        return result
    }()

    static func round(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 2, mode)
        return output
    }

    /// P = S Σ_{k<n} v^{k+1} ₖpₓ q_{x+k} / Σ_{k<n} v^k ₖpₓ; G = (round(P) + fee) / (1 − loading).
    static func termLife(table: String, age x: Int, years n: Int, sum: Decimal, interest: Decimal,
                         fee: Decimal, loading: Decimal) -> (net: Decimal, gross: Decimal) {
        let q = qx[table] ?? []
        let v = 1 / (1 + interest)
        var survival: Decimal = 1, discount: Decimal = 1
        var benefits: Decimal = 0, annuity: Decimal = 0
        for k in 0..<n {
            annuity += discount * survival
            benefits += discount * v * survival * q[x + k]
            survival *= (1 - q[x + k])
            discount *= v
        }
        let net = round(sum * benefits / annuity)
        return (net, round((net + fee) / (1 - loading)))
    }

    /// ä(12) guaranteed g years at age r: certain part plus the deferred life annuity, Woolhouse.
    static func annuityFactor(table: String, age r: Int, guaranteed g: Int, interest: Decimal) -> Decimal {
        let q = qx[table] ?? []
        let v = 1 / (1 + interest)
        let w: Decimal = Decimal(11) / Decimal(24)
        var certain: Decimal = 0, vk: Decimal = 1
        for _ in 0..<g { certain += vk; vk *= v }
        certain -= w * (1 - vk)
        // ₉Eᵣ and ä_{r+g} by direct sums of survival probabilities.
        var survival: Decimal = 1, discount: Decimal = 1
        for k in 0..<g { survival *= (1 - q[r + k]); discount *= v }
        let pureEndowment = survival * discount
        var later: Decimal = 0
        var s: Decimal = 1, d: Decimal = 1
        for age in (r + g)..<q.count {
            later += s * d
            s *= (1 - q[age])
            d *= v
        }
        return certain + pureEndowment * (later - w)
    }

    static func account(contributions: [Decimal], charge: Decimal, rate: Decimal) -> Decimal {
        var account: Decimal = 0
        for c in contributions { account = round((account + c * (1 - charge)) * (1 + rate)) }
        return account
    }
}

@Suite struct TermLifeRatingTests {
    func risk(_ sex: String, _ birth: String, sum: String, years: Int) -> String {
        #"{"sumInsured": "\#(sum)", "termYears": \#(years), "insured": [{"sex": "\#(sex)", "birthDate": "\#(birth)"}]}"#
    }

    @Test(arguments: [
        ("male", "1986-03-15", "1000000", 20, 40), ("female", "1986-03-15", "1000000", 20, 40),
        ("male", "2008-06-30", "100000", 10, 18), ("female", "1966-06-30", "3000000", 10, 60),
        ("male", "1996-01-01", "550000", 30, 30), ("female", "1976-12-31", "1230000", 15, 49),
    ])
    func agreesWithAnIndependentComputation(sex: String, birth: String, sum: String, years: Int, age: Int) throws {
        let quote = try ShippedCatalog.quote("PH-TERM-KEY", risk(sex, birth, sum: sum, years: years))
        #expect(quote.insuredPersons?.first?.age == age)
        let oracle = LifeOracle.termLife(table: sex == "male" ? "CL1" : "CL2", age: age, years: years,
                                         sum: Decimal(string: sum)!, interest: Decimal(string: "0.020")!,
                                         fee: 30, loading: Decimal(string: "0.25")!)
        #expect(quote.netPremium?.yuanString == Money(yuan: "\(oracle.net)")?.yuanString)
        #expect(quote.premium.yuanString == Money(yuan: "\(oracle.gross)")?.yuanString)
        #expect(quote.worksheet.contains { $0.name == "Net premium rounded" })
        #expect(quote.endDate == ShippedCatalog.asOf.adding(years: years).adding(days: -1))
    }

    @Test func termAndAgeOutsideTheTableAreRefused() {
        #expect(ShippedCatalog.problems("PH-TERM-KEY", risk("male", "1986-03-15", sum: "1000000", years: 25)) == [
            "field 'termYears': 25 is not an allowed term (10, 15, 20, 30 years)",
        ])
        #expect(ShippedCatalog.problems("PH-TERM-KEY", risk("female", "1926-03-15", sum: "1000000", years: 30)) == [
            "field 'insured[1]': age 100 with a 30-year term runs past the mortality table CL2 (ages 0 to 105)",
        ])
    }
}

@Suite struct PensionRatingTests {
    @Test(arguments: [("female", "1991-05-08", 60, "800.00", "monthly"), ("male", "1980-01-15", 63, "20000", "annual")])
    func regularContributionsAgreeWithAnIndependentComputation(sex: String, birth: String, retirement: Int, amount: String, frequency: String) throws {
        let quote = try ShippedCatalog.quote("PH-PENS-FLEX", """
            {"retirementAge": \(retirement), "contributionAmount": "\(amount)", "contributionFrequency": "\(frequency)",
             "insured": [{"sex": "\(sex)", "birthDate": "\(birth)"}]}
            """)
        let pension = try #require(quote.pension)
        let age = CivilDate(iso: birth)!.age(on: ShippedCatalog.asOf)
        let yearly = Decimal(string: amount)! * (frequency == "monthly" ? 12 : 1)
        let contributions = Array(repeating: yearly, count: retirement - age)
        let factor = LifeOracle.annuityFactor(table: sex == "male" ? "CL5" : "CL6", age: retirement, guaranteed: 10,
                                              interest: Decimal(string: "0.0175")!)
        #expect(abs(NSDecimalNumber(decimal: factor - Decimal(string: pension.annuityFactor.description)!).doubleValue) < 1e-9)
        for (basis, rate) in [("guaranteed", "0.015"), ("illustrative", "0.030")] {
            let account = LifeOracle.account(contributions: contributions, charge: Decimal(string: "0.01")!, rate: Decimal(string: rate)!)
            let monthly = LifeOracle.round(account / (12 * factor))
            let projected = try #require(pension.bases.first { $0.name == basis })
            #expect(projected.accountAtRetirement.yuanString == Money(yuan: "\(account)")?.yuanString)
            #expect(projected.monthlyAnnuity.yuanString == Money(yuan: "\(monthly)")?.yuanString)
        }
        #expect(quote.premium.yuanString == Money(yuan: "\(yearly)")?.yuanString)
    }

    @Test func irregularContributionsWithinTheCap() throws {
        let quote = try ShippedCatalog.quote("PH-PENS-FLEX", """
            {"retirementAge": 60, "insured": [{"sex": "male", "birthDate": "1975-06-30"}],
             "contributions": [{"year": 1, "amount": "5000"}, {"year": 3, "amount": "12000"}, {"year": 3, "amount": "800"}]}
            """)
        let pension = try #require(quote.pension)
        #expect(pension.years == 9)
        #expect(pension.totalContributions.yuanString == "17800.00")
        let account = LifeOracle.account(contributions: [5000, 0, 12800, 0, 0, 0, 0, 0, 0], charge: Decimal(string: "0.01")!,
                                         rate: Decimal(string: "0.015")!)
        #expect(pension.bases[0].accountAtRetirement.yuanString == Money(yuan: "\(account)")?.yuanString)
    }

    @Test func contributionsAboveTheCapAreRefused() {
        #expect(ShippedCatalog.problems("PH-PENS-FLEX", """
            {"retirementAge": 60, "contributionAmount": "5500", "contributionFrequency": "monthly",
             "insured": [{"sex": "male", "birthDate": "1975-06-30"}]}
            """) == ["field 'contributionAmount': monthly contributions total 66000.00 a year, above the product's annual cap of 60000.00"])
        // An amount past what money can hold a year is the same refusal, not a crash.
        #expect(ShippedCatalog.problems("PH-PENS-FLEX", """
            {"retirementAge": 60, "contributionAmount": "90000000000000000", "contributionFrequency": "monthly",
             "insured": [{"sex": "male", "birthDate": "1975-06-30"}]}
            """) == ["field 'contributionAmount': monthly contributions total 92233720368547758.07 a year, above the product's annual cap of 60000.00"])
        #expect(ShippedCatalog.problems("PH-PENS-FLEX", """
            {"retirementAge": 58, "contributionAmount": "50", "contributionFrequency": "weekly",
             "insured": [{"sex": "male", "birthDate": "1975-06-30"}]}
            """) == [
                "field 'retirementAge': 58 is outside the allowed 60 to 75",
            ])
    }
}
