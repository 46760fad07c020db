import PuhuiDomain

/// The append-only audit log, chained with the claim events into one hash chain.
public protocol AuditStore {
    /// Appends an event to the log and to the chain; an event about a policy or a user carries
    /// the digest of its state after the change.
    func record(_ event: AuditEvent) throws
    /// Walks the whole chain and compares every claim, policy and user with the digest of its
    /// last event; stops at the first break. With `head`, the chain must pass through that hash
    /// (a head recorded earlier outside the database).
    func verify(passingThrough head: String?) throws -> AuditVerification
    /// Every event of the subjects given, oldest first.
    func events(subjects: [String]) throws -> [AuditEvent]
}
