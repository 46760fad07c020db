import GRDB
@testable import PuhuiCore

/// The shipped catalog in one in-memory database, loaded once for all rating tests.
enum ShippedCatalog {
    static let database: DatabaseQueue = {
        do { return try Fixtures.shippedCatalogDatabase() } catch { preconditionFailure("shipped catalog does not load: \(error)") }
    }()

    static let asOf = CivilDate(iso: "2026-06-30")!

    /// Quotes `json` on `product` as of 2026-06-30 without storing it.
    static func quote(_ product: String, _ json: String, asOf: CivilDate = asOf) throws -> Quote {
        let fields = try Quoting.parseRisk(json, source: "risk.json")
        return try database.read { db in try Quoting.quote(productCode: product, asOf: asOf, risk: fields, source: "risk.json", db).1 }
    }

    /// The problems a bad risk gets, as `field 'x': message` lines.
    static func problems(_ product: String, _ json: String) -> [String] {
        do {
            _ = try quote(product, json)
            return []
        } catch let error as RiskRejected {
            return error.problems.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    /// A rater for the product as of 2026-06-30, optionally with its rounding rule replaced.
    static func rater(_ code: String, rounding: RoundingRule? = nil) throws -> any Rater {
        try database.read { db in
            var product = try CatalogStore.product(code: code, on: asOf, db).product
            if let rounding { product.rating.rounding = rounding }
            return try RatingModules.rater(for: product, tables: Quoting.tables(for: product, on: asOf, db))
        }
    }
}
