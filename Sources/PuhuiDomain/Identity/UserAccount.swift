/// A person who may sign in: staff with roles, or a customer bound to one party.
public struct UserAccount: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case active, disabled
    }

    /// The sign-in name (`chen.jie`): lower-case letters, digits, `.`, `_` and `-`.
    public var name: String
    public var displayName: String?
    public var roles: Set<Role>
    /// For a customer: the party reference they act for.
    public var party: String?
    public var status: Status
    public var createdAt: Instant
    public var createdBy: String

    public init(name: String, displayName: String? = nil, roles: Set<Role>, party: String? = nil, status: Status = .active,
                createdAt: Instant, createdBy: String) {
        self.name = name
        self.displayName = displayName
        self.roles = roles
        self.party = party
        self.status = status
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// Refuses a name that is not a sign-in name, or roles that do not go together.
    public static func check(name: String, roles: Set<Role>, party: String?) throws(PuhuiError) {
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
        guard !name.isEmpty, name.count <= 64, allowed, name.first.map({ $0.isLetter }) == true else {
            throw PuhuiError.invalid("user name '\(name)' must start with a letter and use only a-z, 0-9, '.', '_' and '-' (at most 64)", field: "name")
        }
        guard !roles.isEmpty else { throw PuhuiError.invalid("user \(name) needs at least one role", field: "role") }
        if roles.contains(.customer) {
            guard roles == [.customer] else {
                throw PuhuiError.invalid("user \(name): a customer holds no staff role", field: "role")
            }
            guard party != nil else { throw PuhuiError.invalid("user \(name): a customer is bound to a party", field: "party") }
        } else if party != nil {
            throw PuhuiError.invalid("user \(name): only a customer is bound to a party", field: "party")
        }
    }
}

/// The largest amount a user may accept or pay on a line, from a date (and until a date).
public struct AuthorityGrant: Sendable, Hashable, Codable {
    public var user: String
    public var kind: AuthorityKind
    /// nil: every line not granted separately.
    public var line: LineOfBusiness?
    public var amount: Money
    public var effectiveFrom: CivilDate
    /// Last day the grant holds, inclusive; nil is open-ended.
    public var effectiveTo: CivilDate?

    public init(user: String, kind: AuthorityKind, line: LineOfBusiness?, amount: Money, effectiveFrom: CivilDate, effectiveTo: CivilDate? = nil) {
        self.user = user
        self.kind = kind
        self.line = line
        self.amount = amount
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
    }

    public func holds(on date: CivilDate) -> Bool {
        VersionInForce.isInForce(from: effectiveFrom, to: effectiveTo, on: date)
    }

    /// The grant's line as written in files and messages: a line code, or `*`.
    public var lineText: String { line?.rawValue ?? "*" }
}

/// The authority grants of users, read for one decision.
public struct AuthorityBook: Sendable {
    public let grants: [AuthorityGrant]

    public init(grants: [AuthorityGrant]) {
        self.grants = grants
    }

    /// The largest amount `user` may accept or pay on `line` on `date`: the grant for the line,
    /// else the grant for every line; nil when none holds.
    public func limit(of user: String, _ kind: AuthorityKind, on line: LineOfBusiness, date: CivilDate) -> Money? {
        let holding = grants.filter { $0.user == user && $0.kind == kind && $0.holds(on: date) }
        return holding.first { $0.line == line }?.amount ?? holding.first { $0.line == nil }?.amount
    }

    /// Everyone among `candidates` whose authority on `line` reaches `amount` on `date`, lowest
    /// authority first.
    public func usersWhoMay(_ kind: AuthorityKind, _ amount: Money, on line: LineOfBusiness, date: CivilDate,
                            among candidates: [String]) -> [String] {
        candidates.compactMap { user in limit(of: user, kind, on: line, date: date).flatMap { $0 >= amount ? (user, $0) : nil } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }
}
