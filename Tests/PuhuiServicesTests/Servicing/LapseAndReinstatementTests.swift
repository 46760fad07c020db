import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// An instalment unpaid past the grace period lapses the policy from its due date; a loss in the
/// grace period is covered with the premium deducted; a lapsed policy is reinstated within the
/// window with its arrears paid.
@Suite struct LapseAndReinstatementTests {
    /// 555.00 a year monthly from 2026-07-01, July's 46.25 paid, August's (due 2026-08-01) not:
    /// the product's grace is 30 days, so its last day is 2026-08-31.
    func bookWithAugustUnpaid(medical: Bool = false) throws -> (TestBook, Policy) {
        let book = try TestBook()
        let policy = try book.monthlyGroupAccident(medical: medical)
        try book.receive(policy.number, policy.instalments[0].amount.yuanString, at: "2026-07-01T09:00")
        return (book, policy)
    }

    @Test func aLapseAtExactlyTheEndOfGraceVersusOneDayLater() throws {
        let (book, policy) = try bookWithAugustUnpaid()
        let onLastDay = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-08-31")!, book.clerk("2026-08-31T18:00"))
        #expect(onLastDay.lapsed.isEmpty && onLastDay.inArrears == 1 && onLastDay.inGrace == 1)
        let arrears = try book.engine.premiums.arrears(asOf: CivilDate(iso: "2026-08-31")!, book.clerk("2026-08-31T18:00"))
        #expect(arrears.map { "\($0.policy) \($0.due) \($0.daysLate) \($0.stage.rawValue)" } == ["\(policy.number) instalment 2 30 in-grace"])

        let dayAfter = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-01")!, book.clerk("2026-09-01T18:00"))
        let lapse = try #require(dayAfter.lapsed.first)
        // From the due date; the notice due within 7 days of the run; 46.25 overdue (September's
        // instalment falls due on 09-01 too: 92.50 by the end of the day).
        #expect(lapse.arrears.dueDate.description == "2026-08-01" && lapse.arrears.graceEnd.description == "2026-08-31")
        #expect(lapse.noticeDue.description == "2026-09-08" && lapse.arrears.overdue.yuanString == "92.50")
        let lapsed = try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-09-10")!, book.clerk("2026-11-23T12:00"))
        #expect(lapsed.status == .lapsed && lapsed.lapses.first?.lapsedFrom.description == "2026-08-01")
        #expect(try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-07-31")!, book.clerk("2026-11-23T12:00")).status == .inForce)
        // Running again lapses nothing twice.
        let again = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-02")!, book.clerk("2026-09-02T18:00"))
        #expect(again.lapsed.isEmpty && again.alreadyLapsed == 1)
        #expect(throws: PuhuiError.invalid("a lapse run as of 2026-09-03 is after its own time (2026-09-02): a premium may still come")) {
            try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-03")!, book.clerk("2026-09-02T18:00"))
        }
        let list = try book.engine.policies.list(PolicyFilter(status: .lapsed, asOf: CivilDate(iso: "2026-09-10")!), book.clerk("2026-11-23T12:00"))
        #expect(list.map(\.number) == [policy.number])
        #expect(try book.actions(policy.number) == ["issued", "premium received", "lapsed"])
        #expect(try book.auditBreak() == nil)
    }

    @Test func aLossInUnpaidGraceIsCoveredWithThePremiumDeducted() throws {
        // With medical cover: class 1 255.00, class 2 370.00 each: 995.00 a year; instalment 1
        // 82.99 (the 8 fen of remainder), then 82.91. July paid; August's 82.91 unpaid.
        let (book, policy) = try bookWithAugustUnpaid(medical: true)
        #expect(policy.premium.yuanString == "995.00" && policy.instalments[1].amount.yuanString == "82.91")
        let claims = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        // Loss on 2026-08-15, in grace and unpaid: covered, the report says so.
        let report = try claims.report(policy: policy.number, lossDate: CivilDate(iso: "2026-08-15")!, type: "accident-medical",
                                       claimed: Money(yuan: 3000), description: nil, book.adjuster("2026-08-16T09:00"))
        #expect(report.notes.first == "the loss falls in the grace period of instalment 2 (82.91, due 2026-08-01), to 2026-08-31, still unpaid: covered, and the unpaid premium is deducted from the payment")
        let reference = report.claim.reference
        _ = try claims.receiveDocuments(reference, codes: report.documents.map(\.code), book.adjuster("2026-08-17T09:00"))
        _ = try claims.decide(reference, covered: true, reason: nil, book.adjuster("2026-08-18T09:00"))
        // Loss 3000.00 less the 100.00 deductible, × 90%: 2610.00; less August's 82.91 unpaid: 2527.09.
        let settlement = try claims.agree(reference, loss: Money(yuan: 3000), book.adjuster("2026-08-20T09:00"))
        #expect(settlement.premiumDeducted.yuanString == "82.91" && settlement.payable.yuanString == "2527.09")
        #expect(settlement.steps.last == "less unpaid premium 82.91 (instalment 2 due 2026-08-01, unpaid at the loss in its grace period): payable 2527.09")
        #expect(try claims.claim(reference, book.adjuster("2026-11-23T12:00")).payable?.yuanString == "2527.09")
        // The deduction paid August's instalment on the ledger: no lapse on 2026-09-01 (September's is in grace).
        let ledger = try book.ledger(policy.number, asOf: "2026-08-20")
        #expect(ledger.ledger.entries.last?.kind == .claimDeduction && ledger.ledger.entries.last?.reference == reference)
        #expect(ledger.ledger.overdue == .zero)
        #expect(try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-01")!, book.clerk("2026-09-01T18:00")).lapsed.isEmpty)
        #expect(try book.actions(policy.number) == ["issued", "premium received", "premium deducted from claim"])
        #expect(try book.auditBreak() == nil)
    }

    @Test func aLossAfterGraceIsRefusedAndTheLastDayOfGraceIsCovered() throws {
        let (book, policy) = try bookWithAugustUnpaid(medical: true)
        let claims = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        func report(_ loss: String) throws -> Claim {
            try claims.report(policy: policy.number, lossDate: CivilDate(iso: loss)!, type: "accident-medical", claimed: Money(yuan: 1000),
                              description: nil, book.adjuster("2026-09-05T09:00")).claim
        }
        #expect(throws: PuhuiError.invalid("policy \(policy.number) had lapsed on the loss date 2026-09-01: instalment 2 (82.91, due 2026-08-01) was unpaid when its grace period ended on 2026-08-31")) {
            try report("2026-09-01")
        }
        #expect(try report("2026-08-31").lossDate.description == "2026-08-31")
        #expect(try book.count("claim") == 1)
    }

    @Test func reinstatementWithinTheWindowWithTheArrearsPaid() throws {
        let (book, policy) = try bookWithAugustUnpaid()
        _ = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-01")!, book.clerk("2026-09-01T18:00"))
        // On 2026-10-10 four instalments have fallen due (185.00), 46.25 was received.
        #expect(throws: PuhuiError.refused("policy \(policy.number): 138.75 of arrears is unpaid (the oldest, instalment 2, fell due on 2026-08-01); receive it before reinstating")) {
            try book.engine.policies.reinstate(policy.number, book.clerk("2026-10-10T10:00"))
        }
        let receipt = try book.receive(policy.number, "138.75", at: "2026-10-10T09:00")
        #expect(receipt.notes == ["the policy lapsed from 2026-08-01; its arrears are now paid and it may be reinstated"])
        let reinstated = try book.engine.policies.reinstate(policy.number, book.clerk("2026-10-10T10:00"))
        #expect(reinstated.status == .inForce && reinstated.lapses.first?.reinstatedOn?.description == "2026-10-10")
        #expect(throws: PuhuiError.refused("policy \(policy.number) has not lapsed; there is nothing to reinstate")) {
            try book.engine.policies.reinstate(policy.number, book.clerk("2026-10-11T10:00"))
        }
        // The gap stays uncovered (status lapsed on 09-15), cover resumes on 10-10.
        #expect(try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-09-15")!, book.clerk("2026-11-23T12:00")).status == .lapsed)
        #expect(try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-10-10")!, book.clerk("2026-11-23T12:00")).status == .inForce)
        #expect(try book.actions(policy.number) == ["issued", "premium received", "lapsed", "premium received", "reinstated"])
        #expect(try book.auditBreak() == nil)
    }

    @Test func reinstatementAfterTheWindowIsRefused() throws {
        let book = try TestBook()
        // Term life: grace 60 days, reinstatement within 730 days of the lapse. Annual premium
        // due 2026-07-01 never paid: lapses from it on a run after 2026-08-30.
        let result = try book.apply("PH-TERM-KEY", holder: "P-000001", insured: ["P-000005"], risk: #"{"sumInsured": "500000", "termYears": 20}"#, paid: false)
        let number = try #require(result.policy?.number)
        #expect(try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-08-30")!, book.clerk("2026-08-30T18:00")).lapsed.isEmpty)
        let run = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-08-31")!, book.clerk("2026-08-31T18:00"))
        #expect(run.lapsed.map(\.arrears.policy) == [number] && run.lapsed.first?.arrears.graceEnd.description == "2026-08-30")
        // 2028-07-01 is 731 days after the lapse: outside the window (engine on a later clock).
        let later = PuhuiEngine(storage: book.storage, clock: FixedClock(book.at("2028-07-02T12:00")), environment: Fixtures.environment)
        _ = try later.premiums.receive(number, amount: try #require(result.policy?.premium), reference: nil, book.clerk("2028-06-30T10:00"))
        #expect(throws: PuhuiError.refused("policy \(number) lapsed from 2026-07-01; PH-TERM-KEY allows reinstatement within 730 days, to 2028-06-30")) {
            try later.policies.reinstate(number, book.clerk("2028-07-01T10:00"))
        }
    }
}
