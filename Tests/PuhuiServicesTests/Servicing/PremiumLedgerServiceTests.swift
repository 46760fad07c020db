import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Premiums received: one at a time, by a bank's file; credit refunded; cancellation refunds
/// from what was received. After each, the audit trail verifies.
@Suite struct PremiumLedgerServiceTests {
    @Test func receiptsPayTheOldestDuesAndTheRestIsCredit() throws {
        let book = try TestBook()
        let policy = try book.monthlyGroupAccident()
        #expect(policy.instalments.map(\.amount.yuanString) == Array(repeating: "46.25", count: 12))
        // 46.25 on 07-01, 50.00 on 08-03 (3.75 beyond August's 46.25 held as credit).
        try book.receive(policy.number, "46.25", at: "2026-07-01T09:00", reference: "BK-1")
        let receipt = try book.receive(policy.number, "50.00", at: "2026-08-03T09:00", reference: "BK-2")
        #expect(receipt.ledger.credit.yuanString == "3.75" && receipt.notes == ["3.75 is held as credit for the instalments to come"])
        // On 2026-09-15: 138.75 fallen due, 96.25 received: September's instalment short by 42.50.
        let view = try book.ledger(policy.number, asOf: "2026-09-15")
        #expect(view.ledger.overdue.yuanString == "42.50")
        let arrears = try #require(view.arrears)
        #expect(arrears.due.due.label == "instalment 3" && arrears.daysLate == 14 && arrears.stage == .inGrace && arrears.graceEnd.description == "2026-10-01")
        // A bank reference is received once.
        #expect(throws: PuhuiError(.conflict, "bank reference BK-2 was already received on policy \(policy.number); a receipt is recorded once")) {
            try book.receive(policy.number, "46.25", at: "2026-09-20T09:00", reference: "BK-2")
        }
        #expect(throws: PuhuiError.invalid("a premium received must be above zero")) {
            try book.engine.premiums.receive(policy.number, amount: .zero, reference: nil, book.clerk("2026-09-20T09:00"))
        }
        // Credit is paid back, no more than there is.
        #expect(throws: PuhuiError.refused("policy \(policy.number) holds 3.75 of credit on 2026-08-04; 5.00 cannot be paid back")) {
            try book.engine.premiums.refund(policy.number, amount: Money(yuan: 5), reference: nil, book.clerk("2026-08-04T09:00"))
        }
        let refund = try book.engine.premiums.refund(policy.number, amount: Money(yuan: "3.75")!, reference: "PAY-1", book.clerk("2026-08-04T09:00"))
        #expect(refund.ledger.credit == .zero && refund.ledger.received.yuanString == "92.50")
        #expect(try book.actions(policy.number) == ["issued", "premium received", "premium received", "premium refunded"])
        #expect(try book.auditBreak() == nil)
        // The ledger's rows are append-only, and a row changed around the engine breaks the policy's digest.
        #expect(throws: DatabaseError.self) { try book.db.write { try $0.execute(sql: "UPDATE premium_receipt SET amount_fen = 1") } }
        try book.db.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER premium_receipt_no_update")
            try db.execute(sql: "UPDATE premium_receipt SET amount_fen = 4625000 WHERE reference = 'BK-1'")
        }
        let broken = try #require(try book.auditBreak())
        #expect(broken.table == "policy" && broken.row == policy.number)
    }

    @Test func monthlyPolicyWithTwoInstalmentsPaidThenCancelled() throws {
        let book = try TestBook()
        let policy = try book.monthlyGroupAccident()
        try book.receive(policy.number, "46.25", at: "2026-07-01T09:00")
        try book.receive(policy.number, "46.25", at: "2026-08-01T09:00")
        // Cancelled from 2026-08-20: 555.00 × 314 / 365 = 477.45 would come back of a premium paid
        // in full, so 77.55 is earned (51 days); received 92.50: refund 92.50 − 77.55 = 14.95, not
        // the 477.45 worked out from the annual premium.
        let (cancelled, refund) = try book.engine.policies.cancel(policy.number, on: CivilDate(iso: "2026-08-20")!, book.clerk("2026-08-20T15:00"))
        #expect(refund.amount.yuanString == "14.95", "\(refund.explanation)")
        #expect(cancelled.cancellationRefund?.yuanString == "14.95")
        // The ledger after it: two instalments and the cancellation's due (77.55 − 92.50 = −14.95)
        // owed, 92.50 received and 14.95 paid back: nothing owed either way, nothing falls due later.
        let view = try book.ledger(policy.number, asOf: "2027-03-01")
        #expect(view.ledger.dues.map(\.due.label) == ["instalment 1", "instalment 2", "cancellation from 2026-08-20"])
        #expect(view.ledger.charged.yuanString == "77.55" && view.ledger.received.yuanString == "77.55")
        #expect(view.ledger.overdue == .zero && view.ledger.credit == .zero && view.arrears == nil)
        #expect(view.ledger.entries.last?.kind == .refund && view.ledger.entries.last?.amount.yuanString == "14.95")
        #expect(try book.actions(policy.number) == ["issued", "premium received", "premium received", "cancelled"])
        #expect(throws: PuhuiError.refused("policy \(policy.number) was cancelled from 2026-08-20; no premium is received on it")) {
            try book.receive(policy.number, "46.25", at: "2026-09-01T09:00")
        }
        #expect(try book.auditBreak() == nil)
    }

    @Test func aBankFileAllOrNothingOrSkippingTheInvalid() throws {
        let book = try TestBook()
        let policy = try book.monthlyGroupAccident()
        let file = """
            \u{FEFF}policy,amount,at,reference\r
            \(policy.number),46.25,2026-07-01T09:00,BK-100\r
            \(policy.number),46.25,2026-08-01,BK-101\r
            PL-2026-000404,46.25,2026-08-01,BK-102\r
            \(policy.number),-3,2026-08-01,BK-103\r
            \(policy.number),46.25,2099-01-01,BK-104\r
            \(policy.number),46.25,2026-09-01,BK-100\r
            """
        let source = SourceText(path: "receipts.csv", text: file)
        do {
            _ = try book.engine.premiums.importReceipts(source, skipInvalid: false, book.clerk("2026-11-23T10:00"))
            Issue.record("an invalid file was accepted")
        } catch let error as PuhuiError {
            #expect(error.diagnostics.map(\.description) == [
                "receipts.csv:4: error: policy PL-2026-000404 does not exist",
                "receipts.csv:5: error: amount: '-3' is not an amount in yuan above zero",
                "receipts.csv:6: error: at: 2099-01-01T00:00:00+08:00 is in the future",
                "receipts.csv:7: error: bank reference BK-100 was already received on policy \(policy.number); a receipt is recorded once",
            ])
        }
        #expect(try book.count("premium_receipt") == 0)
        let report = try book.engine.premiums.importReceipts(source, skipInvalid: true, book.clerk("2026-11-23T10:00"))
        #expect(report.received.map(\.entry.date.description) == ["2026-07-01", "2026-08-01"])
        #expect(report.rejects.map(\.line) == [4, 5, 6, 7])
        #expect(report.rejectsCSV.hasPrefix("policy,amount,at,reference,line,reason\n"))
        // Each receipt at its own time.
        let events = try book.storage.read { try $0.audit.events(subjects: [policy.number]) }
        #expect(events.map(\.at.description).suffix(2) == ["2026-07-01T09:00:00+08:00", "2026-08-01T00:00:00+08:00"])
        #expect(try book.auditBreak() == nil)
    }
}
