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

/// Every role, and an anonymous caller, against every operation of the API: an allowed role is
/// never refused for its role (401 or 403) — what it gets besides depends on the book's state;
/// every other role is 403 and an anonymous caller 401. A customer acts for P-000001, whose
/// policy, application and claim the book holds; another customer's are 404. Written
/// independently of the engine's role table, so that a change to either is caught.
/// Serialized: each case builds a book on the concurrency pool, which the timing-sensitive tests
/// of the suite share.
@Suite(.serialized) struct RoleOperationTableTests {
    typealias Roles = Set<String>
    static let readers: Roles = ["underwriter", "adjuster", "approver", "admin", "regulator", "customer"]

    /// Operation, who may call it, and whether another customer's call is 404 (it names the
    /// customer's own business).
    static let table: [(operation: String, allowed: Roles, ownBusiness: Bool)] = [
        ("getMe", Set(Role.allCases.map(\.rawValue)), false),
        ("listMyPolicies", readers, false),
        ("getPolicy", readers, true),
        ("createApplication", ["underwriter", "customer"], false),
        ("getApplication", ["underwriter", "admin", "regulator", "customer"], true),
        ("approveApplication", ["underwriter"], false),
        ("declineApplication", ["underwriter"], false),
        ("getUnderwritingQueue", ["underwriter", "admin", "regulator"], false),
        ("reportClaim", ["adjuster", "customer"], true),
        ("listClaims", ["underwriter", "adjuster", "approver", "admin", "regulator"], false),
        ("getClaim", readers, true),
        ("getClaimTimeline", readers, true),
        ("listClaimDocumentFiles", readers, true),
        ("uploadClaimDocument", ["adjuster", "customer"], true),
        ("actOnClaim", ["adjuster"], false),
        ("approvePayment", ["approver"], false),
        ("listPaymentsAwaitingApproval", ["approver"], false),
        ("getStatisticsExtract", ["regulator", "admin"], false),
    ]

    struct Setup: Sendable {
        let book: OnlineBook
        let claim: String
        let application: String
        let adjusterToken: String
    }

    /// Sends `operation` with `token` (nil: anonymous).
    static func attempt(_ operation: String, _ s: Setup, _ client: any TestClientProtocol, token: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        func get(_ uri: String) async throws -> TestResponse { try await client.execute(uri: uri, method: .get, headers: headers) }
        func post(_ uri: String, _ body: String, ifMatch: Bool = false) async throws -> TestResponse {
            var headers = headers
            if ifMatch { headers[.ifMatch] = try await client.etag(s.claim, as: s.adjusterToken) }
            return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(text: body))
        }
        switch operation {
        case "getMe": return try await get("/api/v1/me")
        case "listMyPolicies": return try await get("/api/v1/me/policies")
        case "getPolicy": return try await get("/api/v1/policies/\(s.book.policy)")
        case "createApplication":
            return try await post("/api/v1/applications", #"{"product": "PH-PROP-SHOP", "holder": "P-000001", "start": "2026-12-01", "documents": ["application-form", "business-licence"], "risk": \#(OnlineBook.shopRisk)}"#)
        case "getApplication": return try await get("/api/v1/applications/\(s.application)")
        case "approveApplication": return try await post("/api/v1/applications/\(s.application)/approve", "{}")
        case "declineApplication": return try await post("/api/v1/applications/\(s.application)/decline", #"{"reason": "outside appetite"}"#)
        case "getUnderwritingQueue": return try await get("/api/v1/underwriting/queue")
        case "reportClaim": return try await post("/api/v1/claims", OnlineBook.report(s.book.policy))
        case "listClaims": return try await get("/api/v1/claims?overdue=true")
        case "getClaim": return try await get("/api/v1/claims/\(s.claim)")
        case "getClaimTimeline": return try await get("/api/v1/claims/\(s.claim)/timeline")
        case "listClaimDocumentFiles": return try await get("/api/v1/claims/\(s.claim)/documents")
        case "uploadClaimDocument":
            return try await client.upload(s.claim, code: "loss-list", bytes: SampleFiles.pdf, as: token, ifMatch: try await client.etag(s.claim, as: s.adjusterToken))
        case "actOnClaim": return try await post("/api/v1/claims/\(s.claim)/actions", #"{"action": "request-docs"}"#, ifMatch: true)
        case "approvePayment": return try await post("/api/v1/claims/\(s.claim)/actions", #"{"action": "approve-payment"}"#, ifMatch: true)
        case "listPaymentsAwaitingApproval": return try await get("/api/v1/payments/awaiting-approval")
        case "getStatisticsExtract": return try await get("/api/v1/stats/extract?from=2026-01-01&to=2026-06-30")
        default:
            Issue.record("no attempt for \(operation)")
            return try await get("/")
        }
    }

    /// A 403 refusing the step for the user's role ("u.finance may not work claims: role adjuster
    /// needed"), not for authority or ownership.
    static func refusedForRole(_ response: TestResponse) throws -> Bool {
        guard response.status == .forbidden else { return false }
        let detail = try response.problem().detail
        return detail.contains(" may not ") && (detail.contains(": role ") || detail.contains(": a staff role")) && detail.hasSuffix(" needed")
    }

    @Test(arguments: RoleOperationTableTests.table.map(\.operation))
    func eachRoleIsAllowedOrRefused(operation: String) async throws {
        let entry = try #require(Self.table.first { $0.operation == operation })
        let book = try OnlineBook()
        // A user holding one role each; the customer acts for P-000001.
        let identity = IdentityService(storage: book.storage, clock: ServerFixtures.clock)
        let admin = ActionContext(user: ServerFixtures.admin, at: Instant(parsing: "2026-01-03T09:00")!)
        var tokens: [String: String] = [:]
        for role in Role.allCases {
            _ = try identity.addUser(name: "u.\(role.rawValue)", roles: [role], party: role == .customer ? "P-000001" : nil, admin)
            tokens[role.rawValue] = try book.token("u.\(role.rawValue)")
        }
        let other = try book.token("other.owner")
        // A referral of P-000001 (a sum insured above the automatic limit) and a claim on its policy.
        let big = OnlineBook.shopRisk.replacingOccurrences(of: "800000", with: "3500000")
        let referral = try UnderwritingService(storage: book.storage, clock: ServerFixtures.clock).apply(
            ApplicationRequest(productCode: "PH-PROP-SHOP", holder: "P-000001", riskText: big, riskSource: "r", start: CivilDate(iso: "2026-12-01"),
                               documents: ["application-form"]),
            ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: ServerFixtures.clock.now())).application
        let claim = try ClaimService(storage: book.storage, clock: ServerFixtures.clock, calendar: try ServerFixtures.environment.workingDayCalendar())
            .report(policy: book.policy, lossDate: CivilDate(iso: "2026-11-20")!, type: "fire", claimed: Money(yuan: 1000), description: nil,
                    ActionContext(user: AuthenticatedUser(name: "u.customer", roles: [.customer], party: "P-000001"), at: ServerFixtures.clock.now()))
            .claim.reference
        let setup = Setup(book: book, claim: claim, application: referral, adjusterToken: try book.token("chen.jie"))
        let issued = tokens
        try await book.serve { client in
            let anonymous = try await Self.attempt(operation, setup, client, token: nil)
            #expect(anonymous.status == .unauthorized, "anonymous \(operation): \(anonymous.status)")
            if entry.ownBusiness {
                let stranger = try await Self.attempt(operation, setup, client, token: other)
                #expect(stranger.status == .notFound, "another customer \(operation): \(stranger.status) \(stranger.text)")
            }
            // Refused roles first: a refusal comes before anything is changed.
            for role in Role.allCases.map(\.rawValue).sorted(by: { !entry.allowed.contains($0) && entry.allowed.contains($1) }) {
                let response = try await Self.attempt(operation, setup, client, token: issued[role])
                if entry.allowed.contains(role) {
                    // Allowed for the role; a 403 may still come from elsewhere (an underwriter without authority).
                    #expect(try response.status != .unauthorized && !Self.refusedForRole(response), "\(role) \(operation): \(response.status) \(response.text)")
                    #expect(response.status.code < 500, "\(role) \(operation): \(response.status) \(response.text)")
                } else {
                    #expect(try Self.refusedForRole(response), "\(role) \(operation): \(response.status) \(response.text)")
                }
            }
        }
    }
}
