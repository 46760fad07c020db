import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Raters kept between quotes are reused only for the versions in force: a rate table version
/// or a product closing loaded while the cache is warm is priced on at once.
@Suite struct RaterCacheTests {
    let shop = """
        {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers",
         "deductible": "1000", "claimsLast3Years": 1}
        """

    func quote(_ quotes: QuoteService, on date: String) throws -> String {
        try quotes.quote(productCode: "PH-PROP-SHOP", asOf: CivilDate(iso: date)!, riskText: shop, source: "risk.json").premium.yuanString
    }

    /// The shipped rate tables plus a version of property-base-rate from 2026-07-01 that
    /// doubles the retail shop's class-2 rate.
    func ratesWithJulyBaseRates() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-rates-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.rates) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(atPath: Fixtures.rates + "/" + name, toPath: directory + "/" + name)
        }
        let base = try String(contentsOfFile: Fixtures.rates + "/property-base-rate.csv", encoding: .utf8)
        let july = base.replacingOccurrences(of: "# effective-from: 2026-01-01", with: "# effective-from: 2026-07-01")
            .replacingOccurrences(of: "retail-shop,class-2,0.00075", with: "retail-shop,class-2,0.00150")
        #expect(july != base)
        try july.write(toFile: directory + "/property-base-rate-2026-07.csv", atomically: true, encoding: .utf8)
        return directory
    }

    @Test func aRaterIsReusedForTheSameVersionsAndRebuiltForNewOnes() throws {
        let storage = try Fixtures.shippedCatalogStorage()
        let cache = RaterCache()
        let quotes = QuoteService(storage: storage, clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!), raters: cache)
        // 800000 × 0.00075 × 1.00 × 0.95 × 1.00 = 570.00
        #expect(try quote(quotes, on: "2026-07-15") == "570.00")
        #expect(try quote(quotes, on: "2026-06-30") == "570.00")
        #expect(cache.raterCount == 1)

        let catalog = try Fixtures.validate([Fixtures.products], rates: [try ratesWithJulyBaseRates()])
        try Fixtures.load(catalog, into: storage, at: Instant(parsing: "2026-06-20T09:00")!)
        // 800000 × 0.00150 × 1.00 × 0.95 × 1.00 = 1140.00 from July; June keeps the old rate.
        #expect(try quote(quotes, on: "2026-07-15") == "1140.00")
        #expect(try quote(quotes, on: "2026-06-30") == "570.00")
        #expect(cache.raterCount == 2)
    }

    @Test func aProductClosedAfterwardsIsNotPricedPastItsEnd() throws {
        let storage = try Fixtures.shippedCatalogStorage()
        let quotes = QuoteService(storage: storage, clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!), raters: RaterCache())
        #expect(try quote(quotes, on: "2026-09-15") == "570.00")
        var catalog = try Fixtures.validate([Fixtures.products])
        let index = try #require(catalog.products.firstIndex { $0.product.code == "PH-PROP-SHOP" })
        catalog.products[index].product.effectiveTo = CivilDate(iso: "2026-08-31")
        try Fixtures.load(catalog, into: storage, at: Instant(parsing: "2026-08-01T09:00")!)
        #expect(throws: PuhuiError.notFound("product PH-PROP-SHOP has no version in force on 2026-09-15 (v1 2026-01-01 to 2026-08-31)")) {
            try quote(quotes, on: "2026-09-15")
        }
        #expect(try quote(quotes, on: "2026-08-31") == "570.00")
    }

    /// The kept rater is used without a transaction only at the catalog generation it was kept
    /// at; loading a version (any program, any product) raises the generation.
    @Test func aKeptRaterAnswersWithoutTheBookOnlyWhileTheCatalogIsUnchanged() throws {
        let storage = try Fixtures.shippedCatalogStorage()
        let quotes = QuoteService(storage: storage, clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!), raters: RaterCache())
        let risk = try JSONReader.parse(shop)
        let date = CivilDate(iso: "2026-07-15")!
        // Nothing kept yet: the caller must read the book.
        #expect(try quotes.quoteFromKeptRater(productCode: "PH-PROP-SHOP", asOf: date, risk: risk, source: "risk.json") == nil)
        #expect(try quote(quotes, on: "2026-07-15") == "570.00")
        let kept = try #require(try quotes.quoteFromKeptRater(productCode: "PH-PROP-SHOP", asOf: date, risk: risk, source: "risk.json"))
        #expect(kept.premium.yuanString == "570.00")
        // Another date is another rater.
        #expect(try quotes.quoteFromKeptRater(productCode: "PH-PROP-SHOP", asOf: CivilDate(iso: "2026-07-16")!, risk: risk, source: "risk.json") == nil)

        let before = try #require(storage.catalogGenerationWithoutWaiting())
        let catalog = try Fixtures.validate([Fixtures.products], rates: [try ratesWithJulyBaseRates()])
        try Fixtures.load(catalog, into: storage, at: Instant(parsing: "2026-06-20T09:00")!)
        #expect(try #require(storage.catalogGenerationWithoutWaiting()) > before)
        #expect(try quotes.quoteFromKeptRater(productCode: "PH-PROP-SHOP", asOf: date, risk: risk, source: "risk.json") == nil)
        #expect(try quote(quotes, on: "2026-07-15") == "1140.00")
        #expect(try quotes.quoteFromKeptRater(productCode: "PH-PROP-SHOP", asOf: date, risk: risk, source: "risk.json")?.premium.yuanString == "1140.00")
    }

    @Test func unknownProductsGiveTheStoresOwnError() throws {
        let quotes = QuoteService(storage: try Fixtures.shippedCatalogStorage(), clock: FixedClock(Instant(parsing: "2026-11-23T12:00")!), raters: RaterCache())
        #expect(throws: PuhuiError.notFound("product PH-NOPE is not in the catalog")) {
            try quotes.quote(productCode: "PH-NOPE", asOf: CivilDate(iso: "2026-06-30")!, riskText: shop, source: "risk.json")
        }
    }
}
