import GRDB
import PuhuiDomain
import PuhuiServices

/// The append-only audit log in SQLite (triggers refuse updates and deletes).
struct SQLiteAuditStore: AuditStore {
    let db: Database

    func record(_ event: AuditEvent) throws {
        try db.cachedStatement(sql: "INSERT INTO audit_event (at, recorded_at, actor, subject, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [event.at.secondsSinceEpoch, event.recordedAt.secondsSinceEpoch, event.actor, event.subject, event.action,
                                 event.before, event.after])
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
