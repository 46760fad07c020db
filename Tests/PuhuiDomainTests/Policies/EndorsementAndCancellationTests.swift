import Testing
@testable import PuhuiDomain

/// The pro-rata figures of endorsements and of a cancellation refund from what was received.
@Suite struct EndorsementAndCancellationTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func twoEmployeesJoiningOnDay100Of365() throws {
        // Group accident, cover 2026-01-01 to 2026-12-31: three persons (class 1, 2, 2) at a death
        // benefit of 300000: 135.00 + 210.00 + 210.00 = 555.00. Two more of class 2 join on
        // 2026-04-10, day 100 of 365 (31 + 28 + 31 + 10): 975.00 a year. The additional premium is
        // (975.00 − 555.00) × 266 / 365 (2026-04-10 to 2026-12-31, both counted):
        // 420 × 0.728767123288 = 306.082191780… → 306.08.
        let added = try EndorsementPremium.adjustment(before: Money(yuan: 555), after: Money(yuan: 975), start: Self.d("2026-01-01"),
                                                      end: Self.d("2026-12-31"), effective: Self.d("2026-04-10"), rule: .halfUp)
        #expect(added.days == 266 && added.daysOfYear == 365)
        #expect(added.amount.yuanString == "306.08")
        #expect(added.steps.last?.name == "Additional premium: change × 266 days from 2026-04-10 to 2026-12-31 / 365 days of the policy year (2026-01-01 to 2026-12-31)")
        // One of class 2 leaving the same day returns 210.00 × 266 / 365 = 153.041… → 153.04.
        let returned = try EndorsementPremium.adjustment(before: Money(yuan: 555), after: Money(yuan: 345), start: Self.d("2026-01-01"),
                                                         end: Self.d("2026-12-31"), effective: Self.d("2026-04-10"), rule: .halfUp)
        #expect(returned.amount.yuanString == "-153.04")
        // Effective on the first day: the whole difference; on the last: one day's worth (420 / 365 = 1.1506… → 1.15).
        #expect(try EndorsementPremium.adjustment(before: Money(yuan: 555), after: Money(yuan: 975), start: Self.d("2026-01-01"),
                                                  end: Self.d("2026-12-31"), effective: Self.d("2026-01-01"), rule: .halfUp).amount.yuanString == "420.00")
        #expect(try EndorsementPremium.adjustment(before: Money(yuan: 555), after: Money(yuan: 975), start: Self.d("2026-01-01"),
                                                  end: Self.d("2026-12-31"), effective: Self.d("2026-12-31"), rule: .halfUp).amount.yuanString == "1.15")
    }

    @Test func monthlyPolicyWithTwoInstalmentsPaidThenCancelled() throws {
        // Group accident 555.00 a year paid monthly (12 × 46.25), cover 2026-07-01 to 2027-06-30.
        // Two instalments received: 92.50. Cancelled from 2026-08-20: the pro-rata rule returns
        // 555.00 × 314 / 365 (2026-08-21 to 2027-06-30) = 477.452… → 477.45 of a premium paid in
        // full, so the premium earned is 555.00 − 477.45 = 77.55 (51 days: 555 × 51 / 365 = 77.547…),
        // and the refund is 92.50 − 77.55 = 14.95.
        let product = ShippedCatalog.product("PH-ACC-GROUP")
        let refund = try Cancellation.refundFromReceived(product: product, start: Self.d("2026-07-01"), end: Self.d("2027-06-30"),
                                                         annualPremium: Money(yuan: 555), charged: Money(yuan: 555), received: Money(yuan: "92.50")!,
                                                         on: Self.d("2026-08-20"), shortRateTable: nil)
        #expect(refund.amount.yuanString == "14.95", "\(refund.explanation)")
        #expect(refund.explanation.hasSuffix("earned 555.00 − 477.45 = 77.55; received 92.50; refund 92.50 − 77.55 = 14.95"))
        // Paid in full, the refund is the rule's own: 477.45.
        #expect(try Cancellation.refundFromReceived(product: product, start: Self.d("2026-07-01"), end: Self.d("2027-06-30"),
                                                    annualPremium: Money(yuan: 555), charged: Money(yuan: 555), received: Money(yuan: 555),
                                                    on: Self.d("2026-08-20"), shortRateTable: nil).amount.yuanString == "477.45")
        // One instalment only (46.25 < 77.55 earned): nothing back.
        let short = try Cancellation.refundFromReceived(product: product, start: Self.d("2026-07-01"), end: Self.d("2027-06-30"),
                                                        annualPremium: Money(yuan: 555), charged: Money(yuan: 555), received: Money(yuan: "46.25")!,
                                                        on: Self.d("2026-08-20"), shortRateTable: nil)
        #expect(short.amount == .zero && short.explanation.hasSuffix("received 46.25, 31.30 less than earned: no refund"))
    }

    @Test func renewalRules() {
        let terms = ProductServicing.Renewal.defaults(for: .property)
        #expect(terms.allowed && terms.lossHistoryField == "claimsLast3Years" && terms.lossHistoryYears == 3)
        #expect(!ProductServicing.Renewal.defaults(for: .pension).allowed && !ProductServicing.Renewal.defaults(for: .termLife).allowed)
        // Two claims are within the default limit of 2; a rise of exactly 25% is not above 25.
        #expect(RenewalRules.fired(terms, claims: 2, previousPremium: Money(yuan: 800), premium: Money(yuan: 1000)).isEmpty)
        let fired = RenewalRules.fired(terms, claims: 3, previousPremium: Money(yuan: 800), premium: Money(yuan: "1000.08")!)
        #expect(fired.map(\.code) == ["RENEWAL-CLAIMS", "RENEWAL-INCREASE"]) // 200.08 / 800 = 25.01%
        #expect(fired.last?.value == "25.01")
        // Claims counted: a loss in the three years before the new start, not withdrawn, not decided not covered.
        let start = Self.d("2027-01-05")
        let claims = [RenewalRules.CountedClaim(lossDate: Self.d("2026-03-01"), withdrawn: false, covered: true),
                      RenewalRules.CountedClaim(lossDate: Self.d("2026-06-01"), withdrawn: false, covered: nil),
                      RenewalRules.CountedClaim(lossDate: Self.d("2026-07-01"), withdrawn: true, covered: nil),
                      RenewalRules.CountedClaim(lossDate: Self.d("2026-08-01"), withdrawn: false, covered: false),
                      RenewalRules.CountedClaim(lossDate: Self.d("2024-01-04"), withdrawn: false, covered: true),
                      RenewalRules.CountedClaim(lossDate: Self.d("2024-01-05"), withdrawn: false, covered: true)]
        #expect(RenewalRules.countedClaims(claims, start: start, years: 3) == 3)
    }
}
