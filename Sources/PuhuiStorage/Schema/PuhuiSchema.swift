import GRDB

/// The schema as a sequence of migrations. A migration, once released, is frozen history: it is
/// never edited, and it names every value its `CHECK` constraints allow as a literal (never
/// from a Swift enum, which would silently change an old migration for new databases only).
/// A change is a new migration appended here.
public enum PuhuiSchema {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-catalog", migrate: createCatalog)
        migrator.registerMigration("v2-quotes", migrate: createQuotes)
        migrator.registerMigration("v3-parties", migrate: createParties)
        migrator.registerMigration("v4-policies", migrate: createPolicies)
        migrator.registerMigration("v5-claims", migrate: createClaims)
        migrator.registerMigration("v6-reference-counters", migrate: createCounters)
        migrator.registerMigration("v7-party-and-quote-counters", migrate: countPartiesAndQuotes)
        migrator.registerMigration("v8-accounts-and-audit-chain", migrate: createAccountsAndAuditChain)
        migrator.registerMigration("v9-cargo-line", migrate: addCargoLine)
        migrator.registerMigration("v10-claim-event-facts", migrate: recordClaimEventFacts)
        migrator.registerMigration("v12-policy-servicing", migrate: createPolicyServicing)
        migrator.registerMigration("v12-party-history", migrate: createPartyHistory)
        migrator.registerMigration("v13-application-expiry-and-documents", migrate: expireApplicationsAndRecordDocuments)
        migrator.registerMigration("v13-claim-case-file", migrate: createClaimCaseFile)
        migrator.registerMigration("v13-letters", migrate: createLetters)
        migrator.registerMigration("v13-finance-role", migrate: addFinanceRole)
        migrator.registerMigration("v14-online-service", migrate: createOnlineService)
        migrator.registerMigration("v15-web-sign-in", migrate: createWebSignIn)
        migrator.registerMigration("v17-identity-generation", migrate: countIdentityChanges)
        migrator.registerMigration("v17-catalog-generation", migrate: countCatalogChanges)
        return migrator
    }

    static func createCatalog(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE product_version (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                department TEXT NOT NULL,
                effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                effective_to TEXT CHECK (effective_to IS NULL OR effective_to >= effective_from),
                definition TEXT NOT NULL,
                definition_sha256 TEXT NOT NULL,
                source_path TEXT NOT NULL,
                source_xml TEXT NOT NULL,
                loaded_at INTEGER NOT NULL,
                UNIQUE (code, version)
            );
            CREATE INDEX product_version_line ON product_version(line);

            CREATE TABLE rate_table_version (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                effective_from TEXT,
                title TEXT NOT NULL,
                unit TEXT NOT NULL,
                illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                source TEXT NOT NULL,
                dimensions TEXT NOT NULL,
                value_column TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                source_path TEXT NOT NULL,
                header_line INTEGER NOT NULL,
                row_count INTEGER NOT NULL CHECK (row_count > 0),
                loaded_at INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX rate_table_version_key ON rate_table_version(name, ifnull(effective_from, ''));

            CREATE TABLE rate_row (
                table_version_id INTEGER NOT NULL REFERENCES rate_table_version(id) ON DELETE CASCADE,
                line INTEGER NOT NULL,
                cells TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (table_version_id, line)
            ) WITHOUT ROWID;

            CREATE TABLE catalog_load (
                id INTEGER PRIMARY KEY,
                loaded_at INTEGER NOT NULL,
                products_added INTEGER NOT NULL,
                products_closed INTEGER NOT NULL,
                tables_added INTEGER NOT NULL,
                rows_added INTEGER NOT NULL
            );
            """)
    }

    static func createQuotes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE quote (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                product_version_id INTEGER NOT NULL REFERENCES product_version(id),
                as_of TEXT NOT NULL,
                start_date TEXT NOT NULL,
                premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
                table_versions TEXT NOT NULL,
                risk TEXT NOT NULL,
                quote TEXT NOT NULL,
                created_at INTEGER NOT NULL
            );
            """)
    }

    static func createParties(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE party (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'individual-business', 'person')),
                name TEXT NOT NULL CHECK (length(name) > 0),
                identifier TEXT,
                identifier_kind TEXT CHECK (identifier_kind IN ('social-credit-code', 'resident-id')),
                birth_date TEXT,
                sex TEXT CHECK (sex IN ('male', 'female')),
                phone TEXT,
                role TEXT CHECK (role IN ('business-owner', 'employee', 'flexible-worker')),
                employer_id INTEGER REFERENCES party(id),
                owner_of_id INTEGER REFERENCES party(id),
                industry_code TEXT,
                employees INTEGER CHECK (employees >= 0),
                revenue_wan TEXT,
                assets_wan TEXT,
                figures_year INTEGER,
                size_class TEXT CHECK (size_class IN ('large', 'medium', 'small', 'micro')),
                industry_group INTEGER,
                classification TEXT,
                segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
                segment_basis TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                CHECK (kind = 'person' OR role IS NULL),
                CHECK (kind != 'person' OR (identifier_kind = 'resident-id' AND birth_date IS NOT NULL AND sex IS NOT NULL)),
                CHECK (kind = 'person' OR identifier_kind IS NULL OR identifier_kind = 'social-credit-code')
            );
            CREATE INDEX party_identifier ON party(identifier);
            CREATE INDEX party_segment ON party(segment);
            CREATE INDEX party_employer ON party(employer_id);
            CREATE INDEX party_owner_of ON party(owner_of_id);
            """)
    }

    static func createPolicies(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE application (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                product_version_id INTEGER NOT NULL REFERENCES product_version(id),
                line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
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
                status TEXT NOT NULL CHECK (status IN ('issued', 'referred', 'declined')),
                fired_rules TEXT NOT NULL,
                required_documents TEXT NOT NULL,
                applied_at INTEGER NOT NULL,
                applied_by TEXT NOT NULL,
                decided_at INTEGER,
                decided_by TEXT,
                decision_note TEXT,
                CHECK ((status = 'referred') = (decided_at IS NULL))
            );
            CREATE INDEX application_status ON application(status);
            CREATE INDEX application_applied_at ON application(applied_at);

            CREATE TABLE application_insured (
                application_id INTEGER NOT NULL REFERENCES application(id),
                position INTEGER NOT NULL,
                party_id INTEGER NOT NULL REFERENCES party(id),
                PRIMARY KEY (application_id, position)
            ) WITHOUT ROWID;

            CREATE TABLE policy (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                application_id INTEGER NOT NULL UNIQUE REFERENCES application(id),
                product_version_id INTEGER NOT NULL REFERENCES product_version(id),
                line TEXT NOT NULL CHECK (line IN ('property','liability','export-credit','accident','health','term-life','pension')),
                holder_id INTEGER NOT NULL REFERENCES party(id),
                segment TEXT NOT NULL CHECK (segment IN ('small-enterprise','micro-enterprise','individual-business','business-owner','employee','flexible-worker','other')),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL CHECK (end_date >= start_date),
                premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
                sum_insured_fen INTEGER NOT NULL CHECK (sum_insured_fen >= 0),
                frequency TEXT NOT NULL,
                insured_persons INTEGER NOT NULL CHECK (insured_persons >= 0),
                status TEXT NOT NULL CHECK (status IN ('in-force', 'cancelled')),
                issued_at INTEGER NOT NULL,
                cancelled_on TEXT,
                cancel_refund_fen INTEGER,
                cancelled_at INTEGER,
                CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL)),
                CHECK (cancelled_on IS NULL OR (cancelled_on >= start_date AND cancelled_on <= end_date))
            );
            CREATE INDEX policy_holder ON policy(holder_id);
            CREATE INDEX policy_line ON policy(line, status);
            CREATE INDEX policy_dates ON policy(start_date, end_date);

            CREATE TABLE policy_coverage (
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                code TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                deductible_fen INTEGER,
                deductible_percent TEXT,
                indemnity_percent TEXT,
                cover_from TEXT,
                aggregate_fen INTEGER,
                premium_fen INTEGER,
                PRIMARY KEY (policy_id, code)
            ) WITHOUT ROWID;

            CREATE TABLE policy_insured (
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                position INTEGER NOT NULL,
                party_id INTEGER NOT NULL REFERENCES party(id),
                premium_fen INTEGER NOT NULL,
                PRIMARY KEY (policy_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX policy_insured_party ON policy_insured(party_id);

            CREATE TABLE policy_instalment (
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                number INTEGER NOT NULL CHECK (number >= 1),
                due_date TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                PRIMARY KEY (policy_id, number)
            ) WITHOUT ROWID;

            CREATE TABLE audit_event (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                subject TEXT NOT NULL,
                action TEXT NOT NULL,
                before TEXT,
                after TEXT
            );
            CREATE INDEX audit_event_subject ON audit_event(subject, id);
            CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }

    static func createClaims(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE claim (
                id INTEGER PRIMARY KEY,
                reference TEXT NOT NULL UNIQUE,
                policy_id INTEGER NOT NULL REFERENCES policy(id),
                coverage TEXT NOT NULL,
                claim_type TEXT NOT NULL,
                loss_date TEXT NOT NULL,
                claimed_fen INTEGER NOT NULL CHECK (claimed_fen > 0),
                description TEXT,
                small INTEGER NOT NULL CHECK (small IN (0, 1)),
                state TEXT NOT NULL CHECK (state IN ('reported','awaiting-documents','documents-complete','decided','agreed','paid','closed','rejected','withdrawn','reopened')),
                covered INTEGER CHECK (covered IN (0, 1)),
                decision_reason TEXT,
                agreed_loss_fen INTEGER CHECK (agreed_loss_fen >= 0),
                payable_fen INTEGER CHECK (payable_fen >= 0),
                paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
                advance_paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (advance_paid_fen >= 0 AND advance_paid_fen <= paid_fen),
                reserve_fen INTEGER NOT NULL CHECK (reserve_fen >= 0),
                adjuster TEXT NOT NULL,
                cycle INTEGER NOT NULL DEFAULT 1 CHECK (cycle >= 1),
                reported_at INTEGER NOT NULL,
                first_request_at INTEGER,
                documents_complete_at INTEGER,
                decided_at INTEGER,
                agreed_at INTEGER,
                first_paid_at INTEGER,
                first_advance_at INTEGER,
                paid_in_full_at INTEGER,
                rejection_notice_at INTEGER,
                closed_at INTEGER,
                withdrawn_at INTEGER,
                reopened_at INTEGER,
                last_event_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                CHECK (payable_fen IS NULL OR paid_fen <= payable_fen + advance_paid_fen)
            );
            CREATE INDEX claim_policy ON claim(policy_id);
            CREATE INDEX claim_state ON claim(state, adjuster);
            CREATE INDEX claim_reported_at ON claim(reported_at);

            CREATE TABLE claim_document (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                code TEXT NOT NULL,
                required INTEGER NOT NULL CHECK (required IN (0, 1)),
                first_requested_at INTEGER,
                received_at INTEGER,
                UNIQUE (claim_id, code)
            );

            CREATE TABLE claim_document_request (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                number INTEGER NOT NULL,
                at INTEGER NOT NULL,
                documents TEXT NOT NULL,
                breaches TEXT NOT NULL,
                PRIMARY KEY (claim_id, number)
            ) WITHOUT ROWID;

            CREATE TABLE claim_payment (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                number INTEGER NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                advance INTEGER NOT NULL CHECK (advance IN (0, 1)),
                status TEXT NOT NULL CHECK (status IN ('paid', 'pending')),
                requested_by TEXT NOT NULL,
                requested_at INTEGER NOT NULL,
                approved_by TEXT,
                paid_at INTEGER,
                PRIMARY KEY (claim_id, number),
                CHECK ((status = 'paid') = (paid_at IS NOT NULL))
            ) WITHOUT ROWID;

            CREATE TABLE claim_event (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                sequence INTEGER NOT NULL,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL,
                state_before TEXT,
                state_after TEXT NOT NULL,
                PRIMARY KEY (claim_id, sequence)
            ) WITHOUT ROWID;
            CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
                BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
            CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event
                BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;

            CREATE TABLE claim_clock (
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                cycle INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('document-notice','decision','payment','rejection-notice','advance-payment','small-claim-close')),
                basis TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                ended_at INTEGER,
                status TEXT NOT NULL CHECK (status IN ('open', 'met', 'missed', 'stopped')),
                PRIMARY KEY (claim_id, cycle, kind)
            ) WITHOUT ROWID;
            CREATE INDEX claim_clock_running ON claim_clock(ended_at, due_at);
            """)
    }
}
