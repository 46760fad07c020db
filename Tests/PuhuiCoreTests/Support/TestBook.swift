import Foundation
import GRDB
@testable import PuhuiCore

/// The shipped catalog and a handful of parties, in an in-memory database, for underwriting,
/// policy and claims tests.
struct TestBook {
    let db: DatabaseQueue
    let applications: Applications
    static let underwriters: AuthorityTable = {
        do { return try AuthorityTable.load(path: Fixtures.path("config/underwriters.csv")) } catch { preconditionFailure("\(error)") }
    }()
    static let adjusters: AuthorityTable = {
        do { return try AuthorityTable.load(path: Fixtures.path("config/adjusters.csv")) } catch { preconditionFailure("\(error)") }
    }()

    /// P-000001 micro restaurant, P-000002 small retailer, P-000003 medium manufacturer,
    /// P-000004 individual business, P-000005 employee of P-000001 (born 1990-03-15, female),
    /// P-000006 owner of P-000004 (1975-08-08, male), P-000007 flexible worker (1998-05-20, male),
    /// P-000008 employee of P-000001 (1962-02-01), P-000009 employee of P-000001 (2011-01-01),
    /// P-000010 employee of P-000001 (1985-11-11), P-000011 owner of P-000004 (1960-05-05).
    init() throws {
        db = try Fixtures.shippedCatalogDatabase()
        applications = Applications(underwriters: TestBook.underwriters, now: { Instant(parsing: "2026-11-23T12:00")! })
        let registry = PartyRegistry(standard: SizeClassificationTests.standard, today: CivilDate(iso: "2026-11-23")!)
        let at = Instant(parsing: "2026-06-01T09:00")!
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
        for input in inputs { _ = try registry.register(input, at: at, db) }
    }

    /// Applies with the risk JSON; the application date and start default to 2026-06-28 / 2026-07-01.
    @discardableResult
    func apply(_ product: String, holder: String, insured: [String] = [], risk: String, documents: [String]? = nil,
               start: String = "2026-07-01", at: String = "2026-06-28T10:00", frequency: PaymentFrequency? = nil) throws -> ApplicationResult {
        let product = try db.read { try CatalogStore.product(code: product, on: CivilDate(iso: start)!, $0).product }
        let allDocuments = product.underwriting.documents.map(\.code)
        return try applications.apply(ApplicationRequest(
            productCode: product.code, holder: holder, insured: insured, riskText: risk, riskSource: "risk.json",
            start: CivilDate(iso: start), frequency: frequency, documents: documents ?? allDocuments,
            at: Instant(parsing: at)!, actor: "tester"), db)
    }

    func count(_ table: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }
}
