import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// A version loaded by mistake for a future date, that nothing uses, can be withdrawn (and the
/// audit log says who did it); a version in effect or in use can only be closed.
@Suite struct WithdrawalTests {
    static let now = Instant(parsing: "2026-11-23T12:00")!

    /// The shipped catalog, with cargo v1 closed at the end of 2026, cargo v2 from 2027-01-01 and a
    /// version of cargo-rate from 2027-01-01 (rates 10% higher).
    func book() throws -> (SQLiteStorage, CatalogService) {
        let storage = try Fixtures.shippedCatalogStorage()
        var catalog = try Fixtures.validate([Fixtures.products])
        let index = try #require(catalog.products.firstIndex { $0.product.code == "PH-CARGO-MICRO" })
        catalog.products[index].product.effectiveTo = CivilDate(iso: "2026-12-31")
        var next = catalog.products[index]
        next.product.version = 2
        next.product.effectiveFrom = CivilDate(iso: "2027-01-01")!
        next.product.effectiveTo = nil
        catalog.products.append(next)
        var rates = try #require(catalog.tables.first { $0.name == "cargo-rate" })
        rates.effectiveFrom = CivilDate(iso: "2027-01-01")
        rates.rows = rates.rows.map { row in
            var row = row
            row.value = (row.value * ExactDecimal(parsing: "1.1")!).rounded(scale: 6, .halfUp)
            return row
        }
        catalog.tables.append(rates)
        _ = try Fixtures.load(catalog, into: storage, at: Instant(parsing: "2026-11-01T09:00")!)
        return (storage, CatalogService(storage: storage, clock: FixedClock(Self.now)))
    }

    func context(_ actor: String = "product.wu") -> ActionContext {
        ActionContext(user: AuthenticatedUser(name: actor, roles: [.product]), at: Self.now)
    }

    /// Someone who may read the audit trail.
    let auditor = ActionContext(user: AuthenticatedUser(name: "regulator.guo", roles: [.regulator]), at: WithdrawalTests.now)

    @Test func aFutureUnusedProductVersionIsWithdrawnAndAudited() throws {
        let (storage, service) = try book()
        let withdrawn = try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 2, context())
        #expect(withdrawn.label == "PH-CARGO-MICRO v2" && withdrawn.effectiveFrom == CivilDate(iso: "2027-01-01"))
        #expect(try storage.read { try $0.catalog.productVersions(code: "PH-CARGO-MICRO") }.map(\.version) == [1])
        let events = try AuditTrailService(storage: storage).trail(.product("PH-CARGO-MICRO"), asOf: CivilDate(iso: "2026-11-23")!, auditor)
        #expect(events.map(\.action) == ["withdrawn version 2"])
        #expect(events.first?.actor == "product.wu" && events.first?.at == Self.now)
        #expect(events.first?.before?.contains(#""effectiveFrom":"2027-01-01""#) == true)
        // Gone is gone: a second withdrawal names what is there.
        #expect(throws: PuhuiError.notFound("product PH-CARGO-MICRO has no version 2 (loaded versions: 1)")) {
            try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 2, context())
        }
    }

    @Test func aVersionInEffectOrInUseCanOnlyBeClosed() throws {
        let (storage, service) = try book()
        #expect(throws: PuhuiError.refused("PH-CARGO-MICRO v1 took effect on 2026-01-01; a version in effect cannot be withdrawn, only closed (load it again with an earlier effectiveTo)")) {
            try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 1, context())
        }
        // A quote on the future version (rated as of 2027-02-01) uses it.
        let risk = #"{"basis": "per-shipment", "insuredValue": "86000", "goodsClass": "electronics", "transportMode": "road", "distanceKm": 1240}"#
        let quote = try QuoteService(storage: storage, clock: FixedClock(Self.now))
            .quoteAndStore(productCode: "PH-CARGO-MICRO", asOf: CivilDate(iso: "2027-02-01")!, riskText: risk, source: "risk.json",
                           ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: Self.now))
        // 86000 × 0.001430 (0.001300 × 1.1) = 122.98: the 2027 rates.
        #expect(quote.productVersion == 2 && quote.premium.yuanString == "122.98" && quote.tableVersions.contains("cargo-rate@2027-01-01"))
        #expect(throws: PuhuiError.refused("PH-CARGO-MICRO v2 is used by 1 quote; a version in use cannot be withdrawn, only closed (load it again with an effectiveTo)")) {
            try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 2, context())
        }
        #expect(throws: PuhuiError.refused("cargo-rate@2027-01-01 is used by 1 quote; a version in use cannot be withdrawn, only replaced by a later version")) {
            try service.withdrawTable(name: "cargo-rate", effectiveFrom: CivilDate(iso: "2027-01-01")!, context())
        }
        #expect(try storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_event WHERE action LIKE 'withdrawn%'") } == 0)
    }

    @Test func aFutureUnusedTableVersionIsWithdrawn() throws {
        let (storage, service) = try book()
        let rows = try storage.count("rate_row")
        let withdrawn = try service.withdrawTable(name: "cargo-rate", effectiveFrom: CivilDate(iso: "2027-01-01")!, context("li.pricing"))
        #expect(withdrawn.label == "cargo-rate@2027-01-01")
        #expect(try storage.count("rate_row") == rows - 144)
        #expect(try storage.read { try $0.catalog.rateTableVersions(name: "cargo-rate") }.compactMap(\.effectiveFrom) == [CivilDate(iso: "2026-01-01")!])
        let events = try AuditTrailService(storage: storage).trail(.rateTable("cargo-rate"), asOf: CivilDate(iso: "2026-11-23")!, auditor)
        #expect(events.map(\.action) == ["withdrawn version cargo-rate@2027-01-01"] && events.first?.actor == "li.pricing")
        // The first version is in effect.
        #expect(throws: PuhuiError.self) { try service.withdrawTable(name: "cargo-rate", effectiveFrom: CivilDate(iso: "2026-01-01")!, context()) }
        #expect(throws: PuhuiError.notFound("rate table cargo-rate has no version effective from 2027-01-01 (loaded: 2026-01-01)")) {
            try service.withdrawTable(name: "cargo-rate", effectiveFrom: CivilDate(iso: "2027-01-01")!, context())
        }
    }

    @Test func aTimeInTheFutureIsRefused() throws {
        let (_, service) = try book()
        #expect(throws: PuhuiError.self) {
            try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 2, ActionContext(user: AuthenticatedUser(name: "product.wu", roles: [.product]),
                                                                                           at: Self.now.adding(seconds: 3600)))
        }
    }

    @Test func onlyTheProductRoleWithdraws() throws {
        let (storage, service) = try book()
        let underwriter = ActionContext(user: AuthenticatedUser(name: "zhang.wei", roles: [.underwriter, .approver]), at: Self.now)
        #expect(throws: PuhuiError(.unauthorized, "zhang.wei may not withdraw product versions: role product needed")) {
            try service.withdrawProduct(code: "PH-CARGO-MICRO", version: 2, underwriter)
        }
        #expect(throws: PuhuiError(.unauthorized, "zhang.wei may not withdraw product versions: role product needed")) {
            try service.withdrawTable(name: "cargo-rate", effectiveFrom: CivilDate(iso: "2027-01-01")!, underwriter)
        }
        #expect(try storage.read { try $0.catalog.productVersions(code: "PH-CARGO-MICRO") }.map(\.version) == [1, 2])
    }
}
