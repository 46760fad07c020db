/// An entry of the append-only audit log: who did what, when, to which application, policy or
/// claim, with the state before and after.
public struct AuditEvent: Sendable, Codable, Hashable {
    /// When it happened (as entered, possibly back-dated).
    public var at: Instant
    /// When it was recorded.
    public var recordedAt: Instant
    public var actor: String
    public var subject: String
    public var action: String
    public var before: String?
    public var after: String?

    public init(at: Instant, recordedAt: Instant, actor: String, subject: String, action: String, before: String? = nil, after: String? = nil) {
        self.at = at
        self.recordedAt = recordedAt
        self.actor = actor
        self.subject = subject
        self.action = action
        self.before = before
        self.after = after
    }
}
