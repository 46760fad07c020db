import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import PuhuiTestSupport
import Testing
@testable import PuhuiServer

/// Bodies too large, too deep, too long or too slow are refused with a problem, never a crash
/// or a stall.
@Suite struct LimitsTests {
    func post(_ client: any TestClientProtocol, _ body: String, headers: HTTPFields = .json) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/quotes", method: .post, headers: headers, body: ByteBuffer(text: body))
    }

    @Test func aBodyOverTheLimitIs413WhateverItSaysOfItsLength() async throws {
        var settings = ServerSettings(port: 0)
        settings.maxJSONBodyBytes = 1024
        try await TestServer.with(settings: settings) { client in
            let large = "{\"product\": \"PH-PROP-SHOP\", \"risk\": {\"note\": \"" + String(repeating: "x", count: 1000) + "\"}}"
            #expect(large.utf8.count > 1024)
            // Declared by Content-Length, and refused before reading.
            var declared = HTTPFields.json
            declared[.contentLength] = String(large.utf8.count)
            let byLength = try await post(client, large, headers: declared)
            #expect(byLength.status == .contentTooLarge)
            let problem = try byLength.problem()
            #expect(problem._type == "/problems/too-large" && problem.detail == "the request body is larger than 1024 bytes" && problem.field == "body")
            // Not declared: refused once the body grows past the limit.
            let undeclared = try await post(client, large)
            #expect(undeclared.status == .contentTooLarge)
            // Exactly at the limit is read (and then judged as a risk).
            let exact = "{\"product\": \"PH-NOPE\", \"risk\": {\"note\": \"" + String(repeating: "x", count: 1024 - 44) + "\"}}"
            #expect(exact.utf8.count == 1024)
            #expect(try await post(client, exact).status == .notFound)
        }
    }

    @Test func aDeeplyNestedBodyIs400AtTheBracketTooDeep() async throws {
        try await TestServer.with { client in
            // 100000 brackets: far past the 32 levels allowed, answered without parsing.
            let deep = "{\"product\": \"PH-PROP-SHOP\", \"risk\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
            let response = try await post(client, deep)
            #expect(response.status == .badRequest)
            let problem = try response.problem()
            #expect(problem._type == "/problems/invalid-input" && problem.detail == "the request body's objects and lists are nested more than 32 deep")
            // The body's own object is level 1; the brackets from column 37 are levels 2, 3, …, so
            // level 33, one too many, opens at column 37 + 31 = 68.
            #expect(problem.diagnostics?.first.map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0)" } == "request body:1:68")
        }
    }

    @Test func aListWithTooManyItemsIs413() async throws {
        try await TestServer.with { client in
            let items = Array(repeating: "{\"birthDate\": \"1990-01-01\"}", count: 10_001).joined(separator: ",")
            let response = try await post(client, "{\"product\": \"PH-ACC-GROUP\", \"risk\": {\"insured\": [\(items)]}}")
            #expect(response.status == .contentTooLarge)
            #expect(try response.problem().detail == "in the request body, a list or object has more than 10000 items")
        }
    }

    @Test func aBodyThatStopsArrivingIs408() async throws {
        var settings = ServerSettings(port: 0)
        settings.bodyTimeout = .seconds(1)
        // The connection's idle limit far away, so that only the body limit can answer.
        settings.idleTimeout = .seconds(600)
        try await TestServer.with(.live, settings: settings) { client in
            let port = try #require(client.port)
            let started = ContinuousClock.now
            let response = try await LoopbackHTTP.blocking {
                let connection = try LoopbackHTTP(port: port, timeout: 300)
                // Headers promise 100 bytes; 10 arrive, then nothing.
                try connection.send("POST /api/v1/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"product\"")
                return try connection.readResponse()
            }
            #expect(response.status == 408)
            #expect(response.headers["content-type"] == "application/problem+json")
            #expect(response.body.contains("\"type\":\"/problems/timeout\""))
            // Answered by the body limit, not by the idle limit ending the connection (loose: the
            // in-process server shares this test process's concurrency pool with the suite).
            #expect(ContinuousClock.now - started < .seconds(300))
        }
    }

    @Test func aClientThatNeverFinishesItsHeadersIsDisconnected() async throws {
        var settings = ServerSettings(port: 0)
        settings.idleTimeout = .seconds(1)
        try await TestServer.with(.live, settings: settings) { client in
            let port = try #require(client.port)
            let started = ContinuousClock.now
            let closed = try await LoopbackHTTP.blocking {
                let connection = try LoopbackHTTP(port: port, timeout: 40)
                try connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                return connection.isClosedByServer()
            }
            #expect(closed)
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }
}
