import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Tampering with the book through SQLite directly, around the engine, is found by
/// `AuditTrailService.verify`, which names the first broken row.
@Suite struct AuditChainTests {
    func verify(_ b: RoleTableTests.Book, head: String? = nil) throws -> AuditVerification {
        try b.test.engine.audit.verify(b.test.context("regulator.guo", at: Instant(parsing: "2026-11-23T12:00")!), passingThrough: head)
    }

    /// Runs `sql` on the book's database with the append-only triggers dropped, as an attacker
    /// with the file would.
    func tamper(_ b: RoleTableTests.Book, _ sql: String, keepTriggers: Bool = false) throws {
        try b.test.db.writeWithoutTransaction { db in
            if !keepTriggers {
                for trigger in ["audit_event_no_update", "audit_event_no_delete", "audit_event_no_replace",
                                "claim_event_no_update", "claim_event_no_delete", "claim_event_no_replace"] {
                    try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
                }
            }
            try db.execute(sql: sql)
        }
    }

    @Test func anUntouchedBookVerifies() throws {
        let b = try RoleTableTests.book()
        let result = try verify(b)
        #expect(result.firstBreak == nil)
        #expect(result.eventsChecked == (try b.test.count("audit_event")) + (try b.test.count("claim_event")))
        #expect(result.claimsChecked == 1 && result.policiesChecked == 1)
        #expect(try verify(b, head: result.head).firstBreak == nil)
    }

    @Test func anUpdatedEventIsFound() throws {
        let b = try RoleTableTests.book()
        let id = try #require(try b.test.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM audit_event WHERE action = 'approved' OR action = 'issued' ORDER BY id LIMIT 1") })
        // With the triggers in place the update is refused outright.
        #expect(throws: DatabaseError.self) { try tamper(b, "UPDATE audit_event SET actor = 'mallory' WHERE id = \(id)", keepTriggers: true) }
        try tamper(b, "UPDATE audit_event SET actor = 'mallory' WHERE id = \(id)")
        let broken = try #require(try verify(b).firstBreak)
        #expect(broken.table == "audit_event" && broken.row == "#\(id)")
        #expect(broken.problem == "its content was changed after it was recorded (the hash does not match)")
    }

    @Test func anEventReplacedWithInsertOrReplaceIsFound() throws {
        let b = try RoleTableTests.book()
        // The trigger refuses a replacement ...
        #expect(throws: DatabaseError.self) {
            try tamper(b, "INSERT OR REPLACE INTO claim_event SELECT claim_id, sequence, at, 'mallory', action, detail, state_before, state_after, chain_seq, prev_hash, hash, state_digest, covered, payable_fen FROM claim_event WHERE sequence = 5",
                       keepTriggers: true)
        }
        // ... and with it dropped, the replaced event no longer matches its hash.
        try tamper(b, "INSERT OR REPLACE INTO claim_event SELECT claim_id, sequence, at, 'mallory', action, detail, state_before, state_after, chain_seq, prev_hash, hash, state_digest, covered, payable_fen FROM claim_event WHERE sequence = 5")
        let broken = try #require(try verify(b).firstBreak)
        #expect(broken.table == "claim_event" && broken.row.hasSuffix(" #5"))
    }

    @Test func aChangedDecisionOrPayableAmountOnAnEventIsFound() throws {
        // The facts the regulator extract replays (cover decided, amount agreed) are on the chain.
        let covered = try RoleTableTests.book()
        try tamper(covered, "UPDATE claim_event SET covered = 1 - covered WHERE action = 'decide'")
        let brokenCover = try #require(try verify(covered).firstBreak)
        #expect(brokenCover.table == "claim_event" && brokenCover.problem == "its content was changed after it was recorded (the hash does not match)")

        let payable = try RoleTableTests.book()
        try tamper(payable, "UPDATE claim_event SET payable_fen = payable_fen * 10 WHERE action = 'agree'")
        #expect(try verify(payable).firstBreak?.table == "claim_event")

        // The chain format says from where events carry their facts; changing it breaks the chain too.
        let format = try RoleTableTests.book()
        try tamper(format, "DROP TRIGGER chain_format_no_update; UPDATE chain_format SET from_seq = from_seq + 1000000")
        #expect(try verify(format).firstBreak?.table == "claim_event")
    }

    @Test func aDeletedEventIsFound() throws {
        let b = try RoleTableTests.book()
        try tamper(b, "DELETE FROM claim_event WHERE sequence = 2")
        let broken = try #require(try verify(b).firstBreak)
        #expect(broken.table == "claim_event" && broken.row.hasSuffix(" #3"))
        #expect(broken.problem.hasSuffix("1 event was deleted before it"))
    }

    @Test func theLastEventDeletedIsFound() throws {
        let b = try RoleTableTests.book()
        try tamper(b, "DELETE FROM audit_event WHERE chain_seq = (SELECT max(chain_seq) FROM audit_event) AND chain_seq > (SELECT max(chain_seq) FROM claim_event)")
        try tamper(b, "DELETE FROM claim_event WHERE chain_seq = (SELECT max(chain_seq) FROM claim_event) AND chain_seq > (SELECT ifnull(max(chain_seq), 0) FROM audit_event)")
        let broken = try #require(try verify(b).firstBreak)
        #expect(broken.table == "chain_head")
        #expect(broken.problem.hasPrefix("the chain ends at position"))
    }

    @Test func anInsertedEventIsFound() throws {
        let b = try RoleTableTests.book()
        try tamper(b, "INSERT INTO audit_event (at, recorded_at, actor, subject, action) VALUES (0, 0, 'mallory', 'PL-2026-000001', 'cancelled')")
        let broken = try #require(try verify(b).firstBreak)
        #expect(broken.problem == "the event is not on the chain (inserted around the engine)")
        // Copying a real event's chain values does not help either.
        let copy = try RoleTableTests.book()
        try tamper(copy, """
            INSERT INTO audit_event (at, recorded_at, actor, subject, action, chain_seq, prev_hash, hash)
            SELECT at, recorded_at, 'mallory', subject, action, chain_seq + 1000000, prev_hash, hash FROM audit_event ORDER BY id DESC LIMIT 1
            """)
        #expect(try verify(copy).firstBreak != nil)
    }

    @Test func aChangedPaymentClaimPolicyOrAuthorityIsFound() throws {
        let payment = try RoleTableTests.book()
        try tamper(payment, "UPDATE claim_payment SET amount_fen = 90000000")
        let brokenPayment = try #require(try verify(payment).firstBreak)
        #expect(brokenPayment.table == "claim" && brokenPayment.row == payment.claim)
        #expect(brokenPayment.problem == "the claim, its payments or documents differ from the state its last event recorded")

        let claim = try RoleTableTests.book()
        try tamper(claim, "UPDATE claim SET reserve_fen = 1")
        #expect(try verify(claim).firstBreak?.row == claim.claim)

        let policy = try RoleTableTests.book()
        try tamper(policy, "UPDATE policy SET premium_fen = 1")
        #expect(try verify(policy).firstBreak?.row == policy.policy)

        let authority = try RoleTableTests.book()
        try tamper(authority, "UPDATE authority_grant SET amount_fen = 99999999900 WHERE user_id = (SELECT id FROM user_account WHERE name = 'chen.jie')")
        let brokenUser = try #require(try verify(authority).firstBreak)
        #expect(brokenUser.table == "user_account" && brokenUser.row == "chen.jie")

        let token = try RoleTableTests.book()
        try tamper(token, "INSERT INTO access_token (user_id, digest, created_at) SELECT id, '\(String(repeating: "a", count: 64))', 0 FROM user_account WHERE name = 'zhao.min'")
        #expect(try verify(token).firstBreak?.row == "zhao.min")
    }

    @Test func aChainRewrittenFromTheStartMissesARecordedHead() throws {
        let b = try RoleTableTests.book()
        #expect(try verify(b, head: String(repeating: "0", count: 63) + "1").firstBreak?.problem
                == "the chain no longer passes through the head recorded earlier: it was rewritten")
    }
}
