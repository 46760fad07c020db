/// A claim as stored: what was claimed on which policy, where it stands, what was decided,
/// agreed and paid, and when each step happened (the clocks run from these times).
public struct Claim: Sendable, Hashable, Codable {
    public var id: Int64
    public var reference: String
    public var policyNumber: String
    public var policyID: Int64
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var segment: Segment
    public var coverage: String
    public var claimType: String
    public var lossDate: CivilDate
    public var claimed: Money
    public var description: String?
    /// Within the product's small-claim threshold (fast track).
    public var small: Bool
    public var state: ClaimState
    public var covered: Bool?
    public var decisionReason: String?
    /// The assessed loss the parties agreed, before deductible and limit.
    public var agreedLoss: Money?
    /// What the insurer owes after deductible, indemnity percentage and limit.
    public var payable: Money?
    public var paid: Money
    public var advancePaid: Money
    public var reserve: Money
    public var adjuster: String
    /// 1, and one more each time the claim is reopened.
    public var cycle: Int
    public var reportedAt: Instant
    public var firstRequestAt: Instant?
    public var documentsCompleteAt: Instant?
    public var decidedAt: Instant?
    public var agreedAt: Instant?
    public var firstPaidAt: Instant?
    public var firstAdvanceAt: Instant?
    public var paidInFullAt: Instant?
    public var rejectionNoticeAt: Instant?
    public var closedAt: Instant?
    public var withdrawnAt: Instant?
    public var reopenedAt: Instant?
    public var lastEventAt: Instant
    /// Raised by every change; a command acting on a stale read is refused.
    public var version: Int
}

/// A document a claim needs: required by the claim type or requested later by the adjuster.
public struct ClaimDocument: Sendable, Hashable, Codable {
    public var code: String
    public var name: LocalizedName
    public var required: Bool
    /// When it was first named in a request.
    public var firstRequestedAt: Instant?
    public var receivedAt: Instant?
}

public struct ClaimPayment: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable { case paid, pending }
    public var number: Int
    public var amount: Money
    public var advance: Bool
    public var status: Status
    public var requestedBy: String
    public var requestedAt: Instant
    public var approvedBy: String?
    public var paidAt: Instant?
}

public struct ClaimEvent: Sendable, Hashable, Codable {
    public var sequence: Int
    public var at: Instant
    public var actor: String
    public var action: String
    public var detail: String
    public var stateBefore: ClaimState?
    public var stateAfter: ClaimState
}

public struct DocumentRequest: Sendable, Hashable, Codable {
    public var number: Int
    public var at: Instant
    public var documents: [String]
    /// Documents that were already missing at the first request but not named in it (Art. 22).
    public var breaches: [String]
}
