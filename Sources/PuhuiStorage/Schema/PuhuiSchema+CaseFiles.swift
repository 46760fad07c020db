import GRDB

extension PuhuiSchema {
    /// v13: referrals expire after their product's offer validity (a new application status,
    /// so the table is rebuilt with the same columns in the same order and its data, as SQLite
    /// requires for a changed CHECK); documents received or waived after the application.
    static func expireApplicationsAndRecordDocuments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE application_v13 (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                product_version_id INTEGER NOT NULL REFERENCES product_version(id),
                line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension','cargo')),
                holder_id INTEGER NOT NULL REFERENCES party(id),
                segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL CHECK (end_date >= start_date),
                frequency TEXT NOT NULL,
                premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
                sum_insured_fen INTEGER NOT NULL CHECK (sum_insured_fen >= 0),
                quote TEXT NOT NULL,
                risk TEXT NOT NULL,
                documents_provided TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('accept', 'refer', 'decline')),
                status TEXT NOT NULL CHECK (status IN ('issued', 'referred', 'declined', 'expired')),
                fired_rules TEXT NOT NULL,
                required_documents TEXT NOT NULL,
                applied_at INTEGER NOT NULL,
                applied_by TEXT NOT NULL,
                decided_at INTEGER,
                decided_by TEXT,
                decision_note TEXT,
                CHECK ((status = 'referred') = (decided_at IS NULL)),
                CHECK (status != 'expired' OR decision = 'refer')
            );
            INSERT INTO application_v13 SELECT * FROM application;
            DROP TABLE application;
            ALTER TABLE application_v13 RENAME TO application;
            CREATE INDEX application_status ON application(status);
            CREATE INDEX application_applied_at ON application(applied_at);

            CREATE TABLE application_document (
                application_id INTEGER NOT NULL REFERENCES application(id),
                code TEXT NOT NULL CHECK (length(code) > 0),
                received_at INTEGER,
                received_by TEXT,
                waived_at INTEGER,
                waived_by TEXT,
                waiver_reason TEXT,
                CHECK ((received_at IS NULL) != (waived_at IS NULL)),
                CHECK ((received_at IS NULL) = (received_by IS NULL)),
                CHECK ((waived_at IS NULL) = (waived_by IS NULL) AND (waived_at IS NULL) = (waiver_reason IS NULL)),
                UNIQUE (application_id, code)
            );
            """)
    }

    /// v13: what an adjuster keeps on a claim besides its states: the claimant and the payee
    /// (each change a new row, the latest per role in force), notes, and the rest of an agreed
    /// amount waived at closing. Each of these changes comes with a claim event, and the claim's
    /// state digest covers them (`StateDigest.claim`).
    static func createClaimCaseFile(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE claim_party (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                number INTEGER NOT NULL CHECK (number >= 1),
                role TEXT NOT NULL CHECK (role IN ('claimant', 'payee')),
                name TEXT NOT NULL CHECK (length(name) > 0),
                relation TEXT NOT NULL CHECK (relation IN ('self','policyholder','spouse','child','parent','heir','beneficiary','employer','employee','repairer','other')),
                phone TEXT,
                bank_name TEXT,
                bank_account TEXT,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL,
                CHECK ((bank_name IS NULL) = (bank_account IS NULL)),
                CHECK (role = 'payee' OR bank_account IS NULL),
                PRIMARY KEY (claim_id, number)
            ) WITHOUT ROWID;

            CREATE TABLE claim_note (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                number INTEGER NOT NULL CHECK (number >= 1),
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                text TEXT NOT NULL CHECK (length(text) > 0),
                PRIMARY KEY (claim_id, number)
            ) WITHOUT ROWID;

            CREATE TABLE claim_waiver (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                cycle INTEGER NOT NULL CHECK (cycle >= 1),
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                reason TEXT NOT NULL CHECK (length(reason) > 0),
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                PRIMARY KEY (claim_id, cycle)
            ) WITHOUT ROWID;

            CREATE INDEX claim_loss ON claim(policy_id, loss_date, claim_type);
            """)
    }

    /// v13: the letters sent (Art. 22 document requests, Art. 24 rejection notices, payment
    /// advices, policy schedules), each as the bytes sent with their SHA-256, never changed or
    /// removed; the SHA-256 is also in the event that sent the letter.
    static func createLetters(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE letter (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('document-request', 'rejection-notice', 'payment-advice', 'policy-schedule')),
                subject TEXT NOT NULL,
                claim_id INTEGER REFERENCES claim(id),
                policy_id INTEGER REFERENCES policy(id),
                media_type TEXT NOT NULL,
                bytes BLOB NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                created_at INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                CHECK ((claim_id IS NULL) != (policy_id IS NULL))
            );
            CREATE INDEX letter_claim ON letter(claim_id);
            CREATE INDEX letter_policy ON letter(policy_id);
            CREATE TRIGGER letter_no_update BEFORE UPDATE ON letter
                BEGIN SELECT RAISE(ABORT, 'letters sent are kept as sent'); END;
            CREATE TRIGGER letter_no_delete BEFORE DELETE ON letter
                BEGIN SELECT RAISE(ABORT, 'letters sent are kept as sent'); END;
            """)
    }

    /// v13: the finance role (exports for finance and reinsurance). The role table is rebuilt
    /// with the same columns, so users' state digests do not change.
    static func addFinanceRole(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE user_role_v13 (
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                role TEXT NOT NULL CHECK (role IN ('admin', 'product', 'underwriter', 'adjuster', 'approver', 'regulator', 'customer', 'finance')),
                PRIMARY KEY (user_id, role)
            ) WITHOUT ROWID;
            INSERT INTO user_role_v13 SELECT * FROM user_role;
            DROP TABLE user_role;
            ALTER TABLE user_role_v13 RENAME TO user_role;
            """)
    }
}
