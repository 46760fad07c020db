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
                               "v7-party-and-quote-counters", "v8-accounts-and-audit-chain", "v10-claim-event-facts",
                               "v13-application-expiry-and-documents", "v13-claim-case-file", "v13-letters", "v13-finance-role"])
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

        // The extract of the upgraded book adds up.
        let regulator = ActionContext(user: AuthenticatedUser(name: "regulator.guo", roles: [.regulator]), at: Instant(parsing: "2026-11-23T12:00")!)
        let extract = try StatisticsService(storage: storage, environment: PuhuiEnvironment.discover(), clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!))
            .extract(ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-11-20")!), regulator).extract
        let total = try #require(extract.rows.first { $0.kind == .total })
        #expect(total.counts["policiesIssued"] == 50 && total.counts["claimsReported"] == 20)
    }
}
