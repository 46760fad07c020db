import Foundation
import Testing
@testable import PuhuiDomain

/// Each statutory clock at its boundary. The export-credit product keeps the statutory periods
/// (decision 30 days, payment 10 days), so its claims show the law's own deadlines.
@Suite struct ClaimClockTests {
    /// An export-credit claim with documents complete on 2026-03-01 at 10:00.
    func completeOnMarchFirst(_ cb: ClaimBook) throws -> Claim {
        let claim = try cb.report(.exportCredit, type: "buyer-default", claimed: "400000", loss: "2026-02-20", at: "2026-02-25T09:00")
        try cb.completeDocuments(claim, at: "2026-03-01T10:00")
        return try cb.claim(claim.reference)
    }

    @Test func decisionWithinThirtyDays() throws {
        let cb = try ClaimBook()
        let claim = try completeOnMarchFirst(cb)
        // Due by the end of day 30, 2026-03-31.
        #expect(try cb.clocks(claim.reference, asOf: "2026-03-31T23:59")[.decision] == .open)
        #expect(try cb.clocks(claim.reference, asOf: "2026-04-01T00:00")[.decision] == .missed)
        let overdue = try cb.service.list(.init(overdue: true, asOf: Instant(parsing: "2026-04-01T06:00")!), cb.actor("2026-11-23T12:00"))
        #expect(overdue.map(\.clock) == [.decision])
        #expect(overdue.first?.basis == "Insurance Law Art. 23: decision within 30 days of complete documents")
        #expect(overdue.first?.lateSeconds == Int64(6 * 3600))
        #expect(try cb.service.list(.init(overdue: true, asOf: Instant(parsing: "2026-03-31T23:59")!), cb.actor("2026-11-23T12:00")).isEmpty)
        let dueSoon = try cb.service.list(.init(dueWithin: 3 * 86_400, asOf: Instant(parsing: "2026-03-29T12:00")!), cb.actor("2026-11-23T12:00"))
        #expect(dueSoon.map(\.clock) == [.decision])
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-31T23:00"))
        #expect(try cb.clocks(claim.reference, asOf: "2026-11-23T12:00")[.decision] == .met)
    }

    @Test func decisionOnDayThirtyOneIsMissed() throws {
        let cb = try ClaimBook()
        let claim = try completeOnMarchFirst(cb)
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-04-01T09:00"))
        #expect(try cb.clocks(claim.reference, asOf: "2026-11-23T12:00")[.decision] == .missed)
    }

    @Test func paymentWithinTenDaysOfAgreement() throws {
        let cb = try ClaimBook()
        let claim = try completeOnMarchFirst(cb)
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-05T10:00"))
        _ = try cb.service.agree(claim.reference, loss: Money(yuan: "100000")!, cb.actor("2026-04-10T10:00"))
        // Agreed 2026-04-10: due by the end of 2026-04-20.
        #expect(try cb.clocks(claim.reference, asOf: "2026-04-20T23:59")[.payment] == .open)
        #expect(try cb.clocks(claim.reference, asOf: "2026-04-21T00:00")[.payment] == .missed)
        _ = try cb.service.pay(claim.reference, amount: Money(yuan: "90000")!, advance: false, cb.actor("2026-04-20T16:00"))
        #expect(try cb.clocks(claim.reference, asOf: "2026-11-23T12:00")[.payment] == .met)
    }

    @Test func rejectionNoticeWithinThreeDays() throws {
        let cb = try ClaimBook()
        let met = try completeOnMarchFirst(cb)
        let late = try completeOnMarchFirst(cb)
        for claim in [met, late] {
            _ = try cb.service.decide(claim.reference, covered: false, reason: "the buyer disputed the goods' quality (commercial dispute exclusion)",
                                      cb.actor("2026-05-01T10:00"))
        }
        // Decided 2026-05-01: notice due by the end of 2026-05-04.
        #expect(try cb.clocks(met.reference, asOf: "2026-05-04T23:59")[.rejectionNotice] == .open)
        #expect(try cb.clocks(met.reference, asOf: "2026-05-05T00:00")[.rejectionNotice] == .missed)
        _ = try cb.service.rejectNotice(met.reference, cb.actor("2026-05-04T17:00"))
        _ = try cb.service.rejectNotice(late.reference, cb.actor("2026-05-05T09:00"))
        #expect(try cb.clocks(met.reference, asOf: "2026-11-23T12:00")[.rejectionNotice] == .met)
        #expect(try cb.clocks(late.reference, asOf: "2026-11-23T12:00")[.rejectionNotice] == .missed)
        #expect(try cb.claim(met.reference).state == .rejected)
        #expect(throws: PuhuiError.invalid("a not-covered decision needs a reason")) {
            try cb.service.decide(met.reference, covered: false, reason: nil, cb.actor("2026-05-06T10:00"))
        }
    }

    @Test func advancePaymentWithinSixtyDays() throws {
        let cb = try ClaimBook()
        let paid = try completeOnMarchFirst(cb)
        let unpaid = try completeOnMarchFirst(cb)
        let fixed = try completeOnMarchFirst(cb)
        // Complete 2026-03-01: an advance is due by the end of 2026-04-30 while the amount is not fixed.
        _ = try cb.service.pay(paid.reference, amount: Money(yuan: "100000")!, advance: true, cb.actor("2026-04-30T18:00"))
        #expect(try cb.clocks(paid.reference, asOf: "2026-11-23T12:00")[.advancePayment] == .met)
        #expect(try cb.clocks(unpaid.reference, asOf: "2026-04-30T23:59")[.advancePayment] == .open)
        #expect(try cb.clocks(unpaid.reference, asOf: "2026-05-01T00:00")[.advancePayment] == .missed)
        _ = try cb.service.decide(fixed.reference, covered: true, reason: nil, cb.actor("2026-03-10T10:00"))
        _ = try cb.service.agree(fixed.reference, loss: Money(yuan: "200000")!, cb.actor("2026-04-09T10:00"))
        #expect(try cb.clocks(fixed.reference, asOf: "2026-11-23T12:00")[.advancePayment] == .stopped)
        // The advance counts toward what is agreed later.
        _ = try cb.service.decide(paid.reference, covered: true, reason: nil, cb.actor("2026-05-02T10:00"))
        let settlement = try cb.service.agree(paid.reference, loss: Money(yuan: "300000")!, cb.actor("2026-05-03T10:00"))
        #expect(settlement.payable.yuanString == "270000.00" && settlement.remaining.yuanString == "170000.00")
    }

    @Test func smallClaimNoticeWithinOneWorkingDay() throws {
        let cb = try ClaimBook()
        // Reported Friday 2026-03-06 at 17:00: the next working day is Monday 2026-03-09.
        let friday = try cb.report(.accident, type: "accident-medical", claimed: "1500", loss: "2026-03-06", at: "2026-03-06T17:00")
        #expect(try cb.clocks(friday.reference, asOf: "2026-03-09T23:59")[.documentNotice] == .open)
        #expect(try cb.clocks(friday.reference, asOf: "2026-03-10T00:00")[.documentNotice] == .missed)
        // Reported 2026-09-30: 1-7 October are public holidays, 8 October is the next working day.
        let holiday = try cb.report(.accident, type: "accident-medical", claimed: "1500", loss: "2026-09-30", at: "2026-09-30T11:00")
        let details = try cb.service.details(holiday.reference, asOf: Instant(parsing: "2026-10-01T09:00")!, cb.actor("2026-11-23T12:00"))
        #expect(details.clocks.first { $0.kind == .documentNotice }?.dueAt == Instant(parsing: "2026-10-09T00:00"))
        // Small claims closed within 5 days of the report (product service level).
        #expect(details.clocks.first { $0.kind == .smallClaimClose }?.dueAt == Instant(parsing: "2026-10-06T00:00"))
        #expect(ClaimBook.calendar.isWorkingDay(CivilDate(iso: "2026-10-10")!)) // Saturday worked in lieu
    }
}
