import PuhuiDomain

/// Who acts, when, and on which version of the thing they read: the one value every change
/// takes, whichever front door it comes through.
public struct ActionContext: Sendable {
    /// The acting person, as the audit trail names them.
    public var actor: String
    /// When it happened: now, or earlier for entries made later (never in the future).
    public var at: Instant
    /// The version the actor read; a change by someone else since then is refused.
    public var expectedVersion: Int?

    public init(actor: String, at: Instant, expectedVersion: Int? = nil) {
        self.actor = actor
        self.at = at
        self.expectedVersion = expectedVersion
    }

    /// Refuses a time later than `now`.
    public func checkNotInFuture(_ clock: any Clock) throws(PuhuiError) {
        if at > clock.now() { throw PuhuiError.inFuture(at) }
    }
}
