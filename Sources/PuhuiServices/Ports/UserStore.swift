import PuhuiDomain

/// A stored bearer token: whose it is and whether it still holds. The token itself is never
/// stored, only its SHA-256.
public struct StoredToken: Sendable, Hashable {
    public var user: String
    public var createdAt: Instant
    public var expiresAt: Instant?
    public var revokedAt: Instant?

    public init(user: String, createdAt: Instant, expiresAt: Instant?, revokedAt: Instant?) {
        self.user = user
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }
}

/// Users, their roles and authority, and their tokens.
public protocol UserStore {
    /// The user named `name`; `notFound` when there is none.
    func user(_ name: String) throws -> UserAccount
    func users() throws -> [UserAccount]
    func insertUser(_ account: UserAccount) throws
    func setStatus(_ name: String, _ status: UserAccount.Status) throws
    func setRoles(_ name: String, _ roles: Set<Role>) throws

    /// Every grant of `kind` (or of every kind), all users, all dates.
    func grants(kind: AuthorityKind?) throws -> [AuthorityGrant]
    /// Adds a grant; a grant of the same user, kind and line that was open-ended ends the day
    /// before the new one starts.
    func insertGrant(_ grant: AuthorityGrant) throws
    /// Users holding `role`, active ones only.
    func users(withRole role: Role) throws -> [String]

    func insertToken(user: String, digest: String, createdAt: Instant, expiresAt: Instant?) throws
    /// The token with this SHA-256, if any.
    func token(digest: String) throws -> StoredToken?
    /// Revokes every token of the user still valid; the number revoked.
    func revokeTokens(user: String, at: Instant) throws -> Int
    /// Tokens of the user, newest first.
    func tokens(user: String) throws -> [StoredToken]
    func countUsers() throws -> Int
}
