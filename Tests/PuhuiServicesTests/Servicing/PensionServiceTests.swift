import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The pension account through the services: contributions within the caps, the statement with
/// its projections, surrender and the conversion at retirement.
@Suite struct PensionServiceTests {
    /// P-000006, owner of P-000004, born 1975-08-08 (male): 50 on 2026-01-05, retiring at 60 after
    /// 10 years (the account runs to 2036-01-04); 800.00 planned monthly.
    func pension(_ book: TestBook) throws -> Policy {
        try #require(try book.apply("PH-PENS-FLEX", holder: "P-000006", insured: ["P-000006"],
                                    risk: #"{"retirementAge": 60, "contributionAmount": "800", "contributionFrequency": "monthly"}"#,
                                    start: "2026-01-05", at: "2026-01-04T10:00").policy)
    }

    @Test func contributionsStatementAndCaps() throws {
        let book = try TestBook()
        let policy = try pension(book)
        #expect(policy.endDate.description == "2036-01-04")
        // Irregular contributions; the product's cap is 60000.00 a policy year (2026-01-05 to 2027-01-04).
        try book.receive(policy.number, "1000.00", at: "2026-01-05T10:00")
        try book.receive(policy.number, "58000.00", at: "2026-03-10T10:00")
        #expect(throws: PuhuiError.invalid("a contribution of 1000.01 on 2026-06-01 would bring policy year 1 (from 2026-01-05) to 60000.01, above the product's annual cap of 60000.00 (59000.00 contributed so far; at most 1000.00 more)")) {
            try book.receive(policy.number, "1000.01", at: "2026-06-01T10:00")
        }
        #expect(throws: PuhuiError.invalid("a contribution of 99.00 is below the product's minimum of 100.00")) {
            try book.receive(policy.number, "99.00", at: "2026-06-01T10:00")
        }
        #expect(throws: PuhuiError.invalid("policy \(policy.number): the account opens on 2026-01-05, after 2026-01-04")) {
            try book.receive(policy.number, "500.00", at: "2026-01-04T12:00")
        }
        // January: 990.00 × 27 days × 0.030 / 365 = 2.196986… → 2.20; February 992.20 × 28 × 0.030 / 365 = 2.283449… → 2.28.
        let statement = try book.engine.pensions.statement(policy.number, asOf: CivilDate(iso: "2026-02-28")!, book.clerk("2026-11-23T12:00"))
        #expect(statement.account.movements.filter { $0.kind == .interest }.map(\.amount.yuanString) == ["2.20", "2.28"])
        #expect(statement.account.balance.yuanString == "994.48" && statement.declaredRates == "pension-declared-rate@2026-01-01")
        // Surrender in policy year 1: 3% of 994.48 = 29.8344 → 29.83; 964.65.
        #expect(statement.surrenderCharge.yuanString == "29.83" && statement.surrenderValue.yuanString == "964.65")
        #expect(statement.projections.map(\.basis) == ["guaranteed", "illustrative"])
        #expect(statement.projections.allSatisfy { ($0.annuity?.monthly.fen ?? 0) > 0 && $0.annuity?.guaranteedYears == 10 })
        #expect(statement.projections[0].accountAtRetirement < statement.projections[1].accountAtRetirement)
        // A customer sees their own statement; another's is not there.
        let owner = ActionContext(user: AuthenticatedUser(name: "li", roles: [.customer], party: "P-000006"), at: book.at("2026-11-23T12:00"))
        #expect(try book.engine.pensions.statement(policy.number, asOf: CivilDate(iso: "2026-02-28")!, owner).account.balance.yuanString == "994.48")
        var stranger = owner
        stranger.user.party = "P-000007"
        #expect(throws: PuhuiError.notFound("policy \(policy.number) does not exist")) {
            try book.engine.pensions.statement(policy.number, asOf: CivilDate(iso: "2026-02-28")!, stranger)
        }
        // A pension is neither in arrears nor lapsed.
        #expect(try book.engine.premiums.arrears(asOf: CivilDate(iso: "2026-11-23")!, book.clerk("2026-11-23T12:00")).isEmpty)
        #expect(try book.actions(policy.number) == ["issued", "contribution received", "contribution received"])
        #expect(try book.auditBreak() == nil)
    }

    @Test func threeYearsOfIrregularContributionsAndTheConversionAtRetirement() throws {
        let book = try TestBook()
        // The engine runs on clocks of 2029 and of 2036 (contributions are never in the future).
        let policy = try pension(book)
        let in2029 = PuhuiEngine(storage: book.storage, clock: FixedClock(book.at("2029-01-15T12:00")), environment: Fixtures.environment)
        for (day, amount) in [("2026-01-05", "1000.00"), ("2026-08-15", "800.00"), ("2027-02-28", "3000.00"), ("2028-02-29", "600.00"), ("2028-12-31", "250.00")] {
            _ = try in2029.premiums.receive(policy.number, amount: Money(yuan: amount)!, reference: nil, book.clerk("\(day)T10:00"))
        }
        let statement = try in2029.pensions.statement(policy.number, asOf: CivilDate(iso: "2028-12-31")!, book.clerk("2029-01-15T12:00"))
        let interest = statement.account.movements.filter { $0.kind == .interest }
        #expect(interest.count == 36 && statement.account.contributions.yuanString == "5650.00" && statement.account.charges.yuanString == "56.50")
        // The same contributions and rates through the domain's statement: the service adds nothing of its own.
        #expect(statement.account.balance == statement.account.contributions - statement.account.charges + statement.account.interest)
        #expect(statement.policyYear == 3)
        // At retirement (2036-01-05) the account converts into the annuity, not before.
        let in2036 = PuhuiEngine(storage: book.storage, clock: FixedClock(book.at("2036-02-01T12:00")), environment: Fixtures.environment)
        #expect(throws: PuhuiError.refused("policy \(policy.number): the account converts at retirement, on 2036-01-05 or later, not on 2036-01-04")) {
            try in2036.pensions.convert(policy.number, book.clerk("2036-01-04T10:00"))
        }
        #expect(throws: PuhuiError.refused("policy \(policy.number): contributions end at retirement (the account runs to 2036-01-04); convert the account into its annuity")) {
            try in2036.premiums.receive(policy.number, amount: Money(yuan: 500), reference: nil, book.clerk("2036-01-05T10:00"))
        }
        let conversion = try in2036.pensions.convert(policy.number, book.clerk("2036-01-05T10:00"))
        let value = try in2036.pensions.statement(policy.number, asOf: CivilDate(iso: "2036-01-04")!, book.clerk("2036-02-01T12:00")).account.value
        #expect(conversion.annuity.account == value && conversion.annuity.age == 60 && conversion.annuity.guaranteedYears == 10)
        // monthly = account / (12 × factor), to the fen.
        let exact = try #require(value.yuan.divided(by: ExactDecimal(12) * conversion.annuity.factor, scale: 10, .halfEven))
        #expect(conversion.annuity.monthly == Money(yuan: exact, rounding: .halfUp))
        #expect(conversion.annuity.table.hasSuffix(" CL5"))
        #expect(throws: PuhuiError.refused("policy \(policy.number) was converted into its annuity on 2036-01-05")) {
            try in2036.pensions.convert(policy.number, book.clerk("2036-01-06T10:00"))
        }
        #expect(try book.actions(policy.number).last == "converted to annuity")
        #expect(try book.auditBreak() == nil)
    }
}

/// The private-pension cap (12,000 yuan a person and calendar year) across every account of a
/// product that counts against it.
@Suite struct PrivatePensionCapTests {
    @Test func twoAccountsOfOnePersonShareTheCap() throws {
        let book = try TestBook()
        // A copy of the flexible-worker pension declared privatePension="true" (Tests/Fixtures).
        try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("private-pension")]), into: book.storage, at: book.at("2026-01-02T09:00"))
        let risk = #"{"retirementAge": 60, "contributionAmount": "500", "contributionFrequency": "monthly"}"#
        let first = try #require(try book.apply("PH-PENS-PRIV", holder: "P-000006", insured: ["P-000006"], risk: risk, start: "2026-01-05", at: "2026-01-04T10:00").policy)
        let second = try #require(try book.apply("PH-PENS-PRIV", holder: "P-000006", insured: ["P-000006"], risk: risk, start: "2026-01-05", at: "2026-01-04T11:00").policy)
        // The flexible-worker product does not count: 30000.00 there leaves the cap untouched.
        let other = try #require(try book.apply("PH-PENS-FLEX", holder: "P-000006", insured: ["P-000006"], risk: risk, start: "2026-01-05", at: "2026-01-04T12:00").policy)
        try book.receive(other.number, "30000.00", at: "2026-02-01T10:00")
        try book.receive(first.number, "8000.00", at: "2026-02-01T10:00")
        try book.receive(second.number, "4000.00", at: "2026-03-01T10:00") // 12000.00 in 2026: exactly the cap
        #expect(throws: PuhuiError.invalid("a contribution of 100.00 would bring the person's private-pension contributions in 2026 to 12100.00, above the private-pension cap of 12000.00 a year (12000.00 contributed so far; at most 0.00 more)")) {
            try book.receive(second.number, "100.00", at: "2026-11-20T10:00")
        }
        // A new calendar year, a new cap (the policy year's own cap of 60000.00 still holds).
        let in2027 = PuhuiEngine(storage: book.storage, clock: FixedClock(book.at("2027-01-02T12:00")), environment: Fixtures.environment)
        _ = try in2027.premiums.receive(second.number, amount: Money(yuan: 100), reference: nil, book.clerk("2027-01-01T10:00"))
        #expect(try book.auditBreak() == nil)
    }
}
