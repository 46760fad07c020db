import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The v10 migration: decide and agree events of a 0.1.0 database get their facts from their
/// text, the events stay append-only, and every claim replayed from its events agrees with the
/// claim row 0.1.0 kept.
@Suite struct ClaimEventFactsTests {
    @Test func theFactsOfOlderEventsComeFromTheirText() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let storage = try SQLiteStorage.open(path: try StorageFixtures.databaseOfRelease010(in: directory), mode: .existing)
        try storage.writer.read { db throws in
            // 18 decisions, 2 of them not covered; 16 agreements, each with its payable.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim_event WHERE action = 'decide' AND covered = 1") == 16)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim_event WHERE action = 'decide' AND covered = 0") == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim_event WHERE action = 'agree' AND payable_fen IS NULL") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT payable_fen FROM claim_event WHERE claim_id = 2 AND sequence = 4") == 25_051_299)
            #expect(try Int.fetchOne(db, sql: "SELECT payable_fen FROM claim_event WHERE claim_id = 1 AND sequence = 7") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim_event WHERE action NOT IN ('decide', 'agree') AND (covered IS NOT NULL OR payable_fen IS NOT NULL)") == 0)
        }
        #expect(throws: (any Error).self) {
            try storage.writer.write { try $0.execute(sql: "UPDATE claim_event SET detail = 'x' WHERE claim_id = 1") }
        }
        // Replayed to now, every claim is where 0.1.0 left it.
        let now = Instant(parsing: "2026-11-23T12:00")!
        try storage.read { session throws in
            try session.statistics.forEachClaimHistory(asOf: now) { history in
                let stored = try session.claims.claim(history.reference)
                guard let current = ClaimReplay.replay(history, asOf: now)?.current else { Issue.record("\(history.reference) not replayed"); return }
                #expect(current.state == stored.state && current.cycle == stored.cycle && current.decidedAt == stored.decidedAt, "\(stored.reference)")
                #expect(current.covered == stored.covered && current.payable == stored.payable && current.paid == stored.paid, "\(stored.reference)")
                #expect(current.paidInFullAt == stored.paidInFullAt && current.closedAt == stored.closedAt, "\(stored.reference)")
            }
        }
    }

    @Test func thePayableIsReadFromTheSettlementSteps() {
        #expect(PuhuiSchema.payableAgreed("agreed loss 250512.99; within the PUBLIC amount 1000000.00: payable 250512.99") == Money(fen: 25_051_299))
        #expect(PuhuiSchema.payableAgreed("agreed loss 162802.41; × 90% indemnity: 146522.17; within the COMMERCIAL amount 2660000.00: payable 146522.17") == Money(fen: 14_652_217))
        #expect(PuhuiSchema.payableAgreed("agreed loss 900000.00; deductible 1000.00; capped at what is left of the aggregate limit 500000.00 after 100000.00 on other claims: 400000.00; less 1000.00 already paid: 399000.00 to pay") == Money(yuan: 400_000))
        #expect(PuhuiSchema.payableAgreed("agreed loss 661.56; deductible 2000.00; within the PROPERTY amount 290000.00: payable 0.00") == .zero)
        #expect(PuhuiSchema.payableAgreed("covered") == nil)
    }
}
