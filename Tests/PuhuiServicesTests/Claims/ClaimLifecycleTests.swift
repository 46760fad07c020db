import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The whole lifecycle for each product line: report, one request for every document, documents
/// complete, decision, agreement (deductible, indemnity and limit applied), payment, close.
@Suite struct ClaimLifecycleTests {
    func lifecycle(_ cb: ClaimBook, _ line: LineOfBusiness, type: String, claimed: String, loss: String, payable: String,
                   payer: String = "liu.yang", loss lossDate: String = "2026-03-01") throws -> Claim {
        var claim = try cb.report(line, type: type, claimed: claimed, loss: lossDate, at: "2026-03-02T09:00")
        #expect(claim.state == .reported)
        let request = try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-02T10:00"))
        #expect(request.breaches.isEmpty)
        try cb.completeDocuments(claim, at: "2026-03-03T10:00")
        #expect(try cb.claim(claim.reference).state == .documentsComplete)
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-04T10:00"))
        let settlement = try cb.service.agree(claim.reference, loss: Money(yuan: loss)!, cb.actor("2026-03-05T10:00"))
        #expect(settlement.payable.yuanString == payable, "\(settlement.steps)")
        if case .pending = try cb.service.pay(claim.reference, amount: settlement.payable, advance: false, cb.actor("2026-03-06T10:00")) {
            _ = try cb.service.approvePayment(claim.reference, cb.actor("2026-03-06T11:00", payer))
        }
        claim = try cb.service.close(claim.reference, cb.actor("2026-03-06T12:00"))
        #expect(claim.state == .closed && claim.reserve == .zero && claim.paid.yuanString == payable)
        let clocks = try cb.clocks(claim.reference, asOf: "2026-11-23T12:00")
        #expect(clocks[.decision] == .met && clocks[.payment] == .met && clocks[.advancePayment] == .stopped)
        return claim
    }

    @Test func everyLine() throws {
        let cb = try ClaimBook()
        // Property: 50000 − 1000 deductible = 49000.
        _ = try lifecycle(cb, .property, type: "fire", claimed: "60000", loss: "50000", payable: "49000.00")
        // Liability: 30000 − 1000 = 29000.
        _ = try lifecycle(cb, .liability, type: "public-property-damage", claimed: "30000", loss: "30000", payable: "29000.00")
        // Export credit: 400000 × 90% = 360000, above liu.yang's 200000: approved by zhao.min.
        _ = try lifecycle(cb, .exportCredit, type: "buyer-default", claimed: "400000", loss: "400000", payable: "360000.00", payer: "zhao.min")
        // Accident medical, a small claim: (2800 − 100) × 90% = 2430.
        let small = try lifecycle(cb, .accident, type: "accident-medical", claimed: "2800", loss: "2800", payable: "2430.00")
        #expect(small.small)
        let smallClocks = try cb.clocks(small.reference, asOf: "2026-11-23T12:00")
        #expect(smallClocks[.documentNotice] == .met && smallClocks[.smallClaimClose] == .met)
        // Health inpatient after the 30-day waiting period: 50000 − 10000 = 40000.
        _ = try lifecycle(cb, .health, type: "inpatient", claimed: "50000", loss: "50000", payable: "40000.00")
        // Term life death benefit 500000, within zhao.min's authority.
        _ = try lifecycle(cb, .termLife, type: "death", claimed: "500000", loss: "500000", payable: "500000.00", payer: "zhao.min")
        // Pension: death before retirement, the account value.
        _ = try lifecycle(cb, .pension, type: "death-before-retirement", claimed: "9504", loss: "9504", payable: "9504.00")
        // Cargo, a product of XML and CSV only: the larger of 500 and 10% of 30000 is deducted.
        _ = try lifecycle(cb, .cargo, type: "transit-accident", claimed: "30000", loss: "30000", payable: "27000.00")
        #expect(try cb.book.count("claim") == 8)
    }

    @Test func reportRefusals() throws {
        let cb = try ClaimBook()
        func refusal(_ line: LineOfBusiness, _ type: String, loss: String = "2026-03-01", claimed: String = "1000") -> String {
            switch Result(catching: { try cb.report(line, type: type, claimed: claimed, loss: loss) }) {
            case .success: return "reported"
            case let .failure(error): return "\(error)"
            }
        }
        #expect(refusal(.property, "flood-of-the-century") == "PH-PROP-SHOP has no claim type 'flood-of-the-century' (its types: fire, natural-peril, water-damage, theft)")
        #expect(refusal(.property, "fire", loss: "2025-12-31") == "policy PL-2026-000001 was not in force on the loss date 2025-12-31 (cover 2026-01-05 to 2027-01-04)")
        #expect(refusal(.property, "fire", loss: "2026-03-03") == "the loss date 2026-03-03 is after the report (2026-03-02)")
        #expect(refusal(.liability, "employee-injury").hasPrefix("reported")) // the policy includes employer's liability
        #expect(try cb.book.count("claim") == 1)
        // A loss in the waiting period is reported with a note.
        let report = try cb.service.report(policy: cb.policies[.health]!, lossDate: CivilDate(iso: "2026-01-20")!, type: "inpatient",
                                           claimed: Money(yuan: "8000")!, description: nil, cb.actor("2026-01-21T09:00"))
        #expect(report.notes == ["the loss date falls in the waiting period of INPATIENT (cover from 2026-02-04): expect a not-covered decision"])
    }
}

@Suite struct ClaimRuleTests {
    @Test func refusedTransitionsNameTheStateAndTheAllowedSteps() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "60000")
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001 is reported: agree is not allowed; allowed next: request-docs, receive-docs, reserve, withdraw")) {
            try cb.service.agree(claim.reference, loss: Money(yuan: "100")!, cb.actor("2026-03-03T10:00"))
        }
        try cb.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-04T10:00"))
        _ = try cb.service.agree(claim.reference, loss: Money(yuan: "20000")!, cb.actor("2026-03-05T10:00"))
        _ = try cb.service.pay(claim.reference, amount: Money(yuan: "5000")!, advance: false, cb.actor("2026-03-06T10:00"))
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001: 14000.00 of the payable 19000.00 remains to be paid; pay it, or close with the rest waived and the reason")) {
            try cb.service.close(claim.reference, cb.actor("2026-03-06T11:00"))
        }
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001: 20000.00 exceeds the 14000.00 that remains to be paid")) {
            try cb.service.pay(claim.reference, amount: Money(yuan: "20000")!, advance: false, cb.actor("2026-03-06T11:00"))
        }
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001 is paid: withdraw is not allowed; allowed next: pay, approve-payment, close, reserve")) {
            try cb.service.withdraw(claim.reference, cb.actor("2026-03-06T11:00"))
        }
    }

    @Test func backDatingRules() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "60000", at: "2026-03-02T09:00")
        #expect(throws: PuhuiError.invalid("claim CLM-2026-000001: at 2026-03-02T08:59:00+08:00 is before the claim's last event (2026-03-02T09:00:00+08:00)")) {
            try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-02T08:59"))
        }
        #expect(throws: PuhuiError.invalid("at 2026-12-01T09:00:00+08:00 is in the future")) {
            try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-12-01T09:00"))
        }
        #expect(throws: PuhuiError(.unauthorized, "clerk.ma may not work claims: role adjuster needed")) {
            try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-03T09:00", "clerk.ma"))
        }
        // Same time as the last event is allowed.
        _ = try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-02T09:00"))
    }

    @Test func aStaleReadIsRefused() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "60000")
        _ = try cb.service.setReserve(claim.reference, amount: Money(yuan: "55000")!, reason: "survey", cb.actor("2026-03-03T09:00", version: 1))
        #expect(throws: PuhuiError(.stale, "claim CLM-2026-000001 changed since you read it (version 1, now 2); read it again and retry")) {
            try cb.service.setReserve(claim.reference, amount: Money(yuan: "58000")!, reason: "survey", cb.actor("2026-03-03T09:00", version: 1))
        }
        #expect(try cb.claim(claim.reference).reserve.yuanString == "55000.00")
    }

    @Test func theOneTimeDocumentRule() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "60000")
        let first = try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-02T10:00"))
        #expect(first.documents == ["claim-form", "loss-list", "loss-photos", "fire-report", "repair-invoice", "bank-account"])
        _ = try cb.service.receiveDocuments(claim.reference, codes: ["claim-form", "loss-list", "loss-photos", "fire-report"], cb.actor("2026-03-03T10:00"))
        // A reminder for documents named in the first request is no breach.
        let reminder = try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-04T10:00"))
        #expect(reminder.documents == ["repair-invoice", "bank-account"] && reminder.breaches.isEmpty)
        // A document that was missing at the first request but not named in it is a breach.
        let late = try cb.service.requestDocuments(claim.reference, also: ["police-report"], cb.actor("2026-03-05T10:00"))
        #expect(late.breaches == ["police-report"])
        let requests = try cb.book.storage.read { try $0.claims.requests(claimID: claim.id) }
        #expect(requests.map(\.breaches) == [[], [], ["police-report"]])
        // Nothing missing: nothing to request.
        try cb.completeDocuments(claim, at: "2026-03-06T10:00")
        #expect(throws: PuhuiError.refused("claim CLM-2026-000001: every required document has been received; nothing to request")) {
            try cb.service.requestDocuments(claim.reference, also: [], cb.actor("2026-03-06T11:00"))
        }
    }

    @Test func paymentAboveAuthorityWaitsForApproval() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "300000")
        try cb.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-04T10:00"))
        _ = try cb.service.agree(claim.reference, loss: Money(yuan: "250000")!, cb.actor("2026-03-05T10:00"))
        guard case let .pending(payment, approvers, limit) = try cb.service.pay(claim.reference, amount: Money(yuan: "249000")!, advance: false,
                                                                                cb.actor("2026-03-06T10:00", "chen.jie")) else {
            Issue.record("expected a pending payment")
            return
        }
        #expect(payment.number == 1 && limit.yuanString == "50000.00" && approvers == ["sun.hao", "zhao.min"])
        #expect(try cb.claim(claim.reference).paid == .zero)
        #expect(throws: PuhuiError(.unauthorized, "chen.jie may not approve payments: role approver needed")) {
            try cb.service.approvePayment(claim.reference, cb.actor("2026-03-06T11:00", "chen.jie"))
        }
        #expect(throws: PuhuiError(.unauthorized, "claim CLM-2026-000001: payment 249000.00 exceeds liu.yang's authority of 200000.00 on property; sun.hao or zhao.min may")) {
            try cb.service.approvePayment(claim.reference, cb.actor("2026-03-06T11:00", "liu.yang"))
        }
        let approved = try cb.service.approvePayment(claim.reference, cb.actor("2026-03-06T11:00", "zhao.min"))
        #expect(approved.approvedBy == "zhao.min" && approved.status == .paid)
        let after = try cb.claim(claim.reference)
        #expect(after.state == .paid && after.paid.yuanString == "249000.00" && after.reserve == .zero)
    }

    /// Four eyes: an approver who asked for a payment above their own authority may not approve it
    /// themselves, whatever authority they hold.
    @Test func nobodyApprovesTheirOwnPayment() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "fire", claimed: "300000")
        try cb.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-03-04T10:00"))
        _ = try cb.service.agree(claim.reference, loss: Money(yuan: "250000")!, cb.actor("2026-03-05T10:00"))
        guard case let .pending(_, approvers, _) = try cb.service.pay(claim.reference, amount: Money(yuan: "249000")!, advance: false,
                                                                      cb.actor("2026-03-06T10:00", "liu.yang")) else {
            Issue.record("expected a pending payment")
            return
        }
        #expect(approvers == ["sun.hao", "zhao.min"])
        #expect(throws: PuhuiError(.unauthorized, "claim CLM-2026-000001: liu.yang asked for payment 1 and cannot also approve it")) {
            try cb.service.approvePayment(claim.reference, cb.actor("2026-03-06T11:00", "liu.yang"))
        }
        // Nothing was paid by the refused attempt.
        #expect(try cb.claim(claim.reference).paid == .zero)
        let pending = try cb.service.approvals(cb.actor("2026-03-06T11:00", "zhao.min"))
        #expect(pending.map(\.claim) == [claim.reference] && pending.first?.payment.requestedBy == "liu.yang")
        #expect(try cb.service.approvals(cb.actor("2026-03-06T11:00", "liu.yang")).isEmpty)
    }

    @Test func withdrawAndReopen() throws {
        let cb = try ClaimBook()
        let claim = try cb.report(.property, type: "water-damage", claimed: "8000")
        _ = try cb.service.withdraw(claim.reference, cb.actor("2026-03-03T10:00"))
        #expect(try cb.claim(claim.reference).reserve == .zero)
        let reopened = try cb.service.reopen(claim.reference, reason: "claimant found the invoices", cb.actor("2026-04-01T10:00"))
        #expect(reopened.state == .reopened && reopened.cycle == 2)
        _ = try cb.service.setReserve(claim.reference, amount: Money(yuan: "8000")!, reason: "reopened", cb.actor("2026-04-01T10:05"))
        _ = try cb.service.decide(claim.reference, covered: true, reason: nil, cb.actor("2026-04-02T10:00"))
        let clocks = try cb.book.storage.read { try $0.claims.clocks(claimID: claim.id) }
        #expect(clocks.filter { $0.cycle == 2 }.first { $0.kind == .decision }?.status == .met)
        #expect(try cb.book.storage.read { try $0.claims.events(claimID: claim.id) }.map(\.action) == ["report", "withdraw", "reopen", "reserve", "decide"])
    }
}
