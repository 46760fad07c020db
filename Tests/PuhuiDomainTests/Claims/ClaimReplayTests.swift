import Testing
@testable import PuhuiDomain

/// The replay of a claim's history up to an as-of time, on histories written out by hand.
/// The product's contract periods are those of PH-PROP-SHOP: decision 10 days, payment 5 days.
@Suite struct ClaimReplayTests {
    static let spec = ClaimsSpec(decisionDays: 10, paymentDays: 5, smallClaimThreshold: Money(yuan: 5000), smallClaimNoticeWorkingDays: 1,
                                 smallClaimCloseDays: 5, documents: [], claimTypes: [])

    static func t(_ text: String) -> Instant { Instant(parsing: text)! }

    static func event(_ action: ClaimAction?, _ at: String, _ state: ClaimState, covered: Bool? = nil, payable: Int64? = nil) -> ClaimHistory.Event {
        ClaimHistory.Event(action: action?.rawValue ?? "report", at: t(at), stateAfter: state, covered: covered, payable: payable.map { Money(yuan: $0) })
    }

    static func history(_ events: [ClaimHistory.Event], payments: [ClaimHistory.Payment] = [], requests: [ClaimHistory.Request] = []) -> ClaimHistory {
        ClaimHistory(reference: "CLM-2026-000001", policyNumber: "PL-2026-000001", productCode: "PH-PROP-SHOP", productVersion: 1,
                     segment: .microEnterprise, line: .property, small: false, reportedAt: events[0].at, events: events, payments: payments,
                     requests: requests)
    }

    /// Decided, paid and closed in August; reopened in September, decided and agreed again;
    /// the rest paid and closed in October.
    static let reopened = history([
        event(nil, "2026-08-03T09:00", .reported),
        event(.requestDocuments, "2026-08-03T10:00", .awaitingDocuments),
        event(.receiveDocuments, "2026-08-05T10:00", .documentsComplete),
        event(.decide, "2026-08-07T10:00", .decided, covered: true),
        event(.agree, "2026-08-10T10:00", .agreed, payable: 19_000),
        event(.pay, "2026-08-12T10:00", .paid),
        event(.close, "2026-08-12T12:00", .closed),
        event(.reopen, "2026-09-10T10:00", .reopened),
        event(.decide, "2026-09-15T10:00", .decided, covered: true),
        event(.agree, "2026-09-20T10:00", .agreed, payable: 24_000),
        event(.pay, "2026-10-05T10:00", .paid),
        event(.close, "2026-10-06T10:00", .closed),
    ], payments: [
        ClaimHistory.Payment(paidAt: t("2026-08-12T10:00"), amount: Money(yuan: 19_000), advance: false),
        ClaimHistory.Payment(paidAt: t("2026-10-05T10:00"), amount: Money(yuan: 5_000), advance: false),
    ], requests: [ClaimHistory.Request(at: t("2026-08-03T10:00"), breachesOneTimeRule: false)])

    func statuses(_ claim: ClaimAsOf) -> [String: ClaimClock.Status] {
        var result: [String: ClaimClock.Status] = [:]
        for cycle in claim.cycles {
            for clock in ClaimClockRules.statutoryClocks(cycle, claims: Self.spec, productCode: "PH-PROP-SHOP") {
                result["\(cycle.cycle) \(clock.kind.rawValue)"] = clock.status(asOf: claim.asOf)
            }
        }
        return result
    }

    @Test func asOfTheEndOfAugustTheClaimStandsClosedInItsFirstCycle() throws {
        let claim = try #require(ClaimReplay.replay(Self.reopened, asOf: ExtractPeriod.endOfDay(CivilDate(iso: "2026-08-31")!)))
        let c = claim.current
        #expect(claim.earlierCycles.isEmpty && c.cycle == 1 && c.state == .closed)
        #expect(c.documentsCompleteAt == Self.t("2026-08-05T10:00") && c.decidedAt == Self.t("2026-08-07T10:00") && c.covered == true)
        #expect(c.agreedAt == Self.t("2026-08-10T10:00") && c.payable == Money(yuan: 19_000) && c.paid == Money(yuan: 19_000))
        #expect(c.firstPaidAt == Self.t("2026-08-12T10:00") && c.paidInFullAt == Self.t("2026-08-12T10:00") && c.fullPaymentAt == Self.t("2026-08-12T10:00"))
        #expect(c.closedAt == Self.t("2026-08-12T12:00") && claim.payments.count == 1 && claim.reopenedAt == nil)
        // Decision due by the end of 08-15 (10 days), done 08-07; payment due by the end of 08-15, done 08-12.
        #expect(statuses(claim) == ["1 decision": .met, "1 advance-payment": .stopped, "1 payment": .met])
    }

    @Test func asOfTheEndOfSeptemberTheFirstCycleIsKeptAsItEnded() throws {
        let claim = try #require(ClaimReplay.replay(Self.reopened, asOf: ExtractPeriod.endOfDay(CivilDate(iso: "2026-09-30")!)))
        #expect(claim.earlierCycles.count == 1 && claim.earlierCycles[0].state == .closed && claim.earlierCycles[0].closedAt == Self.t("2026-08-12T12:00"))
        let c = claim.current
        #expect(c.cycle == 2 && c.state == .agreed && c.startedAt == Self.t("2026-09-10T10:00") && c.documentsCompleteAt == Self.t("2026-09-10T10:00"))
        #expect(c.decidedAt == Self.t("2026-09-15T10:00") && c.payable == Money(yuan: 24_000) && c.paid == Money(yuan: 19_000))
        #expect(c.paidInFullAt == nil && c.closedAt == nil && c.firstPaidAt == Self.t("2026-08-12T10:00"))
        #expect(claim.latest(\.closedAt) == Self.t("2026-08-12T12:00") && claim.latest(\.decidedAt) == Self.t("2026-09-15T10:00"))
        // Cycle 2: decision due by the end of 09-20, done 09-15; payment due by the end of 09-25, still owed on 09-30.
        #expect(statuses(claim) == ["1 decision": .met, "1 advance-payment": .stopped, "1 payment": .met,
                                    "2 decision": .met, "2 advance-payment": .stopped, "2 payment": .missed])
    }

    @Test func asOfTheEndOfOctoberTheSecondCycleIsPaidInFullLate() throws {
        let claim = try #require(ClaimReplay.replay(Self.reopened, asOf: ExtractPeriod.endOfDay(CivilDate(iso: "2026-10-31")!)))
        let c = claim.current
        #expect(c.state == .closed && c.paid == Money(yuan: 24_000) && c.paidInFullAt == Self.t("2026-10-05T10:00"))
        #expect(c.fullPaymentAt == Self.t("2026-10-05T10:00") && c.closedAt == Self.t("2026-10-06T10:00") && claim.payments.count == 2)
        #expect(statuses(claim)["2 payment"] == .missed)
    }

    @Test func eventsAfterTheAsOfTimeHaveNotHappened() throws {
        // 08-10 00:00: documents complete, decided; the amount not yet agreed.
        let claim = try #require(ClaimReplay.replay(Self.reopened, asOf: Self.t("2026-08-10T00:00")))
        let c = claim.current
        #expect(c.state == .decided && c.agreedAt == nil && c.payable == nil && c.paid == .zero && c.closedAt == nil && claim.payments.isEmpty)
        // The decision was made on time though it was due only by the end of 08-15: met. The
        // advance clock (due 60 days after 08-05) still runs: open.
        #expect(statuses(claim) == ["1 decision": .met, "1 advance-payment": .open])
        #expect(ClaimReplay.replay(Self.reopened, asOf: Self.t("2026-08-03T08:59:59")) == nil)
    }

    @Test func anAdvanceThatCoversTheAgreedAmountIsThePaymentInFull() throws {
        let history = Self.history([
            Self.event(nil, "2026-03-02T09:00", .reported),
            Self.event(.receiveDocuments, "2026-03-03T10:00", .documentsComplete),
            Self.event(.advance, "2026-03-10T10:00", .documentsComplete),
            Self.event(.decide, "2026-03-12T10:00", .decided, covered: true),
            Self.event(.agree, "2026-03-15T10:00", .agreed, payable: 20_000),
        ], payments: [ClaimHistory.Payment(paidAt: Self.t("2026-03-10T10:00"), amount: Money(yuan: 20_000), advance: true)])
        let claim = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-03-31T00:00")))
        #expect(claim.current.firstAdvanceAt == Self.t("2026-03-10T10:00") && claim.current.advancePaid == Money(yuan: 20_000))
        #expect(claim.current.paidInFullAt == Self.t("2026-03-15T10:00") && claim.current.fullPaymentAt == Self.t("2026-03-10T10:00"))
        #expect(statuses(claim) == ["1 decision": .met, "1 advance-payment": .met, "1 payment": .met])
    }

    @Test func nothingPayableIsPaidInFullWithoutAPaymentAndOwesNone() throws {
        let history = Self.history([
            Self.event(nil, "2026-08-04T09:00", .reported),
            Self.event(.receiveDocuments, "2026-08-06T10:00", .documentsComplete),
            Self.event(.decide, "2026-08-08T10:00", .decided, covered: true),
            Self.event(.agree, "2026-08-09T10:00", .agreed, payable: 0),
            Self.event(.close, "2026-08-09T11:00", .closed),
        ])
        let claim = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-08-31T00:00")))
        #expect(claim.current.paidInFullAt == Self.t("2026-08-09T10:00") && claim.current.fullPaymentAt == nil && claim.current.firstPaidAt == nil)
        // No payment is owed: the payment clock stops at the agreement, neither met nor missed.
        #expect(statuses(claim)["1 payment"] == .stopped)
    }

    @Test func aPaymentWaitingForApprovalIsMadeWhenApproved() throws {
        let history = Self.history([
            Self.event(nil, "2026-05-01T09:00", .reported),
            Self.event(.receiveDocuments, "2026-05-01T10:00", .documentsComplete),
            Self.event(.decide, "2026-05-01T11:00", .decided, covered: true),
            Self.event(.agree, "2026-05-01T12:00", .agreed, payable: 80_000),
            Self.event(.pay, "2026-05-02T10:00", .agreed),
            Self.event(.approvePayment, "2026-05-03T10:00", .paid),
        ], payments: [ClaimHistory.Payment(paidAt: Self.t("2026-05-03T10:00"), amount: Money(yuan: 80_000), advance: false)])
        let waiting = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-05-02T12:00")))
        #expect(waiting.current.paid == .zero && waiting.current.paidInFullAt == nil && waiting.current.state == .agreed)
        let approved = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-05-03T12:00")))
        #expect(approved.current.paid == Money(yuan: 80_000) && approved.current.paidInFullAt == Self.t("2026-05-03T10:00") && approved.current.state == .paid)
    }

    @Test func requestsForDocumentsBelongToTheCycleTheyWereMadeIn() throws {
        let history = Self.history([
            Self.event(nil, "2026-04-01T09:00", .reported),
            Self.event(.requestDocuments, "2026-04-01T10:00", .awaitingDocuments),
            Self.event(.requestDocuments, "2026-04-02T10:00", .awaitingDocuments),
            Self.event(.withdraw, "2026-04-03T10:00", .withdrawn),
            Self.event(.reopen, "2026-05-03T10:00", .reopened),
            Self.event(.requestDocuments, "2026-05-04T10:00", .awaitingDocuments),
        ], requests: [
            ClaimHistory.Request(at: Self.t("2026-04-01T10:00"), breachesOneTimeRule: false),
            ClaimHistory.Request(at: Self.t("2026-04-02T10:00"), breachesOneTimeRule: true),
            ClaimHistory.Request(at: Self.t("2026-05-04T10:00"), breachesOneTimeRule: false),
        ])
        let claim = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-05-31T00:00")))
        let first = claim.earlierCycles[0], second = claim.current
        #expect(first.firstRequestInCycleAt == Self.t("2026-04-01T10:00") && first.oneTimeRuleBroken && first.withdrawnAt == Self.t("2026-04-03T10:00"))
        #expect(second.firstRequestInCycleAt == Self.t("2026-05-04T10:00") && !second.oneTimeRuleBroken && second.withdrawnAt == nil)
        #expect(second.firstRequestAt == Self.t("2026-04-01T10:00") && second.state == .awaitingDocuments)
        // Before the second request, the first cycle's one-time notice was not yet broken.
        let early = try #require(ClaimReplay.replay(history, asOf: Self.t("2026-04-01T12:00")))
        #expect(early.current.oneTimeRuleBroken == false)
    }

    @Test func aStoredClaimsCurrentCycleGivesTheSameClocksAsBefore() {
        let claim = Claim(id: 1, reference: "CLM-2026-000001", policyNumber: "PL-2026-000001", policyID: 1, productCode: "PH-PROP-SHOP", productVersion: 1,
                          line: .property, segment: .microEnterprise, coverage: "PROPERTY", claimType: "fire", lossDate: CivilDate(iso: "2026-08-01")!,
                          claimed: Money(yuan: 20_000), small: false, state: .agreed, covered: true, payable: Money(yuan: 19_000), paid: .zero,
                          advancePaid: .zero, reserve: Money(yuan: 19_000), adjuster: "liu.yang", cycle: 1, reportedAt: Self.t("2026-08-03T09:00"),
                          documentsCompleteAt: Self.t("2026-08-05T10:00"), decidedAt: Self.t("2026-08-07T10:00"), agreedAt: Self.t("2026-08-10T10:00"),
                          lastEventAt: Self.t("2026-08-10T10:00"), version: 5)
        let kinds = ClaimClockRules.clocks(claim, claims: Self.spec, productCode: "PH-PROP-SHOP", calendar: WorkingDayCalendar()).map(\.kind)
        #expect(kinds == [.decision, .advancePayment, .payment])
    }
}
