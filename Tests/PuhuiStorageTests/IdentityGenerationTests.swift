import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The v17 counter: raised, in the same transaction, by every change to users, roles and
/// tokens, whoever writes them; untouched by the rest of the book.
@Suite struct IdentityGenerationTests {
    static let clock = FixedClock(Instant(parsing: "2026-11-23T12:00")!)
    static let admin = ActionContext(user: AuthenticatedUser(name: "admin.li", roles: [.admin]), at: clock.now())

    func generation(_ storage: SQLiteStorage) throws -> Int64 {
        try storage.read { try $0.users.identityGeneration() }
    }

    @Test func everyChangeToUsersRolesAndTokensRaisesIt() throws {
        let storage = try SQLiteStorage.inMemory()
        #expect(try generation(storage) == 0)
        let identity = IdentityService(storage: storage, clock: Self.clock)
        // The first administrator: a user, a role, a token.
        _ = try identity.initialize(admin: "admin.li")
        #expect(try generation(storage) == 3)
        _ = try identity.addUser(name: "clerk.ma", roles: [.underwriter], Self.admin)
        #expect(try generation(storage) == 5)
        _ = try identity.issueToken(for: "clerk.ma", expires: nil, Self.admin)
        #expect(try generation(storage) == 6)
        _ = try identity.revokeTokens(of: "clerk.ma", Self.admin)
        #expect(try generation(storage) == 7)
        // Disabling: the status, and the tokens (none left valid: no row changes).
        try identity.disable("clerk.ma", Self.admin)
        #expect(try generation(storage) == 8)
        // A write outside the services counts too.
        try storage.writer.write { db in try db.execute(sql: "DELETE FROM user_role WHERE role = 'underwriter'") }
        #expect(try generation(storage) == 9)
        // The rest of the book does not: an audit event alone leaves it as it was.
        try storage.write { session in
            try session.audit.record(AuditEvent(at: Self.clock.now(), recordedAt: Self.clock.now(), actor: "admin.li", subject: "book",
                                                action: "noted", after: "nothing about users"))
        }
        #expect(try generation(storage) == 9)
        #expect(storage.identityGenerationWithoutWaiting() == 9)
        // The catalog's counter is another: no product or rate table was touched.
        #expect(storage.catalogGenerationWithoutWaiting() == 0)
    }

    @Test func aFileIsReadWithoutWaitingFromItsOwnConnection() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let storage = try SQLiteStorage.open(path: directory + "/book.sqlite", mode: .create)
        #expect(storage.identityGenerationWithoutWaiting() == 0)
        _ = try IdentityService(storage: storage, clock: Self.clock).initialize(admin: "admin.li")
        #expect(storage.identityGenerationWithoutWaiting() == 3)
        // Another connection's commit is seen at once.
        let other = try SQLiteStorage.open(path: directory + "/book.sqlite", mode: .existing)
        _ = try IdentityService(storage: other, clock: Self.clock).issueToken(for: "admin.li", expires: nil, Self.admin)
        #expect(storage.identityGenerationWithoutWaiting() == 4)
    }
}
