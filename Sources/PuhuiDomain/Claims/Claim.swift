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

    public init(id: Int64, reference: String, policyNumber: String, policyID: Int64, productCode: String, productVersion: Int, line: LineOfBusiness, segment: Segment, coverage: String, claimType: String, lossDate: CivilDate, claimed: Money, description: String? = nil, small: Bool, state: ClaimState, covered: Bool? = nil, decisionReason: String? = nil, agreedLoss: Money? = nil, payable: Money? = nil, paid: Money, advancePaid: Money, reserve: Money, adjuster: String, cycle: Int, reportedAt: Instant, firstRequestAt: Instant? = nil, documentsCompleteAt: Instant? = nil, decidedAt: Instant? = nil, agreedAt: Instant? = nil, firstPaidAt: Instant? = nil, firstAdvanceAt: Instant? = nil, paidInFullAt: Instant? = nil, rejectionNoticeAt: Instant? = nil, closedAt: Instant? = nil, withdrawnAt: Instant? = nil, reopenedAt: Instant? = nil, lastEventAt: Instant, version: Int) {
        self.id = id
        self.reference = reference
        self.policyNumber = policyNumber
        self.policyID = policyID
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.segment = segment
        self.coverage = coverage
        self.claimType = claimType
        self.lossDate = lossDate
        self.claimed = claimed
        self.description = description
        self.small = small
        self.state = state
        self.covered = covered
        self.decisionReason = decisionReason
        self.agreedLoss = agreedLoss
        self.payable = payable
        self.paid = paid
        self.advancePaid = advancePaid
        self.reserve = reserve
        self.adjuster = adjuster
        self.cycle = cycle
        self.reportedAt = reportedAt
        self.firstRequestAt = firstRequestAt
        self.documentsCompleteAt = documentsCompleteAt
        self.decidedAt = decidedAt
        self.agreedAt = agreedAt
        self.firstPaidAt = firstPaidAt
        self.firstAdvanceAt = firstAdvanceAt
        self.paidInFullAt = paidInFullAt
        self.rejectionNoticeAt = rejectionNoticeAt
        self.closedAt = closedAt
        self.withdrawnAt = withdrawnAt
        self.reopenedAt = reopenedAt
        self.lastEventAt = lastEventAt
        self.version = version
    }
}

/// A document a claim needs: required by the claim type or requested later by the adjuster.
public struct ClaimDocument: Sendable, Hashable, Codable {
    public var code: String
    public var name: LocalizedName
    public var required: Bool
    /// When it was first named in a request.
    public var firstRequestedAt: Instant?
    public var receivedAt: Instant?

    public init(code: String, name: LocalizedName, required: Bool, firstRequestedAt: Instant? = nil, receivedAt: Instant? = nil) {
        self.code = code
        self.name = name
        self.required = required
        self.firstRequestedAt = firstRequestedAt
        self.receivedAt = receivedAt
    }
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

    public init(number: Int, amount: Money, advance: Bool, status: Status, requestedBy: String, requestedAt: Instant, approvedBy: String? = nil, paidAt: Instant? = nil) {
        self.number = number
        self.amount = amount
        self.advance = advance
        self.status = status
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.approvedBy = approvedBy
        self.paidAt = paidAt
    }
}

public struct ClaimEvent: Sendable, Hashable, Codable {
    /// What an event settled, in structured form, for replaying the claim's history: the
    /// decision on cover (decide events) and the payable amount agreed (agree events).
    public struct Facts: Sendable, Hashable, Codable {
        public var covered: Bool?
        public var payable: Money?

        public init(covered: Bool? = nil, payable: Money? = nil) {
            self.covered = covered
            self.payable = payable
        }

        /// The facts `action` settled on `claim` (the claim as it stands after the action).
        public static func of(_ action: String, _ claim: Claim) -> Facts {
            switch action {
            case ClaimAction.decide.rawValue: Facts(covered: claim.covered)
            case ClaimAction.agree.rawValue: Facts(payable: claim.payable)
            default: Facts()
            }
        }
    }

    public var sequence: Int
    public var at: Instant
    public var actor: String
    public var action: String
    public var detail: String
    public var stateBefore: ClaimState?
    public var stateAfter: ClaimState
    /// On decide events: whether the loss was decided covered.
    public var covered: Bool?
    /// On agree events: the payable amount agreed.
    public var payable: Money?

    public init(sequence: Int, at: Instant, actor: String, action: String, detail: String, stateBefore: ClaimState? = nil, stateAfter: ClaimState,
                covered: Bool? = nil, payable: Money? = nil) {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
        self.stateBefore = stateBefore
        self.stateAfter = stateAfter
        self.covered = covered
        self.payable = payable
    }
}

public struct DocumentRequest: Sendable, Hashable, Codable {
    public var number: Int
    public var at: Instant
    public var documents: [String]
    /// Documents that were already missing at the first request but not named in it (Art. 22).
    public var breaches: [String]

    public init(number: Int, at: Instant, documents: [String], breaches: [String]) {
        self.number = number
        self.at = at
        self.documents = documents
        self.breaches = breaches
    }
}
