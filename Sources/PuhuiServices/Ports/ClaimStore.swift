import PuhuiDomain

/// A claim to open: its reference, policy, what is claimed and the documents its type requires.
public struct NewClaim: Sendable {
    public var reference: String
    public var policyID: Int64
    public var coverage: String
    public var claimType: String
    public var lossDate: CivilDate
    public var claimed: Money
    public var description: String?
    public var small: Bool
    public var reserve: Money
    public var adjuster: String
    public var reportedAt: Instant
    public var requiredDocuments: [String]

    public init(reference: String, policyID: Int64, coverage: String, claimType: String, lossDate: CivilDate, claimed: Money,
                description: String?, small: Bool, reserve: Money, adjuster: String, reportedAt: Instant, requiredDocuments: [String]) {
        self.reference = reference
        self.policyID = policyID
        self.coverage = coverage
        self.claimType = claimType
        self.lossDate = lossDate
        self.claimed = claimed
        self.description = description
        self.small = small
        self.reserve = reserve
        self.adjuster = adjuster
        self.reportedAt = reportedAt
        self.requiredDocuments = requiredDocuments
    }
}

/// A document of a claim as stored (the product gives its name).
public struct StoredClaimDocument: Sendable, Hashable {
    public var code: String
    public var required: Bool
    public var firstRequestedAt: Instant?
    public var receivedAt: Instant?

    public init(code: String, required: Bool, firstRequestedAt: Instant?, receivedAt: Instant?) {
        self.code = code
        self.required = required
        self.firstRequestedAt = firstRequestedAt
        self.receivedAt = receivedAt
    }
}

/// Claims and everything recorded about them: documents, requests, payments, events, clocks.
public protocol ClaimStore {
    /// The claim with `reference`; `notFound` when there is none.
    func claim(_ reference: String) throws -> Claim
    func insertClaim(_ claim: NewClaim) throws -> Claim
    /// Writes the claim's changed fields if nobody changed it since `readVersion`; `stale` else.
    func save(_ claim: Claim, readVersion: Int) throws
    /// Appends the event of the change that brought the claim to its current version, with the
    /// facts it settled in structured form (replayed by the regulator extract).
    func appendEvent(_ claim: Claim, at: Instant, actor: String, action: String, detail: String, before: ClaimState?,
                     facts: ClaimEvent.Facts) throws
    /// Replaces the clocks of the claim's current cycle.
    func replaceClocks(_ claim: Claim, _ clocks: [ClaimClock]) throws
    func clocks(claimID: Int64) throws -> [ClaimClock]
    func events(claimID: Int64) throws -> [ClaimEvent]
    func eventCount(claimID: Int64) throws -> Int

    func documents(claimID: Int64) throws -> [StoredClaimDocument]
    /// Adds the documents to the claim as required (or makes a listed one required while it is
    /// not received).
    func requireDocuments(claimID: Int64, codes: [String]) throws
    /// Records documents received at `at` (listing any the claim did not list yet).
    func receiveDocuments(claimID: Int64, codes: [String], at: Instant) throws
    func requests(claimID: Int64) throws -> [DocumentRequest]
    /// Records a document request and when each document it names was first asked for.
    func insertRequest(claimID: Int64, _ request: DocumentRequest) throws

    func payments(claimID: Int64) throws -> [ClaimPayment]
    func insertPayment(claimID: Int64, _ payment: ClaimPayment) throws
    func markPaymentPaid(claimID: Int64, number: Int, approvedBy: String, at: Instant) throws
    /// What other claims of the policy have taken of a coverage's aggregate limit.
    func aggregateUsed(policyID: Int64, coverage: String, excludingClaim claimID: Int64) throws -> Money

    /// Every payment waiting for approval, oldest request first.
    func pendingPayments() throws -> [PendingPayment]

    /// Claims, or with a clock filter their running clocks, for lists and desks.
    func list(_ filter: ClaimListFilter) throws -> [ClaimListRow]

    /// The claimant and the payee as last recorded (at most one of each role).
    func parties(claimID: Int64) throws -> [ClaimParty]
    /// Records a claimant or payee; an earlier one of the same role stays on file, superseded.
    func insertParty(claimID: Int64, _ party: ClaimParty) throws
    func notes(claimID: Int64) throws -> [ClaimNote]
    func insertNote(claimID: Int64, _ note: ClaimNote) throws
    func waivers(claimID: Int64) throws -> [ClaimWaiver]
    func insertWaiver(claimID: Int64, _ waiver: ClaimWaiver) throws
    /// Other claims on the policy for the same loss date and claim type: the `atMost` most recent
    /// (by claim id), oldest first, and how many there are in all.
    func possibleDuplicates(policyID: Int64, lossDate: CivilDate, claimType: String, excludingClaim claimID: Int64,
                            atMost: Int) throws -> PossibleDuplicates
}
