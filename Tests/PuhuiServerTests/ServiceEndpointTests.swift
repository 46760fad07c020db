import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices

/// What every request gets: an id, an access log line without personal data, problem details
/// for paths and methods the contract lacks; and the two service endpoints.
@Suite struct ServiceEndpointTests {
    @Test func healthzAnswersFromMemory() async throws {
        // On a book that cannot be read at all: health does not touch it.
        try await TestServer.with(storage: FailingStorage()) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            let health = try response.decode(Components.Schemas.Health.self)
            #expect(health.status == .ok && health.version == PuhuiVersion.current)
        }
    }

    @Test func theServedDocumentIsTheRepositorysContract() async throws {
        try await TestServer.with { client in
            let response = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(response.status == .ok)
            expectMediaType(response.headers[.contentType], "application/yaml")
            #expect(response.text == (try ServerFixtures.text("Sources/PuhuiAPI/openapi.yaml")))
        }
    }

    @Test func everyResponseCarriesARequestIdTheCallersWhenWellFormed() async throws {
        try await TestServer.with { client in
            let own = try await client.execute(uri: "/healthz", method: .get)
            let id = try #require(own.headers[.requestID])
            // Hummingbird's own: a random prefix and a counter, in hex.
            #expect((17...32).contains(id.count) && id.allSatisfy(\.isHexDigit))
            let given = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "app-7.checkout:42"])
            #expect(given.headers[.requestID] == "app-7.checkout:42")
            // Too long, or with characters a log line should not carry: replaced by the server's own.
            for bad in [String(repeating: "a", count: 65), "a b", "x\u{7f}y", "名字"] {
                let replaced = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: bad])
                #expect(replaced.headers[.requestID]?.allSatisfy(\.isHexDigit) == true, "\(bad)")
            }
            // A problem quotes the same id.
            let missing = try await client.execute(uri: "/api/v1/quotes/Q-000404", method: .get, headers: [.requestID: "trace-1"])
            #expect(try missing.problem().requestId == "trace-1")
        }
    }

    @Test func theAccessLogHasTheTemplateStatusAndIdButNoQueryOrContent() async throws {
        let log = LogRecord()
        let book = try ServerFixtures.book()
        let token = try ServerFixtures.token(book, "shop.owner")
        try await TestServer.with(storage: book, log: log) { client in
            _ = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP?asOf=2026-06-30", method: .get, headers: [.requestID: "r-1"])
            let body = "{\"product\": \"PH-HLTH-OWNER\", \"asOf\": \"2026-06-30\", \"risk\": {\"plan\": \"standard\", \"insured\": [{\"sex\": \"female\", \"birthDate\": \"1984-07-21\"}]}}"
            _ = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: [.contentType: "application/json", .requestID: "r-2", .authorization: "Bearer \(token)"],
                                         body: ByteBuffer(text: body))
            _ = try await client.execute(uri: "/no/such/path?name=Wang", method: .get, headers: [.requestID: "r-3"])
        }
        let lines = log.requests.map { entry in
            ["method", "path", "status", "request_id"].map { entry.metadata[$0] ?? "-" }.joined(separator: " ")
        }
        #expect(lines == ["GET /api/v1/products/{code} 200 r-1", "POST /api/v1/quotes 201 r-2", "GET (no route) 404 r-3"])
        #expect(log.requests.allSatisfy { ($0.metadata["duration_ms"] ?? "").wholeMatch(of: /[0-9]+\.[0-9]{3}/) != nil })
        // Nothing of the query, the body or the headers reaches any log line.
        let everything = log.all.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        for secret in ["2026-06-30", "1984-07-21", "female", token, "shop.owner", "Wang", "PH-PROP-SHOP", "PH-HLTH-OWNER"] {
            #expect(!everything.contains(secret), "\(secret) is in the log")
        }
    }

    @Test func pathsTheContractLacksAre404AndMethodsAPathLacksAre405WithAllow() async throws {
        try await TestServer.with { client in
            let unknown = try await client.execute(uri: "/api/v2/products", method: .get)
            #expect(unknown.status == .notFound)
            #expect(try unknown.problem().detail == "there is no operation at this path")

            let delete = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .delete)
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, HEAD")
            #expect(try delete.problem()._type == "/problems/method-not-allowed")
            let get = try await client.execute(uri: "/api/v1/quotes", method: .get)
            #expect(get.status == .methodNotAllowed && get.headers[.allow] == "POST")
        }
    }

    /// Every operation answers 406 to an `Accept` header that allows none of its media types,
    /// and a change is refused before anything is stored.
    @Test func everyOperationRefusesAnAcceptItCannotMeet() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            let created = try await client.execute(uri: "/api/v1/quotes", method: .post,
                                                   headers: [.contentType: "application/json", .accept: "application/json", .authorization: "Bearer \(clerk)"],
                                                   body: ByteBuffer(text: try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop")))
            #expect(created.status == .created)
            let operations: [(HTTPRequest.Method, String, String?)] = [
                (.get, "/healthz", nil), (.get, "/openapi.yaml", nil), (.get, "/api/v1/products", nil),
                (.get, "/api/v1/products/PH-PROP-SHOP", nil), (.get, "/api/v1/quotes/Q-000001", nil),
                (.post, "/api/v1/quotes", try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop")),
            ]
            for (method, uri, body) in operations {
                var headers: HTTPFields = [.accept: "image/png", .authorization: "Bearer \(clerk)"]
                if body != nil { headers[.contentType] = "application/json" }
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(text: $0) })
                #expect(response.status == .notAcceptable, "\(method) \(uri)")
                #expect(try response.problem()._type == "/problems/not-acceptable", "\(method) \(uri)")
            }
        }
        // Only the quote made with an acceptable Accept is stored.
        #expect(try ServerFixtures.storedQuote(book, "Q-000001").quote.premium.yuanString == "810.00")
        #expect(throws: PuhuiError.notFound("quote Q-000002 does not exist")) { try ServerFixtures.storedQuote(book, "Q-000002") }
    }

    @Test func acceptHeadersAllowJSONByRangeAndQuality() {
        for accept in ["application/json", "*/*", "application/*;q=0.5", "text/html, application/json;q=0.9", "APPLICATION/JSON"] {
            #expect(AcceptBeforeChangeMiddleware.allowsJSON(accept), "\(accept)")
        }
        for accept in ["image/png", "application/json;q=0", "application/json;q=0.000", "*/*;q=bad", "text/*", "application/jsonx"] {
            #expect(!AcceptBeforeChangeMiddleware.allowsJSON(accept), "\(accept)")
        }
    }

    @Test func headIsAnsweredWhereverGetIs() async throws {
        try await TestServer.with { client in
            let head = try await client.execute(uri: "/api/v1/products", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
        }
    }
}
