import PuhuiDomain
import Synchronization

/// What a token proved when it was last read from the book.
public struct ProvenToken: Sendable, Hashable {
    public var user: AuthenticatedUser
    /// The token's expiry, if it has one.
    public var expiresAt: Instant?
    /// The users' generation (`UserStore.identityGeneration`) of the snapshot it was read in.
    public var generation: Int64

    public init(user: AuthenticatedUser, expiresAt: Instant?, generation: Int64) {
        self.user = user
        self.expiresAt = expiresAt
        self.generation = generation
    }
}

/// The users that tokens proved, kept by a long-running front door (the HTTP server) so that a
/// request does not read the token, the user and their roles again. An entry is used only
/// while the users' generation is the one it was read at: every change to users, roles and
/// tokens raises it (database triggers, so a revocation or a role taken by the CLI in another
/// process counts too), and the next request after it reads the book again. Expiry is checked
/// against the time of each request. Kept by the token's SHA-256, never the token.
public final class TokenCache: Sendable {
    private let entries = Mutex<[String: ProvenToken]>([:])
    /// Entries kept before the cache starts afresh.
    let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The user `digest`'s token proved, if that still holds at `generation` and `now`.
    public func user(digest: String, generation: Int64, at now: Instant) -> AuthenticatedUser? {
        guard let proven = entries.withLock({ $0[digest] }), proven.generation == generation else { return nil }
        if let expires = proven.expiresAt, expires <= now { return nil }
        return proven.user
    }

    /// Keeps what the token with `digest` proved.
    public func remember(digest: String, _ proven: ProvenToken) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[digest] = proven
        }
    }

    /// How many tokens are kept (for tests).
    public var count: Int { entries.withLock { $0.count } }
}
