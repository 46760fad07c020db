import Testing
@testable import PuhuiDomain

/// The premium ledger: money pays the oldest dues first, what is beyond the dues fallen due is
/// credit, and the grace period's last day is still in grace.
@Suite struct PremiumLedgerTests {
    static func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    static func y(_ text: String) -> Money { Money(yuan: text)! }

    /// Three instalments of 100.00 due on the first of January, February and March 2026.
    let dues = [PremiumLedger.Due.instalment(1, d("2026-01-01"), y("100")), .instalment(2, d("2026-02-01"), y("100")),
                .instalment(3, d("2026-03-01"), y("100"))]
    /// 100.00 on 01-01; 60.00 on 02-10 (a part-payment); 190.00 on 03-05 (the rest of February's
    /// 40.00, March's 100.00, and 50.00 beyond).
    let entries = [PremiumLedger.Entry(kind: .received, date: d("2026-01-01"), amount: y("100")),
                   PremiumLedger.Entry(kind: .received, date: d("2026-02-10"), amount: y("60")),
                   PremiumLedger.Entry(kind: .received, date: d("2026-03-05"), amount: y("190"))]

    @Test func partPaymentsAndCredit() {
        // On 02-20: 160.00 received against 200.00 fallen due: instalment 2 short by 40.00.
        let february = PremiumLedger(dues: dues, entries: entries, asOf: Self.d("2026-02-20"))
        #expect(february.received == Self.y("160") && february.dueToDate == Self.y("200"))
        #expect(february.overdue == Self.y("40") && february.credit == .zero)
        #expect(february.firstOverdue?.due.label == "instalment 2" && february.firstOverdue?.outstanding == Self.y("40"))
        #expect(february.dues.map(\.paid) == [Self.y("100"), Self.y("60"), .zero])
        // On 03-05: 350.00 against 300.00: all paid, 50.00 held as credit; instalments 2 and 3
        // were paid in full by the receipt of 03-05 (the cumulative 200.00 and 300.00 reached then).
        let march = PremiumLedger(dues: dues, entries: entries, asOf: Self.d("2026-03-05"))
        #expect(march.overdue == .zero && march.credit == Self.y("50") && march.firstOverdue == nil)
        #expect(march.dues.map(\.paidOn) == [Self.d("2026-01-01"), Self.d("2026-03-05"), Self.d("2026-03-05")])
        #expect(march.balance == Self.y("-50"))
        // A refund of 50.00 takes the credit back to nothing.
        let refunded = PremiumLedger(dues: dues, entries: entries + [PremiumLedger.Entry(kind: .refund, date: Self.d("2026-03-06"), amount: Self.y("50"))],
                                     asOf: Self.d("2026-03-06"))
        #expect(refunded.credit == .zero && refunded.received == Self.y("300"))
    }

    @Test func unpaidOnALossDate() {
        let ledger = PremiumLedger(dues: dues, entries: entries, asOf: Self.d("2026-03-31"))
        // On 02-15 instalment 2 (due 02-01) was not yet paid in full (that happened on 03-05).
        #expect(ledger.unpaid(on: Self.d("2026-02-15"))?.due.label == "instalment 2")
        #expect(ledger.outstanding(dueBy: Self.d("2026-02-15")) == .zero) // judged with everything received by 03-31
        #expect(ledger.unpaid(on: Self.d("2026-01-15")) == nil)
        #expect(ledger.unpaid(on: Self.d("2026-03-05")) == nil)
    }

    @Test func theLastDayOfGraceIsStillInGrace() throws {
        // Instalment 2 of 46.25 due 2026-08-01 unpaid; grace 30 days: its last day is 08-31.
        let dues = [PremiumLedger.Due.instalment(1, Self.d("2026-07-01"), Self.y("46.25")), .instalment(2, Self.d("2026-08-01"), Self.y("46.25"))]
        let paid = [PremiumLedger.Entry(kind: .received, date: Self.d("2026-07-01"), amount: Self.y("46.25"))]
        let onLastDay = try #require(ArrearsState.of(PremiumLedger(dues: dues, entries: paid, asOf: Self.d("2026-08-31")), graceDays: 30, lapsed: false))
        #expect(onLastDay.stage == .inGrace && onLastDay.daysLate == 30 && onLastDay.graceEnd == Self.d("2026-08-31"))
        let dayAfter = try #require(ArrearsState.of(PremiumLedger(dues: dues, entries: paid, asOf: Self.d("2026-09-01")), graceDays: 30, lapsed: false))
        #expect(dayAfter.stage == .pastGrace && dayAfter.daysLate == 31 && dayAfter.overdue == Self.y("46.25"))
        // Paid on the last day of grace: nothing overdue.
        let inTime = paid + [PremiumLedger.Entry(kind: .received, date: Self.d("2026-08-31"), amount: Self.y("46.25"))]
        #expect(ArrearsState.of(PremiumLedger(dues: dues, entries: inTime, asOf: Self.d("2026-09-01")), graceDays: 30, lapsed: false) == nil)
    }

    @Test func aCancellationLeavesOnlyThePremiumEarnedOwed() {
        // Cancelled from 2026-02-10: instalment 3 is not owed; the cancellation's due (−30.00)
        // brings the 200.00 fallen due to the 170.00 earned.
        var all = dues
        all.append(PremiumLedger.Due(kind: .cancellation, label: "cancellation from 2026-02-10", dueDate: Self.d("2026-02-10"), amount: Self.y("-30")))
        let owed = PremiumLedger.owed(all, cancelledOn: Self.d("2026-02-10"))
        #expect(owed.map(\.label) == ["instalment 1", "instalment 2", "cancellation from 2026-02-10"])
        // 160.00 was received (100.00 + 60.00): 10.00 earned stays owed; nothing more falls due.
        let ledger = PremiumLedger(dues: owed, entries: Array(entries.prefix(2)), asOf: Self.d("2026-12-31"))
        #expect(ledger.charged == Self.y("170") && ledger.overdue == Self.y("10") && ledger.credit == .zero)
    }
}
