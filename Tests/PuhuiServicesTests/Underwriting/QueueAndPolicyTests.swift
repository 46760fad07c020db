import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct UnderwritingQueueTests {
    let accidentRisk = #"{"deathBenefit": "1000000", "insured": [{"occupationClass": "1"}, {"occupationClass": "1"}, {"occupationClass": "2"}]}"#

    @Test func approvalAboveAuthorityIsRefusedAndNamesWhoMay() throws {
        let book = try TestBook()
        let referred = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: accidentRisk)
        #expect(referred.decision.outcome == .refer)
        let queue = try book.applications.queue(book.context("zhang.wei", at: Instant(parsing: "2026-11-23T12:00")!))
        #expect(queue.map(\.application) == [referred.application])
        #expect(throws: PuhuiError(.unauthorized, "application A-2026-000001: sum insured 1000000.00 exceeds zhang.wei's authority of 500000.00 on accident; li.na may")) {
            try book.applications.approve(referred.application, note: nil, book.context("zhang.wei", at: Instant(parsing: "2026-06-29T09:00")!))
        }
        #expect(try book.count("policy") == 0)
        let policy = try book.applications.approve(referred.application, note: "checked payroll", book.context("li.na", at: Instant(parsing: "2026-06-29T09:00")!))
        #expect(policy.issuedAt == Instant(parsing: "2026-06-29T09:00"))
        #expect(try book.applications.queue(book.context("zhang.wei", at: Instant(parsing: "2026-11-23T12:00")!)).isEmpty)
        // Deciding twice is refused.
        #expect(throws: PuhuiError.refused("application A-2026-000001 is issued, not waiting in the underwriting queue")) {
            try book.applications.decline(referred.application, reason: "x", book.context("li.na", at: Instant(parsing: "2026-06-29T10:00")!))
        }
    }

    @Test func declineNeedsAReasonAndAnUnderwriter() throws {
        let book = try TestBook()
        let referred = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: accidentRisk)
        #expect(throws: PuhuiError.invalid("a decline needs a reason")) {
            try book.applications.decline(referred.application, reason: " ", book.context("li.na", at: Instant(parsing: "2026-06-29T10:00")!))
        }
        #expect(throws: PuhuiError.invalid("at 2026-06-27T10:00:00+08:00 is before the application was made (2026-06-28T10:00:00+08:00)")) {
            try book.applications.decline(referred.application, reason: "late", book.context("li.na", at: Instant(parsing: "2026-06-27T10:00")!))
        }
        try book.applications.decline(referred.application, reason: "payroll not credible", book.context("li.na", at: Instant(parsing: "2026-06-29T10:00")!))
        let events = try book.storage.read { try $0.audit.events(subjects: [referred.application]) }
        #expect(events.map(\.action) == ["applied", "decided refer", "declined"])
        #expect(events.last?.actor == "li.na" && events.last?.after == "payroll not credible")
    }

    @Test func turnaroundOnASmallBookWithKnownTimes() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        let big = #"{"sumInsured": "3500000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        // Three accepted at once (0 s), three referred and approved after 2 h, 1 day and 3 days, one declined by rules.
        for hour in ["09", "10", "11"] { try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, at: "2026-06-20T\(hour):00") }
        let waits = ["2026-06-20T11:00", "2026-06-21T09:00", "2026-06-23T09:00"]
        for wait in waits {
            let referred = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: big, at: "2026-06-20T09:00")
            _ = try book.applications.approve(referred.application, note: nil, book.context("zhang.wei", at: Instant(parsing: wait)!))
        }
        try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: big.replacingOccurrences(of: "restaurant", with: "fireworks-storage"), at: "2026-06-20T09:00")
        try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: big, at: "2026-06-20T09:00") // still waiting

        let stats = try book.applications.stats(from: CivilDate(iso: "2026-06-01")!, to: CivilDate(iso: "2026-06-30")!, book.context("regulator.guo", at: Instant(parsing: "2026-11-23T12:00")!))
        let property = try #require(stats.lines.first)
        #expect(property.applications == 8)
        #expect(property.autoAccepted == 3 && property.referred == 4 && property.declinedByRules == 1)
        #expect(property.referredApproved == 3 && property.referredWaiting == 1)
        #expect(property.autoAcceptRate == "0.3750" && property.referralRate == "0.5000")
        // Issue times: 0, 0, 0, 2 h, 24 h, 72 h → median (0 + 2 h) / 2 = 1 h; 90th percentile rank ⌈5.4⌉ = 6 → 72 h.
        #expect(property.issued == 6)
        #expect(property.medianSecondsToIssue == 3600)
        #expect(property.p90SecondsToIssue == Int64(72 * 3600))
    }
}

@Suite struct CancellationTests {
    func cancel(_ book: TestBook, _ number: String, on date: String) throws -> Cancellation.Refund {
        try book.engine.policies.cancel(number, on: CivilDate(iso: date)!, book.context("clerk.ma", at: Instant(parsing: "2026-11-23T09:00")!)).1
    }

    @Test func shortRateForProperty() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}"#
        for _ in 0..<3 { try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk) } // premium 810.00 each, from 2026-07-01
        // 2026-07-01: 1 month earns 10% → 729.00; 2026-09-15: 3 months earn 30% → 567.00; 2027-06-30: 12 months → 0.00
        #expect(try cancel(book, "PL-2026-000001", on: "2026-07-01").amount.yuanString == "729.00")
        #expect(try cancel(book, "PL-2026-000002", on: "2026-09-15").amount.yuanString == "567.00")
        #expect(try cancel(book, "PL-2026-000003", on: "2027-06-30").amount.yuanString == "0.00")
        let policy = try book.engine.policies.policy("PL-2026-000002", asOf: CivilDate(iso: "2026-11-23")!, book.context("clerk.ma", at: Instant(parsing: "2026-11-23T12:00")!))
        #expect(policy.status == .cancelled && policy.cancelledOn?.description == "2026-09-15" && policy.cancellationRefund?.yuanString == "567.00")
        #expect(!policy.covers(CivilDate(iso: "2026-09-16")!) && policy.covers(CivilDate(iso: "2026-09-15")!))
    }

    @Test func proRataToTheFen() throws {
        let book = try TestBook()
        let accident = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"],
                                      risk: #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#)
        // 135 + 210 + 210 = 555.00; cancelled 2026-12-31: 181 of 365 days unexpired → 555 × 181 / 365 = 275.219… → 275.22
        #expect(accident.policy?.premium.yuanString == "555.00")
        let refund = try cancel(book, "PL-2026-000001", on: "2026-12-31")
        #expect(refund.amount.yuanString == "275.22", "\(refund.explanation)")
        // Term life, second policy year: premium P, cancelled 2027-09-30: 274 of 366 days (2027-07-01 to 2028-06-30) unexpired.
        let term = try book.apply("PH-TERM-KEY", holder: "P-000001", insured: ["P-000005"], risk: #"{"sumInsured": "500000", "termYears": 20}"#)
        let premium = try #require(term.policy?.premium)
        let termRefund = try cancel(book, "PL-2026-000002", on: "2027-09-30")
        let expected = Money(yuan: premium.yuan * ExactDecimal(274).divided(by: ExactDecimal(366), scale: 12, .halfEven)!, rounding: .halfUp)
        #expect(termRefund.amount == expected)
        #expect(termRefund.explanation.contains("274 unexpired days / 366 days of the policy year (2027-07-01 to 2028-06-30)"))
    }

    @Test func accountValueForThePension() throws {
        let book = try TestBook()
        try book.apply("PH-PENS-FLEX", holder: "P-000007", insured: ["P-000007"], risk: #"{"retirementAge": 60, "contributionAmount": "800", "contributionFrequency": "monthly"}"#)
        // Contributions 800.00 on 2026-07-01 and 2026-08-01, each less the 1% charge (8.00): 792.00.
        for day in ["2026-07-01", "2026-08-01"] {
            _ = try book.engine.premiums.receive("PL-2026-000001", amount: Money(yuan: 800), reference: nil, book.context("clerk.ma", at: Instant(parsing: "\(day)T10:00")!))
        }
        // July at the declared 2.80%: 792.00 × 31 days × 0.028 / 365 = 1.883441… → 1.88; balance 793.88.
        // August 1 to 15 at 2.80%: (793.88 + 792.00) × 15 × 0.028 / 365 = 1.824848… → 1.82 accrued.
        // Value 1585.88 + 1.82 = 1587.70; policy year 1 surrender charge 3%: 47.631 → 47.63; 1587.70 − 47.63 = 1540.07.
        let refund = try cancel(book, "PL-2026-000001", on: "2026-08-15")
        #expect(refund.amount.yuanString == "1540.07", "\(refund.explanation)")
    }

    @Test func refusedCancellations() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk)
        #expect(throws: PuhuiError.invalid("policy PL-2026-000001 runs 2026-07-01 to 2027-06-30; it cannot be cancelled on 2026-06-30")) {
            try cancel(book, "PL-2026-000001", on: "2026-06-30")
        }
        _ = try cancel(book, "PL-2026-000001", on: "2026-08-01")
        #expect(throws: PuhuiError.refused("policy PL-2026-000001 was already cancelled on 2026-08-01")) {
            try cancel(book, "PL-2026-000001", on: "2026-09-01")
        }
        #expect(throws: PuhuiError.notFound("policy PL-2026-000404 does not exist")) { try cancel(book, "PL-2026-000404", on: "2026-09-01") }
        let events = try book.storage.read { try $0.audit.events(subjects: ["PL-2026-000001"]) }
        #expect(events.map(\.action) == ["issued", "premium received", "cancelled"])
    }

    @Test func instalmentsSplitToTheFen() {
        let plan = InstalmentPlan.plan(premium: Money(fen: 100_001), frequency: .quarterly, start: CivilDate(iso: "2026-01-31")!)
        #expect(plan.map(\.amount.fen) == [25_001, 25_000, 25_000, 25_000])
        #expect(plan.map(\.dueDate.description) == ["2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31"])
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk)
        #expect(throws: DatabaseError.self) { try book.db.write { try $0.execute(sql: "UPDATE audit_event SET actor = 'x'") } }
        #expect(throws: DatabaseError.self) { try book.db.write { try $0.execute(sql: "DELETE FROM audit_event") } }
    }
}
