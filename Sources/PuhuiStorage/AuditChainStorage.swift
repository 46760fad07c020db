import Foundation
import GRDB
import PuhuiDomain

/// The digests of what the chain protects besides the events themselves: a claim with its
/// payments, documents and document requests (and from schema v13 its claimant and payee, notes,
/// waivers and letters); a policy with its coverages, insured persons and instalments (and since
/// v12 its servicing rows: premium ledger and dues, lapses, endorsements, renewal links, pension
/// conversion; since v13 its letters); a user with roles, authority and tokens. Every column of
/// every row, in column order. This is a stored format: the digest of a state recorded today must
/// be computable the same way tomorrow, so a change to it is a new chain version, never an edit.
/// The v12 and v13 sections extend it without changing any earlier digest: each is added only
/// when the claim or policy has rows of its kind, which none had before. (Adding a column to one
/// of the covered tables would change every digest: such a change needs a migration that
/// re-records them.)
enum StateDigest {
    static func values(_ rows: [Row]) -> [String?] {
        rows.flatMap { row in row.databaseValues.map(text) }
    }

    static func text(_ row: Row, _ column: String) -> String? {
        text(row[column] ?? .null)
    }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: return nil
        case let .int64(number): return String(number)
        case let .double(number): return String(number)
        case let .string(string): return string
        case let .blob(data): return HexDigits.lowercase(data)
        }
    }

    static func claim(id: Int64, _ db: Database) throws -> String {
        var parts: [String?] = ["claim"]
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim WHERE id = ?"), arguments: [id]))
        parts.append("payments")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_payment WHERE claim_id = ? ORDER BY number"), arguments: [id]))
        parts.append("documents")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document WHERE claim_id = ? ORDER BY code"), arguments: [id]))
        parts.append("requests")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document_request WHERE claim_id = ? ORDER BY number"), arguments: [id]))
        try appendCaseFile(claim: id, to: &parts, db)
        return AuditChain.digest(parts)
    }

    /// The tables of schema v13 that belong to a claim: claimant and payee, notes, waivers and
    /// letters. Each section is added only when it has rows, so the digest of a claim without
    /// any is exactly the one recorded before v13 (the stored format is extended, not changed,
    /// and no recorded digest needs recording again); a row added, changed or removed behind
    /// the claim's events changes the digest. A letter counts with the SHA-256 of its bytes in
    /// place of the bytes. Before v13 (an older database being upgraded) the tables do not exist.
    static func appendCaseFile(claim id: Int64, to parts: inout [String?], _ db: Database) throws {
        guard try db.tableExists("claim_party") else { return }
        for (section, sql) in [("parties", "SELECT * FROM claim_party WHERE claim_id = ? ORDER BY number"),
                               ("notes", "SELECT * FROM claim_note WHERE claim_id = ? ORDER BY number"),
                               ("waivers", "SELECT * FROM claim_waiver WHERE claim_id = ? ORDER BY cycle")] {
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [id])
            if !rows.isEmpty { parts += [section] + values(rows) }
        }
        try appendLetters("claim_id", id, to: &parts, db)
    }

    /// Letters of a claim or policy: every column, the bytes as their SHA-256.
    static func appendLetters(_ column: String, _ id: Int64, to parts: inout [String?], _ db: Database) throws {
        guard try db.tableExists("letter") else { return }
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, reference, kind, subject, claim_id, policy_id, media_type, bytes, sha256, created_at, created_by
            FROM letter WHERE \(column) = ? ORDER BY id
            """), arguments: [id])
        guard !rows.isEmpty else { return }
        parts.append("letters")
        for row in rows {
            for (index, value) in row.databaseValues.enumerated() {
                if index == 7, let data = Data.fromDatabaseValue(value) {
                    parts.append(CanonicalJSON.sha256(bytes: [UInt8](data)))
                } else {
                    parts.append(text(value))
                }
            }
        }
    }

    static func policy(id: Int64, _ db: Database) throws -> String {
        var parts: [String?] = ["policy"]
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy WHERE id = ?"), arguments: [id]))
        parts.append("coverages")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_coverage WHERE policy_id = ? ORDER BY code"), arguments: [id]))
        parts.append("insured")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_insured WHERE policy_id = ? ORDER BY position"), arguments: [id]))
        parts.append("instalments")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_instalment WHERE policy_id = ? ORDER BY number"), arguments: [id]))
        // Since v12: what servicing added, each kind only when the policy has some, so that
        // the digest of every state recorded before v12 is computed as it was then (and the
        // v8 migration, which runs before these tables exist, computes it the same way).
        if try db.tableExists("premium_receipt") {
            for (name, sql) in servicingSections {
                let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [id])
                if rows.isEmpty { continue }
                parts.append(name)
                parts += values(rows)
            }
        }
        try appendLetters("policy_id", id, to: &parts, db) // schema v13, only when there are any (see appendCaseFile)
        return AuditChain.digest(parts)
    }

    /// The servicing rows of a policy the digest covers, in a fixed order.
    static let servicingSections: [(String, String)] = [
        ("premium ledger", "SELECT * FROM premium_receipt WHERE policy_id = ? ORDER BY id"),
        ("premium dues", "SELECT * FROM premium_due WHERE policy_id = ? ORDER BY label"),
        ("lapses", "SELECT * FROM policy_lapse WHERE policy_id = ? ORDER BY lapsed_from"),
        ("endorsements", "SELECT * FROM policy_endorsement WHERE policy_id = ? ORDER BY id"),
        ("renewals", "SELECT * FROM policy_renewal WHERE previous_policy_id = ? ORDER BY application_id"),
        ("pension conversion", "SELECT * FROM pension_conversion WHERE policy_id = ?"),
    ]

    static func user(id: Int64, _ db: Database) throws -> String {
        var parts: [String?] = ["user"]
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM user_account WHERE id = ?"), arguments: [id]))
        parts.append("roles")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM user_role WHERE user_id = ? ORDER BY role"), arguments: [id]))
        parts.append("authority")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM authority_grant WHERE user_id = ? ORDER BY id"), arguments: [id]))
        parts.append("tokens")
        parts += values(try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM access_token WHERE user_id = ? ORDER BY id"), arguments: [id]))
        return AuditChain.digest(parts)
    }
}

/// Appends to the chain: the next sequence number and the link over the previous hash, kept in
/// the one `chain_head` row (writes are serialised, so the head is the end of the chain).
enum ChainWriter {
    struct Link {
        var seq: Int64
        var previous: String
        var hash: String
    }

    static func next(content: [String?], _ db: Database) throws -> Link {
        guard let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM chain_head WHERE id = 1")),
              let last = Int64.fromDatabaseValue(head["seq"] ?? .null), let previous = StateDigest.text(head, "hash") else {
            throw PuhuiError.corrupt(table: "chain_head", row: "1", "is missing or unreadable: the audit chain has no head")
        }
        let seq = last + 1
        let hash = AuditChain.link(previous: previous, content: [String(seq)] + content)
        try db.cachedStatement(sql: "UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1").execute(arguments: [seq, hash])
        return Link(seq: seq, previous: previous, hash: hash)
    }

    /// What an audit event's link covers.
    static func auditContent(_ row: Row) -> [String?] {
        ["audit_event", StateDigest.text(row, "at"), StateDigest.text(row, "recorded_at"), StateDigest.text(row, "actor"),
         StateDigest.text(row, "subject"), StateDigest.text(row, "action"), StateDigest.text(row, "before"),
         StateDigest.text(row, "after"), StateDigest.text(row, "state_digest")]
    }

    static func auditContent(id: Int64, _ db: Database) throws -> [String?] {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM audit_event WHERE id = ?", arguments: [id]) else { return [] }
        return auditContent(row)
    }

    /// What a claim event's link covers. From the chain position recorded in `chain_format`
    /// (version 2, schema v10) on, it also covers the facts the event settled: the decision on
    /// cover and the payable amount agreed. Events linked before keep the content they were
    /// linked with; their facts were read back from their text, which the link does cover.
    static func claimEventContent(_ row: Row, withFacts: Bool) -> [String?] {
        var content = ["claim_event", StateDigest.text(row, "claim_id"), StateDigest.text(row, "sequence"), StateDigest.text(row, "at"),
                       StateDigest.text(row, "actor"), StateDigest.text(row, "action"), StateDigest.text(row, "detail"),
                       StateDigest.text(row, "state_before"), StateDigest.text(row, "state_after"), StateDigest.text(row, "state_digest")]
        if withFacts {
            content += [StateDigest.text(row, "covered"), StateDigest.text(row, "payable_fen")]
        }
        return content
    }

    /// The content of an event linked under chain version 1 (the v8 migration's backfill).
    static func claimEventContent(claimID: Int64, sequence: Int, _ db: Database) throws -> [String?] {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM claim_event WHERE claim_id = ? AND sequence = ?", arguments: [claimID, sequence]) else { return [] }
        return claimEventContent(row, withFacts: false)
    }

    /// The first chain position whose claim events cover their facts; nil before schema v10.
    static func factsCoveredFrom(_ db: Database) throws -> Int64? {
        guard try db.tableExists("chain_format") else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT from_seq FROM chain_format WHERE version = 2")
    }
}

/// Walks the chain and the states it protects; stops at the first break.
enum ChainVerifier {
    static func verify(_ db: Database, passingThrough recordedHead: String? = nil) throws -> AuditVerification {
        var expectedSeq: Int64 = 1
        var passedRecordedHead = recordedHead == nil
        var previous = AuditChain.genesis
        var checked = 0
        func result(_ brk: AuditVerification.Break?, claims: Int = 0, policies: Int = 0) -> AuditVerification {
            AuditVerification(eventsChecked: checked, claimsChecked: claims, policiesChecked: policies, head: previous, firstBreak: brk)
        }
        // Events not on the chain at all were inserted around the engine.
        for (table, key) in [("audit_event", "'#' || id"), ("claim_event", "'claim ' || claim_id || ' #' || sequence")] {
            if let row = try String.fetchOne(db, sql: "SELECT \(key) FROM \(table) WHERE chain_seq IS NULL OR hash IS NULL LIMIT 1") {
                return result(.init(table: table, row: row, problem: "the event is not on the chain (inserted around the engine)"))
            }
        }
        let factsFrom = try ChainWriter.factsCoveredFrom(db)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT 'audit_event' AS source, '#' || id AS key, chain_seq, prev_hash, hash, at, recorded_at, actor, subject, action, before, after,
                   state_digest, NULL AS claim_id, NULL AS sequence, NULL AS detail, NULL AS state_before, NULL AS state_after,
                   NULL AS covered, NULL AS payable_fen
            FROM audit_event
            UNION ALL
            SELECT 'claim_event', 'claim ' || claim_id || ' #' || sequence, chain_seq, prev_hash, hash, at, NULL, actor, NULL, action, NULL, NULL,
                   state_digest, claim_id, sequence, detail, state_before, state_after, covered, payable_fen
            FROM claim_event
            ORDER BY chain_seq
            """)
        while let row = try cursor.next() {
            let source = StateDigest.text(row, "source") ?? "?", key = StateDigest.text(row, "key") ?? "?"
            guard let seq = Int64.fromDatabaseValue(row["chain_seq"] ?? .null) else {
                return result(.init(table: source, row: key, problem: "its chain position is not a number"))
            }
            if seq != expectedSeq {
                let problem = seq > expectedSeq
                    ? "chain position \(seq) follows \(expectedSeq - 1): \(seq - expectedSeq) event\(seq - expectedSeq == 1 ? " was" : "s were") deleted before it"
                    : "chain position \(seq) appears twice (an event was inserted around the engine)"
                return result(.init(table: source, row: key, problem: problem))
            }
            if StateDigest.text(row, "prev_hash") != previous {
                return result(.init(table: source, row: key, problem: "it does not link to the event before it (an event was deleted or inserted)"))
            }
            let content = source == "audit_event" ? ChainWriter.auditContent(row)
                : ChainWriter.claimEventContent(row, withFacts: factsFrom.map { seq >= $0 } ?? false)
            let hash = AuditChain.link(previous: previous, content: [String(seq)] + content)
            if StateDigest.text(row, "hash") != hash {
                return result(.init(table: source, row: key, problem: "its content was changed after it was recorded (the hash does not match)"))
            }
            previous = hash
            if hash == recordedHead { passedRecordedHead = true }
            expectedSeq += 1
            checked += 1
        }
        if !passedRecordedHead {
            return result(.init(table: "audit_event", row: "head \(recordedHead ?? "")",
                                problem: "the chain no longer passes through the head recorded earlier: it was rewritten"))
        }
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM chain_head WHERE id = 1")
        let headSeq = head.flatMap { Int64.fromDatabaseValue($0["seq"] ?? .null) }
        if headSeq != expectedSeq - 1 || head.flatMap({ StateDigest.text($0, "hash") }) != previous {
            return result(.init(table: "chain_head", row: "1",
                                problem: "the chain ends at position \(expectedSeq - 1) but its head records \(headSeq.map(String.init) ?? "nothing") (events were deleted at the end, or the head was changed)"))
        }
        // Every claim, policy and user is as its last event left it.
        var claims = 0, policies = 0
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id, c.reference, e.state_digest FROM claim c
            LEFT JOIN claim_event e ON e.claim_id = c.id AND e.sequence = (SELECT max(sequence) FROM claim_event WHERE claim_id = c.id)
            """) {
            claims += 1
            if StateDigest.text(row, "state_digest") != (try StateDigest.claim(id: row["id"], db)) {
                return result(.init(table: "claim", row: StateDigest.text(row, "reference") ?? "?",
                                    problem: "the claim, its payments or documents differ from the state its last event recorded"), claims: claims)
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, p.number, (SELECT state_digest FROM audit_event WHERE subject = p.number AND state_digest IS NOT NULL
                                     ORDER BY chain_seq DESC LIMIT 1) AS digest FROM policy p
            """) {
            policies += 1
            if StateDigest.text(row, "digest") != (try StateDigest.policy(id: row["id"], db)) {
                return result(.init(table: "policy", row: StateDigest.text(row, "number") ?? "?", problem: "the policy differs from the state its last event recorded"),
                              claims: claims, policies: policies)
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT u.id, u.name, (SELECT state_digest FROM audit_event WHERE subject = 'user ' || u.name AND state_digest IS NOT NULL
                                   ORDER BY chain_seq DESC LIMIT 1) AS digest FROM user_account u
            """) {
            if StateDigest.text(row, "digest") != (try StateDigest.user(id: row["id"], db)) {
                return result(.init(table: "user_account", row: StateDigest.text(row, "name") ?? "?",
                                    problem: "the user, their roles, authority or tokens differ from the state their last event recorded"),
                              claims: claims, policies: policies)
            }
        }
        return result(nil, claims: claims, policies: policies)
    }
}
