import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer

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
        try await TestServer.with(log: log) { client in
            _ = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP?asOf=2026-06-30", method: .get, headers: [.requestID: "r-1"])
            let body = "{\"product\": \"PH-HLTH-OWNER\", \"asOf\": \"2026-06-30\", \"risk\": {\"plan\": \"standard\", \"insured\": [{\"sex\": \"female\", \"birthDate\": \"1984-07-21\"}]}}"
            _ = try await client.execute(uri: "/api/v1/quotes", method: .post, headers: [.contentType: "application/json", .requestID: "r-2", .authorization: "Bearer secret-token"],
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
        for secret in ["2026-06-30", "1984-07-21", "female", "secret-token", "Wang", "PH-PROP-SHOP", "PH-HLTH-OWNER"] {
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

    @Test func headIsAnsweredWhereverGetIs() async throws {
        try await TestServer.with { client in
            let head = try await client.execute(uri: "/api/v1/products", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
        }
    }
}
