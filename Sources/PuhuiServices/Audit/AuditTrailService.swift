import PuhuiDomain

/// The audit trail of one subject as a person asks for it.
public struct AuditTrailService: Sendable {
    public let storage: any PuhuiStorage

    public init(storage: any PuhuiStorage) {
        self.storage = storage
    }

    public enum Subject: Sendable {
        /// A policy with its application.
        case policy(String)
        case application(String)
        /// A claim's events, as the audit trail shows them.
        case claim(String)
        /// A product's catalog events (versions withdrawn), whatever its versions.
        case product(String)
        /// A rate table's catalog events.
        case rateTable(String)
    }

    /// Every recorded event of the subject, oldest first; `notFound` when there is none.
    public func trail(_ subject: Subject, asOf: CivilDate, _ context: ActionContext) throws -> [AuditEvent] {
        try context.authorize(.readAudit)
        let events = try storage.read { session -> [AuditEvent] in
            switch subject {
            case let .policy(number):
                let policy = try session.policies.policy(number, asOf: asOf)
                return try session.audit.events(subjects: [policy.application, policy.number])
            case let .application(reference):
                return try session.audit.events(subjects: [Reference.normalized(reference)])
            case let .product(code):
                return try session.audit.events(subjects: [CatalogService.auditSubject(product: code)])
            case let .rateTable(name):
                return try session.audit.events(subjects: [CatalogService.auditSubject(table: name)])
            case let .claim(reference):
                let claim = try session.claims.claim(reference)
                let events = try session.claims.events(claimID: claim.id).map {
                    AuditEvent(at: $0.at, recordedAt: $0.at, actor: $0.actor, subject: claim.reference, action: $0.action,
                               before: $0.stateBefore?.rawValue, after: "\($0.stateAfter.rawValue): \($0.detail)")
                }
                // With the audit events about the claim itself (who saw its claimant and payee in full).
                let looks = try session.audit.events(subjects: [claim.reference])
                return (events + looks).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            }
        }
        if events.isEmpty {
            let name: String
            switch subject {
            case let .policy(text), let .application(text), let .claim(text): name = text
            case let .product(code): name = CatalogService.auditSubject(product: code)
            case let .rateTable(table): name = CatalogService.auditSubject(table: table)
            }
            throw PuhuiError.notFound("no audit events for \(name)")
        }
        return events
    }

    /// Walks the hash chain of the whole trail and compares every claim, policy and user with
    /// its last event.
    public func verify(_ context: ActionContext, passingThrough head: String? = nil) throws -> AuditVerification {
        try context.authorize(.verifyAudit)
        return try storage.read { try $0.audit.verify(passingThrough: head?.lowercased()) }
    }
}
