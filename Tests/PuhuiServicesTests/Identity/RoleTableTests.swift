import Foundation
import Testing
@testable import PuhuiDemo
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Every kind of step against every role, through the real services: a role the table below
/// allows is never refused for its role; every other role is refused with `unauthorized` naming
/// the role needed, and nothing is written. The table is written here independently of the
/// engine's own, so that a change to either is caught.
@Suite struct RoleTableTests {
    static let allowed: [(step: String, roles: Set<Role>)] = [
        ("load the catalog", [.product]),
        ("register parties", [.underwriter, .admin]),
        ("read the party registry", [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]),
        ("store quotes", [.underwriter, .customer]),
        ("apply for cover", [.underwriter, .customer]),
        ("decide referred applications", [.underwriter]),
        ("read the underwriting queue and statistics", [.underwriter, .admin, .regulator]),
        ("read policies", [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]),
        ("cancel policies", [.underwriter]),
        ("receive and refund premiums", [.underwriter]),
        ("read premium ledgers and pension statements", [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]),
        ("read arrears and renewals due", [.underwriter, .admin, .regulator]),
        ("service policies (endorse, lapse, reinstate, renew, convert)", [.underwriter]),
        ("update parties", [.underwriter, .admin]),
        ("report claims", [.adjuster, .customer]),
        ("work claims", [.adjuster]),
        ("approve payments", [.approver]),
        ("read claims", [.adjuster, .approver, .underwriter, .admin, .regulator, .customer]),
        ("read the regulator's statistics", [.regulator, .admin]),
        ("read the audit trail", [.admin, .regulator, .underwriter, .adjuster, .approver]),
        ("verify the audit trail", [.admin, .regulator]),
        ("manage users and authority", [.admin]),
        ("seed a demo book", [.admin]),
        ("record documents received on applications", [.underwriter]),
        ("waive underwriting documents", [.underwriter]),
        ("expire referrals past their offer validity", [.underwriter, .admin]),
        ("record claimants and payees", [.adjuster]),
        ("see claimants' and payees' personal data in full", [.adjuster, .approver]),
        ("add notes to claims", [.adjuster, .approver]),
        ("assign claims to adjusters", [.adjuster, .approver]),
        ("read letters", [.underwriter, .adjuster, .approver, .admin, .regulator, .customer]),
        ("issue policy schedules", [.underwriter]),
        ("export the policy and claim bordereaux", [.finance, .admin]),
        ("export personal data in full", [.finance]),
        ("send documents for claims", [.adjuster, .customer]),
        ("issue sign-in links", [.admin, .underwriter]),
        ("read the desk's charts", [.adjuster, .approver, .underwriter, .admin, .regulator]),
    ]

    /// A book with a policy of P-000001, a referred application (without its business
    /// licence), a claim with a payment waiting for approval, and a letter sent about it.
    struct Book {
        let test: TestBook
        let claims: ClaimService
        let policy: String
        let referral: String
        let claim: String
        let letter: String
    }

    static func book() throws -> Book {
        let test = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        let policy = try #require(try test.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, start: "2026-01-05", at: "2026-01-04T10:00").policy).number
        let big = risk.replacingOccurrences(of: "800000", with: "3500000")
        let referral = try test.apply("PH-PROP-SHOP", holder: "P-000001", risk: big, documents: ["application-form"], start: "2026-01-05",
                                      at: "2026-01-04T11:00").application
        let claims = ClaimService(storage: test.storage, clock: TestBook.clock, calendar: ClaimBook.calendar,
                                  letterhead: try Fixtures.environment.insurerProfile())
        let chen = { (at: String) in test.context("chen.jie", at: Instant(parsing: at)!) }
        let report = try claims.report(policy: policy, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 300_000),
                                       description: nil, chen("2026-03-02T09:00"))
        let reference = report.claim.reference
        let request = try claims.requestDocuments(reference, also: [], chen("2026-03-02T10:00"))
        _ = try claims.receiveDocuments(reference, codes: request.documents, chen("2026-03-03T10:00"))
        _ = try claims.decide(reference, covered: true, reason: nil, chen("2026-03-04T10:00"))
        _ = try claims.agree(reference, loss: Money(yuan: 250_000), chen("2026-03-05T10:00"))
        _ = try claims.pay(reference, amount: Money(yuan: 200_000), advance: false, chen("2026-03-06T10:00"))
        _ = try test.engine.identity.addUser(name: "shop.owner", roles: [.customer], party: "P-000001",
                                             ActionContext(user: TestBook.admin, at: Instant(parsing: "2026-03-06T11:00")!))
        return Book(test: test, claims: claims, policy: policy, referral: referral, claim: reference, letter: "LTR-2026-000001")
    }

    /// A user holding `role` only (a customer acts for P-000001, the holder of the book's policy).
    static func user(_ role: Role) -> ActionContext {
        ActionContext(user: AuthenticatedUser(name: "u.\(role.rawValue)", roles: [role], party: role == .customer ? "P-000001" : nil),
                      at: Instant(parsing: "2026-11-23T12:00")!)
    }

    /// Runs step `step` as `context`.
    static func attempt(_ step: String, _ b: Book, _ context: ActionContext) throws {
        let engine = b.test.engine
        let date = CivilDate(iso: "2026-11-23")!
        let risk = #"{"sumInsured": "500000", "occupancy": "office", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "500"}"#
        switch step {
        case "load the catalog": _ = try engine.catalog.load(try Fixtures.validate([Fixtures.products]), context)
        case "register parties":
            _ = try engine.parties().register(PartyInput(kind: .individualBusiness, name: "小店", industryCode: "F5211", employees: 2, revenue: "20",
                                                         figuresYear: 2025), context)
        case "read the party registry": _ = try engine.parties().party("P-000001", context)
        case "store quotes": _ = try engine.quotes.quoteAndStore(productCode: "PH-PROP-SHOP", asOf: date, riskText: risk, source: "r", context)
        case "apply for cover":
            _ = try engine.underwriting.apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: "P-000001", riskText: risk, riskSource: "r",
                                                                 documents: ["application-form", "business-licence"]), context)
        case "decide referred applications": try engine.underwriting.decline(b.referral, reason: "outside appetite", context)
        case "read the underwriting queue and statistics": _ = try engine.underwriting.queue(context)
        case "read policies": _ = try engine.policies.policy(b.policy, asOf: date, context)
        case "cancel policies": _ = try engine.policies.cancel(b.policy, on: date, context)
        case "receive and refund premiums": _ = try engine.premiums.receive(b.policy, amount: Money(yuan: 100), reference: nil, context)
        case "read premium ledgers and pension statements": _ = try engine.premiums.ledger(b.policy, asOf: date, context)
        case "read arrears and renewals due": _ = try engine.premiums.arrears(asOf: date, context)
        case "service policies (endorse, lapse, reinstate, renew, convert)":
            _ = try engine.endorsements.endorse(b.policy, effective: date, change: .risk(text: risk, source: "r"), context)
        case "update parties": _ = try engine.parties().update("P-000002", PartyChanges(phone: "13800138000"), context)
        case "report claims":
            _ = try b.claims.report(policy: b.policy, lossDate: CivilDate(iso: "2026-11-01")!, type: "fire", claimed: Money(yuan: 1000),
                                    description: nil, context)
        case "work claims": _ = try b.claims.setReserve(b.claim, amount: Money(yuan: 60_000), reason: "survey", context)
        case "approve payments": _ = try b.claims.approvePayment(b.claim, context)
        case "read claims": _ = try b.claims.details(b.claim, asOf: context.at, context)
        case "read the regulator's statistics":
            _ = try engine.statistics.extract(ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!), context)
        case "read the audit trail": _ = try engine.audit.trail(.policy(b.policy), asOf: date, context)
        case "verify the audit trail": _ = try engine.audit.verify(context)
        case "manage users and authority": _ = try engine.identity.addUser(name: "new.\(context.user.roles.first?.rawValue ?? "")", roles: [.regulator], context)
        case "seed a demo book":
            _ = try DemoBook.seed(DemoOptions(parties: 3, policies: 2, claims: 1, seed: 1), engine: PuhuiEngine(storage: b.test.storage,
                                  clock: SystemClock(), environment: Fixtures.environment), by: context.user)
        case "record documents received on applications": _ = try engine.underwriting.receiveDocuments(b.referral, codes: ["business-licence"], context)
        case "waive underwriting documents":
            _ = try engine.underwriting.waiveDocument(b.referral, code: "business-licence", reason: "seen on the registry", context)
        case "expire referrals past their offer validity": _ = try engine.underwriting.expireReferrals(context)
        case "record claimants and payees":
            _ = try b.claims.recordParty(b.claim, ClaimPartyInput(role: .claimant, name: "王小明", relation: .policyholder), context)
        case "see claimants' and payees' personal data in full": _ = try b.claims.revealParties(b.claim, context)
        case "add notes to claims": _ = try b.claims.note(b.claim, text: "checked", context)
        case "assign claims to adjusters":
            let current = try b.claims.claim(b.claim, ActionContext(user: AuthenticatedUser(name: "x", roles: [.adjuster]), at: context.at)).adjuster
            _ = try b.claims.assign(b.claim, to: current == "liu.yang" ? "chen.jie" : "liu.yang", context)
        case "read letters": _ = try engine.letters().letter(b.letter, context)
        case "issue policy schedules": _ = try engine.letters().issueSchedule(b.policy, context)
        case "export the policy and claim bordereaux":
            _ = try engine.exports.claims(BordereauFilter(period: ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)),
                                          format: .csv, context) { _ in }
        case "export personal data in full":
            _ = try engine.exports.policies(BordereauFilter(period: ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!),
                                                            reveal: true), format: .json, context) { _ in }
        case "send documents for claims":
            let file = ClaimDocumentFile(code: "loss-list", sha256: String(repeating: "a", count: 64), mediaType: "application/pdf", byteCount: 9,
                                         fileName: "list.pdf", receivedAt: context.at, receivedBy: context.actor)
            _ = try b.test.storage.write { try b.claims.receiveFiles(b.claim, [file], context, $0) }
        case "issue sign-in links": _ = try engine.webSignIn.issueCode(for: "shop.owner", validMinutes: 30, context)
        case "read the desk's charts": _ = try engine.statistics.deskCharts(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!, context)
        default: Issue.record("no attempt for \(step)")
        }
    }

    /// Whether `error` refuses the step for the user's role (not some other reason such as
    /// authority, a state, or a missing thing).
    static func refusedForRole(_ error: Error) -> Bool {
        guard let error = error as? PuhuiError, error.code == .unauthorized else { return false }
        return error.message.contains(" may not ") && error.message.hasSuffix(" needed")
    }

    @Test(arguments: RoleTableTests.allowed.map(\.step))
    func eachRoleIsAllowedOrRefused(step: String) throws {
        let allowed = try #require(Self.allowed.first { $0.step == step }).roles
        // Refused roles first: a refusal checks the role before anything else, whatever an
        // allowed role's attempt changed in the book afterwards.
        let b = try Self.book()
        for role in Role.allCases.sorted(by: { !allowed.contains($0) && allowed.contains($1) }) {
            let before = try b.test.count("audit_event")
            do {
                try Self.attempt(step, b, Self.user(role))
                #expect(allowed.contains(role), "\(role.rawValue) was allowed to \(step)")
            } catch {
                if allowed.contains(role) {
                    #expect(!Self.refusedForRole(error), "\(role.rawValue) was refused to \(step): \(error)")
                } else {
                    #expect(Self.refusedForRole(error), "\(role.rawValue) to \(step): expected a refusal for the role, got \(error)")
                    #expect((error as? PuhuiError)?.message.hasPrefix("u.\(role.rawValue) may not \(step): role ") == true, "\(error)")
                    #expect(try b.test.count("audit_event") == before)
                }
            }
        }
    }

    /// A customer sees their own business only; another customer's policy or claim is "not
    /// found", not a hint that it exists.
    @Test func aCustomerSeesOnlyTheirOwnParty() throws {
        let b = try Self.book()
        let date = CivilDate(iso: "2026-11-23")!
        let owner = Self.user(.customer)
        #expect(try b.test.engine.policies.policy(b.policy, asOf: date, owner).holder == "P-000001")
        #expect(try b.claims.details(b.claim, asOf: owner.at, owner).claim.reference == b.claim)
        var stranger = owner
        stranger.user.party = "P-000002"
        #expect(throws: PuhuiError.notFound("policy \(b.policy) does not exist")) { try b.test.engine.policies.policy(b.policy, asOf: date, stranger) }
        #expect(throws: PuhuiError.notFound("claim \(b.claim) does not exist")) { try b.claims.details(b.claim, asOf: owner.at, stranger) }
        #expect(throws: PuhuiError.notFound("party P-000001 is not registered")) { try b.test.engine.parties().party("P-000001", stranger) }
        #expect(try b.test.engine.policies.list(PolicyFilter(asOf: date), stranger).isEmpty)
        #expect(try b.test.engine.policies.list(PolicyFilter(asOf: date), owner).map(\.number).contains(b.policy))
        // Nor may a customer apply with someone else as the holder.
        let risk = #"{"sumInsured": "500000", "occupancy": "office", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "500"}"#
        #expect(throws: PuhuiError.self) {
            try b.test.engine.underwriting.apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: "P-000001", riskText: risk, riskSource: "r"), stranger)
        }
    }
}
