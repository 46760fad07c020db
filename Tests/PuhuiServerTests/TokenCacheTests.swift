import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// The server keeps what a token proved, and stops trusting it the moment anything about users,
/// roles or tokens changes, whoever changes it: here a second connection to the same file
/// stands for the CLI in another process.
@Suite struct TokenCacheTests {
    /// A clock the test moves.
    final class MovableClock: Clock {
        private let instant: Mutex<Instant>
        init(_ start: Instant) { instant = Mutex(start) }
        func now() -> Instant { instant.withLock { $0 } }
        func set(_ value: Instant) { instant.withLock { $0 = value } }
    }

    static func scratchFile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-tokens-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/book.sqlite"
    }

    static let admin = ActionContext(user: ServerFixtures.admin, at: ServerFixtures.clock.now())

    /// Quote Q-000001 does not exist: 404 means the token was accepted, 401 that it was not.
    func readQuote(_ client: any TestClientProtocol, _ token: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer(token))
    }

    @Test func aTokenRevokedByAnotherProgramStopsAtTheNextRequest() async throws {
        let path = try Self.scratchFile()
        let book = try ServerFixtures.book(file: path)
        let token = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            // Twice: the second answer comes from what the first kept.
            #expect(try await readQuote(client, token).status == .notFound)
            #expect(try await readQuote(client, token).status == .notFound)
            let cli = try SQLiteStorage.open(path: path, mode: .existing)
            #expect(try IdentityService(storage: cli, clock: ServerFixtures.clock).revokeTokens(of: "clerk.ma", Self.admin) == 1)
            let refused = try await readQuote(client, token)
            #expect(refused.status == .unauthorized)
            #expect(try refused.problem().detail.contains("was revoked"))
        }
    }

    @Test func aRoleTakenByAnotherProgramCountsAtTheNextRequest() async throws {
        let path = try Self.scratchFile()
        let book = try ServerFixtures.book(file: path)
        let token = try ServerFixtures.token(book, "chen.jie")
        try await TestServer.with(storage: book) { client in
            #expect(try await client.execute(uri: "/api/v1/claims", method: .get, headers: .bearer(token)).status == .ok)
            // Any program writing the file (not only Puhui's services): the triggers count it.
            let other = try DatabaseQueue(path: path)
            try await other.write { db in
                try db.execute(sql: "DELETE FROM user_role WHERE user_id = (SELECT id FROM user_account WHERE name = 'chen.jie')")
            }
            try other.close()
            let refused = try await client.execute(uri: "/api/v1/claims", method: .get, headers: .bearer(token))
            #expect(refused.status == .forbidden)
        }
    }

    @Test func aKeptTokenExpiresOnTime() async throws {
        let book = try ServerFixtures.book()
        // Valid to the end of 2026-11-23, China time.
        let token = try IdentityService(storage: book, clock: ServerFixtures.clock)
            .issueToken(for: "clerk.ma", expires: CivilDate(iso: "2026-11-23")!, Self.admin)
        let clock = MovableClock(Instant(parsing: "2026-11-23T23:59")!)
        let engine = PuhuiEngine(storage: book, clock: clock, environment: ServerFixtures.environment)
        try await TestServer.with(storage: book, engine: engine) { client in
            #expect(try await readQuote(client, token).status == .notFound)
            clock.set(Instant(parsing: "2026-11-24T00:00")!)
            let refused = try await readQuote(client, token)
            #expect(refused.status == .unauthorized)
            #expect(try refused.problem().detail.contains("expired"))
        }
    }

    @Test func anEntryHoldsOnlyAtItsGenerationAndBeforeItsExpiry() {
        let cache = TokenCache(capacity: 2)
        let user = AuthenticatedUser(name: "clerk.ma", roles: [.underwriter])
        let noon = Instant(parsing: "2026-11-23T12:00")!
        cache.remember(digest: "a", ProvenToken(user: user, expiresAt: Instant(parsing: "2026-11-24T00:00")!, generation: 7))
        #expect(cache.user(digest: "a", generation: 7, at: noon) == user)
        #expect(cache.user(digest: "a", generation: 8, at: noon) == nil)
        #expect(cache.user(digest: "b", generation: 7, at: noon) == nil)
        // Expired at the instant of expiry, as IdentityService.authenticate says.
        #expect(cache.user(digest: "a", generation: 7, at: Instant(parsing: "2026-11-24T00:00")!) == nil)
        // Full: it starts afresh rather than growing.
        cache.remember(digest: "b", ProvenToken(user: user, expiresAt: nil, generation: 7))
        cache.remember(digest: "c", ProvenToken(user: user, expiresAt: nil, generation: 7))
        #expect(cache.count == 1 && cache.user(digest: "c", generation: 7, at: noon) == user)
    }
}
