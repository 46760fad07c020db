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

/// Claims online: first notice of loss, reads with their ETag, steps on the version read
/// (If-Match), a customer's own claims only.
@Suite struct ClaimsAPITests {
    @Test func aCustomerReportsALossAndReadsTheClaimWithItsClocks() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            // A small claim (up to the product's 5,000.00): its service clocks run from the report.
            let created = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: "3000.00"))
            #expect(created.status == .created)
            let report = try created.decode(Components.Schemas.ClaimReport.self)
            let claim = report.claim
            #expect(claim.reference == "CLM-2026-000001" && claim.state == .reported && claim.claimed == "3000.00" && claim.small)
            #expect(created.headers[.location] == "/api/v1/claims/CLM-2026-000001")
            #expect(created.headers[.eTag] == "\"\(claim.version)\"")
            // The fire claim type's six documents, none received yet.
            #expect(claim.documents.map(\.code) == ["claim-form", "loss-list", "loss-photos", "fire-report", "repair-invoice", "bank-account"])
            #expect(claim.documents.allSatisfy { $0.receivedAt == nil })
            #expect(claim.clocks.map(\.kind) == [.documentNotice, .smallClaimClose])
            #expect(claim.clocks.allSatisfy { !$0.basis.isEmpty && $0.status == .open && $0.lateSeconds < 0 })

            let read = try await client.execute(uri: "/api/v1/claims/CLM-2026-000001", method: .get, headers: .bearer(owner))
            #expect(read.status == .ok && read.headers[.eTag] == created.headers[.eTag])
            #expect(try read.decode(Components.Schemas.Claim.self).reference == claim.reference)

            let timeline = try await client.execute(uri: "/api/v1/claims/CLM-2026-000001/timeline", method: .get, headers: .bearer(owner))
            #expect(try timeline.decode(Components.Schemas.ClaimTimeline.self).events.map(\.action) == ["report"])
        }
    }

    /// The report answer's notes carry the bounded list: the 12th report of the same fire lists
    /// the 10 most recent others (CLM-2026-000002 to 000011) and one note for the 1 more.
    @Test func aTwelfthReportOfTheSameLossNotesTenDuplicatesAndOneMore() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            var notes: [String] = []
            for _ in 1...12 {
                let created = try await client.report(book, as: owner)
                #expect(created.status == .created)
                notes = try created.decode(Components.Schemas.ClaimReport.self).notes.filter { $0.hasPrefix("possible duplicate of ") }
            }
            #expect(notes.count == 11)
            #expect(notes.first?.hasPrefix("possible duplicate of CLM-2026-000002 (") == true)
            #expect(notes.last == "possible duplicate of 1 more claim as well: same policy, loss date and claim type (the 10 most recent are listed)")
            #expect(!notes.contains { $0.contains("CLM-2026-000001") })
        }
    }

    @Test func anotherCustomersClaimAndPolicyAre404AndAnonymousIs401() async throws {
        let book = try OnlineBook()
        let (owner, other) = (try book.token("shop.owner"), try book.token("other.owner"))
        try await book.serve { client in
            #expect(try await client.report(book, as: owner).status == .created)
            for uri in ["/api/v1/claims/CLM-2026-000001", "/api/v1/claims/CLM-2026-000001/timeline", "/api/v1/policies/\(book.policy)",
                        "/api/v1/claims/CLM-2026-000001/documents"] {
                let response = try await client.execute(uri: uri, method: .get, headers: .bearer(other))
                #expect(response.status == .notFound, "\(uri)")
                let anonymous = try await client.execute(uri: uri, method: .get)
                #expect(anonymous.status == .unauthorized, "\(uri)")
            }
            // Nor may they report a loss on it.
            #expect(try await client.report(book, as: other).status == .notFound)
            // Their own policy they see; the list holds only theirs.
            let mine = try await client.execute(uri: "/api/v1/me/policies", method: .get, headers: .bearer(other))
            #expect(try mine.decode(Components.Schemas.PolicyList.self).policies.map(\.number) == [book.otherPolicy])
            let me = try await client.execute(uri: "/api/v1/me", method: .get, headers: .bearer(other))
            #expect(try me.decode(Components.Schemas.Me.self).roles == ["customer"])
        }
    }

    @Test func aChangeNeedsIfMatch428AndAStaleOneIs412() async throws {
        let book = try OnlineBook()
        let (owner, adjuster) = (try book.token("shop.owner"), try book.token("chen.jie"))
        try await book.serve { client in
            _ = try await client.report(book, as: owner)
            let request = #"{"action": "request-docs"}"#
            let missing = try await client.act("CLM-2026-000001", request, as: adjuster, ifMatch: nil)
            #expect(missing.status == .preconditionRequired)
            #expect(try missing.problem().field == "If-Match")
            let etag = try await client.etag("CLM-2026-000001", as: adjuster)
            let stale = try await client.act("CLM-2026-000001", request, as: adjuster, ifMatch: "\"99\"")
            #expect(stale.status == .preconditionFailed)
            #expect(try stale.problem()._type == "/problems/stale")
            let weak = try await client.act("CLM-2026-000001", request, as: adjuster, ifMatch: "W/\(etag)")
            #expect(weak.status == .preconditionFailed)
            let bad = try await client.act("CLM-2026-000001", request, as: adjuster, ifMatch: "*")
            #expect(bad.status == .badRequest)
            let done = try await client.act("CLM-2026-000001", request, as: adjuster, ifMatch: etag)
            #expect(done.status == .ok)
            let result = try done.decode(Components.Schemas.ClaimActionResult.self)
            #expect(result.claim.state == .awaitingDocuments && result.request?.number == 1)
            #expect(done.headers[.eTag] == "\"\(result.claim.version)\"" && done.headers[.eTag] != etag)
            // The old ETag is stale now.
            #expect(try await client.act("CLM-2026-000001", #"{"action": "withdraw"}"#, as: adjuster, ifMatch: etag).status == .preconditionFailed)
            // A field the step does not take is refused, nothing changed.
            let wrong = try await client.act("CLM-2026-000001", #"{"action": "withdraw", "amount": "1.00"}"#, as: adjuster, ifMatch: done.headers[.eTag])
            #expect(try wrong.status == .badRequest && wrong.problem().field == "amount")
        }
    }

    /// Report, documents uploaded by the customer, decision, agreement and payment by the
    /// adjuster with an Idempotency-Key: the retry answers the same and pays once.
    @Test func theAdjusterPaysOnceHoweverOftenThePaymentIsRetried() async throws {
        let book = try OnlineBook()
        let (owner, adjuster) = (try book.token("shop.owner"), try book.token("chen.jie"))
        try await book.serve { client in
            let claim = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: "30000.00"))
                .decode(Components.Schemas.ClaimReport.self).claim
            var etag = "\"\(claim.version)\""
            for (index, code) in claim.documents.map(\.code).enumerated() {
                let uploaded = try await client.upload(claim.reference, code: code, bytes: SampleFiles.pdf(index), as: owner, ifMatch: etag)
                #expect(uploaded.status == .created, "\(code): \(uploaded.text)")
                etag = uploaded.headers[.eTag] ?? ""
            }
            #expect(try await client.execute(uri: "/api/v1/claims/\(claim.reference)", method: .get, headers: .bearer(owner))
                .decode(Components.Schemas.Claim.self).state == .documentsComplete)
            for step in [#"{"action": "decide", "covered": true}"#, #"{"action": "agree", "loss": "21000.00"}"#] {
                let response = try await client.act(claim.reference, step, as: adjuster, ifMatch: etag)
                #expect(response.status == .ok, "\(response.text)")
                etag = response.headers[.eTag] ?? ""
            }
            // Loss 21,000.00 less the 1,000.00 deductible: 20,000.00 payable, within chen.jie's 50,000 authority.
            let pay = #"{"action": "pay", "amount": "20000.00"}"#
            let first = try await client.act(claim.reference, pay, as: adjuster, ifMatch: etag, key: "pay-1")
            #expect(first.status == .ok, "\(first.text)")
            let retry = try await client.act(claim.reference, pay, as: adjuster, ifMatch: etag, key: "pay-1")
            #expect(retry.status == .ok && retry.text == first.text && retry.headers[.eTag] == first.headers[.eTag])
            let paid = try retry.decode(Components.Schemas.ClaimActionResult.self)
            #expect(paid.payment?.status == .paid && paid.claim.payments.count == 1 && paid.claim.paid == "20000.00" && paid.claim.state == .paid)
            // The same key for another request is refused; nothing is paid.
            let other = try await client.act(claim.reference, #"{"action": "pay", "amount": "1.00"}"#, as: adjuster, ifMatch: first.headers[.eTag], key: "pay-1")
            #expect(try other.status == .unprocessableContent && other.problem().field == "Idempotency-Key")
            let seen = try await client.execute(uri: "/api/v1/claims/\(claim.reference)", method: .get, headers: .bearer(owner))
                .decode(Components.Schemas.Claim.self)
            #expect(seen.payments.count == 1 && seen.state == .paid)
            // Every statutory clock the customer sees is met.
            #expect(seen.clocks.filter { $0.kind == .decision || $0.kind == .payment }.allSatisfy { $0.status == .met })
        }
        #expect(try await book.storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claim_payment") } == 1)
        #expect(try await book.storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM idempotent_request") } == 1)
        #expect(try AuditTrailService(storage: book.storage).verify(ActionContext(user: ServerFixtures.admin, at: ServerFixtures.clock.now())).firstBreak == nil)
    }

    @Test func aReportRetriedWithItsKeyOpensOneClaim() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let first = try await client.report(book, as: owner, key: "fnol-1")
            let again = try await client.report(book, as: owner, key: "fnol-1")
            #expect(first.status == .created && again.status == .created && again.text == first.text)
            #expect(again.headers[.location] == first.headers[.location])
            let other = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: "1.00"), key: "fnol-1")
            #expect(other.status == .unprocessableContent)
        }
        #expect(try await book.storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM claim") } == 1)
    }

    @Test func staffListClaimsByClockAndApproversSeeTheirQueue() async throws {
        let book = try OnlineBook()
        let (owner, adjuster, approver) = (try book.token("shop.owner"), try book.token("chen.jie"), try book.token("liu.yang"))
        try await book.serve { client in
            _ = try await client.report(book, as: owner)
            let list = try await client.execute(uri: "/api/v1/claims?due-within=30d", method: .get, headers: .bearer(adjuster))
            #expect(list.status == .ok)
            #expect(try list.decode(Components.Schemas.ClaimList.self).claims.allSatisfy { $0.claim == "CLM-2026-000001" && $0.dueAt != nil })
            #expect(try await client.execute(uri: "/api/v1/claims", method: .get, headers: .bearer(owner)).status == .forbidden)
            #expect(try await client.execute(uri: "/api/v1/claims?due-within=soon", method: .get, headers: .bearer(adjuster)).status == .badRequest)
            // The contract's maxLength of 64 counts code points, as JSON Schema does: "a" with 64
            // combining acute accents is one character in Swift but 65 code points, so too long;
            // "a" with 63 is 64 code points and a name the filter may be given.
            let accents = { (n: Int) in "a" + String(repeating: "%CC%81", count: n) }
            #expect(try await client.execute(uri: "/api/v1/claims?adjuster=\(accents(64))", method: .get, headers: .bearer(adjuster)).status == .badRequest)
            #expect(try await client.execute(uri: "/api/v1/claims?adjuster=\(accents(63))", method: .get, headers: .bearer(adjuster)).status == .ok)
            let queue = try await client.execute(uri: "/api/v1/payments/awaiting-approval", method: .get, headers: .bearer(approver))
            #expect(try queue.status == .ok && (queue.decode(Components.Schemas.PendingPayments.self).payments.isEmpty))
            #expect(try await client.execute(uri: "/api/v1/payments/awaiting-approval", method: .get, headers: .bearer(adjuster)).status == .forbidden)
        }
    }
}
