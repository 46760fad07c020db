import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Signing in to the pages: one-time codes and sessions, stored hashed, used once, expiring,
/// on the audit chain.
@Suite(.serialized) struct WebSignInTests {
    static let now = TestBook.clock.now()

    func book() throws -> TestBook {
        let book = try TestBook()
        _ = try book.engine.identity.addUser(name: "shop.owner", roles: [.customer], party: "P-000001",
                                             ActionContext(user: TestBook.admin, at: Self.now))
        return book
    }

    func service(_ book: TestBook, at instant: Instant) -> WebSignInService {
        WebSignInService(storage: book.storage, clock: FixedClock(instant))
    }

    @Test func aCodeWorksOnceAndIsStoredAsItsDigestOnly() throws {
        let book = try book()
        let issued = try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, book.context("clerk.ma", at: Self.now))
        #expect(issued.code.count == 43)
        // 12:00 + 30 minutes.
        #expect(issued.expiresAt == Instant(parsing: "2026-11-23T12:30")!)
        let stored = try book.db.read { db in try String.fetchAll(db, sql: "SELECT digest FROM signin_code") }
        #expect(stored == [AccessToken.digest(issued.code)])
        #expect(!stored.contains(issued.code))

        let begun = try service(book, at: Instant(parsing: "2026-11-23T12:10")!).signIn(code: issued.code)
        #expect(begun.user.name == "shop.owner" && begun.user.party == "P-000001")
        let sessions = try book.db.read { db in try String.fetchAll(db, sql: "SELECT digest FROM web_session") }
        #expect(sessions == [AccessToken.digest(begun.token)])
        #expect(try service(book, at: Instant(parsing: "2026-11-23T12:11")!).authenticate(session: begun.token).name == "shop.owner")

        // The second use is refused, and starts no session.
        #expect(throws: PuhuiError(.unauthenticated, "the sign-in link was used already; ask for a new one")) {
            try service(book, at: Instant(parsing: "2026-11-23T12:12")!).signIn(code: issued.code)
        }
        #expect(try book.count("web_session") == 1)
    }

    @Test func aCodeExpiresAtItsMinuteAndASessionAfterTwelveHours() throws {
        let book = try book()
        let issued = try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, book.context("admin.li", at: Self.now))
        // Expired exactly at 12:30 (a code works while now < expiry).
        #expect(throws: PuhuiError.self) { try service(book, at: Instant(parsing: "2026-11-23T12:30")!).signIn(code: issued.code) }
        let again = try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, book.context("admin.li", at: Self.now))
        let begun = try service(book, at: Instant(parsing: "2026-11-23T12:29")!).signIn(code: again.code)
        // The session began 12:29, lasts 12 hours: good at 00:28 the next day, over at 00:29.
        #expect(try service(book, at: Instant(parsing: "2026-11-24T00:28")!).authenticate(session: begun.token).name == "shop.owner")
        #expect(throws: PuhuiError.self) { try service(book, at: Instant(parsing: "2026-11-24T00:29")!).authenticate(session: begun.token) }
        #expect(throws: PuhuiError.self) { try service(book, at: Self.now).signIn(code: "not-a-code") }
        #expect(throws: PuhuiError.self) {
            try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 0, book.context("admin.li", at: Self.now))
        }
    }

    @Test func signingOutEndsTheSessionAndEachStepIsAudited() throws {
        let book = try book()
        let before = try book.count("audit_event")
        let issued = try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, book.context("clerk.ma", at: Self.now))
        let signIn = service(book, at: Instant(parsing: "2026-11-23T12:05")!)
        let begun = try signIn.signIn(code: issued.code)
        try signIn.signOut(session: begun.token)
        #expect(throws: PuhuiError(.unauthenticated, "signed out")) { try signIn.authenticate(session: begun.token) }
        let actions = try book.db.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_event WHERE subject = 'user shop.owner' ORDER BY id")
        }
        #expect(actions.suffix(3) == ["sign-in link issued", "signed in", "signed out"])
        #expect(try book.count("audit_event") == before + 3)
        // No code or token is in any event.
        let texts = try book.db.read { db in try String.fetchAll(db, sql: "SELECT coalesce(after, '') FROM audit_event") }
        #expect(!texts.contains { $0.contains(issued.code) || $0.contains(begun.token) })
        #expect(try book.engine.audit.verify(book.context("admin.li", at: Self.now)).firstBreak == nil)
    }

    @Test func anUnderwriterIssuesLinksForCustomersOnlyAndDisabledUsersCannotSignIn() throws {
        let book = try book()
        #expect(throws: PuhuiError.self) {
            try book.engine.webSignIn.issueCode(for: "chen.jie", validMinutes: 30, book.context("clerk.ma", at: Self.now))
        }
        let forStaff = try book.engine.webSignIn.issueCode(for: "chen.jie", validMinutes: 30, book.context("admin.li", at: Self.now))
        #expect(try service(book, at: Self.now).signIn(code: forStaff.code).user.roles.contains(.adjuster))
        let code = try book.engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, book.context("admin.li", at: Self.now))
        try book.engine.identity.disable("shop.owner", book.context("admin.li", at: Self.now))
        #expect(throws: PuhuiError(.unauthenticated, "user shop.owner is disabled")) { try service(book, at: Self.now).signIn(code: code.code) }
    }

    @Test func theCSRFTokenBelongsToTheSession() {
        let token = WebSignInService.csrfToken(session: "abc")
        #expect(WebSignInService.checkCSRF(token, session: "abc"))
        #expect(!WebSignInService.checkCSRF(token, session: "abd"))
        #expect(!WebSignInService.checkCSRF(nil, session: "abc"))
        #expect(!WebSignInService.checkCSRF(String(token.dropLast()), session: "abc"))
        #expect(token != AccessToken.digest("abc"))
    }
}
