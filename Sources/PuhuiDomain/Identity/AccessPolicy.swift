/// Who acts: a signed-in user with their roles, and for a customer the party they act for.
/// Front doors make it only from an authenticated token; services check it for every step.
public struct AuthenticatedUser: Sendable, Hashable, Codable {
    public var name: String
    public var roles: Set<Role>
    /// For a customer: the party reference they act for.
    public var party: String?

    public init(name: String, roles: Set<Role>, party: String? = nil) {
        self.name = name
        self.roles = roles
        self.party = party
    }

    public init(_ account: UserAccount) {
        self.init(name: account.name, roles: account.roles, party: account.party)
    }

    public var isCustomer: Bool { roles.contains(.customer) }
    public var isStaff: Bool { roles.contains { $0.isStaff } }

    /// Refuses the step unless the user holds one of the roles it needs, saying which.
    public func authorize(_ step: Step) throws(PuhuiError) {
        guard !roles.isDisjoint(with: step.roles) else {
            let needed = step.roles.sorted().map(\.rawValue).joined(separator: " or ")
            throw PuhuiError(.unauthorized, "\(name) may not \(step.words): role \(needed) needed", subject: "user \(name)")
        }
    }

    /// Whether a customer may see what belongs to `parties` (staff see everything their roles
    /// allow).
    public func mayAccess(parties: [String]) -> Bool {
        guard isCustomer else { return true }
        guard let party else { return false }
        return parties.contains(party)
    }
}

/// Every step of the engine that needs someone's authority, with the roles that may take it.
/// The one table the services check against, whatever front door a request comes through.
public enum Step: String, Sendable, CaseIterable {
    case loadCatalog
    case withdrawProduct
    case registerParty
    case readParties
    case storeQuote
    case readQuotes
    case apply
    case decideReferral
    case readUnderwriting
    case readPolicies
    case cancelPolicy
    case receivePremium
    case readLedger
    case readArrears
    case servicePolicy
    case updateParty
    case reportClaim
    case workClaim
    case approvePayment
    case readClaims
    case readStatistics
    case readAudit
    case verifyAudit
    case manageUsers
    case seedDemo
    case recordApplicationDocuments
    case waiveApplicationDocument
    case expireReferrals
    case recordClaimParties
    case revealClaimParties
    case noteClaim
    case assignClaim
    case readLetters
    case issuePolicySchedule
    case exportBook
    case revealExport
    case submitClaimDocuments
    case issueSignInLink
    case readDeskCharts

    /// The roles any of which allows the step.
    public var roles: Set<Role> {
        switch self {
        case .loadCatalog, .withdrawProduct: [.product]
        case .registerParty: [.underwriter, .admin]
        case .readParties: [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]
        case .storeQuote, .readQuotes: [.underwriter, .customer]
        case .apply: [.underwriter, .customer]
        case .decideReferral: [.underwriter]
        case .readUnderwriting: [.underwriter, .admin, .regulator]
        case .readPolicies: [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]
        case .cancelPolicy: [.underwriter]
        case .receivePremium: [.underwriter]
        case .readLedger: [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]
        case .readArrears: [.underwriter, .admin, .regulator]
        case .servicePolicy: [.underwriter]
        case .updateParty: [.underwriter, .admin]
        case .reportClaim: [.adjuster, .customer]
        case .workClaim: [.adjuster]
        case .approvePayment: [.approver]
        case .readClaims: [.adjuster, .approver, .underwriter, .admin, .regulator, .customer]
        case .readStatistics: [.regulator, .admin]
        case .readAudit: [.admin, .regulator, .underwriter, .adjuster, .approver]
        case .verifyAudit: [.admin, .regulator]
        case .manageUsers, .seedDemo: [.admin]
        case .recordApplicationDocuments, .waiveApplicationDocument: [.underwriter]
        case .expireReferrals: [.underwriter, .admin]
        case .recordClaimParties: [.adjuster]
        case .revealClaimParties: [.adjuster, .approver]
        case .noteClaim: [.adjuster, .approver]
        case .assignClaim: [.adjuster, .approver]
        case .readLetters: [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]
        case .issuePolicySchedule: [.underwriter]
        case .exportBook: [.finance, .admin]
        case .revealExport: [.finance]
        case .submitClaimDocuments: [.adjuster, .customer]
        // An administrator for anyone; an underwriter (the clerk who registers customers) for a
        // customer only, which `WebSignInService` checks.
        case .issueSignInLink: [.admin, .underwriter]
        // The desk's charts: claim turnaround, statutory clocks, auto-acceptance; figures of the
        // whole book without personal data, for every member of staff who works or oversees it
        // (not finance, which exports the bordereaux; not the product team).
        case .readDeskCharts: [.adjuster, .approver, .underwriter, .admin, .regulator]
        }
    }

    /// The step in words, for "chen.jie may not approve payments".
    public var words: String {
        switch self {
        case .loadCatalog: "load the catalog"
        case .withdrawProduct: "withdraw product versions"
        case .registerParty: "register parties"
        case .readParties: "read the party registry"
        case .storeQuote: "store quotes"
        case .readQuotes: "read quotes"
        case .apply: "apply for cover"
        case .decideReferral: "decide referred applications"
        case .readUnderwriting: "read the underwriting queue and statistics"
        case .readPolicies: "read policies"
        case .cancelPolicy: "cancel policies"
        case .receivePremium: "receive and refund premiums"
        case .readLedger: "read premium ledgers and pension statements"
        case .readArrears: "read arrears and renewals due"
        case .servicePolicy: "service policies (endorse, lapse, reinstate, renew, convert)"
        case .updateParty: "update parties"
        case .reportClaim: "report claims"
        case .workClaim: "work claims"
        case .approvePayment: "approve payments"
        case .readClaims: "read claims"
        case .readStatistics: "read the regulator's statistics"
        case .readAudit: "read the audit trail"
        case .verifyAudit: "verify the audit trail"
        case .manageUsers: "manage users and authority"
        case .seedDemo: "seed a demo book"
        case .recordApplicationDocuments: "record documents received on applications"
        case .waiveApplicationDocument: "waive underwriting documents"
        case .expireReferrals: "expire referrals past their offer validity"
        case .recordClaimParties: "record claimants and payees"
        case .revealClaimParties: "see claimants' and payees' personal data in full"
        case .noteClaim: "add notes to claims"
        case .assignClaim: "assign claims to adjusters"
        case .readLetters: "read letters"
        case .issuePolicySchedule: "issue policy schedules"
        case .exportBook: "export the policy and claim bordereaux"
        case .revealExport: "export personal data in full"
        case .submitClaimDocuments: "send documents for claims"
        case .issueSignInLink: "issue sign-in links"
        case .readDeskCharts: "read the desk's charts"
        }
    }
}
