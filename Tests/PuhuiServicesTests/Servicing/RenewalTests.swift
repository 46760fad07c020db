import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Renewals re-rate on the product and tables in force at the new start, with the loss-history
/// factor from the policy's own claims; within the product's terms they are accepted, else
/// referred; the new policy links to the one it renews; `uw stats` reports renewal rates.
@Suite struct RenewalTests {
    static let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#

    /// Three property policies of P-000001, cover 2026-01-05 to 2027-01-04, paid: 752.40 each
    /// (800000 × 0.00110 × 1.00 × 0.95 × 0.90 for no claims).
    func book() throws -> (TestBook, [String]) {
        let book = try TestBook()
        let numbers = try (0..<3).map { _ in
            try #require(try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: Self.risk, start: "2026-01-05", at: "2026-01-04T10:00").policy?.number)
        }
        return (book, numbers)
    }

    @Test func aRenewalWithoutClaimsIsAcceptedAndLinked() throws {
        let (book, numbers) = try book()
        let due = try book.engine.underwriting.renewalsDue(within: 60, asOf: CivilDate(iso: "2026-11-23")!, book.clerk("2026-11-23T10:00"))
        #expect(due.map(\.policy) == numbers && due.allSatisfy { $0.claims == 0 && $0.endDate.description == "2027-01-04" })
        #expect(try book.engine.underwriting.renewalsDue(within: 41, asOf: CivilDate(iso: "2026-11-23")!, book.clerk("2026-11-23T10:00")).isEmpty)
        // No claims: claimsLast3Years 0, factor 0.90, the same 752.40 on the tables in force on 2027-01-05.
        let offer = try book.engine.underwriting.renew(numbers[0], book.clerk("2026-11-23T10:00"))
        #expect(offer.claimsCounted == 0 && offer.lossHistoryField == "claimsLast3Years")
        #expect(offer.result.decision.outcome == .accept && offer.result.quote.premium.yuanString == "752.40")
        let renewed = try #require(offer.result.policy)
        #expect(renewed.startDate.description == "2027-01-05" && renewed.endDate.description == "2028-01-04" && renewed.renews == numbers[0])
        #expect(offer.result.quote.worksheet.contains { $0.key == "claims=0" && $0.factor == "0.90" })
        #expect(try book.actions(numbers[0]) == ["issued", "premium received", "renewal offered"])
        #expect(throws: PuhuiError.refused("policy \(numbers[0]) is already renewed by application A-2026-000004 (issued)")) {
            try book.engine.underwriting.renew(numbers[0], book.clerk("2026-11-23T11:00"))
        }
        #expect(try book.auditBreak() == nil)
    }

    @Test func aRenewalWithClaimsIsRatedOnThemAndReferred() throws {
        let (book, numbers) = try book()
        let claims = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        // Two claims on the policy (a third, withdrawn, does not count).
        for (loss, type) in [("2026-03-01", "fire"), ("2026-06-01", "water-damage"), ("2026-08-01", "fire")] {
            _ = try claims.report(policy: numbers[1], lossDate: CivilDate(iso: loss)!, type: type, claimed: Money(yuan: 4000), description: nil,
                                  book.adjuster("\(loss)T18:00"))
        }
        _ = try claims.withdraw("CLM-2026-000003", book.adjuster("2026-08-02T10:00"))
        // Two claims: factor 1.25 (band 2-3): 800000 × 0.00110 × 0.95 × 1.25 = 1045.00, up 292.60
        // on 752.40 = 38.89%, above the 25% renewed automatically: referred. Two claims are not
        // above the product's limit of 2, so only the increase rule fires.
        let offer = try book.engine.underwriting.renew(numbers[1], book.clerk("2026-11-23T10:00"))
        #expect(offer.claimsCounted == 2 && offer.result.quote.premium.yuanString == "1045.00")
        #expect(offer.result.decision.outcome == .refer && offer.result.policy == nil)
        #expect(offer.result.decision.firedRules.map(\.code) == ["RENEWAL-INCREASE"] && offer.result.decision.firedRules.first?.value == "38.89")
        // An underwriter approves; the policy issued links to the one it renews.
        let policy = try book.applications.approve(offer.result.application, note: nil, book.context("li.na", at: book.at("2026-11-23T11:00")))
        #expect(policy.renews == numbers[1] && policy.premium.yuanString == "1045.00")
        #expect(try book.auditBreak() == nil)
    }

    @Test func premiumOverdueInGraceRefersTheRenewal() throws {
        // Group accident paid monthly from 2026-01-01 to 2026-12-31: ten instalments paid,
        // November's (due 2026-11-01, grace to 2026-12-01) not. Offered on 2026-11-20, the
        // renewal is referred, naming the arrears; paid up, the next policy's renewal is accepted.
        let book = try TestBook()
        let risk = #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#
        var numbers: [String] = []
        for _ in 0..<2 {
            let policy = try #require(try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: risk,
                                                     start: "2026-01-01", at: "2026-01-01T08:00", frequency: .monthly, paid: false).policy)
            for instalment in policy.instalments.prefix(10) {
                _ = try book.receive(policy.number, instalment.amount.yuanString, at: "\(instalment.dueDate)T09:00")
            }
            numbers.append(policy.number)
        }
        let november = try #require(try book.engine.policies.policy(numbers[1], asOf: CivilDate(iso: "2026-11-20")!, book.clerk("2026-11-20T10:00")).instalments[10])
        _ = try book.receive(numbers[1], november.amount.yuanString, at: "2026-11-01T09:00")

        let owing = try book.engine.underwriting.renew(numbers[0], book.clerk("2026-11-20T10:00"))
        #expect(owing.result.decision.outcome == .refer && owing.result.policy == nil)
        let rule = try #require(owing.result.decision.firedRules.first { $0.code == "RENEWAL-ARREARS" })
        #expect(rule.value == november.amount.yuanString)
        #expect(rule.reason.en == "renewal: \(november.amount.yuanString) of premium overdue on the policy (instalment 11 due 2026-11-01)")

        let paidUp = try book.engine.underwriting.renew(numbers[1], book.clerk("2026-11-20T10:00"))
        #expect(!paidUp.result.decision.firedRules.contains { $0.code == "RENEWAL-ARREARS" })
        #expect(paidUp.result.decision.outcome == .accept)
        #expect(try book.auditBreak() == nil)
    }

    @Test func renewalRatesInUnderwritingStats() throws {
        let (book, numbers) = try book()
        _ = try book.engine.underwriting.renew(numbers[0], book.clerk("2026-11-23T10:00"))     // renewed
        let claims = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        for loss in ["2026-03-01", "2026-04-01"] {
            _ = try claims.report(policy: numbers[1], lossDate: CivilDate(iso: loss)!, type: "fire", claimed: Money(yuan: 4000), description: nil,
                                  book.adjuster("\(loss)T18:00"))
        }
        _ = try book.engine.underwriting.renew(numbers[1], book.clerk("2026-11-23T10:00"))     // referred, waiting
        // numbers[2] not offered. Of 3 policies ending 2027-01-04: renewed 1 → rate 1/3 = 0.3333.
        let stats = try book.applications.stats(from: CivilDate(iso: "2027-01-01")!, to: CivilDate(iso: "2027-01-31")!,
                                                book.context("regulator.guo", at: book.at("2026-11-23T12:00")))
        let renewals = try #require(stats.renewals)
        #expect(renewals.total.due == 3 && renewals.total.offered == 2 && renewals.total.renewed == 1 && renewals.total.waiting == 1)
        #expect(renewals.total.notOffered == 1 && renewals.total.renewalRate == "0.3333")
        #expect(renewals.lines.map(\.line) == ["property"])
    }

    @Test func whatIsNotRenewed() throws {
        let (book, numbers) = try book()
        // Too early: offered from 60 days before the end (2026-11-05).
        #expect(throws: PuhuiError.refused("policy \(numbers[0]) ends on 2027-01-04; renewal is offered from 2026-11-05 (60 days before)")) {
            try book.engine.underwriting.renew(numbers[0], book.clerk("2026-11-04T10:00"))
        }
        // A pension runs to retirement.
        let pension = try #require(try book.apply("PH-PENS-FLEX", holder: "P-000007", insured: ["P-000007"],
                                                  risk: #"{"retirementAge": 60, "contributionAmount": "800", "contributionFrequency": "monthly"}"#).policy)
        #expect(throws: PuhuiError.refused("policy \(pension.number): PH-PENS-FLEX v1 is not renewed (pension runs its own term)")) {
            try book.engine.underwriting.renew(pension.number, book.clerk("2026-11-23T10:00"))
        }
        // A cancelled one.
        _ = try book.engine.policies.cancel(numbers[2], on: CivilDate(iso: "2026-11-01")!, book.clerk("2026-11-01T10:00"))
        #expect(throws: PuhuiError.refused("policy \(numbers[2]) was cancelled from 2026-11-01; it is not renewed")) {
            try book.engine.underwriting.renew(numbers[2], book.clerk("2026-11-23T10:00"))
        }
        // The bulk run offers the two left; the cancelled one is not due.
        let run = try book.engine.underwriting.renewAll(dueWithin: 60, book.clerk("2026-11-23T10:00"))
        #expect(run.due == 2 && run.offers.map(\.previous) == Array(numbers.prefix(2)) && run.refused.isEmpty)
    }
}
