/// One cycle of a claim as it stood at a moment: where it was, and the times its clocks run
/// from. Cycle 1 runs from the report; each reopening starts the next cycle, whose decision
/// clock runs from the reopening (the file is complete as it stood).
///
/// Made from a stored claim (its current cycle) or by `ClaimReplay` from the claim's events
/// up to an as-of time (every cycle). A few facts are known only to the replay: they are
/// marked so, and are nil or false on a cycle made from a stored claim.
public struct ClaimCycle: Sendable, Hashable {
    public var cycle: Int
    public var state: ClaimState
    /// Within the product's small-claim threshold (fixed at the report).
    public var small: Bool
    public var reportedAt: Instant
    /// The report for cycle 1, the reopening for later cycles.
    public var startedAt: Instant
    /// The claim's first request for documents (in any cycle).
    public var firstRequestAt: Instant?
    public var documentsCompleteAt: Instant?
    public var decidedAt: Instant?
    public var covered: Bool?
    public var agreedAt: Instant?
    /// What the insurer owes, as agreed in this cycle.
    public var payable: Money?
    /// Paid on the claim so far, in every cycle, advances included.
    public var paid: Money
    public var advancePaid: Money
    /// The claim's first payment (in any cycle).
    public var firstPaidAt: Instant?
    public var firstAdvanceAt: Instant?
    /// When what was paid reached the payable amount (a payment, or the agreement itself when
    /// it was already paid or nothing was payable), or the closing that waived the rest of it:
    /// the payment duty of Art. 23 ends then.
    public var paidInFullAt: Instant?
    /// Replay only: the last payment made in this cycle by the time it was paid in full (with
    /// the rest waived: the closing that waived it); nil when the cycle was paid in full without
    /// a payment of its own (nothing payable, or paid in an earlier cycle).
    public var fullPaymentAt: Instant?
    public var rejectionNoticeAt: Instant?
    public var closedAt: Instant?
    public var withdrawnAt: Instant?
    /// Replay only: the first request for documents made in this cycle (the one-time notice of
    /// Art. 22), and whether any request of the cycle named a document it could have named.
    public var firstRequestInCycleAt: Instant?
    public var oneTimeRuleBroken: Bool
    /// Replay only: the rest of the payable amount the claimant waived when the cycle was
    /// closed after a partial payment (schema v13).
    public var waived: Money?

    public init(cycle: Int, state: ClaimState, small: Bool, reportedAt: Instant, startedAt: Instant, firstRequestAt: Instant? = nil,
                documentsCompleteAt: Instant? = nil, decidedAt: Instant? = nil, covered: Bool? = nil, agreedAt: Instant? = nil,
                payable: Money? = nil, paid: Money = .zero, advancePaid: Money = .zero, firstPaidAt: Instant? = nil,
                firstAdvanceAt: Instant? = nil, paidInFullAt: Instant? = nil, fullPaymentAt: Instant? = nil,
                rejectionNoticeAt: Instant? = nil, closedAt: Instant? = nil, withdrawnAt: Instant? = nil,
                firstRequestInCycleAt: Instant? = nil, oneTimeRuleBroken: Bool = false, waived: Money? = nil) {
        self.cycle = cycle
        self.state = state
        self.small = small
        self.reportedAt = reportedAt
        self.startedAt = startedAt
        self.firstRequestAt = firstRequestAt
        self.documentsCompleteAt = documentsCompleteAt
        self.decidedAt = decidedAt
        self.covered = covered
        self.agreedAt = agreedAt
        self.payable = payable
        self.paid = paid
        self.advancePaid = advancePaid
        self.firstPaidAt = firstPaidAt
        self.firstAdvanceAt = firstAdvanceAt
        self.paidInFullAt = paidInFullAt
        self.fullPaymentAt = fullPaymentAt
        self.rejectionNoticeAt = rejectionNoticeAt
        self.closedAt = closedAt
        self.withdrawnAt = withdrawnAt
        self.firstRequestInCycleAt = firstRequestInCycleAt
        self.oneTimeRuleBroken = oneTimeRuleBroken
        self.waived = waived
    }

    /// The next cycle, begun by reopening at `at`: what this cycle decided, agreed and closed
    /// is cleared, as `Claim.reopen(at:)` clears it; the claim's first request and payments stay.
    func reopened(at: Instant) -> ClaimCycle {
        ClaimCycle(cycle: cycle + 1, state: .reopened, small: small, reportedAt: reportedAt, startedAt: at, firstRequestAt: firstRequestAt,
                   documentsCompleteAt: at, paid: paid, advancePaid: advancePaid, firstPaidAt: firstPaidAt)
    }
}

extension Claim {
    /// The claim's current cycle, as stored.
    public var currentCycle: ClaimCycle {
        ClaimCycle(cycle: cycle, state: state, small: small, reportedAt: reportedAt, startedAt: cycle == 1 ? reportedAt : (reopenedAt ?? reportedAt),
                   firstRequestAt: firstRequestAt, documentsCompleteAt: documentsCompleteAt, decidedAt: decidedAt, covered: covered,
                   agreedAt: agreedAt, payable: payable, paid: paid, advancePaid: advancePaid, firstPaidAt: firstPaidAt,
                   firstAdvanceAt: firstAdvanceAt, paidInFullAt: paidInFullAt, rejectionNoticeAt: rejectionNoticeAt, closedAt: closedAt,
                   withdrawnAt: withdrawnAt)
    }
}
