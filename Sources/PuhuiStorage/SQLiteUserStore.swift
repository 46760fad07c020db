import GRDB
import PuhuiDomain
import PuhuiServices

/// Users, roles, authority and tokens in SQLite.
struct SQLiteUserStore: UserStore {
    let db: Database

    func id(of name: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM user_account WHERE name = ?"), arguments: [name]) else {
            throw PuhuiError.notFound("user \(name) does not exist")
        }
        return id
    }

    func decode(_ row: Row) throws -> UserAccount {
        let r = StoredRow(row, table: "user_account", key: StoredRow.label(row, "name"))
        let id: Int64 = try r.value("id")
        let roles = try String.fetchAll(db.cachedStatement(sql: "SELECT role FROM user_role WHERE user_id = ?"), arguments: [id]).map { text in
            guard let role = Role(rawValue: text) else { throw r.corrupt("role", "'\(text)' is not a known Role") }
            return role
        }
        return UserAccount(name: try r.value("name"), displayName: try r.optional("display_name"), roles: Set(roles),
                           party: try r.optional("party"), status: try r.enumeration("status"), createdAt: try r.instant("created_at"),
                           createdBy: try r.value("created_by"))
    }

    static let select = "SELECT u.*, p.reference AS party FROM user_account u LEFT JOIN party p ON p.id = u.party_id"

    func user(_ name: String) throws -> UserAccount {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(Self.select) WHERE u.name = ?"), arguments: [name]) else {
            throw PuhuiError.notFound("user \(name) does not exist")
        }
        return try decode(row)
    }

    func users() throws -> [UserAccount] {
        try Row.fetchAll(db, sql: "\(Self.select) ORDER BY u.name").map(decode)
    }

    func insertUser(_ account: UserAccount) throws {
        let partyID = try account.party.map { try SQLitePartyStore(db: db).id(of: $0) }
        try db.execute(sql: "INSERT INTO user_account (name, display_name, party_id, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [account.name, account.displayName, partyID, account.status.rawValue, account.createdAt.secondsSinceEpoch,
                                   account.createdBy])
        let id = db.lastInsertedRowID
        for role in account.roles.sorted() {
            try db.execute(sql: "INSERT INTO user_role (user_id, role) VALUES (?, ?)", arguments: [id, role.rawValue])
        }
    }

    func setStatus(_ name: String, _ status: UserAccount.Status) throws {
        try db.execute(sql: "UPDATE user_account SET status = ? WHERE id = ?", arguments: [status.rawValue, try id(of: name)])
    }

    func setRoles(_ name: String, _ roles: Set<Role>) throws {
        let id = try id(of: name)
        try db.execute(sql: "DELETE FROM user_role WHERE user_id = ?", arguments: [id])
        for role in roles.sorted() {
            try db.execute(sql: "INSERT INTO user_role (user_id, role) VALUES (?, ?)", arguments: [id, role.rawValue])
        }
    }

    func grants(kind: AuthorityKind?) throws -> [AuthorityGrant] {
        let filter = kind == nil ? "" : "WHERE g.kind = ?"
        let arguments: StatementArguments = kind.map { [$0.rawValue] } ?? []
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT g.*, u.name FROM authority_grant g JOIN user_account u ON u.id = g.user_id \(filter) ORDER BY g.id
            """), arguments: arguments).map { row in
            let r = StoredRow(row, table: "authority_grant", key: StoredRow.label(row, "id"))
            let lineText: String? = try r.optional("line")
            var line: LineOfBusiness? = nil
            if let lineText {
                guard let known = LineOfBusiness(rawValue: lineText) else { throw r.corrupt("line", "'\(lineText)' is not a known LineOfBusiness") }
                line = known
            }
            return AuthorityGrant(user: try r.value("name"), kind: try r.enumeration("kind"), line: line, amount: try r.money("amount_fen"),
                                  effectiveFrom: try r.date("effective_from"), effectiveTo: try r.optionalDate("effective_to"))
        }
    }

    func insertGrant(_ grant: AuthorityGrant) throws {
        let userID = try id(of: grant.user)
        // An open grant of the same kind and line that started earlier ends the day before.
        try db.execute(sql: """
            UPDATE authority_grant SET effective_to = ?
            WHERE user_id = ? AND kind = ? AND ifnull(line, '*') = ? AND effective_to IS NULL AND effective_from < ?
            """, arguments: [grant.effectiveFrom.adding(days: -1).description, userID, grant.kind.rawValue, grant.lineText,
                             grant.effectiveFrom.description])
        if try Int.fetchOne(db, sql: """
            SELECT count(*) FROM authority_grant WHERE user_id = ? AND kind = ? AND ifnull(line, '*') = ? AND effective_from = ?
            """, arguments: [userID, grant.kind.rawValue, grant.lineText, grant.effectiveFrom.description]) ?? 0 > 0 {
            throw PuhuiError.conflict("\(grant.user) already holds \(grant.kind.rawValue) authority on \(grant.lineText) from \(grant.effectiveFrom)")
        }
        try db.execute(sql: """
            INSERT INTO authority_grant (user_id, kind, line, amount_fen, effective_from, effective_to) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [userID, grant.kind.rawValue, grant.line?.rawValue, grant.amount.fen, grant.effectiveFrom.description,
                             grant.effectiveTo?.description])
    }

    func users(withRole role: Role) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT u.name FROM user_account u JOIN user_role r ON r.user_id = u.id WHERE r.role = ? AND u.status = 'active' ORDER BY u.name
            """), arguments: [role.rawValue])
    }

    func insertToken(user: String, digest: String, createdAt: Instant, expiresAt: Instant?) throws {
        try db.execute(sql: "INSERT INTO access_token (user_id, digest, created_at, expires_at) VALUES (?, ?, ?, ?)",
                       arguments: [try id(of: user), digest, createdAt.secondsSinceEpoch, expiresAt?.secondsSinceEpoch])
    }

    func decodeToken(_ row: Row) throws -> StoredToken {
        let r = StoredRow(row, table: "access_token", key: StoredRow.label(row, "id"))
        return StoredToken(user: try r.value("name"), createdAt: try r.instant("created_at"), expiresAt: try r.optionalInstant("expires_at"),
                           revokedAt: try r.optionalInstant("revoked_at"))
    }

    func token(digest: String) throws -> StoredToken? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT t.*, u.name FROM access_token t JOIN user_account u ON u.id = t.user_id WHERE t.digest = ?
            """), arguments: [digest]).map(decodeToken)
    }

    func revokeTokens(user: String, at: Instant) throws -> Int {
        try db.execute(sql: "UPDATE access_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                       arguments: [at.secondsSinceEpoch, try id(of: user)])
        return db.changesCount
    }

    func tokens(user: String) throws -> [StoredToken] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.*, u.name FROM access_token t JOIN user_account u ON u.id = t.user_id WHERE u.name = ? ORDER BY t.id DESC
            """), arguments: [user]).map(decodeToken)
    }

    func countUsers() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM user_account") ?? 0
    }

    func identityGeneration() throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM identity_generation WHERE id = 1")) ?? 0
    }
}
