import PuhuiDomain

/// Who acts, when, and on which version of the thing they read: the one value every change
/// takes, whichever front door it comes through. The user comes from an authenticated token
/// (or, for bulk work run by an administrator, from the user registry), never a typed name.
public struct ActionContext: Sendable {
    public var user: AuthenticatedUser
    /// When it happened: now, or earlier for entries made later (never in the future).
    public var at: Instant
    /// The version the actor read; a change by someone else since then is refused.
    public var expectedVersion: Int?

    public init(user: AuthenticatedUser, at: Instant, expectedVersion: Int? = nil) {
        self.user = user
        self.at = at
        self.expectedVersion = expectedVersion
    }

    /// The acting person as the audit trail names them.
    public var actor: String { user.name }

    /// Refuses a time later than `now`.
    public func checkNotInFuture(_ clock: any Clock) throws(PuhuiError) {
        if at > clock.now() { throw PuhuiError.inFuture(at) }
    }

    /// Refuses the step unless the user's roles allow it.
    public func authorize(_ step: Step) throws(PuhuiError) {
        try user.authorize(step)
    }
}
