/// Where a claim stands in the adjuster's workflow.
public enum ClaimState: String, Sendable, Hashable, Codable, CaseIterable {
    case reported
    case awaitingDocuments = "awaiting-documents"
    case documentsComplete = "documents-complete"
    case decided
    case agreed
    case paid
    case closed
    case rejected
    case withdrawn
    case reopened

    /// States in which the claim is still being worked.
    public var isOpen: Bool { ![.closed, .rejected, .withdrawn].contains(self) }
}

/// What an adjuster can do to a claim.
public enum ClaimAction: String, Sendable, Hashable, Codable, CaseIterable {
    case requestDocuments = "request-docs"
    case receiveDocuments = "receive-docs"
    case decide
    case agree
    case pay
    case advance = "advance"
    case approvePayment = "approve-payment"
    case rejectNotice = "reject-notice"
    case close
    case reopen
    case reserve
    case withdraw
    /// A note on the file (schema v13); moves no date.
    case note
    /// Hands the claim to another adjuster (schema v13); moves no date.
    case assign
    /// Records the claimant or the payee (schema v13); moves no date.
    case recordParty = "record-party"

    /// The states each action may start from (before the claim-specific conditions).
    public var allowedFrom: Set<ClaimState> {
        switch self {
        case .requestDocuments: [.reported, .awaitingDocuments, .documentsComplete, .reopened]
        case .receiveDocuments: [.reported, .awaitingDocuments, .reopened]
        case .decide: [.documentsComplete, .reopened]
        case .agree: [.decided]
        case .pay: [.agreed, .paid]
        case .advance: [.documentsComplete, .decided]
        case .approvePayment: [.documentsComplete, .decided, .agreed, .paid]
        case .rejectNotice: [.decided]
        case .close: [.agreed, .paid]
        case .reopen: [.closed, .rejected, .withdrawn]
        case .reserve: [.reported, .awaitingDocuments, .documentsComplete, .decided, .agreed, .paid, .reopened]
        case .withdraw: [.reported, .awaitingDocuments, .documentsComplete, .decided, .agreed, .reopened]
        case .note: Set(ClaimState.allCases)
        case .assign, .recordParty: Set(ClaimState.allCases.filter(\.isOpen))
        }
    }

    /// Notes, assignments and parties keep the file; they do not move the claim along.
    public var keepsTheFile: Bool { self == .note || self == .assign || self == .recordParty }

    /// The steps that move the claim on from `state`, for the refusal message.
    public static func allowed(from state: ClaimState) -> [ClaimAction] {
        allCases.filter { $0.allowedFrom.contains(state) && !$0.keepsTheFile }
    }
}
