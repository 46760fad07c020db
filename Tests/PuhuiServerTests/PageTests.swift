import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// The pages: sign-in, session cookies, CSRF, ownership, roles, escaping and the security
/// headers, in process. One test at a time, each book built on a thread of its own: building a
/// book blocks for a second or more, and the suite's async tests share few threads.
@Suite(.serialized) struct PageTests {
    static let clerk = ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: Instant(parsing: "2026-06-28T10:00")!)
    static let admin = ActionContext(user: ServerFixtures.admin, at: ServerFixtures.clock.now())

    /// The fixtures' book, with a property policy of P-000001 (`shop.owner`), a second customer
    /// `other.owner` whose party's name is markup, with a policy and a claim of its own.
    struct Book: Sendable {
        let storage: SQLiteStorage
        let ownPolicy: String
        let otherPolicy: String
        let otherClaim: String
    }

    static func book() async throws -> Book {
        try await LoopbackHTTP.blocking { try makeBook() }
    }

    static func makeBook() throws -> Book {
        let storage = try ServerFixtures.book()
        let engine = ServerFixtures.engine(storage)
        let risk = try ServerFixtures.text("examples/risks/property-shop.json")
        let parties = try engine.parties()
        let other = try parties.register(PartyInput(kind: .enterprise, name: "<script>alert(1)</script>小店", identifier: TestIdentifiers.creditCode("91", serial: 8),
                                                    industryCode: "H6210", employees: 3, revenue: "80", figuresYear: 2025),
                                         ActionContext(user: clerk.user, at: Instant(parsing: "2026-01-06T10:00")!))
        _ = try engine.identity.addUser(name: "other.owner", roles: [.customer], party: other.reference, admin)
        func policy(_ holder: String) throws -> String {
            let applying = UnderwritingService(storage: storage, clock: FixedClock(clerk.at))
            let result = try applying.apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: holder, riskText: risk, riskSource: "risk",
                                                               start: CivilDate(iso: "2026-07-01"), documents: ["application-form", "business-licence"]), clerk)
            let policy = try #require(result.policy)
            _ = try PremiumService(storage: storage, clock: FixedClock(clerk.at)).receive(policy.number, amount: policy.premium, reference: nil, clerk)
            return policy.number
        }
        let own = try policy("P-000001")
        let theirs = try policy(other.reference)
        let report = try engine.claims().report(policy: theirs, lossDate: CivilDate(iso: "2026-08-10")!, type: "fire", claimed: Money(yuan: 60_000),
                                                description: nil, ActionContext(user: AuthenticatedUser(name: "other.owner", roles: [.customer], party: other.reference),
                                                                                at: Instant(parsing: "2026-08-10T15:00")!))
        return Book(storage: storage, ownPolicy: own, otherPolicy: theirs, otherClaim: report.claim.reference)
    }

    /// Signs `user` in through a one-time link; the session cookie's value.
    static func signIn(_ client: any TestClientProtocol, _ storage: SQLiteStorage, _ user: String) async throws -> String {
        let code = try ServerFixtures.engine(storage).webSignIn.issueCode(for: user, validMinutes: 30, admin).code
        let response = try await client.execute(uri: "/signin?code=\(code)", method: .get)
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("puhui_session=") })
        return String(cookie.dropFirst("puhui_session=".count).prefix { $0 != ";" })
    }

    /// The claims of the book, however many.
    static func claimCount(_ storage: SQLiteStorage) throws -> Int {
        try storage.read { try $0.claims.list(ClaimListFilter(asOf: ServerFixtures.clock.now())).count }
    }

    static func cookie(_ session: String) -> HTTPFields { [.cookie: "puhui_session=\(session)"] }

    static func form(_ session: String) -> HTTPFields {
        [.cookie: "puhui_session=\(session)", .contentType: "application/x-www-form-urlencoded"]
    }

    @Test func aSignInLinkSetsAStrictCookieOnceAndLeavesTheAddressBar() async throws {
        let book = try await Self.book()
        let code = try ServerFixtures.engine(book.storage).webSignIn.issueCode(for: "shop.owner", validMinutes: 30, Self.admin).code
        try await TestServer.with(storage: book.storage) { client in
            let first = try await client.execute(uri: "/signin?code=\(code)", method: .get)
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/")
            let cookie = try #require(first.headers[.setCookie])
            #expect(cookie.hasPrefix("puhui_session="))
            for attribute in ["Path=/", "SameSite=Lax", "HttpOnly", "Max-Age=43200"] { #expect(cookie.contains("; \(attribute)"), "\(attribute)") }
            #expect(!cookie.contains("Secure"))
            #expect(!cookie.contains(code))
            // The same link again: refused, no cookie.
            let second = try await client.execute(uri: "/signin?code=\(code)", method: .get)
            #expect(second.status == .unauthorized)
            #expect(second.headers[.setCookie] == nil)
            #expect(second.text.contains("used already"))
            // Behind a TLS proxy the cookie is Secure; staff land on their desk.
            let staffCode = try ServerFixtures.engine(book.storage).webSignIn.issueCode(for: "chen.jie", validMinutes: 30, Self.admin).code
            let secure = try await client.execute(uri: "/signin?code=\(staffCode)", method: .get, headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(secure.headers[.setCookie]?.contains("; Secure") == true)
            #expect(secure.headers[.location] == "/desk")
        }
    }

    @Test func everyPageCarriesTheSecurityHeadersAndNoScript() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await Self.signIn(client, book.storage, "shop.owner")
            for path in ["/", "/policies/\(book.ownPolicy)", "/report", "/report?policy=\(book.ownPolicy)", "/signin", "/claims/CLM-2099-000001"] {
                let page = try await client.execute(uri: path, method: .get, headers: Self.cookie(session))
                #expect(page.headers[.contentSecurityPolicy] == "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'", "\(path)")
                #expect(page.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(page.headers[.init("Referrer-Policy")!] == "no-referrer", "\(path)")
                #expect(page.headers[.cacheControl] == "no-store", "\(path)")
                #expect(!page.text.lowercased().contains("<script"), "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(path)")
            }
            let css = try await client.execute(uri: "/static/puhui.css", method: .get)
            #expect(css.status == .ok && css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test func aFormWithoutTheSessionsCSRFTokenIs403AndChangesNothing() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await Self.signIn(client, book.storage, "shop.owner")
            let claims = try Self.claimCount(book.storage)
            let fields = "policy=\(book.ownPolicy)&lossDate=2026-08-10&type=fire&claimed=60000"
            let other = try await Self.signIn(client, book.storage, "other.owner")
            for body in [fields, fields + "&csrf=wrong", fields + "&csrf=" + WebSignInService.csrfToken(session: other)] {
                let response = try await client.execute(uri: "/report", method: .post, headers: Self.form(session), body: ByteBuffer(string: body))
                #expect(response.status == .forbidden, "\(body)")
            }
            // Without a session at all, too; and sign-out needs the token like any form.
            let anonymous = try await client.execute(uri: "/report", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: fields + "&csrf=" + WebSignInService.csrfToken(session: session)))
            #expect(anonymous.status == .forbidden)
            let signOut = try await client.execute(uri: "/signout", method: .post, headers: Self.form(session), body: ByteBuffer(string: "csrf=x"))
            #expect(signOut.status == .forbidden)
            #expect(try Self.claimCount(book.storage) == claims)

            // With the token the loss is reported, and the claim page lists every document needed.
            let csrf = WebSignInService.csrfToken(session: session)
            let reported = try await client.execute(uri: "/report", method: .post, headers: Self.form(session), body: ByteBuffer(string: fields + "&csrf=\(csrf)"))
            #expect(reported.status == .seeOther)
            #expect(try Self.claimCount(book.storage) == claims + 1)
            let location = try #require(reported.headers[.location])
            let claim = try await client.execute(uri: location, method: .get, headers: Self.cookie(session))
            #expect(claim.status == .ok)
            #expect(claim.text.contains("消防部门火灾事故认定书"))
            // Signing out with the token ends the session.
            let out = try await client.execute(uri: "/signout", method: .post, headers: Self.form(session), body: ByteBuffer(string: "csrf=\(csrf)"))
            #expect(out.status == .seeOther && out.headers[.setCookie]?.contains("Max-Age=0") == true)
            let after = try await client.execute(uri: location, method: .get, headers: Self.cookie(session))
            #expect(after.status == .unauthorized)
        }
    }

    @Test func anotherCustomersPolicyOrClaimIsNotFound() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await Self.signIn(client, book.storage, "shop.owner")
            // The policy schedule, kept with the policy, is listed and downloads as sent.
            let schedule = try ServerFixtures.engine(book.storage).letters()
                .issueSchedule(book.ownPolicy, ActionContext(user: Self.clerk.user, at: ServerFixtures.clock.now()))
            let own = try await client.execute(uri: "/policies/\(book.ownPolicy)", method: .get, headers: Self.cookie(session))
            #expect(own.status == .ok && own.text.contains("/letters/\(schedule.record.reference)"))
            let download = try await client.execute(uri: "/letters/\(schedule.record.reference)", method: .get, headers: Self.cookie(session))
            #expect(download.status == .ok && download.headers[.contentType] == "application/octet-stream")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"\(schedule.record.fileName)\"")
            #expect(Array(download.body.readableBytesView) == schedule.bytes)
            let stranger = try await Self.signIn(client, book.storage, "other.owner")
            #expect(try await client.execute(uri: "/letters/\(schedule.record.reference)", method: .get, headers: Self.cookie(stranger)).status == .notFound)
            for path in ["/policies/\(book.otherPolicy)", "/claims/\(book.otherClaim)", "/report?policy=\(book.otherPolicy)"] {
                let page = try await client.execute(uri: path, method: .get, headers: Self.cookie(session))
                if path.hasPrefix("/report") {
                    // The form offers the customer's own policies only.
                    #expect(page.status == .ok && !page.text.contains(book.otherPolicy), "\(path)")
                } else {
                    #expect(page.status == .notFound, "\(path)")
                    #expect(!page.text.contains("<script>alert"), "\(path)")
                }
            }
            // Reporting on it is "not found" too, and nothing is written.
            let claims = try Self.claimCount(book.storage)
            let body = "policy=\(book.otherPolicy)&lossDate=2026-08-10&type=fire&claimed=100&csrf=\(WebSignInService.csrfToken(session: session))"
            let report = try await client.execute(uri: "/report", method: .post, headers: Self.form(session), body: ByteBuffer(string: body))
            #expect(report.status == .notFound)
            #expect(try Self.claimCount(book.storage) == claims)
        }
    }

    @Test func staffPagesFollowTheRolesTheServicesCheck() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let customer = try await Self.signIn(client, book.storage, "shop.owner")
            let desk = try await client.execute(uri: "/desk", method: .get, headers: Self.cookie(customer))
            #expect(desk.status == .notFound)
            let anonymous = try await client.execute(uri: "/desk", method: .get)
            #expect(anonymous.status == .unauthorized)

            // An adjuster sees the claim and its forms; approving a payment needs the approver role.
            let adjuster = try await Self.signIn(client, book.storage, "chen.jie")
            let claim = try await client.execute(uri: "/claims/\(book.otherClaim)", method: .get, headers: Self.cookie(adjuster))
            #expect(claim.status == .ok && claim.text.contains("name=\"action\" value=\"decide\""))
            let csrf = WebSignInService.csrfToken(session: adjuster)
            let approve = try await client.execute(uri: "/claims/\(book.otherClaim)", method: .post, headers: Self.form(adjuster),
                                                   body: ByteBuffer(string: "action=approve&version=1&csrf=\(csrf)"))
            #expect(approve.status == .forbidden)
            #expect(approve.text.contains("role approver needed"))
            // A customer posting a staff action: the service refuses the role.
            let own = try await client.execute(uri: "/claims/\(book.otherClaim)", method: .post, headers: Self.form(customer),
                                               body: ByteBuffer(string: "action=decide&covered=yes&version=1&csrf=\(WebSignInService.csrfToken(session: customer))"))
            #expect(own.status == .notFound)
        }
    }

    @Test func anActionOnAClaimThatChangedSinceThePageIsRefused() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let adjuster = try await Self.signIn(client, book.storage, "chen.jie")
            let csrf = WebSignInService.csrfToken(session: adjuster)
            let engine = ServerFixtures.engine(book.storage)
            let reader = ActionContext(user: AuthenticatedUser(name: "chen.jie", roles: [.adjuster]), at: ServerFixtures.clock.now())
            let version = try engine.claims().claim(book.otherClaim, reader).version
            let take = try await client.execute(uri: "/claims/\(book.otherClaim)", method: .post, headers: Self.form(adjuster),
                                                body: ByteBuffer(string: "action=take&version=\(version)&csrf=\(csrf)"))
            #expect(take.status == .seeOther)
            #expect(try engine.claims().claim(book.otherClaim, reader).adjuster == "chen.jie")
            // The same version again: the claim moved on.
            let stale = try await client.execute(uri: "/claims/\(book.otherClaim)", method: .post, headers: Self.form(adjuster),
                                                 body: ByteBuffer(string: "action=close&version=\(version)&csrf=\(csrf)"))
            #expect(stale.status == .preconditionFailed)
            #expect(try engine.claims().claim(book.otherClaim, reader).version == version + 1)
        }
    }

    @Test func markupInAPartysNameRendersInert() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await Self.signIn(client, book.storage, "other.owner")
            let page = try await client.execute(uri: "/policies/\(book.otherPolicy)", method: .get, headers: Self.cookie(session))
            #expect(page.status == .ok)
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;小店"))
            #expect(!page.text.contains("<script>"))
        }
    }

    @Test func theLanguageSwitchIsACookieAndComesBackToTheSamePage() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await Self.signIn(client, book.storage, "shop.owner")
            let zh = try await client.execute(uri: "/", method: .get, headers: Self.cookie(session))
            #expect(zh.text.contains("我的保单") && zh.text.contains("lang=\"zh-CN\""))
            let switched = try await client.execute(uri: "/language?set=en&back=/policies/\(book.ownPolicy)", method: .get)
            #expect(switched.status == .seeOther && switched.headers[.location] == "/policies/\(book.ownPolicy)")
            #expect(switched.headers[.setCookie]?.hasPrefix("lang=en;") == true)
            let en = try await client.execute(uri: "/", method: .get, headers: [.cookie: "puhui_session=\(session); lang=en"])
            #expect(en.text.contains("My policies") && en.text.contains("lang=\"en\""))
            // Never back to another site.
            for back in ["//evil.example", "https://evil.example", "/\\evil"] {
                let away = try await client.execute(uri: "/language?set=en&back=\(back)", method: .get)
                #expect(away.headers[.location] == "/", "\(back)")
            }
        }
    }

    @Test func theUnderwritingQueueShowsTheAuthorityFigureAndDecidesByRole() async throws {
        let book = try await Self.book()
        let big = try ServerFixtures.text("examples/risks/property-shop.json").replacingOccurrences(of: "\"800000\"", with: "\"3500000\"")
        let referral = try UnderwritingService(storage: book.storage, clock: FixedClock(Self.clerk.at))
            .apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: "P-000001", riskText: big, riskSource: "risk", start: CivilDate(iso: "2026-12-01"),
                                      documents: ["application-form", "business-licence"]), Self.clerk)
        #expect(referral.decision.outcome == .refer)
        try await TestServer.with(storage: book.storage) { client in
            let customer = try await Self.signIn(client, book.storage, "shop.owner")
            #expect(try await client.execute(uri: "/desk/underwriting", method: .get, headers: Self.cookie(customer)).status == .notFound)
            let adjuster = try await Self.signIn(client, book.storage, "chen.jie")
            #expect(try await client.execute(uri: "/desk/underwriting", method: .get, headers: Self.cookie(adjuster)).status == .forbidden)

            let underwriter = try await Self.signIn(client, book.storage, "li.na")
            let queue = try await client.execute(uri: "/desk/underwriting", method: .get, headers: Self.cookie(underwriter))
            #expect(queue.status == .ok)
            // The sum insured is what PH-PROP-SHOP's authority is checked on: 3,500,000 yuan.
            #expect(queue.text.contains(referral.application) && queue.text.contains("保险金额 ¥3500000.00"))
            let csrf = WebSignInService.csrfToken(session: underwriter)
            let noReason = try await client.execute(uri: "/desk/underwriting", method: .post, headers: Self.form(underwriter),
                                                    body: ByteBuffer(string: "application=\(referral.application)&decision=decline&csrf=\(csrf)"))
            #expect(noReason.status == .badRequest && noReason.text.contains("拒保须说明理由"))
            let declined = try await client.execute(uri: "/desk/underwriting", method: .post, headers: Self.form(underwriter),
                                                    body: ByteBuffer(string: "application=\(referral.application)&decision=decline&note=outside+appetite&csrf=\(csrf)"))
            #expect(declined.status == .seeOther)
            let after = try await client.execute(uri: "/desk/underwriting", method: .get, headers: Self.cookie(underwriter))
            #expect(!after.text.contains(referral.application))
        }
    }

    @Test func theRegulatorPreviewsTheReportUnderItsOwnPolicyAndDownloadsTheExtract() async throws {
        let book = try await Self.book()
        try await TestServer.with(storage: book.storage) { client in
            let regulator = try await Self.signIn(client, book.storage, "regulator.guo")
            let page = try await client.execute(uri: "/regulator?from=2026-07-01&to=2026-09-30", method: .get, headers: Self.cookie(regulator))
            #expect(page.status == .ok && page.text.contains("/regulator/report?from=2026-07-01&amp;to=2026-09-30"))
            let report = try await client.execute(uri: "/regulator/report?from=2026-07-01&to=2026-09-30", method: .get, headers: Self.cookie(regulator))
            #expect(report.status == .ok && report.text.contains("<svg"))
            // The report's one style sheet is allowed by its SHA-256, and nothing inline besides.
            let policy = try #require(report.headers[.contentSecurityPolicy])
            let text = report.text
            let style = try #require(text.range(of: "<style>").flatMap { open in text.range(of: "</style>", range: open.upperBound..<text.endIndex).map { String(text[open.upperBound..<$0.lowerBound]) } })
            #expect(policy.contains("style-src 'sha256-\(Pages.base64(hex: AccessToken.digest(style)))'"))
            #expect(!policy.contains("unsafe-inline") && policy.hasPrefix("default-src 'none'"))
            let csv = try await client.execute(uri: "/regulator/extract?from=2026-07-01&to=2026-09-30&format=csv", method: .get, headers: Self.cookie(regulator))
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"puhui-extract-2026-07-01-2026-09-30.csv\"")
            let bad = try await client.execute(uri: "/regulator/extract?from=2026-07-01&to=2026-09-30&format=pdf", method: .get, headers: Self.cookie(regulator))
            #expect(bad.status == .badRequest)
            // A customer may not read the regulator's figures.
            let customer = try await Self.signIn(client, book.storage, "shop.owner")
            #expect(try await client.execute(uri: "/regulator", method: .get, headers: Self.cookie(customer)).status == .forbidden)
            #expect(try await client.execute(uri: "/regulator/report?from=2026-07-01&to=2026-09-30", method: .get, headers: Self.cookie(customer)).status == .forbidden)
        }
    }
}
