import Foundation
import PuhuiTestSupport
import GRDB
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The shipped catalog and a handful of parties, in an in-memory database, for underwriting,
/// policy and claims tests. The services' clock reads 2026-11-23 12:00.
struct TestBook {
    let storage: SQLiteStorage
    let engine: PuhuiEngine
    let applications: UnderwritingService
    static let clock = FixedClock(Instant(parsing: "2026-11-23T12:00")!)
    /// The book's first administrator (made by `IdentityService.initialize`).
    static let admin = AuthenticatedUser(name: "admin.li", roles: [.admin])
    /// The book's users by name: the administrator and the staff of config/.
    let users: [String: AuthenticatedUser]

    /// The database underneath, for reading rows straight from SQLite.
    var db: any DatabaseWriter { storage.writer }

    /// P-000001 micro restaurant, P-000002 small retailer, P-000003 medium manufacturer,
    /// P-000004 individual business, P-000005 employee of P-000001 (born 1990-03-15, female),
    /// P-000006 owner of P-000004 (1975-08-08, male), P-000007 flexible worker (1998-05-20, male),
    /// P-000008 employee of P-000001 (1962-02-01), P-000009 employee of P-000001 (2011-01-01),
    /// P-000010 employee of P-000001 (1985-11-11), P-000011 owner of P-000004 (1960-05-05).
    init() throws {
        storage = try Fixtures.shippedCatalogStorage()
        engine = PuhuiEngine(storage: storage, clock: TestBook.clock, environment: Fixtures.environment)
        applications = UnderwritingService(storage: storage, clock: TestBook.clock)
        users = try TestBook.addStaff(storage)
        let registry = PartyService(storage: storage, clock: FixedClock(Instant(parsing: "2026-06-01T09:00")!), standard: Fixtures.sizeStandard)
        let registering = ActionContext(user: TestBook.admin, at: Instant(parsing: "2026-06-01T09:00")!)
        let inputs: [PartyInput] = [
            PartyInput(kind: .enterprise, name: "上海小禾餐饮管理有限公司", identifier: TestIdentifiers.creditCode("91", serial: 1),
                       industryCode: "H6210", employees: 8, revenue: "90", assets: "40", figuresYear: 2025),
            PartyInput(kind: .enterprise, name: "杭州青木百货有限公司", identifier: TestIdentifiers.creditCode("91", serial: 2),
                       industryCode: "F5211", employees: 30, revenue: "800", figuresYear: 2025),
            PartyInput(kind: .enterprise, name: "华东精密机械有限公司", identifier: TestIdentifiers.creditCode("91", serial: 3),
                       industryCode: "C3421", employees: 450, revenue: "12000", figuresYear: 2025),
            PartyInput(kind: .individualBusiness, name: "徐汇区李记面馆", identifier: TestIdentifiers.creditCode("92", serial: 4),
                       industryCode: "H6220", employees: 3, revenue: "40", figuresYear: 2025),
            PartyInput(kind: .person, name: "王芳", identifier: TestIdentifiers.identity("19900315", sequence: 24), role: .employee, employer: "P-000001"),
            PartyInput(kind: .person, name: "李建国", identifier: TestIdentifiers.identity("19750808", sequence: 31), role: .businessOwner, ownerOf: "P-000004"),
            PartyInput(kind: .person, name: "陈晨", identifier: TestIdentifiers.identity("19980520", sequence: 53), role: .flexibleWorker),
            PartyInput(kind: .person, name: "周大海", identifier: TestIdentifiers.identity("19620201", sequence: 11), role: .employee, employer: "P-000001"),
            PartyInput(kind: .person, name: "吴小明", identifier: TestIdentifiers.identity("20110101", sequence: 13), role: .employee, employer: "P-000001"),
            PartyInput(kind: .person, name: "郑丽", identifier: TestIdentifiers.identity("19851111", sequence: 42), role: .employee, employer: "P-000001"),
            PartyInput(kind: .person, name: "钱老板", identifier: TestIdentifiers.identity("19600505", sequence: 15), role: .businessOwner, ownerOf: "P-000004"),
        ]
        for input in inputs { _ = try registry.register(input, registering) }
    }

    /// Sets up the administrator and imports the staff of config/ (their authority from
    /// 2026-01-01); returns every user by name.
    static func addStaff(_ storage: SQLiteStorage) throws -> [String: AuthenticatedUser] {
        let identity = IdentityService(storage: storage, clock: clock)
        _ = try identity.initialize(admin: admin.name)
        let seed = try Fixtures.environment.staffSeed()
        _ = try identity.importStaff(staff: seed.staff, underwriters: seed.underwriters, adjusters: seed.adjusters,
                                     ActionContext(user: admin, at: clock.now()))
        return Dictionary(try identity.users().map { ($0.name, AuthenticatedUser($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// `name` (a user of the book) acting at `at`.
    func context(_ name: String, at: Instant, expectedVersion: Int? = nil) -> ActionContext {
        guard let user = users[name] else { preconditionFailure("\(name) is not a user of the test book") }
        return ActionContext(user: user, at: at, expectedVersion: expectedVersion)
    }

    /// Applies with the risk JSON; the application date and start default to 2026-06-28 / 2026-07-01.
    /// A policy issued at once is `paid` in full by clerk.ma at the time of the application
    /// (the annual premium, paying every instalment of the first year; not for a pension, whose
    /// contributions start with the account), so that claims on it are not refused for premium
    /// unpaid; tests of arrears pass `paid: false`.
    @discardableResult
    func apply(_ product: String, holder: String, insured: [String] = [], risk: String, documents: [String]? = nil,
               start: String = "2026-07-01", at: String = "2026-06-28T10:00", frequency: PaymentFrequency? = nil,
               paid: Bool = true) throws -> ApplicationResult {
        let product = try storage.read { try $0.catalog.product(code: product, on: CivilDate(iso: start)!).product }
        let allDocuments = product.underwriting.documents.map(\.code)
        let result = try applications.apply(ApplicationRequest(
            productCode: product.code, holder: holder, insured: insured, riskText: risk, riskSource: "risk.json",
            start: CivilDate(iso: start), frequency: frequency, documents: documents ?? allDocuments),
            context("clerk.ma", at: Instant(parsing: at)!))
        if paid, let policy = result.policy, policy.line != .pension, policy.premium.fen > 0 {
            _ = try engine.premiums.receive(policy.number, amount: policy.premium, reference: nil, context("clerk.ma", at: Instant(parsing: at)!))
        }
        return result
    }

    func count(_ table: String) throws -> Int {
        try storage.count(table)
    }
}
