/// A claim as it stood at an as-of time, rebuilt from what was recorded by then: each cycle
/// begun by then (the earlier ones as they ended, the current one as it stood), and the
/// payments made by then. Events after the as-of time have not happened.
public struct ClaimAsOf: Sendable, Hashable {
    public var history: ClaimHistory
    public var asOf: Instant
    /// Cycles ended by a reopening before the as-of time, oldest first.
    public var earlierCycles: [ClaimCycle]
    /// The cycle the claim was in at the as-of time.
    public var current: ClaimCycle
    /// Payments made by the as-of time, in the order they were made.
    public var payments: [ClaimHistory.Payment]

    public init(history: ClaimHistory, asOf: Instant, earlierCycles: [ClaimCycle], current: ClaimCycle, payments: [ClaimHistory.Payment]) {
        self.history = history
        self.asOf = asOf
        self.earlierCycles = earlierCycles
        self.current = current
        self.payments = payments
    }

    /// Every cycle, oldest first, the current one last.
    public var cycles: [ClaimCycle] { earlierCycles + [current] }

    /// The latest reopening by the as-of time.
    public var reopenedAt: Instant? { current.cycle > 1 ? current.startedAt : nil }

    /// The latest time `date` was set in any cycle (a decision, a closing …).
    public func latest(_ date: KeyPath<ClaimCycle, Instant?>) -> Instant? {
        if let time = current[keyPath: date] { return time }
        return earlierCycles.reversed().lazy.compactMap { $0[keyPath: date] }.first
    }

    /// The cycle in which `date` was last set.
    public func latestCycle(with date: KeyPath<ClaimCycle, Instant?>) -> ClaimCycle? {
        if current[keyPath: date] != nil { return current }
        return earlierCycles.last { $0[keyPath: date] != nil }
    }
}

/// Rebuilds a claim as it stood at an as-of time from its history, applying each event as the
/// claim service applied it when it was recorded (documents complete, decision, agreement,
/// payments, rejection notice, closing, withdrawal, reopening); a payment takes effect at the
/// time it was made. Pure: the same history and as-of time always give the same claim.
public enum ClaimReplay {
    /// The claim at `asOf`; nil when it was reported after it.
    public static func replay(_ history: ClaimHistory, asOf: Instant) -> ClaimAsOf? {
        guard history.reportedAt <= asOf else { return nil }
        var replay = Replay(history: history)
        for event in history.events where event.at <= asOf {
            replay.payments(before: event.at)
            replay.apply(event)
        }
        replay.payments(through: asOf)
        return ClaimAsOf(history: history, asOf: asOf, earlierCycles: replay.earlier, current: replay.cycle,
                         payments: Array(replay.made))
    }

    /// The state of a replay in progress.
    struct Replay {
        let history: ClaimHistory
        var cycle: ClaimCycle
        var earlier: [ClaimCycle] = []
        /// Payments in the order they were made; `nextPayment` indexes the first not yet applied.
        let paymentsByTime: [ClaimHistory.Payment]
        var nextPayment = 0
        var nextRequest = 0
        /// The last payment applied in the current cycle.
        var lastPaymentInCycle: Instant?

        init(history: ClaimHistory) {
            self.history = history
            cycle = ClaimCycle(cycle: 1, state: .reported, small: history.small, reportedAt: history.reportedAt, startedAt: history.reportedAt)
            // Stable: payments made in the same second keep their numbering order.
            paymentsByTime = history.payments.enumerated().sorted { ($0.element.paidAt, $0.offset) < ($1.element.paidAt, $1.offset) }.map(\.element)
        }

        var made: ArraySlice<ClaimHistory.Payment> { paymentsByTime[..<nextPayment] }

        mutating func apply(_ event: ClaimHistory.Event) {
            switch ClaimAction(rawValue: event.action) {
            case .requestDocuments:
                let request = nextRequest < history.requests.count ? history.requests[nextRequest] : nil
                nextRequest += 1
                if cycle.firstRequestAt == nil { cycle.firstRequestAt = event.at }
                if cycle.firstRequestInCycleAt == nil { cycle.firstRequestInCycleAt = event.at }
                if request?.breachesOneTimeRule == true { cycle.oneTimeRuleBroken = true }
            case .receiveDocuments:
                if event.stateAfter == .documentsComplete && cycle.documentsCompleteAt == nil { cycle.documentsCompleteAt = event.at }
            case .decide:
                cycle.decidedAt = event.at
                cycle.covered = event.covered
                if cycle.documentsCompleteAt == nil { cycle.documentsCompleteAt = event.at }
            case .agree:
                cycle.agreedAt = event.at
                cycle.payable = event.payable
                if let payable = event.payable, cycle.paid >= payable {
                    cycle.paidInFullAt = event.at
                    cycle.fullPaymentAt = lastPaymentInCycle
                }
            case .pay, .advance, .approvePayment:
                payments(through: event.at)
            case .rejectNotice:
                cycle.rejectionNoticeAt = event.at
            case .close:
                cycle.closedAt = event.at
                // Closed with the rest of the agreed amount waived (schema v13; a close was
                // refused before while anything remained): the waiver ends the payment duty.
                if let payable = cycle.payable, cycle.paid < payable {
                    cycle.waived = payable - cycle.paid
                    if cycle.paidInFullAt == nil {
                        cycle.paidInFullAt = event.at
                        cycle.fullPaymentAt = lastPaymentInCycle == nil ? nil : event.at
                    }
                }
            case .withdraw:
                cycle.withdrawnAt = event.at
            case .reopen:
                earlier.append(cycle)
                cycle = cycle.reopened(at: event.at)
                lastPaymentInCycle = nil
            case .reserve, .note, .assign, .recordParty, nil:
                break // the report, reserve changes, notes, assignments and parties move no date
            }
            cycle.state = event.stateAfter
        }

        /// Applies the payments made before `time`.
        mutating func payments(before time: Instant) {
            while nextPayment < paymentsByTime.count, paymentsByTime[nextPayment].paidAt < time { pay(paymentsByTime[nextPayment]) }
        }

        /// Applies the payments made by `time`.
        mutating func payments(through time: Instant) {
            while nextPayment < paymentsByTime.count, paymentsByTime[nextPayment].paidAt <= time { pay(paymentsByTime[nextPayment]) }
        }

        /// A payment's effect, as `Claim.record(_:at:)` has it.
        mutating func pay(_ payment: ClaimHistory.Payment) {
            nextPayment += 1
            let at = payment.paidAt
            cycle.paid += payment.amount
            if cycle.firstPaidAt == nil { cycle.firstPaidAt = at }
            lastPaymentInCycle = at
            if payment.advance {
                cycle.advancePaid += payment.amount
                if cycle.firstAdvanceAt == nil { cycle.firstAdvanceAt = at }
            }
            if let payable = cycle.payable, cycle.paid >= payable, cycle.paidInFullAt == nil {
                cycle.paidInFullAt = at
                cycle.fullPaymentAt = at
            }
        }
    }
}
