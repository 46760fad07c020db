import GRDB
import PuhuiDomain
import PuhuiServices

/// The pages' sign-in codes and sessions in SQLite (v15).
struct SQLiteWebSignInStore: WebSignInStore {
    let db: Database

    func insertSignInCode(user: String, digest: String, issuedAt: Instant, issuedBy: String, expiresAt: Instant) throws {
        try db.execute(sql: "INSERT INTO signin_code (user_id, digest, issued_at, issued_by, expires_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [try SQLiteUserStore(db: db).id(of: user), digest, issuedAt.secondsSinceEpoch, issuedBy,
                                   expiresAt.secondsSinceEpoch])
    }

    func signInCode(digest: String) throws -> StoredSignInCode? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.*, u.name FROM signin_code c JOIN user_account u ON u.id = c.user_id WHERE c.digest = ?
            """), arguments: [digest]).map { row in
            let r = StoredRow(row, table: "signin_code", key: StoredRow.label(row, "id"))
            return StoredSignInCode(id: try r.value("id"), user: try r.value("name"), issuedAt: try r.instant("issued_at"),
                                    issuedBy: try r.value("issued_by"), expiresAt: try r.instant("expires_at"),
                                    usedAt: try r.optionalInstant("used_at"))
        }
    }

    func useSignInCode(id: Int64, at: Instant) throws -> Bool {
        try db.execute(sql: "UPDATE signin_code SET used_at = ? WHERE id = ? AND used_at IS NULL", arguments: [at.secondsSinceEpoch, id])
        return db.changesCount == 1
    }

    func insertWebSession(user: String, digest: String, startedAt: Instant, expiresAt: Instant) throws {
        try db.execute(sql: "INSERT INTO web_session (user_id, digest, started_at, expires_at) VALUES (?, ?, ?, ?)",
                       arguments: [try SQLiteUserStore(db: db).id(of: user), digest, startedAt.secondsSinceEpoch, expiresAt.secondsSinceEpoch])
    }

    func webSession(digest: String) throws -> StoredWebSession? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT s.*, u.name FROM web_session s JOIN user_account u ON u.id = s.user_id WHERE s.digest = ?
            """), arguments: [digest]).map { row in
            let r = StoredRow(row, table: "web_session", key: StoredRow.label(row, "id"))
            return StoredWebSession(id: try r.value("id"), user: try r.value("name"), startedAt: try r.instant("started_at"),
                                    expiresAt: try r.instant("expires_at"), endedAt: try r.optionalInstant("ended_at"))
        }
    }

    func endWebSession(id: Int64, at: Instant) throws {
        try db.execute(sql: "UPDATE web_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL", arguments: [at.secondsSinceEpoch, id])
    }
}
