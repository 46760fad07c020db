import GRDB
import PuhuiDomain
import PuhuiServices

/// The append-only audit log in SQLite (triggers refuse updates and deletes).
struct SQLiteAuditStore: AuditStore {
    let db: Database

    func record(_ event: AuditEvent) throws {
        let digest = try stateDigest(of: event.subject)
        let content: [String?] = ["audit_event", String(event.at.secondsSinceEpoch), String(event.recordedAt.secondsSinceEpoch), event.actor,
                                  event.subject, event.action, event.before, event.after, digest]
        let link = try ChainWriter.next(content: content, db)
        try db.cachedStatement(sql: """
            INSERT INTO audit_event (at, recorded_at, actor, subject, action, before, after, state_digest, chain_seq, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [event.at.secondsSinceEpoch, event.recordedAt.secondsSinceEpoch, event.actor, event.subject, event.action,
                                     event.before, event.after, digest, link.seq, link.previous, link.hash])
    }

    /// The digest of the policy or user an event is about, after the change it records.
    func stateDigest(of subject: String) throws -> String? {
        if subject.hasPrefix("user "),
           let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM user_account WHERE name = ?"), arguments: [String(subject.dropFirst(5))]) {
            return try StateDigest.user(id: id, db)
        }
        if subject.hasPrefix("PL-"), let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM policy WHERE number = ?"), arguments: [subject]) {
            return try StateDigest.policy(id: id, db)
        }
        return nil
    }

    func verify(passingThrough head: String?) throws -> AuditVerification {
        try ChainVerifier.verify(db, passingThrough: head)
    }

    func events(subjects: [String]) throws -> [AuditEvent] {
        guard !subjects.isEmpty else { return [] }
        let marks = subjects.map { _ in "?" }.joined(separator: ",")
        return try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE subject IN (\(marks)) ORDER BY id",
                                arguments: StatementArguments(subjects)).map { row in
            let r = StoredRow(row, table: "audit_event", key: StoredRow.label(row, "id"))
            return AuditEvent(at: try r.instant("at"), recordedAt: try r.instant("recorded_at"), actor: try r.value("actor"),
                              subject: try r.value("subject"), action: try r.value("action"), before: try r.optional("before"),
                              after: try r.optional("after"))
        }
    }
}
