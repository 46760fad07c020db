import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiServer

/// `DirectJSON` writes the bytes the generated serializer writes: every test compares with
/// Foundation's `JSONEncoder` (`[.sortedKeys, .withoutEscapingSlashes]`) or with the server's
/// own answer, byte for byte.
@Suite struct DirectJSONTests {
    typealias Fixtures = DirectJSONFixtures

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aClaimWithEveryMemberSetIsWrittenAsTheEncoderWritesIt() throws {
        let expected = try Fixtures.foundation(Fixtures.fullClaim)
        #expect(text(DirectJSON.claim(Fixtures.fullClaim)) == text(expected))
        #expect(DirectJSON.claim(Fixtures.fullClaim) == expected)
    }

    @Test func aClaimWithEveryOptionalNilAndEveryListEmptyLeavesThemOutAsTheEncoderDoes() throws {
        let expected = try Fixtures.foundation(Fixtures.bareClaim)
        #expect(DirectJSON.claim(Fixtures.bareClaim) == expected)
        // Nil members are left out, empty lists written; the keys ascend by UTF-8 bytes.
        #expect(text(expected) == #"{"adjuster":"unassigned","advancePaid":"0.00","asOf":"2026-11-23T20:00:00+08:00","claimed":"0.00","#
            + #""clocks":[],"coverage":"THEFT","cycle":1,"documents":[],"lossDate":"2026-11-22","paid":"0.00","payments":[],"#
            + #""policy":"PH-PROP-SHOP/2026/000002","product":"PH-PROP-SHOP","reference":"CLM-2026-000002","#
            + #""reportedAt":"2026-11-23T12:00:00+08:00","requests":[],"reserve":"0.00","small":true,"state":"reported","type":"theft","version":1}"#)
    }

    @Test func quotesWithEveryMemberSetAndWithNoneAreWrittenAsTheEncoderWritesThem() throws {
        for quote in [Fixtures.fullQuote, Fixtures.bareQuote, Fixtures.bareParts] {
            let expected = try Fixtures.foundation(quote)
            #expect(text(DirectJSON.quote(quote)) == text(expected))
            #expect(DirectJSON.quote(quote) == expected)
        }
    }

    @Test func everyShippedLinesQuoteIsTheServersAnswerByteForByte() async throws {
        let examples = [("PH-PROP-SHOP", "property-shop"), ("PH-LIAB-MICRO", "liability-micro"), ("PH-EXCR-SME", "export-credit-sme"),
                        ("PH-ACC-GROUP", "accident-group"), ("PH-HLTH-OWNER", "health-owner"), ("PH-TERM-KEY", "term-life-key"),
                        ("PH-PENS-FLEX", "pension-flex"), ("PH-CARGO-MICRO", "cargo-micro")]
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            for (product, example) in examples {
                // Kept (with an id) for the clerk; the body is the generated serializer's.
                let response = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: .json(bearer: clerk),
                                                        body: ByteBuffer(text: try ServerFixtures.quoteRequest(product, example: example)))
                #expect(response.status == .created, "\(product): \(response.text)")
                let quote = try response.decode(Components.Schemas.Quote.self)
                #expect(text(DirectJSON.quote(quote)) == response.text, "\(product)")
                #expect(DirectJSON.quote(quote) == Array(response.body.readableBytesView), "\(product)")
            }
        }
    }

    /// A small claim (clocks running) documented, decided, agreed and paid in part: its read
    /// answer, with documents, clocks and a payment, as the server writes it.
    @Test func aWorkedClaimIsTheServersAnswerByteForByte() async throws {
        let book = try OnlineBook()
        let (owner, adjuster) = (try book.token("shop.owner"), try book.token("chen.jie"))
        try await book.serve { client in
            let reported = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: "3000.00"))
            let reference = try reported.decode(Components.Schemas.ClaimReport.self).claim.reference
            let uri = "/api/v1/claims/\(reference)"
            let first = try await client.claim(uri, as: owner)
            #expect(DirectJSON.claim(first.value) == first.bytes)
            for (index, code) in try await client.claim(uri, as: adjuster).value.documents.map(\.code).enumerated() {
                let upload = try await client.upload(reference, code: code, bytes: SampleFiles.pdf(index), as: adjuster,
                                                     ifMatch: try await client.etag(reference, as: adjuster))
                #expect(upload.status == .created)
            }
            for action in [#"{"action": "decide", "covered": true, "reason": "fire, \"kitchen\" / 厨房"}"#, #"{"action": "agree", "loss": "2500.00"}"#,
                           #"{"action": "pay", "amount": "1000.00"}"#] {
                let acted = try await client.act(reference, action, as: adjuster, ifMatch: try await client.etag(reference, as: adjuster))
                #expect(acted.status == .ok, "\(acted.text)")
            }
            let (claim, bytes) = try await client.claim(uri, as: adjuster)
            #expect(!claim.documents.isEmpty && !claim.clocks.isEmpty && !claim.payments.isEmpty && claim.covered == true)
            #expect(String(decoding: DirectJSON.claim(claim), as: UTF8.self) == String(decoding: bytes, as: UTF8.self))
            #expect(DirectJSON.claim(claim) == bytes)
        }
    }
}

extension TestClientProtocol {
    /// A claim read: the decoded value and the bytes of the answer.
    fileprivate func claim(_ uri: String, as token: String) async throws -> (value: Components.Schemas.Claim, bytes: [UInt8]) {
        let read = try await execute(uri: uri, method: .get, headers: .bearer(token))
        return (try read.decode(Components.Schemas.Claim.self), Array(read.body.readableBytesView))
    }
}
