import GRDB

extension PuhuiSchema {
    /// v12: what happens to a policy after issue. The premium ledger (money received, refunded,
    /// deducted from a claim; append-only, a correction is a refund; and dues beside the
    /// instalments, such as a cancellation's), lapses and
    /// reinstatements, endorsements (each accepted one a version of the cover), renewal links,
    /// and pension conversions. The policy's audit digest covers these rows from v12 on, each
    /// kind only when the policy has some, so that every digest recorded before stays valid.
    static func createPolicyServicing(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE premium_receipt (
                id INTEGER PRIMARY KEY,
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                kind TEXT NOT NULL CHECK (kind IN ('received', 'refund', 'claim-deduction')),
                received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                received_at INTEGER NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                reference TEXT,
                note TEXT,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );
            CREATE INDEX premium_receipt_policy ON premium_receipt(policy_id, received_on);
            CREATE INDEX premium_receipt_received_on ON premium_receipt(received_on);
            CREATE UNIQUE INDEX premium_receipt_bank_reference ON premium_receipt(reference) WHERE kind = 'received' AND reference IS NOT NULL;
            CREATE TRIGGER premium_receipt_no_update BEFORE UPDATE ON premium_receipt
                BEGIN SELECT RAISE(ABORT, 'the premium ledger is append-only: record a refund instead'); END;
            CREATE TRIGGER premium_receipt_no_delete BEFORE DELETE ON premium_receipt
                BEGIN SELECT RAISE(ABORT, 'the premium ledger is append-only: record a refund instead'); END;

            CREATE TABLE premium_due (
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                kind TEXT NOT NULL CHECK (kind IN ('cancellation')),
                label TEXT NOT NULL,
                due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                amount_fen INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL,
                PRIMARY KEY (policy_id, label)
            ) WITHOUT ROWID;

            CREATE TABLE policy_lapse (
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                lapsed_from TEXT NOT NULL,
                due TEXT NOT NULL,
                overdue_fen INTEGER NOT NULL CHECK (overdue_fen > 0),
                grace_end TEXT NOT NULL CHECK (grace_end >= lapsed_from),
                notice_due TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL,
                reinstated_on TEXT CHECK (reinstated_on IS NULL OR reinstated_on > lapsed_from),
                reinstated_at INTEGER,
                reinstated_by TEXT,
                PRIMARY KEY (policy_id, lapsed_from),
                CHECK ((reinstated_on IS NULL) = (reinstated_at IS NULL))
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX policy_lapse_open ON policy_lapse(policy_id) WHERE reinstated_on IS NULL;

            CREATE TABLE policy_endorsement (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                change TEXT NOT NULL CHECK (change IN ('risk', 'add-insured', 'remove-insured')),
                effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                status TEXT NOT NULL CHECK (status IN ('in-force', 'referred', 'declined')),
                version INTEGER CHECK (version IS NULL OR version >= 2),
                premium_before_fen INTEGER NOT NULL CHECK (premium_before_fen >= 0),
                premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
                sum_insured_fen INTEGER NOT NULL CHECK (sum_insured_fen >= 0),
                adjustment_fen INTEGER NOT NULL,
                due_on TEXT NOT NULL,
                insured_persons INTEGER NOT NULL CHECK (insured_persons >= 0),
                coverages TEXT NOT NULL,
                insured TEXT NOT NULL,
                risk TEXT NOT NULL,
                quote TEXT NOT NULL,
                worksheet TEXT NOT NULL,
                fired_rules TEXT NOT NULL,
                requested_at INTEGER NOT NULL,
                requested_by TEXT NOT NULL,
                decided_at INTEGER,
                decided_by TEXT,
                decision_note TEXT,
                CHECK ((status = 'in-force') = (version IS NOT NULL)),
                CHECK ((status = 'referred') = (decided_at IS NULL))
            );
            CREATE UNIQUE INDEX policy_endorsement_version ON policy_endorsement(policy_id, version) WHERE version IS NOT NULL;
            CREATE INDEX policy_endorsement_policy ON policy_endorsement(policy_id, status);
            CREATE INDEX policy_endorsement_referred ON policy_endorsement(status) WHERE status = 'referred';

            CREATE TABLE policy_renewal (
                application_id INTEGER PRIMARY KEY REFERENCES application(id),
                previous_policy_id INTEGER NOT NULL REFERENCES policy(id),
                claims_counted INTEGER NOT NULL CHECK (claims_counted >= 0),
                previous_premium_fen INTEGER NOT NULL,
                offered_at INTEGER NOT NULL,
                offered_by TEXT NOT NULL
            );
            CREATE INDEX policy_renewal_previous ON policy_renewal(previous_policy_id);

            CREATE TABLE pension_conversion (
                policy_id INTEGER PRIMARY KEY REFERENCES policy(id),
                converted_on TEXT NOT NULL,
                account_fen INTEGER NOT NULL CHECK (account_fen >= 0),
                annuity TEXT NOT NULL,
                monthly_annuity_fen INTEGER NOT NULL CHECK (monthly_annuity_fen >= 0),
                recorded_at INTEGER NOT NULL,
                recorded_by TEXT NOT NULL
            );

            CREATE INDEX policy_end_date ON policy(end_date);
            """)
    }

    /// v12: a party's earlier states, one row per update, so that what was known of a firm on
    /// any day can be read back; searching by phone.
    static func createPartyHistory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE party_history (
                party_id INTEGER NOT NULL REFERENCES party(id),
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                changed_at INTEGER NOT NULL,
                changed_by TEXT NOT NULL,
                changes TEXT NOT NULL,
                before TEXT NOT NULL,
                PRIMARY KEY (party_id, sequence)
            ) WITHOUT ROWID;
            CREATE TRIGGER party_history_no_update BEFORE UPDATE ON party_history
                BEGIN SELECT RAISE(ABORT, 'party history is append-only'); END;
            CREATE TRIGGER party_history_no_delete BEFORE DELETE ON party_history
                BEGIN SELECT RAISE(ABORT, 'party history is append-only'); END;
            CREATE INDEX party_phone ON party(phone);
            """)
    }
}
