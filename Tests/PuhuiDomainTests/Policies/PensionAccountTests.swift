import Testing
@testable import PuhuiDomain

/// The pension account credited month by month, to the fen, at the declared rate never below the
/// guaranteed rate; and the limits on a contribution.
@Suite struct PensionAccountTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// Declared rates: 3.0% Jan–Jun 2026, 2.8% Jul–Dec 2026, 1.2% Jan–Jun 2027 (below the
    /// guaranteed 1.5%), 2.5% Jul–Dec 2027, nothing for 2028 but 4.0% in March.
    static let declared: DeclaredRates = {
        var lines = ["# table: test-declared-rate", "# effective-from: 2026-01-01", "month:key,rate:value"]
        for m in 1...6 { lines.append("2026-0\(m),0.030") }
        for m in 7...12 { lines.append("2026-\(m < 10 ? "0" : "")\(m),0.028") }
        for m in 1...6 { lines.append("2027-0\(m),0.012") }
        for m in 7...12 { lines.append("2027-\(m < 10 ? "0" : "")\(m),0.025") }
        lines.append("2028-03,0.040")
        var reader = RateTableReader(path: "test-declared-rate.csv")
        return DeclaredRates(table: reader.read(text: lines.joined(separator: "\n")))
    }()

    static let terms = PensionAccountTerms(contributionCharge: ExactDecimal(parsing: "0.01")!, monthlyCharge: .zero,
                                           guaranteedRate: ExactDecimal(parsing: "0.015")!, declared: declared, rounding: .halfUp)

    /// Irregular contributions over three years (two on one day, one on 29 February 2028).
    static let contributions: [PensionStatement.Contribution] = [
        ("2026-01-05", "1000.00"), ("2026-01-20", "500.00"), ("2026-03-31", "2000.00"), ("2026-08-15", "800.00"),
        ("2027-02-28", "3000.00"), ("2027-02-28", "150.00"), ("2027-12-31", "1200.00"), ("2028-02-29", "600.00"),
        ("2028-07-01", "5000.00"), ("2028-12-31", "250.00"),
    ].map { PensionStatement.Contribution(date: d($0.0), amount: Money(yuan: $0.1)!) }

    /// Each contribution less 1% (the charge to the fen); at each month's end the interest on the
    /// month's balance-days, × rate / 365, half-up to the fen:
    ///
    ///     January 2026: 990.00 × 27 days + 495.00 × 12 days = 32670 balance-days × 0.030 / 365
    ///                   = 2.685205… → 2.69; balance 990.00 + 495.00 + 2.69 = 1487.69
    ///
    /// and so on (month, rate, exact interest, credited, balance after):
    ///
    ///     2026-01 0.030  2.685205  2.69  1487.69    2027-07 0.025 15.963047 15.96  7534.04
    ///     2026-02 0.030  3.423725  3.42  1491.11    2027-08 0.025 15.996934 16.00  7550.04
    ///     2026-03 0.030  3.962006  3.96  3475.07    2027-09 0.025 15.513781 15.51  7565.55
    ///     2026-04 0.030  8.568666  8.57  3483.64    2027-10 0.025 16.063839 16.06  7581.61
    ///     2026-05 0.030  8.876124  8.88  3492.52    2027-11 0.025 15.578651 15.58  7597.19
    ///     2026-06 0.030  8.611693  8.61  3501.13    2027-12 0.025 16.212390 16.21  8801.40
    ///     2026-07 0.028  8.325975  8.33  3509.46    2028-01 0.015 11.212742 11.21  8812.61
    ///     2026-08 0.028  9.378639  9.38  4310.84    2028-02 0.015 10.527111 10.53  9417.14
    ///     2026-09 0.028  9.920837  9.92  4320.76    2028-03 0.040 31.992476 31.99  9449.13
    ///     2026-10 0.028 10.275122 10.28  4331.04    2028-04 0.015 11.649612 11.65  9460.78
    ///     2026-11 0.028  9.967325  9.97  4341.01    2028-05 0.015 12.052775 12.05  9472.83
    ///     2026-12 0.028 10.323279 10.32  4351.33    2028-06 0.015 11.678832 11.68  9484.51
    ///     2027-01 0.015  5.543475  5.54  4356.87    2028-07 0.015 18.389170 18.39 14452.90
    ///     2027-02 0.015  5.141542  5.14  7480.51    2028-08 0.015 18.412599 18.41 14471.31
    ///     2027-03 0.015  9.529965  9.53  7490.04    2028-09 0.015 17.841341 17.84 14489.15
    ///     2027-04 0.015  9.234296  9.23  7499.27    2028-10 0.015 18.458780 18.46 14507.61
    ///     2027-05 0.015  9.553865  9.55  7508.82    2028-11 0.015 17.886095 17.89 14525.50
    ///     2027-06 0.015  9.257449  9.26  7518.08    2028-12 0.015 18.515260 18.52 14791.52
    ///
    /// (Worked with Python's decimal module, independently of the engine.) Contributions 14500.00,
    /// charges 145.00, interest 436.52: 14500.00 − 145.00 + 436.52 = 14791.52.
    @Test func irregularContributionsOverThreeYearsCreditedMonthByMonth() throws {
        let statement = PensionStatement.of(Self.contributions, terms: Self.terms, asOf: Self.d("2028-12-31"))
        let interest = statement.movements.filter { $0.kind == .interest }
        #expect(interest.count == 36)
        #expect(interest.map(\.amount.yuanString) == [
            "2.69", "3.42", "3.96", "8.57", "8.88", "8.61", "8.33", "9.38", "9.92", "10.28", "9.97", "10.32",
            "5.54", "5.14", "9.53", "9.23", "9.55", "9.26", "15.96", "16.00", "15.51", "16.06", "15.58", "16.21",
            "11.21", "10.53", "31.99", "11.65", "12.05", "11.68", "18.39", "18.41", "17.84", "18.46", "17.89", "18.52",
        ])
        #expect(interest.map(\.balance.yuanString).suffix(3) == ["14507.61", "14525.50", "14791.52"])
        #expect(interest.map { $0.rate?.description ?? "" }.prefix(14).suffix(3) == ["0.028", "0.015", "0.015"]) // 1.2% declared: the guaranteed 1.5%
        #expect(interest[26].rate == ExactDecimal(parsing: "0.040")) // March 2028
        #expect(interest[12].note?.hasPrefix("declared 0.012 for 2027-01 is below the guaranteed 0.015") == true)
        #expect(interest[24].note?.hasPrefix("no rate declared for 2028-01") == true)
        #expect(statement.contributions.yuanString == "14500.00" && statement.charges.yuanString == "145.00")
        #expect(statement.interest.yuanString == "436.52" && statement.balance.yuanString == "14791.52")
        #expect(statement.accruedInterest == .zero && statement.value.yuanString == "14791.52")
        // Every movement, in order: the two contributions of 2027-02-28 each with its charge.
        let february2027 = statement.movements.filter { $0.date == Self.d("2027-02-28") }.map { "\($0.kind.rawValue) \($0.amount.yuanString)" }
        #expect(february2027 == ["contribution 3000.00", "contribution-charge -30.00", "contribution 150.00", "contribution-charge -1.50", "interest 5.14"])
    }

    @Test func theMonthRunningIsAccruedNotCredited() {
        // As of 2026-01-25: 990.00 × 21 days + 495.00 × 6 days = 23760 × 0.030 / 365 = 1.952876… → 1.95 accrued.
        let statement = PensionStatement.of(Self.contributions, terms: Self.terms, asOf: Self.d("2026-01-25"))
        #expect(statement.balance.yuanString == "1485.00" && statement.accruedInterest.yuanString == "1.95")
        #expect(statement.value.yuanString == "1486.95")
        #expect(statement.movements.allSatisfy { $0.kind != .interest })
        #expect(PensionStatement.of(Self.contributions, terms: Self.terms, asOf: Self.d("2026-01-04")).movements.isEmpty)
    }

    @Test func aMonthlyChargeComesOffAtEachMonthEnd() {
        var terms = Self.terms
        terms.monthlyCharge = Money(yuan: 2)
        // January 2026 as above (2.69 interest), then 2.00 charged: 1485.69.
        let statement = PensionStatement.of(Self.contributions, terms: terms, asOf: Self.d("2026-01-31"))
        #expect(statement.movements.map(\.kind).suffix(2) == [.interest, .administrationCharge])
        #expect(statement.balance.yuanString == "1485.69" && statement.charges.yuanString == "17.00") // 10.00 + 5.00 + 2.00
    }

    func check(_ amount: String, paidInYear: String, calendar: String = "0", privateCap: Money? = nil) -> String? {
        do {
            try PensionContributionRule.check(Money(yuan: amount)!, on: Self.d("2026-06-01"), .init(
                minimum: Money(yuan: 100), annualCap: Money(yuan: 60_000), policyYear: 1, policyYearStart: Self.d("2026-01-05"),
                paidInPolicyYear: Money(yuan: paidInYear)!, privateCap: privateCap, paidInCalendarYear: Money(yuan: calendar)!))
            return nil
        } catch {
            return error.message
        }
    }

    @Test func contributionLimits() {
        #expect(check("100.00", paidInYear: "0") == nil)
        #expect(check("99.99", paidInYear: "0") == "a contribution of 99.99 is below the product's minimum of 100.00")
        // The product's cap of 60000.00 a policy year: reaching it exactly is allowed, a fen over is not.
        #expect(check("1000.00", paidInYear: "59000") == nil)
        #expect(check("1000.01", paidInYear: "59000") == "a contribution of 1000.01 on 2026-06-01 would bring policy year 1 (from 2026-01-05) to 60000.01, above the product's annual cap of 60000.00 (59000.00 contributed so far; at most 1000.00 more)")
        // The private-pension cap of 12000.00 a calendar year, across the person's accounts.
        let cap = ProductServicing.PensionAccount.privatePensionAnnualCap
        #expect(check("2000.00", paidInYear: "0", calendar: "10000", privateCap: cap) == nil)
        #expect(check("2000.01", paidInYear: "0", calendar: "10000", privateCap: cap) == "a contribution of 2000.01 would bring the person's private-pension contributions in 2026 to 12000.01, above the private-pension cap of 12000.00 a year (10000.00 contributed so far; at most 2000.00 more)")
    }

    @Test func theShippedProductsDeclareTheirServicing() {
        let pension = ShippedCatalog.product("PH-PENS-FLEX").servicingRules
        #expect(pension.pensionAccount?.declaredRates == "pension-declared-rate" && pension.pensionAccount?.guaranteedRate == ExactDecimal(parsing: "0.015"))
        #expect(pension.pensionAccount?.surrenderPercent(policyYear: 1) == ExactDecimal(3) && pension.pensionAccount?.surrenderPercent(policyYear: 4) == .zero)
        #expect(!pension.renewal.allowed)
        let termLife = ShippedCatalog.product("PH-TERM-KEY").servicingRules.premiums
        #expect(termLife.graceDays == 60 && termLife.reinstatementDays == 730)
        // No <servicing>: every default, and the stored definition unchanged (no servicing member).
        let property = ShippedCatalog.product("PH-PROP-SHOP")
        #expect(property.servicing == nil)
        #expect(property.servicingRules.premiums == ProductServicing.Premiums(graceDays: 30, reinstatementDays: 730, lapseNoticeDays: 7,
                                                                               lossInGrace: .coveredPremiumDeducted))
        #expect(property.servicingRules.renewal.lossHistoryField == "claimsLast3Years")
        #expect(!((try? CanonicalJSON.encode(property)) ?? "servicing").contains("servicing"))
    }
}
