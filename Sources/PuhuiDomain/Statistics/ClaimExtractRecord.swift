/// What one claim counts for in an extract: the claim as it stood at the as-of time (replayed
/// from its history), the figures it adds to its cell, the days behind the averages and
/// percentiles, and the statutory duties due in the period with how each stood.
public struct ClaimExtractRecord: Sendable {
    /// A statutory duty of one cycle counted in the period: on its last day (Art. 22: the day
    /// of the cycle's first request) and how it stood at the as-of time.
    public struct Duty: Sendable, Hashable {
        public enum Outcome: String, Sendable, Hashable { case met, missed, open }
        public var duty: StatutoryDuty
        public var cycle: Int
        public var day: CivilDate
        public var outcome: Outcome

        public init(duty: StatutoryDuty, cycle: Int, day: CivilDate, outcome: Outcome) {
            self.duty = duty
            self.cycle = cycle
            self.day = day
            self.outcome = outcome
        }
    }

    public var claim: ClaimAsOf
    public var tally: ExtractTally
    /// Seconds from report to the latest closing or written rejection, when that falls in the period.
    public var reportToSettlementSeconds: Int64?
    public var duties: [Duty]

    public var history: ClaimHistory { claim.history }

    /// The claim's first closing or written rejection (in any cycle).
    public var firstSettledAt: Instant? {
        claim.cycles.flatMap { [$0.closedAt, $0.rejectionNoticeAt] }.compactMap { $0 }.min()
    }

    /// The latest closing or written rejection by the as-of time.
    public var latestSettledAt: Instant? {
        [claim.latest(\.closedAt), claim.latest(\.rejectionNoticeAt)].compactMap { $0 }.max()
    }

    /// The cycle whose payment completed the agreed amount last (with a payment of its own).
    public var fullPaymentCycle: ClaimCycle? { claim.latestCycle(with: \.fullPaymentAt) }

    /// The claim's figures for `period`; nil when it counts in none of them. `spec` is its
    /// product's claims section (the contract periods of the clocks).
    public static func make(_ claim: ClaimAsOf, period: ExtractPeriod, claims spec: ClaimsSpec) -> ClaimExtractRecord? {
        var record = ClaimExtractRecord(claim: claim, tally: ExtractTally(), reportToSettlementSeconds: nil, duties: [])
        record.countEvents(period)
        record.countPayments(period)
        record.countDuties(period, spec)
        if record.tally.isZero && record.reportToSettlementSeconds == nil && record.duties.isEmpty { return nil }
        return record
    }

    /// Reports, decisions, closings, rejections and withdrawals, each by its latest occurrence
    /// by the as-of time.
    mutating func countEvents(_ period: ExtractPeriod) {
        let reportedAt = history.reportedAt
        if period.contains(reportedAt) {
            tally[.claimsReported] = 1
            if claim.current.state == .closed || claim.current.state == .rejected { tally[.claimsReportedAndClosed] = 1 }
            if history.small {
                tally[.smallClaimsReported] = 1
                if let settled = firstSettledAt, settled < ClaimClockRules.due(reportedAt, days: 5) { tally[.smallClaimsClosedWithin5Days] = 1 }
            }
        }
        if let closed = claim.latest(\.closedAt), period.contains(closed) { tally[.claimsClosed] = 1 }
        if let notice = claim.latest(\.rejectionNoticeAt), period.contains(notice) { tally[.rejections] = 1 }
        if let withdrawn = claim.latest(\.withdrawnAt), period.contains(withdrawn) { tally[.withdrawals] = 1 }
        if let decision = claim.latestCycle(with: \.decidedAt), let decided = decision.decidedAt, period.contains(decided) {
            tally[.claimsDecided] = 1
            if decision.covered == true && !claim.payments.isEmpty { tally[.claimsDecidedAndPaid] = 1 }
        }
        if let settled = latestSettledAt, period.contains(settled) {
            reportToSettlementSeconds = settled.secondsSinceEpoch - reportedAt.secondsSinceEpoch
        }
    }

    /// Payments made in the period, and the payment times behind the averages: only claims
    /// with a payment count in them.
    mutating func countPayments(_ period: ExtractPeriod) {
        for payment in claim.payments where period.contains(payment.paidAt) {
            tally[.claimsPaid] = 1
            tally[.claimsPaidAmount] += payment.amount.fen
            if payment.advance {
                tally[.advancePayments] += 1
                tally[.advancePaymentAmount] += payment.amount.fen
            }
        }
        if let first = claim.current.firstPaidAt, period.contains(first) {
            tally[.firstPayments] = 1
            tally[.reportToFirstPaymentSeconds] = first.secondsSinceEpoch - history.reportedAt.secondsSinceEpoch
        }
        if let cycle = fullPaymentCycle, let paid = cycle.fullPaymentAt, let complete = cycle.documentsCompleteAt, period.contains(paid) {
            tally[.fullPayments] = 1
            tally[.documentsToPaymentSeconds] = paid.secondsSinceEpoch - complete.secondsSinceEpoch
        }
    }

    /// The statutory clocks of every cycle, from the replayed state, whose last day falls in
    /// the period; and Art. 22 per cycle, in the period of the cycle's first request.
    mutating func countDuties(_ period: ExtractPeriod, _ spec: ClaimsSpec) {
        for cycle in claim.cycles {
            if let first = cycle.firstRequestInCycleAt, period.contains(first) {
                let outcome: Duty.Outcome = cycle.oneTimeRuleBroken ? .missed : .met
                duties.append(Duty(duty: .art22Notice, cycle: cycle.cycle, day: first.chinaDate, outcome: outcome))
                tally[outcome == .met ? StatutoryDuty.art22Notice.met : StatutoryDuty.art22Notice.missed] += 1
            }
            for clock in ClaimClockRules.statutoryClocks(cycle, claims: spec, productCode: history.productCode, basis: false) {
                guard let duty = StatutoryDuty(clock: clock.kind), period.contains(day: clock.lastDay) else { continue }
                let outcome: Duty.Outcome
                switch clock.status(asOf: claim.asOf) {
                case .met: outcome = .met
                case .missed: outcome = .missed
                case .open: outcome = .open
                case .stopped: continue
                }
                duties.append(Duty(duty: duty, cycle: cycle.cycle, day: clock.lastDay, outcome: outcome))
                switch outcome {
                case .met: tally[duty.met] += 1
                case .missed: tally[duty.missed] += 1
                case .open: if let open = duty.open { tally[open] += 1 }
                }
            }
        }
    }
}
