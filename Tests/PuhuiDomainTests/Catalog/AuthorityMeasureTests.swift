import Foundation
import Testing
@testable import PuhuiDomain

/// A product declares what underwriting authority is checked on (`authorityMeasure` on
/// `<underwriting>`); its quotes carry the declaration, and without one the line decides:
/// the per-occurrence limit for liability, the sum insured for every other line.
@Suite struct AuthorityMeasureTests {
    func product(_ file: String, _ attribute: String) throws -> Product {
        let text = try String(contentsOfFile: Fixtures.path("products/\(file)"), encoding: .utf8)
        let changed = text.replacingOccurrences(of: "<underwriting>", with: "<underwriting\(attribute)>")
        let path = try Fixtures.writeTemporaryFile(file, changed)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try #require(try Fixtures.validate([path]).products.first).product
    }

    func quote(_ product: Product, risk: String) throws -> Quote {
        let json = try String(contentsOfFile: Fixtures.path("examples/risks/\(risk)"), encoding: .utf8)
        let fields = try RiskInput.parse(json, source: risk)
        let asOf = ShippedCatalog.asOf
        let rater = try RatingModules.rater(for: product, tables: ShippedCatalog.tables(for: product, on: asOf))
        let start = try RiskInput.startDate(fields, asOf: asOf, source: risk)
        return try rater.quote(fields, context: RatingContext(asOf: asOf, startDate: start, rounding: product.rating.rounding), source: risk)
    }

    @Test func aDeclaredMeasureNamesTheFigure() throws {
        let declared = try product("property-shop.xml", #" authorityMeasure="per-occurrence-limit""#)
        #expect(declared.underwriting.authorityMeasure == .perOccurrenceLimit)
        let quote = try quote(declared, risk: "property-shop.json")
        #expect(quote.authorityMeasure == .perOccurrenceLimit)
        let measure = AuthorityMeasure.of(quote, fallback: .zero)
        #expect(measure.name == "per-occurrence limit")
        // The figure is the risk's sum-insured fact, whatever it is called: 800,000.00 for the shop.
        #expect(measure.amount == Money(fen: 80_000_000))
    }

    @Test func withoutADeclarationTheLineDecidesAndTheDefinitionIsUnchanged() throws {
        let property = try product("property-shop.xml", "")
        #expect(property.underwriting.authorityMeasure == nil)
        #expect(!(try CanonicalJSON.encode(property)).contains("authorityMeasure"))
        #expect(AuthorityMeasure.of(try quote(property, risk: "property-shop.json"), fallback: .zero).name == "sum insured")
        let liability = try product("liability-micro.xml", "")
        #expect(AuthorityMeasure.of(try quote(liability, risk: "liability-micro.json"), fallback: .zero).name == "per-occurrence limit")
        // A liability product may say it checks the sum insured instead.
        let declared = try product("liability-micro.xml", #" authorityMeasure="sum-insured""#)
        #expect(AuthorityMeasure.of(try quote(declared, risk: "liability-micro.json"), fallback: .zero).name == "sum insured")
    }

    @Test func aQuoteKeptBeforeDeclarationsTakesTheLinesDefault() throws {
        var quote = try quote(try product("liability-micro.xml", ""), risk: "liability-micro.json")
        let json = try CanonicalJSON.encode(quote)
        #expect(json.contains(#""authorityMeasure":"per-occurrence-limit""#))
        quote.authorityMeasure = nil
        let old = try JSONDecoder().decode(Quote.self, from: Data(try CanonicalJSON.encode(quote).utf8))
        #expect(old.authorityMeasure == nil)
        #expect(AuthorityMeasure.of(old, fallback: .zero).name == "per-occurrence limit")
    }

    @Test func anUnknownMeasureIsRefusedNamingTheAttribute() {
        let error = #expect(throws: PuhuiError.self) { try product("property-shop.xml", #" authorityMeasure="premium""#) }
        #expect(error?.diagnostics.first?.message.contains("authorityMeasure") == true, "\(error?.diagnostics ?? [])")
    }
}
