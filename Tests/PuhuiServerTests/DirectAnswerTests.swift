import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIRuntime
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// `DirectAnswerMiddleware`: a claim read and a quote answered without the generated
/// serializer give the generated layer's answer byte for byte, and every request the lane does
/// not take exactly as the generated layer would goes on to it.
@Suite struct DirectAnswerTests {
    /// A claim with documents received, a request, a decision, an agreed loss and a payment, so
    /// that every list of the answer has something in it.
    func paidClaim(_ book: OnlineBook, _ client: any TestClientProtocol, owner: String, adjuster: String) async throws -> String {
        let claim = try await client.report(book, as: owner, body: OnlineBook.report(book.policy, claimed: "30000.00"))
            .decode(Components.Schemas.ClaimReport.self).claim
        var etag = "\"\(claim.version)\""
        for (index, code) in claim.documents.map(\.code).enumerated() {
            etag = try await client.upload(claim.reference, code: code, bytes: SampleFiles.pdf(index), as: owner, ifMatch: etag).headers[.eTag] ?? ""
        }
        for step in [#"{"action": "decide", "covered": true}"#, #"{"action": "agree", "loss": "21000.00"}"#, #"{"action": "pay", "amount": "20000.00"}"#] {
            let response = try await client.act(claim.reference, step, as: adjuster, ifMatch: etag)
            #expect(response.status == .ok, "\(response.text)")
            etag = response.headers[.eTag] ?? ""
        }
        return claim.reference
    }

    @Test func aClaimReadGivesTheGeneratedLayersBytes() async throws {
        let book = try OnlineBook()
        let (owner, adjuster) = (try book.token("shop.owner"), try book.token("chen.jie"))
        try await book.serve { client in
            let reference = try await paidClaim(book, client, owner: owner, adjuster: adjuster)
            // A percent-encoded reference is the generated layer's to decode: the same claim.
            let encoded = reference.replacingOccurrences(of: "-", with: "%2D")
            for token in [owner, adjuster] {
                let direct = try await client.execute(uri: "/api/v1/claims/\(reference)", method: .get, headers: .bearer(token))
                let generated = try await client.execute(uri: "/api/v1/claims/\(encoded)", method: .get, headers: .bearer(token))
                #expect(direct.status == .ok && generated.status == .ok, "\(direct.text)\n\(generated.text)")
                #expect(direct.text == generated.text)
                let version = try direct.decode(Components.Schemas.Claim.self).version
                #expect(direct.headers[.eTag] == generated.headers[.eTag] && direct.headers[.eTag] == "\"\(version)\"")
                #expect(direct.headers[.contentType] == generated.headers[.contentType])
                let claim = try direct.decode(Components.Schemas.Claim.self)
                #expect(claim.payments.count == 1 && claim.documents.count == 6 && !claim.clocks.isEmpty && claim.state == .paid)
            }
            // Errors are the same problems: another customer's claim is not found, no token is 401.
            let other = try book.token("other.owner")
            let hidden = try await client.execute(uri: "/api/v1/claims/\(reference)", method: .get, headers: .bearer(other))
            let hiddenGenerated = try await client.execute(uri: "/api/v1/claims/\(encoded)", method: .get, headers: .bearer(other))
            #expect(hidden.status == .notFound && hiddenGenerated.status == .notFound)
            #expect(try hidden.problem().detail == hiddenGenerated.problem().detail)
            #expect(try await client.execute(uri: "/api/v1/claims/\(reference)", method: .get).status == .unauthorized)
            // An Accept without JSON goes on to the generated layer, which answers 406.
            let image = try await client.execute(uri: "/api/v1/claims/\(reference)", method: .get, headers: [.authorization: "Bearer \(owner)", .accept: "image/png"])
            #expect(image.status == .notAcceptable)
        }
    }

    @Test func aQuoteGivesTheGeneratedLayersBytes() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            for (product, example) in [("PH-PROP-SHOP", "property-shop"), ("PH-ACC-GROUP", "accident-group"), ("PH-TERM-KEY", "term-life-key"),
                                       ("PH-PENS-FLEX", "pension-flex")] {
                let body = ByteBuffer(text: try ServerFixtures.quoteRequest(product, example: example))
                let direct = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: .json, body: body)
                // A quoted charset parameter is the generated layer's to judge.
                let generated = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: [.contentType: #"application/json; charset="utf-8""#], body: body)
                #expect(direct.status == .ok && generated.status == .ok, "\(product): \(direct.text)\n\(generated.text)")
                #expect(direct.text == generated.text, "\(product)")
                #expect(direct.headers[.contentType] == generated.headers[.contentType])
            }
            // Kept for a signed-in caller: 201 with its location, the same answer but for the id.
            let body = ByteBuffer(text: try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop"))
            let direct = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: .json(bearer: clerk), body: body)
            let generated = try await client.execute(uri: "/api/v1/quotes", method: .post,
                                                     headers: [.contentType: #"application/json; charset="utf-8""#, .authorization: "Bearer \(clerk)"], body: body)
            #expect(direct.status == .created && generated.status == .created)
            #expect(direct.headers[.location] == "/api/v1/quotes/Q-000001" && generated.headers[.location] == "/api/v1/quotes/Q-000002")
            #expect(direct.text.replacingOccurrences(of: "Q-000001", with: "Q-000002") == generated.text)
        }
    }

    @Test func aQuoteTheLaneDoesNotTakeIsJudgedByTheGeneratedLayer() async throws {
        let risk = try ServerFixtures.text("examples/risks/property-shop.json")
        let cases: [(String, HTTPResponse.Status)] = [
            (#"{"product": "PH-PROP-SHOP", "asOf": "2026-06-30", "risk": \#(risk), "extra": 1}"#, .badRequest),  // additionalProperties: false
            (#"{"product": 7, "risk": \#(risk)}"#, .badRequest),
            (#"{"product": "PH-PROP-SHOP", "asOf": 20260630, "risk": \#(risk)}"#, .badRequest),
            (#"{"product": "PH-PROP-SHOP", "risk": [1]}"#, .badRequest),
            (#"{"product": "PH-PROP-SHOP"}"#, .badRequest),
            (#"{"product": "PH-PROP-SHOP", "risk": \#(risk)"#, .badRequest),  // not JSON
            (#"["PH-PROP-SHOP"]"#, .badRequest),
            (#"{"product": "PH-PROP-SHOP", "asOf": "30 June", "risk": \#(risk)}"#, .badRequest),  // taken: the date is the handler's
            (#"{"product": "PH-NONE", "risk": \#(risk)}"#, .notFound),
            (#"{"product": "PH-PROP-SHOP", "asOf": "2026-06-30", "risk": {"sumInsured": "800000"}}"#, .badRequest),
        ]
        try await TestServer.with { client in
            for (body, status) in cases {
                let direct = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: .json, body: ByteBuffer(text: body))
                let generated = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: [.contentType: #"application/json; charset="utf-8""#],
                                                         body: ByteBuffer(text: body))
                #expect(direct.status == status && generated.status == status, "\(body): \(direct.text)")
                var (directProblem, generatedProblem) = (try direct.problem(), try generated.problem())
                (directProblem.requestId, generatedProblem.requestId) = ("", "")  // each request has its own
                #expect(directProblem == generatedProblem, "\(body)")
            }
        }
    }

    // MARK: - Which requests the lane takes

    /// Whether the lane answered `request` itself (true) or passed it on (false).
    func taken(_ request: HTTPRequest, operationID: String, body: String? = nil, pathParameters: [String: Substring] = [:]) async throws -> Bool {
        let book = try ServerFixtures.book()
        let threads = ServiceThreads(count: 1, readers: 1)
        let lane = DirectAnswerMiddleware(handlers: PuhuiAPIHandlers(engine: ServerFixtures.engine(book), threads: threads))
        var scope = RequestScope()
        scope.body = body.map { ByteBuffer(string: $0) }
        scope.user = AuthenticatedUser(name: "clerk.ma", roles: [.underwriter])
        do {
            let answered = try await RequestScope.$current.withValue(scope) {
                try await lane.intercept(request, body: nil, metadata: ServerRequestMetadata(pathParameters: pathParameters), operationID: operationID) { _, _, _ in
                    (HTTPResponse(status: .misdirectedRequest), nil)
                }
            }
            try await threads.shutdown()
            return answered.0.status != .misdirectedRequest
        } catch {
            try? await threads.shutdown()
            throw error
        }
    }

    @Test func theLaneTakesOnlyWhatItAnswersAsTheGeneratedLayerWould() async throws {
        let quote = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/api/v1/quotes", headerFields: [.contentType: "application/json"])
        let body = try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop")
        #expect(try await taken(quote, operationID: "createQuote", body: body))
        var charset = quote
        charset.headerFields[.contentType] = "Application/JSON ; Charset=UTF-8"
        #expect(try await taken(charset, operationID: "createQuote", body: body))
        var other = quote
        other.headerFields[.contentType] = "application/json; charset=iso-8859-1"
        #expect(try await !taken(other, operationID: "createQuote", body: body))
        other.headerFields[.contentType] = "text/plain"
        #expect(try await !taken(other, operationID: "createQuote", body: body))
        var accept = quote
        accept.headerFields[.accept] = "text/html, application/json;q=0.5"
        #expect(try await taken(accept, operationID: "createQuote", body: body))
        accept.headerFields[.accept] = "application/json;q=0"
        #expect(try await !taken(accept, operationID: "createQuote", body: body))
        #expect(try await !taken(quote, operationID: "createQuote", body: nil))
        #expect(try await !taken(quote, operationID: "createQuote", body: #"{"product": "PH-PROP-SHOP", "risk": {}, "risk": {}}"#))  // a duplicate field
        // Other operations are never taken.
        #expect(try await !taken(quote, operationID: "reportClaim", body: body))
        let read = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/api/v1/claims/CLM-2026-000001", headerFields: [:])
        #expect(try await !taken(read, operationID: "getClaim", pathParameters: ["ref": "CLM%2D2026%2D000001"]))
        #expect(try await !taken(read, operationID: "getClaim"))
        // A well-formed read is taken, and its error is the handler's (no such claim).
        await #expect(throws: PuhuiError.self) { try await taken(read, operationID: "getClaim", pathParameters: ["ref": "CLM-2026-000001"]) }
    }
}
