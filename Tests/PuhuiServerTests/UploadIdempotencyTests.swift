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

/// An upload records a document on the claim, so a retry must not record it twice: with an
/// `Idempotency-Key`, the same upload answers as the first did; the key with another upload is
/// refused.
@Suite struct UploadIdempotencyTests {
    func events(_ client: any TestClientProtocol, _ claim: String, _ token: String) async throws -> Int {
        try await client.execute(uri: "/api/v1/claims/\(claim)/timeline", method: .get, headers: .bearer(token))
            .decode(Components.Schemas.ClaimTimeline.self).events.count
    }

    func files(_ client: any TestClientProtocol, _ claim: String, _ token: String) async throws -> Int {
        try await client.execute(uri: "/api/v1/claims/\(claim)/documents", method: .get, headers: .bearer(token))
            .decode(Components.Schemas.ClaimDocumentFiles.self).files.count
    }

    @Test func aRetryAnswersAsTheFirstUploadAndRecordsNothingAgain() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let created = try await client.report(book, as: owner)
            let claim = try created.decode(Components.Schemas.ClaimReport.self).claim.reference
            let etag = try #require(created.headers[.eTag])
            let first = try await client.upload(claim, code: "claim-form", bytes: SampleFiles.pdf, as: owner, ifMatch: etag, key: "upload-1")
            #expect(first.status == .created)
            // Report, then the document received: two events, one file.
            #expect(try await events(client, claim, owner) == 2)
            // The retry still carries the ETag the first upload made stale: it is answered from
            // what was kept, not tried again (which would be 412).
            let retry = try await client.upload(claim, code: "claim-form", bytes: SampleFiles.pdf, as: owner, ifMatch: etag, key: "upload-1")
            #expect(retry.status == .created)
            #expect(retry.text == first.text && retry.headers[.eTag] == first.headers[.eTag])
            #expect(try await events(client, claim, owner) == 2)
            #expect(try await files(client, claim, owner) == 1)

            // The same key with another file, another document or another file name: 422, and
            // still nothing recorded.
            for (code, bytes, name) in [("claim-form", SampleFiles.pdf(2), "scan.pdf"), ("loss-list", SampleFiles.pdf, "scan.pdf"),
                                        ("claim-form", SampleFiles.pdf, "other.pdf")] {
                let other = try await client.upload(claim, code: code, bytes: bytes, fileName: name, as: owner, ifMatch: first.headers[.eTag],
                                                    key: "upload-1")
                #expect(other.status == .unprocessableContent, "\(code) \(name)")
                #expect(try other.problem().field == "Idempotency-Key")
            }
            #expect(try await events(client, claim, owner) == 2)
            #expect(try await files(client, claim, owner) == 1)

            // A new key is a new upload, at the claim's new version.
            let second = try await client.upload(claim, code: "loss-list", bytes: SampleFiles.pdf(3), as: owner, ifMatch: first.headers[.eTag],
                                                 key: "upload-2")
            #expect(second.status == .created)
            #expect(try await events(client, claim, owner) == 3)
            #expect(try await files(client, claim, owner) == 2)
        }
    }

    @Test func aKeyThatIsNotVisibleASCIIIs400() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let created = try await client.report(book, as: owner)
            let claim = try created.decode(Components.Schemas.ClaimReport.self).claim.reference
            let response = try await client.upload(claim, code: "claim-form", bytes: SampleFiles.pdf, as: owner, ifMatch: created.headers[.eTag],
                                                   key: String(repeating: "k", count: 256))
            #expect(response.status == .badRequest)
            #expect(try await files(client, claim, owner) == 0)
        }
    }
}
