import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage
import PuhuiDemo

/// The extract against an independent recomputation in plain SQL over a larger seeded book:
/// dates through SQLite's own date functions, the decision clock from the claims' times and the
/// products' contract periods (not from the stored clocks).
@Suite struct ExtractRecomputationTests {
    static let book: SQLiteStorage = {
        do {
            let db = try Fixtures.shippedCatalogStorage()
            var options = DemoOptions(parties: 300, policies: 700, claims: 300, seed: 11)
            options.reopenPercent = 0
            _ = try TestBook.addStaff(db)
            _ = try DemoBook.seed(options, engine: PuhuiEngine(storage: db, clock: SystemClock(), environment: Fixtures.environment), by: TestBook.admin)
            return db
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let period = ExtractPeriod(from: CivilDate(iso: "2026-04-01")!, to: CivilDate(iso: "2026-09-30")!)

    /// Rows of (segment, line, value) from an independent query, keyed for comparison.
    func independent(_ sql: String) throws -> [String: Int64] {
        try Self.book.writer.read { db in
            var result: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: sql) { result["\(row[0] as String)|\(row[1] as String)"] = row[2] }
            return result
        }
    }

    func engine(_ extract: RegulatorExtract, _ name: String) -> [String: Int64] {
        var result: [String: Int64] = [:]
        for row in extract.rows where row.kind == .cell && (row.counts[name] ?? 0) != 0 {
            result["\(row.segment)|\(row.line)"] = row.counts[name]
        }
        return result
    }

    let inPeriod = "BETWEEN '2026-04-01 00:00:00' AND '2026-09-30 23:59:59'"
    func china(_ column: String) -> String { "datetime(\(column) + 28800, 'unixepoch')" }

    @Test func policiesPremiumClaimsAndPaymentsAgree() throws {
        let extract = try Self.book.extract(Self.period)
        #expect(engine(extract, "policiesIssued") == (try independent(
            "SELECT segment, line, count(*) FROM policy WHERE \(china("issued_at")) \(inPeriod) GROUP BY 1, 2")))
        #expect(engine(extract, "premiumWritten") == (try independent(
            "SELECT segment, line, sum(premium_fen) FROM policy WHERE \(china("issued_at")) \(inPeriod) GROUP BY 1, 2")))
        // The demo book pays late, in part, or not at all for some policies: received differs from written.
        #expect(engine(extract, "premiumReceived") == (try independent("""
            SELECT p.segment, p.line, sum(r.amount_fen) FROM premium_receipt r JOIN policy p ON p.id = r.policy_id
            WHERE r.kind != 'refund' AND r.received_on BETWEEN '2026-04-01' AND '2026-09-30' GROUP BY 1, 2
            """)))
        #expect(engine(extract, "premiumReceived") != engine(extract, "premiumWritten"))
        #expect(engine(extract, "policiesInForce") == (try independent("""
            SELECT segment, line, count(*) FROM policy
            WHERE start_date <= '2026-09-30' AND end_date >= '2026-09-30' AND (cancelled_on IS NULL OR cancelled_on >= '2026-09-30') GROUP BY 1, 2
            """)))
        #expect(engine(extract, "claimsReported") == (try independent("""
            SELECT p.segment, p.line, count(*) FROM claim c JOIN policy p ON p.id = c.policy_id WHERE \(china("c.reported_at")) \(inPeriod) GROUP BY 1, 2
            """)))
        #expect(engine(extract, "claimsPaidAmount") == (try independent("""
            SELECT p.segment, p.line, sum(cp.amount_fen) FROM claim_payment cp JOIN claim c ON c.id = cp.claim_id JOIN policy p ON p.id = c.policy_id
            WHERE cp.status = 'paid' AND \(china("cp.paid_at")) \(inPeriod) GROUP BY 1, 2
            """)))
        let reported = engine(extract, "claimsReported").values.reduce(0, +)
        #expect(reported > 50, "the seeded book should report claims in the period")
    }

    @Test func decisionClocksAgreeWithTheClaimsTimes() throws {
        let extract = try Self.book.extract(Self.period)
        // Due: the end of the day that is the contract period after the day documents were complete (China time),
        // i.e. 00:00 of the next day; the clock counts in the period holding its last day, hence `due - 1`.
        let due = "(((c.documents_complete_at + 28800) / 86400) + min(30, json_extract(pv.definition, '$.claims.decisionDays')) + 1) * 86400 - 28800"
        let asOf = Self.period.asOf.secondsSinceEpoch
        let base = """
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
            WHERE c.documents_complete_at IS NOT NULL AND \(china("(\(due) - 1)")) \(inPeriod)
              AND (c.withdrawn_at IS NULL OR c.withdrawn_at >= \(due) OR c.decided_at IS NOT NULL)
            """
        #expect(engine(extract, "art23DecisionMet") == (try independent(
            "SELECT p.segment, p.line, count(*) \(base) AND c.decided_at IS NOT NULL AND c.decided_at <= \(due) AND c.decided_at <= \(asOf) GROUP BY 1, 2")))
        #expect(engine(extract, "art23DecisionMissed") == (try independent("""
            SELECT p.segment, p.line, count(*) \(base) AND ((c.decided_at IS NOT NULL AND c.decided_at > \(due) AND c.decided_at <= \(asOf))
                OR ((c.decided_at IS NULL OR c.decided_at > \(asOf)) AND \(due) <= \(asOf))) GROUP BY 1, 2
            """)))
    }

    @Test func subtotalsAndTheTotalAddUp() throws {
        let extract = try Self.book.extract(Self.period)
        try ExtractAssembler.reconcile(extract.rows)
        let total = try #require(extract.rows.first { $0.kind == .total })
        let cells = extract.rows.filter { $0.kind == .cell }
        for indicator in ExtractIndicator.allCases where indicator.isAdditive {
            #expect(cells.reduce(0) { $0 + ($1.counts[indicator.rawValue] ?? 0) } == total.counts[indicator.rawValue], "\(indicator)")
        }
    }
}
