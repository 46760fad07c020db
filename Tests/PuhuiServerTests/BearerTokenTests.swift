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

/// Who calls: the bearer token, checked as the CLI checks it; anonymous callers price but keep
/// nothing; a customer reads only their own quotes.
@Suite struct BearerTokenTests {
    static let shopQuote: String = (try? ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop")) ?? "{}"

    func post(_ client: any TestClientProtocol, _ headers: HTTPFields) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/quotes", method: .post, headers: headers, body: ByteBuffer(text: Self.shopQuote))
    }

    @Test func anOperationNeedingATokenIs401WithTheScheme() async throws {
        let book = try ServerFixtures.book()
        try await TestServer.with(storage: book) { client in
            let none = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get)
            #expect(none.status == .unauthorized)
            #expect(none.headers[.wwwAuthenticate] == #"Bearer realm="puhui""#)
            let problem = try none.problem()
            #expect(problem._type == "/problems/unauthenticated" && problem.detail.contains("needs a bearer token"))

            // A token that was never issued, a header of another scheme, a bearer with nothing after it.
            for header in ["Bearer puhui_" + String(repeating: "x", count: 43), "Basic YWRtaW46YWRtaW4=", "Bearer ", "Bearer a b"] {
                let bad = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: [.authorization: header])
                #expect(bad.status == .unauthorized, "\(header)")
                #expect(bad.headers[.wwwAuthenticate] == #"Bearer realm="puhui", error="invalid_token""#, "\(header)")
                // The token is never echoed.
                #expect(!bad.text.contains("xxxxxxxx") && !bad.text.contains("YWRtaW46"), "\(header)")
            }
        }
    }

    @Test func aBadTokenIsRefusedEvenWhereAnonymousCallersAreServed() async throws {
        let book = try ServerFixtures.book()
        try await TestServer.with(storage: book) { client in
            let products = try await client.execute(uri: "/api/v1/products", method: .get, headers: [.authorization: "Bearer puhui_nope"])
            #expect(products.status == .unauthorized)
            let quote = try await post(client, .json(bearer: "puhui_nope"))
            #expect(quote.status == .unauthorized)
        }
        #expect(try await book.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quote") } == 0)
    }

    @Test func revokedAndExpiredTokensAndDisabledUsersAre401() async throws {
        let book = try ServerFixtures.book()
        let identity = IdentityService(storage: book, clock: ServerFixtures.clock)
        let admin = ActionContext(user: ServerFixtures.admin, at: ServerFixtures.clock.now())
        let revoked = try ServerFixtures.token(book, "clerk.ma")
        _ = try identity.revokeTokens(of: "clerk.ma", admin)
        // Valid to the end of 2026-11-23 (today); the server's clock is then moved on a day.
        let expiring = try identity.issueToken(for: "zhang.wei", expires: CivilDate(iso: "2026-11-23")!, admin)
        // Disabling a user revokes their tokens.
        let disabled = try ServerFixtures.token(book, "shop.owner")
        try identity.disable("shop.owner", admin)
        let tomorrow = PuhuiEngine(storage: book, clock: FixedClock(Instant(parsing: "2026-11-24T00:00")!), environment: ServerFixtures.environment)
        try await TestServer.with(storage: book, engine: tomorrow) { client in
            for (token, detail) in [(revoked, "was revoked"), (expiring, "expired"), (disabled, "shop.owner was revoked")] {
                let response = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer(token))
                #expect(response.status == .unauthorized)
                let problem = try response.problem()
                #expect(problem.detail.contains(detail), "\(problem.detail)")
            }
        }
    }

    @Test func anonymousCallersPriceAndSignedInCallersKeepTheirQuotes() async throws {
        let book = try ServerFixtures.book()
        let (clerk, owner) = (try ServerFixtures.token(book, "clerk.ma"), try ServerFixtures.token(book, "shop.owner"))
        try await TestServer.with(storage: book) { client in
            let anonymous = try await post(client, .json)
            #expect(anonymous.status == .ok && anonymous.headers[.location] == nil)
            #expect(try anonymous.decode(Components.Schemas.Quote.self).id == nil)

            let clerks = try await post(client, .json(bearer: clerk))
            #expect(clerks.status == .created && clerks.headers[.location] == "/api/v1/quotes/Q-000001")
            let owners = try await post(client, .json(bearer: owner))
            #expect(owners.status == .created && owners.headers[.location] == "/api/v1/quotes/Q-000002")
            // The same price whoever asks.
            #expect(try anonymous.decode(Components.Schemas.Quote.self).premium == "810.00")
            #expect(try owners.decode(Components.Schemas.Quote.self).premium == "810.00")

            // The customer reads their own quote; the clerk's is "not found" to them, not forbidden.
            let own = try await client.execute(uri: "/api/v1/quotes/Q-000002", method: .get, headers: .bearer(owner))
            #expect(own.status == .ok)
            let others = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer(owner))
            #expect(others.status == .notFound)
            #expect(try others.problem().detail == "quote Q-000001 does not exist")
            // An underwriter reads any.
            let any = try await client.execute(uri: "/api/v1/quotes/Q-000002", method: .get, headers: .bearer(clerk))
            #expect(any.status == .ok)
        }
        let owners = try await book.writer.read { try String.fetchAll($0, sql: "SELECT created_by FROM quote ORDER BY reference") }
        #expect(owners == ["clerk.ma", "shop.owner"])
    }

    @Test func aRoleThatMayNotKeepQuotesIs403NamingTheRole() async throws {
        let book = try ServerFixtures.book()
        let adjuster = try ServerFixtures.token(book, "chen.jie")
        try await TestServer.with(storage: book) { client in
            let response = try await post(client, .json(bearer: adjuster))
            #expect(response.status == .forbidden)
            let problem = try response.problem()
            #expect(problem.detail == "chen.jie may not store quotes: role underwriter or customer needed", "\(problem.detail)")
            let read = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer(adjuster))
            #expect(read.status == .forbidden)
        }
        #expect(try await book.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quote") } == 0)
    }

    @Test func theAccessLogHasNoTokenAndNoUser() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        let log = LogRecord()
        try await TestServer.with(storage: book, log: log) { client in
            _ = try await post(client, .json(bearer: clerk))
            _ = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer("puhui_wrong"))
        }
        let lines = log.all.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        #expect(log.requests.count == 2)
        #expect(!lines.contains(clerk) && !lines.contains("puhui_wrong") && !lines.contains("clerk.ma"))
    }
}
