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
    /// A counter raised by every change to users, roles and tokens (schema v17), in this
    /// transaction's snapshot: while it is unchanged, what a token proved still holds.
    func identityGeneration() throws -> Int64
}

/// A one-time sign-in code for the pages, stored as its SHA-256 only.
public struct StoredSignInCode: Sendable, Hashable {
    public var id: Int64
    public var user: String
    public var issuedAt: Instant
    public var issuedBy: String
    public var expiresAt: Instant
    public var usedAt: Instant?

    public init(id: Int64, user: String, issuedAt: Instant, issuedBy: String, expiresAt: Instant, usedAt: Instant?) {
        self.id = id
        self.user = user
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
        self.expiresAt = expiresAt
        self.usedAt = usedAt
    }
}

/// A signed-in browser session of the pages, stored as the SHA-256 of its cookie only.
public struct StoredWebSession: Sendable, Hashable {
    public var id: Int64
    public var user: String
    public var startedAt: Instant
    public var expiresAt: Instant
    public var endedAt: Instant?

    public init(id: Int64, user: String, startedAt: Instant, expiresAt: Instant, endedAt: Instant?) {
        self.id = id
        self.user = user
        self.startedAt = startedAt
        self.expiresAt = expiresAt
        self.endedAt = endedAt
    }
}

/// The pages' one-time sign-in codes and browser sessions (v15). Not part of a user's audit
/// digest: the events about them (issued, signed in, signed out) are on the chain.
public protocol WebSignInStore {
    func insertSignInCode(user: String, digest: String, issuedAt: Instant, issuedBy: String, expiresAt: Instant) throws
    /// The code with this SHA-256, if any.
    func signInCode(digest: String) throws -> StoredSignInCode?
    /// Marks the code used; false when it was used already (a race lost).
    func useSignInCode(id: Int64, at: Instant) throws -> Bool
    func insertWebSession(user: String, digest: String, startedAt: Instant, expiresAt: Instant) throws
    /// The session with this SHA-256, if any.
    func webSession(digest: String) throws -> StoredWebSession?
    func endWebSession(id: Int64, at: Instant) throws
}
