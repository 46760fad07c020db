import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Claimant and payee, notes, reassignment, duplicate reports, and closing with the rest of the
/// agreed amount waived; the audit chain stays intact after each, and finds a tampered row.
@Suite struct ClaimCaseFileTests {
    /// A covered fire on the property policy: 3500.00 agreed, less the 1000.00 deductible: 2500.00 payable (agreed 2026-03-05 10:00).
    func agreedFire(_ b: ClaimBook, claimed: String = "3000") throws -> Claim {
        let claim = try b.report(.property, type: "fire", claimed: claimed)
        try b.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try b.service.decide(claim.reference, covered: true, reason: nil, b.actor("2026-03-04T10:00"))
        let settlement = try b.service.agree(claim.reference, loss: Money(yuan: 3500), b.actor("2026-03-05T10:00"))
        #expect(settlement.payable == Money(yuan: 2500))
        return claim
    }

    @Test func closingAfterAPartialPaymentWaivesTheRestWithItsReasonAndEndsThePaymentClock() throws {
        let b = try ClaimBook()
        let claim = try agreedFire(b)
        _ = try b.service.pay(claim.reference, amount: Money(yuan: 2000), advance: false, b.actor("2026-03-06T10:00"))
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001: 500.00 of the payable 2500.00 remains to be paid; pay it, or close with the rest waived and the reason")) {
            try b.service.close(claim.reference, b.actor("2026-03-07T10:00"))
        }
        #expect(throws: PuhuiError.invalid("waiving the rest needs a reason")) {
            try b.service.close(claim.reference, waivingRestBecause: " ", b.actor("2026-03-07T10:00"))
        }
        let closed = try b.service.close(claim.reference, waivingRestBecause: "the claimant accepts 2000.00 in full settlement", b.actor("2026-03-09T10:00"))
        #expect(closed.state == .closed && closed.paid == Money(yuan: 2000) && closed.reserve == .zero)
        #expect(closed.paidInFullAt == Instant(parsing: "2026-03-09T10:00"))
        let details = try b.service.details(claim.reference, asOf: Instant(parsing: "2026-03-20T00:00")!, b.actor("2026-11-23T12:00"))
        #expect(details.waivers == [ClaimWaiver(cycle: 1, amount: Money(yuan: 500), reason: "the claimant accepts 2000.00 in full settlement",
                                                at: Instant(parsing: "2026-03-09T10:00")!, actor: "liu.yang")])
        // Agreed 2026-03-05, PH-PROP-SHOP pays within 5 days: due by 24:00 on 2026-03-10; the waiver on 2026-03-09 ends it in time.
        #expect(details.clocks.first { $0.kind == .payment }?.status == .met)
        let events = try b.service.timeline(claim.reference, b.actor("2026-11-23T12:00"))
        #expect(events.last?.detail == "closed; paid 2000.00; 500.00 of the payable 2500.00 waived: the claimant accepts 2000.00 in full settlement; reserve 500.00 released")

        // The extract replays it the same way: closed, paid, the payment clock met, paid in full (documents 03-03 10:00 to waiver 03-09 10:00: 6 days).
        let march = ExtractPeriod(from: CivilDate(iso: "2026-03-01")!, to: CivilDate(iso: "2026-03-31")!)
        let total = try #require(try b.book.storage.extract(march).rows.first { $0.kind == .total })
        #expect(total.counts["claimsClosed"] == 1 && total.counts["claimsPaid"] == 1 && total.counts["claimsPaidAmount"] == 200_000)
        #expect(total.counts["art23PaymentMet"] == 1 && total.counts["art23PaymentMissed"] == 0 && total.counts["art23PaymentOpen"] == 0)
        #expect(total.derived["averageDaysDocumentsToPayment"] == "6.00")
        #expect(total.derived["paymentRatio"] == "1.0000")
        let replayed = try replay(b, claim.reference, asOf: "2026-03-31T23:59")
        #expect(replayed.current.waived == Money(yuan: 500) && replayed.current.paidInFullAt == Instant(parsing: "2026-03-09T10:00"))
        // As of the day before the waiver the rest was still owed.
        #expect(try replay(b, claim.reference, asOf: "2026-03-08T23:59").current.waived == nil)
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func aWaiverAfterThePaymentPeriodLeavesTheClockMissedAndNeedsSomethingPaid() throws {
        let b = try ClaimBook()
        let claim = try agreedFire(b)
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001: nothing has been paid; withdraw the claim rather than waive the whole payable amount")) {
            try b.service.close(claim.reference, waivingRestBecause: "x", b.actor("2026-03-07T10:00"))
        }
        _ = try b.service.pay(claim.reference, amount: Money(yuan: 2000), advance: false, b.actor("2026-03-06T10:00"))
        // Due by 24:00 on 2026-03-10; waived a minute later.
        _ = try b.service.close(claim.reference, waivingRestBecause: "accepted late", b.actor("2026-03-11T00:01"))
        #expect(try b.clocks(claim.reference, asOf: "2026-03-20T00:00")[.payment] == .missed)
        let total = try #require(try b.book.storage.extract(ExtractPeriod(from: CivilDate(iso: "2026-03-01")!, to: CivilDate(iso: "2026-03-31")!)).rows.first { $0.kind == .total })
        #expect(total.counts["art23PaymentMissed"] == 1 && total.counts["art23PaymentMet"] == 0)
        // Paid in full needs nothing to waive.
        let other = try b.report(.liability, type: "public-property-damage", claimed: "5000", loss: "2026-03-01", at: "2026-03-02T09:30")
        try b.completeDocuments(other, at: "2026-03-03T10:00")
        _ = try b.service.decide(other.reference, covered: true, reason: nil, b.actor("2026-03-04T10:00"))
        let settlement = try b.service.agree(other.reference, loss: Money(yuan: 5000), b.actor("2026-03-05T10:00"))
        _ = try b.service.pay(other.reference, amount: settlement.payable, advance: false, b.actor("2026-03-06T10:00"))
        #expect(throws: PuhuiError.refused("claim CLM-2026-000002: nothing remains to be paid, so there is nothing to waive; close it without")) {
            try b.service.close(other.reference, waivingRestBecause: "x", b.actor("2026-03-07T10:00"))
        }
    }

    func replay(_ b: ClaimBook, _ reference: String, asOf: String) throws -> ClaimAsOf {
        let at = Instant(parsing: asOf)!
        var found: ClaimAsOf?
        try b.book.storage.read { session in
            try session.statistics.forEachClaimHistory(asOf: at) { history in
                if history.reference == reference { found = ClaimReplay.replay(history, asOf: at) }
            }
        }
        return try #require(found)
    }

    @Test func claimantAndPayeeAreMaskedEverywhereButARecordedReveal() throws {
        let b = try ClaimBook()
        let claim = try b.report(.property, type: "fire", claimed: "3000")
        let chen = b.actor("2026-03-02T10:00", "chen.jie")
        #expect(throws: PuhuiError.invalid("bank details belong to the payee, not the claimant")) {
            try b.service.recordParty(claim.reference, ClaimPartyInput(role: .claimant, name: "王小明", relation: .policyholder, bankName: "工行", bankAccount: "62220212345678"), chen)
        }
        #expect(throws: PuhuiError.invalid("the bank account must be 8 to 30 digits")) {
            try b.service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "王小明", relation: .policyholder, bankName: "工行", bankAccount: "6222-0212"), chen)
        }
        #expect(throws: PuhuiError.invalid("give both the bank and the account number")) {
            try b.service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "王小明", relation: .policyholder, bankAccount: "62220212345678"), chen)
        }
        #expect(throws: PuhuiError.invalid("the claimant's phone must be 7 to 15 digits")) {
            try b.service.recordParty(claim.reference, ClaimPartyInput(role: .claimant, name: "王小明", relation: .policyholder, phone: "13x"), chen)
        }
        #expect(try b.book.count("claim_party") == 0)
        _ = try b.service.recordParty(claim.reference, ClaimPartyInput(role: .claimant, name: "王小明", relation: .policyholder, phone: "138 1234 5678"), chen)
        _ = try b.service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "王小明", relation: .policyholder, bankName: "中国工商银行",
                                                                       bankAccount: "6222 0212 3456 7890"), b.actor("2026-03-02T10:05", "chen.jie"))
        let details = try b.service.details(claim.reference, asOf: Instant(parsing: "2026-03-03T00:00")!, b.actor("2026-11-23T12:00"))
        #expect(details.parties.map(\.name) == ["王**", "王**"])
        #expect(details.parties.first { $0.role == .payee }?.bankAccount == "****7890")
        #expect(details.parties.first { $0.role == .claimant }?.phone == "138****5678")
        let json = String(decoding: try JSONEncoder().encode(details), as: UTF8.self)
        #expect(!json.contains("王小明") && !json.contains("6222021234567890") && !json.contains("13812345678"))
        let timeline = try b.service.timeline(claim.reference, b.actor("2026-11-23T12:00")).map(\.detail).joined(separator: "\n")
        #expect(timeline.contains("payee 王** (policyholder), 中国工商银行 ****7890 recorded") && !timeline.contains("王小明"))
        // In full for an adjuster or approver, recorded in the audit trail; not for an underwriter.
        let full = try b.service.revealParties(claim.reference, b.actor("2026-11-23T12:00", "zhao.min"))
        #expect(full.first { $0.role == .payee }?.bankAccount == "6222021234567890" && full.first?.name == "王小明")
        let audit = try b.book.storage.read { try $0.audit.events(subjects: [claim.reference]) }
        #expect(audit.map(\.action) == ["revealed claimant and payee"] && audit.first?.actor == "zhao.min")
        #expect(throws: PuhuiError(.unauthorized, "clerk.ma may not see claimants' and payees' personal data in full: role adjuster or approver needed")) {
            try b.service.revealParties(claim.reference, b.book.context("clerk.ma", at: Instant(parsing: "2026-11-23T12:00")!))
        }
        // A new payee supersedes the old one; the old one stays on file.
        _ = try b.service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "上海某修理厂", relation: .repairer, bankName: "中国银行",
                                                                       bankAccount: "12345678901"), b.actor("2026-03-02T11:00", "chen.jie"))
        #expect(try b.service.revealParties(claim.reference, b.actor("2026-11-23T12:00")).first { $0.role == .payee }?.name == "上海某修理厂")
        #expect(try b.book.count("claim_party") == 3)
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func notesAreForStaffAndAssignmentNamesBoth() throws {
        let b = try ClaimBook()
        let claim = try b.report(.property, type: "fire", claimed: "3000")
        #expect(throws: PuhuiError.invalid("a note needs text")) { try b.service.note(claim.reference, text: " \n", b.actor("2026-03-02T10:00")) }
        let note = try b.service.note(claim.reference, text: "called the shop; the fire started in the kitchen", b.actor("2026-03-02T10:00", "zhao.min"))
        #expect(note == ClaimNote(number: 1, at: Instant(parsing: "2026-03-02T10:00")!, actor: "zhao.min", text: "called the shop; the fire started in the kitchen"))
        #expect(try b.service.details(claim.reference, asOf: Instant(parsing: "2026-11-23T12:00")!, b.actor("2026-11-23T12:00")).notes == [note])
        let customer = ActionContext(user: AuthenticatedUser(name: "u.customer", roles: [.customer], party: "P-000001"), at: Instant(parsing: "2026-11-23T12:00")!)
        #expect(try b.service.details(claim.reference, asOf: customer.at, customer).notes.isEmpty)

        #expect(throws: PuhuiError.invalid("clerk.ma is not an active adjuster")) {
            try b.service.assign(claim.reference, to: "clerk.ma", b.actor("2026-03-02T11:00"))
        }
        #expect(throws: PuhuiError.invalid("nobody.here is not a user")) {
            try b.service.assign(claim.reference, to: "nobody.here", b.actor("2026-03-02T11:00"))
        }
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001 is already assigned to liu.yang")) {
            try b.service.assign(claim.reference, to: "liu.yang", b.actor("2026-03-02T11:00"))
        }
        let assigned = try b.service.assign(claim.reference, to: "chen.jie", b.actor("2026-03-02T11:00", "zhao.min"))
        #expect(assigned.adjuster == "chen.jie")
        let event = try #require(try b.service.timeline(claim.reference, b.actor("2026-11-23T12:00")).last)
        #expect(event.action == "assign" && event.actor == "zhao.min" && event.detail == "assigned from liu.yang to chen.jie")
        #expect(try b.service.list(ClaimListFilter(adjuster: "chen.jie", asOf: Instant(parsing: "2026-11-23T12:00")!), b.actor("2026-11-23T12:00")).map(\.claim) == [claim.reference])
        #expect(throws: PuhuiError(.unauthorized, "clerk.ma may not assign claims to adjusters: role adjuster or approver needed")) {
            try b.service.assign(claim.reference, to: "liu.yang", b.book.context("clerk.ma", at: Instant(parsing: "2026-03-02T12:00")!))
        }
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func aSecondReportOfTheSameLossIsAcceptedAndFlagged() throws {
        let b = try ClaimBook()
        let first = try b.report(.property, type: "fire", claimed: "3000")
        let second = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 2500),
                                          description: nil, b.actor("2026-03-02T10:00"))
        #expect(second.possibleDuplicates.map(\.claim) == [first.reference])
        #expect(second.notes.contains("possible duplicate of CLM-2026-000001 (reported, reported 2026-03-02 09:00, claimed 3000.00): same policy, loss date and claim type"))
        #expect(try b.service.timeline(second.claim.reference, b.actor("2026-11-23T12:00")).first?.detail.hasSuffix("; possible duplicate of CLM-2026-000001 (same policy, loss date and type)") == true)
        // A different loss date or type is not flagged; each sees the other once it exists.
        let theft = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "theft", claimed: Money(yuan: 1000),
                                         description: nil, b.actor("2026-03-02T11:00"))
        #expect(theft.possibleDuplicates.isEmpty)
        #expect(try b.service.details(first.reference, asOf: Instant(parsing: "2026-11-23T12:00")!, b.actor("2026-11-23T12:00")).possibleDuplicates.map(\.claim)
                == [second.claim.reference])
    }

    @Test func aRowChangedBehindTheClaimsEventsIsFound() throws {
        let b = try ClaimBook()
        let claim = try agreedFire(b)
        _ = try b.service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "王小明", relation: .policyholder, bankName: "中国工商银行",
                                                                       bankAccount: "6222021234567890"), b.actor("2026-03-05T11:00"))
        _ = try b.service.pay(claim.reference, amount: Money(yuan: 2000), advance: false, b.actor("2026-03-06T10:00"))
        _ = try b.service.note(claim.reference, text: "settlement discussed", b.actor("2026-03-06T11:00"))
        _ = try b.service.close(claim.reference, waivingRestBecause: "accepted", b.actor("2026-03-07T10:00"))
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
        let broken = AuditVerification.Break(table: "claim", row: claim.reference,
                                             problem: "the claim, its payments or documents differ from the state its last event recorded")
        for tamper in ["UPDATE claim_party SET bank_account = '6222029999999999'", "UPDATE claim_note SET text = 'nothing discussed'",
                       "UPDATE claim_waiver SET amount_fen = 1", "DELETE FROM claim_waiver",
                       "INSERT INTO claim_note (claim_id, number, at, actor, text) VALUES (1, 9, 0, 'x', 'planted')"] {
            let copy = try SQLiteStorage.inMemory()
            try b.book.storage.writer.backup(to: copy.writer)
            try copy.writer.write { try $0.execute(sql: tamper) }
            #expect(try AuditTrailService(storage: copy).verify(Fixtures.regulator).firstBreak == broken, "\(tamper)")
        }
        // A claim older than v13 (no case file) is unchanged in digest; a party planted on one is found.
        let other = try b.report(.liability, type: "public-property-damage", claimed: "5000", at: "2026-03-02T09:30")
        try b.book.storage.writer.write {
            try $0.execute(sql: "INSERT INTO claim_party (claim_id, number, role, name, relation, recorded_at, recorded_by) VALUES (?, 1, 'claimant', '张三', 'self', 0, 'x')",
                           arguments: [other.id])
        }
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak?.row == other.reference)
    }
}
