import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct TokenTests {
    let now = Instant(parsing: "2026-11-23T12:00")!

    func setUp() throws -> (SQLiteStorage, IdentityService, String) {
        let storage = try SQLiteStorage.inMemory()
        let identity = IdentityService(storage: storage, clock: FixedClock(now))
        let token = try identity.initialize(admin: "admin.li")
        return (storage, identity, token)
    }

    @Test func aTokenIsRandomShownOnceAndStoredOnlyAsItsHash() throws {
        let (storage, identity, token) = try setUp()
        #expect(token.hasPrefix("puhui_") && token.count == 6 + 43)
        let another = IdentityService.newToken()
        #expect(another != token && another.count == token.count)
        let stored = try storage.writer.read { try String.fetchAll($0, sql: "SELECT digest FROM access_token") }
        #expect(stored == [AccessToken.digest(token)])
        // The token itself appears nowhere in the database.
        let everything = try storage.writer.read { db in
            try String.fetchAll(db, sql: "SELECT ifnull(before, '') || ifnull(after, '') FROM audit_event").joined()
        }
        #expect(!everything.contains(token))
        #expect(try identity.authenticate(token: token + "\n") == AuthenticatedUser(name: "admin.li", roles: [.admin]))
        // Set up once only.
        #expect(throws: PuhuiError.refused("this database has users already; the first administrator is set up once")) {
            try identity.initialize(admin: "other.admin")
        }
    }

    @Test func unknownExpiredRevokedAndDisabledTokensAreRefused() throws {
        let (storage, identity, adminToken) = try setUp()
        let admin = ActionContext(user: try identity.authenticate(token: adminToken), at: now)
        _ = try identity.addUser(name: "chen.jie", roles: [.adjuster], grants: [
            AuthorityGrant(user: "chen.jie", kind: .claims, line: nil, amount: Money(yuan: 50_000), effectiveFrom: CivilDate(iso: "2026-01-01")!),
        ], admin)
        let expiring = try identity.issueToken(for: "chen.jie", expires: CivilDate(iso: "2026-11-23"), admin)
        #expect(try identity.authenticate(token: expiring).name == "chen.jie")
        let later = IdentityService(storage: storage, clock: FixedClock(Instant(parsing: "2026-11-24T00:00")!))
        #expect(throws: PuhuiError(.unauthenticated, "the token of chen.jie expired at 2026-11-24 00:00")) { try later.authenticate(token: expiring) }
        #expect(throws: PuhuiError(.unauthenticated, "the token is not known (mistyped, or from another database)")) {
            try identity.authenticate(token: "puhui_nothing")
        }
        #expect(throws: PuhuiError(.unauthenticated, "no token: sign in with a token")) { try identity.authenticate(token: " ") }

        let lasting = try identity.issueToken(for: "chen.jie", expires: nil, admin)
        #expect(try identity.revokeTokens(of: "chen.jie", admin) == 2)
        #expect(throws: PuhuiError(.unauthenticated, "the token of chen.jie was revoked at 2026-11-23 12:00")) { try identity.authenticate(token: lasting) }

        let fresh = try identity.issueToken(for: "chen.jie", expires: nil, admin)
        try identity.disable("chen.jie", admin)
        #expect(throws: PuhuiError.self) { try identity.authenticate(token: fresh) }
        #expect(throws: PuhuiError.refused("user chen.jie is disabled; no token is issued")) { try identity.issueToken(for: "chen.jie", expires: nil, admin) }
        // Every change is on the trail, naming who made it.
        let events = try storage.read { try $0.audit.events(subjects: ["user chen.jie"]) }
        #expect(events.map(\.action) == ["user added", "authority granted", "token issued", "token issued", "tokens revoked", "token issued", "user disabled"])
        #expect(Set(events.map(\.actor)) == ["admin.li"])
    }

    @Test func onlyAnAdministratorManagesUsers() throws {
        let (_, identity, adminToken) = try setUp()
        let admin = ActionContext(user: try identity.authenticate(token: adminToken), at: now)
        _ = try identity.addUser(name: "zhao.min", roles: [.adjuster, .approver], admin)
        let zhao = ActionContext(user: AuthenticatedUser(name: "zhao.min", roles: [.adjuster, .approver]), at: now)
        #expect(throws: PuhuiError(.unauthorized, "zhao.min may not manage users and authority: role admin needed")) {
            try identity.grant(AuthorityGrant(user: "zhao.min", kind: .claims, line: nil, amount: Money(yuan: 99_000_000),
                                              effectiveFrom: CivilDate(iso: "2026-01-01")!), zhao)
        }
        #expect(throws: PuhuiError.self) { try identity.issueToken(for: "admin.li", expires: nil, zhao) }
        // Roles that do not go together, and authority without its role, are refused.
        #expect(throws: PuhuiError.invalid("user wang.fang: a customer holds no staff role")) {
            try identity.addUser(name: "wang.fang", roles: [.customer, .adjuster], party: "P-000001", admin)
        }
        #expect(throws: PuhuiError.invalid("user li.na: underwriting authority goes with the role underwriter")) {
            try identity.addUser(name: "li.na", roles: [.adjuster], grants: [
                AuthorityGrant(user: "li.na", kind: .underwriting, line: nil, amount: Money(yuan: 1), effectiveFrom: CivilDate(iso: "2026-01-01")!),
            ], admin)
        }
    }

    @Test func authorityHasEffectiveDates() throws {
        let book = try TestBook()
        let admin = ActionContext(user: TestBook.admin, at: Instant(parsing: "2026-11-23T12:00")!)
        // chen.jie: 50000 from 2026-01-01 (config); 80000 from 2026-07-01.
        try book.engine.identity.grant(AuthorityGrant(user: "chen.jie", kind: .claims, line: nil, amount: Money(yuan: 80_000),
                                                      effectiveFrom: CivilDate(iso: "2026-07-01")!), admin)
        let grants = try book.storage.read { try $0.users.grants(kind: .claims) }
        let book2 = AuthorityBook(grants: grants)
        #expect(book2.limit(of: "chen.jie", .claims, on: .property, date: CivilDate(iso: "2026-06-30")!) == Money(yuan: 50_000))
        #expect(book2.limit(of: "chen.jie", .claims, on: .property, date: CivilDate(iso: "2026-07-01")!) == Money(yuan: 80_000))
        #expect(book2.limit(of: "chen.jie", .claims, on: .property, date: CivilDate(iso: "2025-12-31")!) == nil)
        let details = try book.engine.identity.user("chen.jie", admin)
        #expect(details.grants.map { "\($0.amount.yuanString) \($0.effectiveFrom) \($0.effectiveTo?.description ?? "open")" }
                == ["50000.00 2026-01-01 2026-06-30", "80000.00 2026-07-01 open"])
    }
}
