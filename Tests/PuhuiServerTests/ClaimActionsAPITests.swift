import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// Each claim action through the API, with the state it leaves and its refusals.
@Suite struct ClaimActionsAPITests {
    /// Runs `step` on the claim at its current version; the response.
    func step(_ client: any TestClientProtocol, _ claim: String, _ body: String, as token: String) async throws -> TestResponse {
        try await client.act(claim, body, as: token, ifMatch: try await client.etag(claim, as: token))
    }

    /// A claim with every document received, reported by the customer.
    func documented(_ client: any TestClientProtocol, _ book: OnlineBook, claimed: String, adjuster: String) async throws -> String {
        let owner = try book.token("shop.owner")
        let claim = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: claimed))
            .decode(Components.Schemas.ClaimReport.self).claim
        for (index, code) in claim.documents.map(\.code).enumerated() {
            let response = try await client.upload(claim.reference, code: code, bytes: SampleFiles.pdf(index), as: adjuster,
                                                   ifMatch: try await client.etag(claim.reference, as: adjuster))
            #expect(response.status == .created)
        }
        return claim.reference
    }

    @Test func notCoveredThenTheRejectionNoticeThenReopenedAndWithdrawn() async throws {
        let book = try OnlineBook()
        let adjuster = try book.token("chen.jie")
        try await book.serve { client in
            let claim = try await documented(client, book, claimed: "30000.00", adjuster: adjuster)
            #expect(try await step(client, claim, #"{"action": "decide", "covered": false}"#, as: adjuster).status == .badRequest)
            let decided = try await step(client, claim, #"{"action": "decide", "covered": false, "reason": "arson by the insured"}"#, as: adjuster)
            #expect(try decided.decode(Components.Schemas.ClaimActionResult.self).claim.covered == false)
            // Not covered: nothing to agree.
            #expect(try await step(client, claim, #"{"action": "agree", "loss": "100.00"}"#, as: adjuster).status == .unprocessableContent)
            let rejected = try await step(client, claim, #"{"action": "reject-notice"}"#, as: adjuster)
            #expect(try rejected.decode(Components.Schemas.ClaimActionResult.self).claim.state == .rejected)
            #expect(try await step(client, claim, #"{"action": "reopen"}"#, as: adjuster).status == .badRequest)
            let reopened = try await step(client, claim, #"{"action": "reopen", "reason": "new evidence"}"#, as: adjuster)
            let again = try reopened.decode(Components.Schemas.ClaimActionResult.self).claim
            #expect(again.state == .reopened && again.cycle == 2)
            let withdrawn = try await step(client, claim, #"{"action": "withdraw"}"#, as: adjuster)
            #expect(try withdrawn.decode(Components.Schemas.ClaimActionResult.self).claim.state == .withdrawn)
            let events = try await client.execute(uri: "/api/v1/claims/\(claim)/timeline", method: .get, headers: .bearer(adjuster))
                .decode(Components.Schemas.ClaimTimeline.self).events.map(\.action)
            #expect(Array(events.suffix(4)) == ["decide", "reject-notice", "reopen", "withdraw"])
        }
    }

    /// Above chen.jie's 50,000 authority the payment waits; liu.yang (200,000) approves it; the
    /// claim is then closed.
    @Test func aPaymentAboveAuthorityWaitsForTheApprover() async throws {
        let book = try OnlineBook()
        let (adjuster, approver) = (try book.token("chen.jie"), try book.token("liu.yang"))
        try await book.serve { client in
            let claim = try await documented(client, book, claimed: "90000.00", adjuster: adjuster)
            _ = try await step(client, claim, #"{"action": "decide", "covered": true}"#, as: adjuster)
            let agreed = try await step(client, claim, #"{"action": "agree", "loss": "81000.00"}"#, as: adjuster)
            #expect(try agreed.decode(Components.Schemas.ClaimActionResult.self).claim.payable == "80000.00")
            // Over the payable: refused.
            #expect(try await step(client, claim, #"{"action": "pay", "amount": "80000.01"}"#, as: adjuster).status == .unprocessableContent)
            let pending = try await step(client, claim, #"{"action": "pay", "amount": "80000.00"}"#, as: adjuster)
            let result = try pending.decode(Components.Schemas.ClaimActionResult.self)
            #expect(result.payment?.status == .pending && result.approvers?.contains("liu.yang") == true && result.claim.paid == "0.00")
            let desk = try await client.execute(uri: "/api/v1/payments/awaiting-approval", method: .get, headers: .bearer(approver))
            #expect(try desk.decode(Components.Schemas.PendingPayments.self).payments.map(\.claim) == [claim])
            // The adjuster may not approve (the role), the approver may.
            #expect(try await step(client, claim, #"{"action": "approve-payment"}"#, as: adjuster).status == .forbidden)
            let approved = try await step(client, claim, #"{"action": "approve-payment"}"#, as: approver)
            #expect(approved.status == .ok, "\(approved.text)")
            let paid = try approved.decode(Components.Schemas.ClaimActionResult.self)
            #expect(paid.payment?.approvedBy == "liu.yang" && paid.claim.state == .paid && paid.claim.paid == "80000.00")
            let closed = try await step(client, claim, #"{"action": "close"}"#, as: adjuster)
            #expect(try closed.decode(Components.Schemas.ClaimActionResult.self).claim.state == .closed)
            #expect(try await step(client, claim, #"{"action": "close"}"#, as: adjuster).status == .unprocessableContent)
            #expect(try await client.act("CLM-2026-999999", #"{"action": "close"}"#, as: adjuster, ifMatch: "\"1\"").status == .notFound)
        }
    }
}
