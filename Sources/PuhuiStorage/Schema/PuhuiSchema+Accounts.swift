import GRDB
import PuhuiDomain

extension PuhuiSchema {
    /// v8: users with roles, dated authority, hashed bearer tokens; quotes remember who stored
    /// them; and one hash chain over the audit and claim events, each event carrying the digest of
    /// the claim, policy or user it changed. Existing events are put on the chain in the order
    /// they were recorded (audit events by id, then claim events by claim and sequence).
    static func createAccountsAndAuditChain(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE user_account (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
                display_name TEXT,
                party_id INTEGER REFERENCES party(id),
                status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
                created_at INTEGER NOT NULL,
                created_by TEXT NOT NULL
            );

            CREATE TABLE user_role (
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                role TEXT NOT NULL CHECK (role IN ('admin', 'product', 'underwriter', 'adjuster', 'approver', 'regulator', 'customer')),
                PRIMARY KEY (user_id, role)
            ) WITHOUT ROWID;

            CREATE TABLE authority_grant (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                kind TEXT NOT NULL CHECK (kind IN ('underwriting', 'claims')),
                line TEXT,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                effective_to TEXT CHECK (effective_to IS NULL OR effective_to >= effective_from)
            );
            CREATE INDEX authority_grant_user ON authority_grant(user_id, kind);

            CREATE TABLE access_token (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
                created_at INTEGER NOT NULL,
                expires_at INTEGER,
                revoked_at INTEGER
            );
            CREATE INDEX access_token_user ON access_token(user_id);

            ALTER TABLE quote ADD COLUMN created_by TEXT;

            CREATE TABLE chain_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL CHECK (seq >= 0),
                hash TEXT NOT NULL
            );

            ALTER TABLE audit_event ADD COLUMN chain_seq INTEGER;
            ALTER TABLE audit_event ADD COLUMN prev_hash TEXT;
            ALTER TABLE audit_event ADD COLUMN hash TEXT;
            ALTER TABLE audit_event ADD COLUMN state_digest TEXT;
            ALTER TABLE claim_event ADD COLUMN chain_seq INTEGER;
            ALTER TABLE claim_event ADD COLUMN prev_hash TEXT;
            ALTER TABLE claim_event ADD COLUMN hash TEXT;
            ALTER TABLE claim_event ADD COLUMN state_digest TEXT;

            DROP TRIGGER audit_event_no_update;
            DROP TRIGGER claim_event_no_update;
            """)
        try db.execute(sql: "INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, ?)", arguments: [AuditChain.genesis])

        // The state each claim and policy is in now is the state after its last event.
        for claimID in try Int64.fetchAll(db, sql: "SELECT id FROM claim") {
            try db.execute(sql: """
                UPDATE claim_event SET state_digest = ?
                WHERE claim_id = ? AND sequence = (SELECT max(sequence) FROM claim_event WHERE claim_id = ?)
                """, arguments: [try StateDigest.claim(id: claimID, db), claimID, claimID])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, number FROM policy") {
            let id: Int64 = row["id"], number: String = row["number"]
            try db.execute(sql: """
                UPDATE audit_event SET state_digest = ? WHERE id = (SELECT max(id) FROM audit_event WHERE subject = ?)
                """, arguments: [try StateDigest.policy(id: id, db), number])
        }
        // The chain, in the order the events were recorded.
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM audit_event ORDER BY id") {
            let link = try ChainWriter.next(content: try ChainWriter.auditContent(id: id, db), db)
            try db.execute(sql: "UPDATE audit_event SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ?",
                           arguments: [link.seq, link.previous, link.hash, id])
        }
        for row in try Row.fetchAll(db, sql: "SELECT claim_id, sequence FROM claim_event ORDER BY claim_id, sequence") {
            let claimID: Int64 = row["claim_id"], sequence: Int = row["sequence"]
            let link = try ChainWriter.next(content: try ChainWriter.claimEventContent(claimID: claimID, sequence: sequence, db), db)
            try db.execute(sql: "UPDATE claim_event SET chain_seq = ?, prev_hash = ?, hash = ? WHERE claim_id = ? AND sequence = ?",
                           arguments: [link.seq, link.previous, link.hash, claimID, sequence])
        }

        try db.execute(sql: """
            CREATE UNIQUE INDEX audit_event_chain ON audit_event(chain_seq);
            CREATE UNIQUE INDEX claim_event_chain ON claim_event(chain_seq);
            CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
                BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
            CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
                WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER claim_event_no_replace BEFORE INSERT ON claim_event
                WHEN EXISTS (SELECT 1 FROM claim_event WHERE claim_id = NEW.claim_id AND sequence = NEW.sequence)
                BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
            CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
                BEGIN SELECT RAISE(ABORT, 'the chain head stays'); END;
            """)
    }
}
