import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct CatalogLoadTests {
    let at = Instant(parsing: "2026-01-05T09:00")!

    func counts(_ db: SQLiteStorage) throws -> [Int] {
        try ["product_version", "rate_table_version", "rate_row", "catalog_load"].map { try db.count($0) }
    }

    @Test func loadsTheShippedCatalogAndListsEightLines() throws {
        let db = try Fixtures.shippedCatalogStorage()
        let inForce = try db.read { try $0.catalog.productsInForce(on: CivilDate(iso: "2026-11-23")!) }
        #expect(inForce.map(\.line) == LineOfBusiness.allCases)
        #expect(try counts(db) == [8, 21, 1073, 1])
    }

    @Test func loadingTheSameFilesTwiceChangesNothing() throws {
        let db = try Fixtures.shippedCatalogStorage()
        let before = try counts(db)
        let report = try Fixtures.load(try Fixtures.validate([Fixtures.products]), into: db, at: at.adding(days: 1))
        #expect(!report.changedAnything)
        #expect(report.productsUnchanged.count == 8 && report.tablesUnchanged.count == 21)
        #expect(try counts(db) == before)
    }

    @Test func aChangedVersionIsRefusedAndNothingIsWritten() throws {
        let db = try SQLiteStorage.inMemory()
        _ = try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("valid")]), into: db, at: at)
        let before = try counts(db)
        let changed = try Fixtures.validate([Fixtures.catalogFixture("changed-in-place"), Fixtures.catalogFixture("next-version")])
        do {
            _ = try Fixtures.load(changed, into: db, at: at)
            Issue.record("expected a rejection")
        } catch let error as PuhuiError {
            #expect(error.brief.count == 1)
            #expect(error.brief.first?.hasPrefix("changed-in-place/fire.xml:3: product PH-TEST-FIRE version 1 is already loaded with different content (loaded 2026-01-05 09:00 from ") == true)
            #expect(error.brief.first?.hasSuffix("; a loaded version is immutable: raise the version to change it") == true)
        }
        // The valid next version in the same load was not written either.
        #expect(try counts(db) == before)
    }

    @Test func aNewVersionIsLoadedBesideTheOld() throws {
        let db = try SQLiteStorage.inMemory()
        _ = try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("valid")]), into: db, at: at)
        let report = try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("next-version")]), into: db, at: at)
        #expect(report.productsAdded == ["PH-TEST-FIRE v2"])
        let june2026 = try db.read { try $0.catalog.product(code: "PH-TEST-FIRE", on: CivilDate(iso: "2026-06-01")!) }
        let june2027 = try db.read { try $0.catalog.product(code: "PH-TEST-FIRE", on: CivilDate(iso: "2027-06-01")!) }
        #expect(june2026.product.version == 1)
        #expect(june2027.product.version == 2)
        #expect(throws: PuhuiError.self) {
            try db.read { try $0.catalog.product(code: "PH-TEST-FIRE", on: CivilDate(iso: "2025-06-01")!) }
        }
    }

    @Test func aLaterVersionOverlappingAStoredOneIsRefused() throws {
        let db = try SQLiteStorage.inMemory()
        _ = try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("next-version")]), into: db, at: at)
        let before = try counts(db)
        // overlapping-versions/v2.xml runs 2026-07-01 to 2027-06-30, into stored v2 (from 2027-01-01).
        let file = Fixtures.catalogFixture("overlapping-versions") + "/v2.xml"
        let source = try Fixtures.validate([file]).products
        let catalog = Catalog(products: source.map { s in
            var s = s
            s.product.version = 3
            return s
        }, tables: try Fixtures.validate([Fixtures.catalogFixture("valid")]).tables)
        #expect(throws: PuhuiError.self) { try Fixtures.load(catalog, into: db, at: at) }
        #expect(try counts(db) == before)
    }

    @Test func closingALoadedVersionIsAllowed() throws {
        let db = try SQLiteStorage.inMemory()
        _ = try Fixtures.load(try Fixtures.validate([Fixtures.catalogFixture("next-version")]), into: db, at: at)
        var catalog = try Fixtures.validate([Fixtures.catalogFixture("next-version")])
        catalog.products[0].product.effectiveTo = CivilDate(iso: "2027-12-31")
        let report = try Fixtures.load(catalog, into: db, at: at)
        #expect(report.productsClosed == ["PH-TEST-FIRE v2"])
        let stored = try db.read { try $0.catalog.product(code: "PH-TEST-FIRE", version: 2) }
        #expect(stored.product.effectiveTo?.description == "2027-12-31")
        // Re-opening or extending it is a change like any other and is refused.
        catalog.products[0].product.effectiveTo = CivilDate(iso: "2028-12-31")
        #expect(throws: PuhuiError.self) { try Fixtures.load(catalog, into: db, at: at) }
    }

    @Test func aChangedRateTableIsRefused() throws {
        let db = try Fixtures.shippedCatalogStorage()
        let before = try counts(db)
        var catalog = try Fixtures.validate([Fixtures.products])
        let index = try #require(catalog.tables.firstIndex { $0.name == "property-fire-protection-factor" })
        catalog.tables[index].rows[0].value = ExactDecimal(parsing: "0.80")!
        do {
            _ = try Fixtures.load(catalog, into: db, at: at)
            Issue.record("expected a rejection")
        } catch let error as PuhuiError {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].message.hasPrefix("rate table property-fire-protection-factor effective from 2026-01-01 is already loaded with different rates"))
        }
        #expect(try counts(db) == before)
    }

    @Test func storedRateTablesReadBackAsLoaded() throws {
        let db = try Fixtures.shippedCatalogStorage()
        let catalog = try Fixtures.validate([Fixtures.products])
        let stored = try db.read { try $0.catalog.allRateTables() }
        for table in catalog.tables {
            let match = try #require(stored.first { $0.versionLabel == table.versionLabel })
            #expect(match.rows.map(\.cells) == table.rows.map(\.cells))
            #expect(match.rows.map(\.value) == table.rows.map(\.value))
        }
    }
}
