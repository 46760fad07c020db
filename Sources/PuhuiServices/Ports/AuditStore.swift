import PuhuiDomain

/// The append-only audit log.
public protocol AuditStore {
    func record(_ event: AuditEvent) throws
    /// Every event of the subjects given, oldest first.
    func events(subjects: [String]) throws -> [AuditEvent]
}
