import Foundation
import GRDB

/// The append-only audit log: who did what, when, to which application, policy or claim, with
/// the state before and after. The table refuses updates and deletes (database triggers).
public enum AuditLog {
    public struct Event: Sendable, Codable, Hashable {
        public var at: Instant
        public var recordedAt: Instant
        public var actor: String
        public var subject: String
        public var action: String
        public var before: String?
        public var after: String?

        public init(at: Instant, recordedAt: Instant, actor: String, subject: String, action: String, before: String?, after: String?) {
            self.at = at
            self.recordedAt = recordedAt
            self.actor = actor
            self.subject = subject
            self.action = action
            self.before = before
            self.after = after
        }
    }

    static func record(at: Instant, actor: String, subject: String, action: String, before: String? = nil, after: String? = nil,
                       _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO audit_event (at, recorded_at, actor, subject, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [at.secondsSinceEpoch, Instant.now().secondsSinceEpoch, actor, subject, action, before, after])
    }

    /// Every event of the subjects given, oldest first.
    public static func events(subjects: [String], _ db: Database) throws -> [Event] {
        guard !subjects.isEmpty else { return [] }
        let marks = subjects.map { _ in "?" }.joined(separator: ",")
        return try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE subject IN (\(marks)) ORDER BY id",
                                arguments: StatementArguments(subjects)).map {
            Event(at: Instant(secondsSinceEpoch: $0["at"]), recordedAt: Instant(secondsSinceEpoch: $0["recorded_at"]), actor: $0["actor"],
                  subject: $0["subject"], action: $0["action"], before: $0["before"], after: $0["after"])
        }
    }
}
