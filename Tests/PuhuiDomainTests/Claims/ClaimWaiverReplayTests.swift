import Testing
@testable import PuhuiDomain

/// A claim closed with the rest of its agreed amount waived, replayed from its history: the
/// waiver ends the Art. 23 payment duty at the closing, counts as payment in full from then,
/// and the rest is recorded as waived. (PH-PROP-SHOP: payment within 5 days of agreement.)
@Suite struct ClaimWaiverReplayTests {
    typealias R = ClaimReplayTests

    /// Agreed 2026-03-05 10:00 at 2500.00, 2000.00 paid on 03-06, closed on `closedAt` with 500.00 waived.
    static func waived(closedAt: String) -> ClaimHistory {
        R.history([
            R.event(nil, "2026-03-02T09:00", .reported),
            R.event(.receiveDocuments, "2026-03-03T10:00", .documentsComplete),
            R.event(.decide, "2026-03-04T10:00", .decided, covered: true),
            R.event(.agree, "2026-03-05T10:00", .agreed, payable: 2500),
            R.event(.pay, "2026-03-06T10:00", .paid),
            R.event(.close, closedAt, .closed),
        ], payments: [ClaimHistory.Payment(paidAt: R.t("2026-03-06T10:00"), amount: Money(yuan: 2000), advance: false)])
    }

    func paymentClock(_ claim: ClaimAsOf) -> ClaimClock.Status? {
        ClaimClockRules.statutoryClocks(claim.current, claims: R.spec, productCode: "PH-PROP-SHOP").first { $0.kind == .payment }?.status(asOf: claim.asOf)
    }

    @Test func aWaiverWithinThePaymentPeriodMeetsIt() throws {
        // Due by 24:00 on 2026-03-10 (agreed 03-05, 5 days); the closing at 24:00 exactly is in time.
        let claim = try #require(ClaimReplay.replay(Self.waived(closedAt: "2026-03-11T00:00"), asOf: R.t("2026-03-31T12:00")))
        #expect(claim.current.waived == Money(yuan: 500))
        #expect(claim.current.paidInFullAt == R.t("2026-03-11T00:00") && claim.current.fullPaymentAt == R.t("2026-03-11T00:00"))
        #expect(paymentClock(claim) == .met)
    }

    @Test func aWaiverAfterThePaymentPeriodLeavesItMissed() throws {
        let claim = try #require(ClaimReplay.replay(Self.waived(closedAt: "2026-03-11T00:01"), asOf: R.t("2026-03-31T12:00")))
        #expect(claim.current.waived == Money(yuan: 500) && paymentClock(claim) == .missed)
    }

    @Test func beforeTheClosingTheRestIsStillOwed() throws {
        let claim = try #require(ClaimReplay.replay(Self.waived(closedAt: "2026-03-20T10:00"), asOf: R.t("2026-03-10T12:00")))
        #expect(claim.current.waived == nil && claim.current.paidInFullAt == nil && claim.current.state == .paid)
        #expect(paymentClock(claim) == .open)
    }

    @Test func aClaimPaidInFullWaivesNothing() throws {
        let history = R.history([
            R.event(nil, "2026-03-02T09:00", .reported),
            R.event(.receiveDocuments, "2026-03-03T10:00", .documentsComplete),
            R.event(.decide, "2026-03-04T10:00", .decided, covered: true),
            R.event(.agree, "2026-03-05T10:00", .agreed, payable: 2500),
            R.event(.pay, "2026-03-06T10:00", .paid),
            R.event(.close, "2026-03-07T10:00", .closed),
        ], payments: [ClaimHistory.Payment(paidAt: R.t("2026-03-06T10:00"), amount: Money(yuan: 2500), advance: false)])
        let claim = try #require(ClaimReplay.replay(history, asOf: R.t("2026-03-31T12:00")))
        #expect(claim.current.waived == nil && claim.current.paidInFullAt == R.t("2026-03-06T10:00"))
    }
}
