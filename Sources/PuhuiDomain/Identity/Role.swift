/// What a user may do. Staff hold one or more of the staff roles; a customer holds `customer`
/// and is bound to one party (a micro business or a person).
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Manages users, roles, tokens and authority.
    case admin
    /// Loads and withdraws products and rate tables.
    case product
    /// Registers parties, enters applications, approves or declines referrals within authority.
    case underwriter
    /// Works claims: documents, decisions, agreements, payments within authority, closing.
    case adjuster
    /// Approves payments waiting for approval, within authority.
    case approver
    /// Reads statistics and the regulator extract, and verifies the audit trail.
    case regulator
    /// A policyholder or insured person, seeing only their own party's business.
    case customer
    /// Finance and reinsurance: exports the policy and claim bordereaux (schema v13).
    case finance

    public var isStaff: Bool { self != .customer }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Whose authority a limit is: the largest sum insured an underwriter may accept, or the
/// largest single payment an adjuster may make or an approver approve.
public enum AuthorityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case underwriting
    case claims

    /// The role the authority goes with.
    public var role: Role { self == .underwriting ? .underwriter : .adjuster }
}
