/// Everything about one claim, for `claim show`.
public struct ClaimDetails: Sendable, Codable {
    public struct ClockView: Sendable, Codable, Hashable {
        public var kind: ClaimClock.Kind
        public var cycle: Int
        public var basis: String
        public var startedAt: Instant
        public var dueAt: Instant
        public var endedAt: Instant?
        /// On the as-of time: open, met, missed or stopped.
        public var status: ClaimClock.Status
        /// Seconds past the due time (negative: time left).
        public var lateSeconds: Int64

        public init(kind: ClaimClock.Kind, cycle: Int, basis: String, startedAt: Instant, dueAt: Instant, endedAt: Instant? = nil, status: ClaimClock.Status, lateSeconds: Int64) {
            self.kind = kind
            self.cycle = cycle
            self.basis = basis
            self.startedAt = startedAt
            self.dueAt = dueAt
            self.endedAt = endedAt
            self.status = status
            self.lateSeconds = lateSeconds
        }
    }

    public var asOf: Instant
    public var claim: Claim
    public var documents: [ClaimDocument]
    public var requests: [DocumentRequest]
    public var payments: [ClaimPayment]
    public var clocks: [ClockView]
    public var events: Int
    /// The claimant and the payee, masked unless revealed (schema v13).
    public var parties: [ClaimParty]
    /// Staff notes (not shown to a customer).
    public var notes: [ClaimNote]
    /// The rest of an agreed amount waived at a closing, per cycle.
    public var waivers: [ClaimWaiver]
    /// Letters sent about the claim.
    public var letters: [LetterRecord]
    /// Other claims on the same policy for the same loss date and type: the most recent
    /// `PossibleDuplicates.listedAtMost`, oldest first.
    public var possibleDuplicates: [PossibleDuplicate]
    /// How many there are in all, listed or not.
    public var possibleDuplicateCount: Int

    public init(asOf: Instant, claim: Claim, documents: [ClaimDocument], requests: [DocumentRequest], payments: [ClaimPayment],
                clocks: [ClockView], events: Int, parties: [ClaimParty] = [], notes: [ClaimNote] = [], waivers: [ClaimWaiver] = [],
                letters: [LetterRecord] = [], possibleDuplicates: [PossibleDuplicate] = [], possibleDuplicateCount: Int? = nil) {
        self.asOf = asOf
        self.claim = claim
        self.documents = documents
        self.requests = requests
        self.payments = payments
        self.clocks = clocks
        self.events = events
        self.parties = parties
        self.notes = notes
        self.waivers = waivers
        self.letters = letters
        self.possibleDuplicates = possibleDuplicates
        self.possibleDuplicateCount = max(possibleDuplicateCount ?? possibleDuplicates.count, possibleDuplicates.count)
    }
}

extension ClaimDetails.ClockView {
    /// The clock as it stood at `asOf`.
    public init(_ clock: ClaimClock, asOf: Instant) {
        self.init(kind: clock.kind, cycle: clock.cycle, basis: clock.basis, startedAt: clock.startedAt, dueAt: clock.dueAt,
                  endedAt: clock.endedAt, status: clock.status(asOf: asOf), lateSeconds: clock.lateness(asOf: asOf))
    }
}

/// A row of `claim list`: a claim, or with --overdue / --due-within one of its open clocks.
public struct ClaimListRow: Sendable, Codable, Hashable {
    public var claim: String
    public var policy: String
    public var productCode: String
    public var state: ClaimState
    public var adjuster: String
    public var claimed: Money
    public var reserve: Money
    public var paid: Money
    public var reportedAt: Instant
    public var clock: ClaimClock.Kind?
    public var basis: String?
    public var dueAt: Instant?
    /// Seconds past due (negative: time left).
    public var lateSeconds: Int64?

    public init(claim: String, policy: String, productCode: String, state: ClaimState, adjuster: String, claimed: Money, reserve: Money, paid: Money, reportedAt: Instant, clock: ClaimClock.Kind? = nil, basis: String? = nil, dueAt: Instant? = nil, lateSeconds: Int64? = nil) {
        self.claim = claim
        self.policy = policy
        self.productCode = productCode
        self.state = state
        self.adjuster = adjuster
        self.claimed = claimed
        self.reserve = reserve
        self.paid = paid
        self.reportedAt = reportedAt
        self.clock = clock
        self.basis = basis
        self.dueAt = dueAt
        self.lateSeconds = lateSeconds
    }
}

/// What a claim list selects: by state and adjuster, or the clocks running at `asOf` that are
/// overdue or due within a window.
public struct ClaimListFilter: Sendable {
    public var state: ClaimState?
    public var adjuster: String?
    public var overdue = false
    /// Open clocks due within this many seconds of `asOf`.
    public var dueWithin: Int64?
    public var asOf: Instant
    public var limit: Int?
    /// Rows skipped before the first returned.
    public var offset: Int
    /// Claims on this policy only (its number as stored).
    public var policy: String? = nil

    public init(state: ClaimState? = nil, adjuster: String? = nil, overdue: Bool = false, dueWithin: Int64? = nil, asOf: Instant, limit: Int? = nil,
                offset: Int = 0) {
        self.offset = offset
        self.state = state
        self.adjuster = adjuster
        self.overdue = overdue
        self.dueWithin = dueWithin
        self.asOf = asOf
        self.limit = limit
    }
}

/// A payment waiting for approval, for the approvers' desk.
public struct PendingPayment: Sendable, Codable, Hashable {
    public var claim: String
    public var policy: String
    public var line: LineOfBusiness
    public var payment: ClaimPayment

    public init(claim: String, policy: String, line: LineOfBusiness, payment: ClaimPayment) {
        self.claim = claim
        self.policy = policy
        self.line = line
        self.payment = payment
    }
}
