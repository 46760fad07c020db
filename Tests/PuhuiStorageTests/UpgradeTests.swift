import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// A database made by release 0.1.0 (Tests/Fixtures/upgrade, a dump taken once with that
/// release: the shipped catalog, 40 parties, 50 policies, 20 claims and one stored quote) is
/// brought to today's schema on open, with every row still readable and numbering carried on.
@Suite struct UpgradeTests {
    @Test func aDatabaseOfRelease010UpgradesAndKeepsItsData() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try StorageFixtures.databaseOfRelease010(in: directory)

        let storage = try SQLiteStorage.open(path: path, mode: .existing)
        let migrations = try storage.writer.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(migrations == ["v1-catalog", "v2-quotes", "v3-parties", "v4-policies", "v5-claims", "v6-reference-counters",
                               "v7-party-and-quote-counters", "v8-accounts-and-audit-chain", "v9-cargo-line", "v10-claim-event-facts",
                               "v12-policy-servicing", "v12-party-history",
                               "v13-application-expiry-and-documents", "v13-claim-case-file", "v13-letters", "v13-finance-role",
                               "v14-online-service", "v15-web-sign-in", "v17-identity-generation", "v17-catalog-generation"])
        for (table, count) in [("party", 40), ("policy", 50), ("claim", 20), ("claim_event", 132), ("audit_event", 221),
                               ("quote", 1), ("rate_row", 912), ("product_version", 7)] {
            #expect(try storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") } == count, "\(table)")
        }

        // Every policy, claim and party reads back through today's stores.
        let numbers = try storage.writer.read { try String.fetchAll($0, sql: "SELECT number FROM policy ORDER BY id") }
        let references = try storage.writer.read { try String.fetchAll($0, sql: "SELECT reference FROM claim ORDER BY id") }
        try storage.read { session throws in
            for number in numbers {
                let policy = try session.policies.policy(number, asOf: CivilDate(iso: "2026-11-20")!)
                // The application table, rebuilt by v13 for its new status, kept its rows.
                #expect(try session.policies.application(policy.application).status == .issued)
            }
            for reference in references {
                let claim = try session.claims.claim(reference)
                #expect(try session.claims.events(claimID: claim.id).count == claim.version)
            }
            #expect(try session.parties.list(segment: nil, kind: nil, limit: nil).count == 40)
        }
        let claim = try storage.read { try $0.claims.claim("CLM-2026-000001") }
        #expect(claim.policyNumber.hasPrefix("PL-2026-") && claim.version >= 1)

        // Numbering carries on after what 0.1.0 issued: its counters for A/PL/CLM, and the new
        // ones for parties and quotes.
        try storage.write { session throws in
            #expect(try session.nextReference(.party, year: 2026) == "P-000041")
            #expect(try session.nextReference(.quote, year: 2026) == "Q-000002")
            #expect(try session.nextReference(.claim, year: 2026) == "CLM-2026-000021")
        }

        // The old events are put on the audit chain in the order they were recorded, and every
        // claim and policy is as its last event now records it.
        let verification = try storage.read { try $0.audit.verify(passingThrough: nil) }
        #expect(verification.firstBreak == nil && verification.eventsChecked == 221 + 132)
        #expect(verification.claimsChecked == 20 && verification.policiesChecked == 50)

        // v9 rebuilt the tables with a line column: cargo is a line now, other words still are
        // not, and the indexes came back.
        let indexes = try storage.writer.read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('product_version', 'application', 'policy') AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexes == ["application_applied_at", "application_status", "policy_dates", "policy_end_date", "policy_holder", "policy_line", "product_version_line"])
        try storage.writer.write { db in
            try db.execute(sql: "UPDATE product_version SET line = 'cargo' WHERE code = 'PH-PROP-SHOP'")
            try db.execute(sql: "UPDATE policy SET line = 'cargo' WHERE id = 1")
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE application SET line = 'marine' WHERE id = 1") }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_foreign_key_check") == 0)
            try db.execute(sql: "UPDATE product_version SET line = 'property' WHERE code = 'PH-PROP-SHOP'")
            try db.execute(sql: "UPDATE policy SET line = (SELECT line FROM application WHERE application.id = policy.application_id) WHERE id = 1")
        }

        // The book's property, liability and accident versions were loaded with the coded modules
        // the steps module replaced: they serve their policies and claims (read above), cannot be
        // rated, and the shipped files (now in steps) are refused as changed versions, saying why.
        #expect(throws: PuhuiError.self) { try storage.read { try $0.catalog.rater(productCode: "PH-PROP-SHOP", on: CivilDate(iso: "2026-06-30")!) } }
        let root = StorageFixtures.packageRoot
        let catalog = try CatalogService.validate(products: [root + "/products"], rates: [root + "/rates"], schema: root + "/products/puhui-product.xsd")
        do {
            let product = ActionContext(user: AuthenticatedUser(name: "product.wu", roles: [.product]), at: Instant(parsing: "2026-11-23T12:00")!)
            _ = try CatalogService(storage: storage, clock: FixedClock(product.at)).load(catalog, product)
            Issue.record("expected a refusal")
        } catch let error as PuhuiError {
            #expect(error.diagnostics.filter { $0.message.contains("which this release replaces by the steps module") }.count == 3)
        }
        #expect(try storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM product_version") } == 7)

        // The extract of the upgraded book adds up.
        let regulator = ActionContext(user: AuthenticatedUser(name: "regulator.guo", roles: [.regulator]), at: Instant(parsing: "2026-11-23T12:00")!)
        let extract = try StatisticsService(storage: storage, environment: PuhuiEnvironment.discover(), clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!))
            .extract(ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-11-20")!), regulator).extract
        let total = try #require(extract.rows.first { $0.kind == .total })
        #expect(total.counts["policiesIssued"] == 50 && total.counts["claimsReported"] == 20)
    }
}
