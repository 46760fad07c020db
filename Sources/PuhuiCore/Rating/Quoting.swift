import Foundation
import GRDB

/// Prices risks against the catalog in the database: the product version and rate table
/// versions in force on the rating date.
public enum Quoting {
    /// The tables of `product` in force on `date`, by role (and the short-rate table).
    public static func tables(for product: Product, on date: CivilDate, _ db: Database) throws -> ResolvedTables {
        var byRole: [String: RateIndex] = [:]
        for (role, name) in product.rating.tables {
            guard let table = try RateTableStore.table(name, on: date, db) else {
                throw PuhuiError.notFound("product \(product.code) v\(product.version): rate table \(name) (role \(role)) has no version in force on \(date)")
            }
            byRole[role] = RateIndex(table)
        }
        return ResolvedTables(byRole: byRole)
    }

    /// The rater of the version of `code` in force on `asOf`.
    public static func rater(productCode code: String, asOf: CivilDate, _ db: Database) throws -> (StoredProduct, any Rater) {
        let stored = try CatalogStore.product(code: code, on: asOf, db)
        return (stored, try RatingModules.rater(for: stored.product, tables: tables(for: stored.product, on: asOf, db)))
    }

    /// Parses risk JSON text, reporting syntax errors at their line and column in `source`.
    public static func parseRisk(_ text: String, source: String) throws -> JSONInputFields {
        let value: JSONValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw RiskRejected(problems: [Diagnostic(path: source, line: error.line, column: error.column, message: error.message)])
        }
        guard let fields = JSONInputFields(value) else {
            throw RiskRejected(problems: [Diagnostic(path: source, line: value.line, column: value.column, message: "the risk must be a JSON object, not \(value.kindName)")])
        }
        return fields
    }

    /// The start of cover: the risk's `startDate`, else the rating date.
    public static func startDate(_ fields: any InputFields, asOf: CivilDate, source: String) throws -> CivilDate {
        var reader = FieldReader(source: source)
        let start = reader.date(fields, "startDate", required: false)
        if reader.failed { throw RiskRejected(problems: reader.problems) }
        return start ?? asOf
    }

    /// Rates the risk without storing anything.
    public static func quote(productCode: String, asOf: CivilDate, risk fields: any InputFields, source: String,
                             _ db: Database) throws -> (StoredProduct, Quote) {
        let (stored, rater) = try rater(productCode: productCode, asOf: asOf, db)
        let start = try startDate(fields, asOf: asOf, source: source)
        let context = RatingContext(asOf: asOf, startDate: start, rounding: stored.product.rating.rounding)
        return (stored, try rater.quote(fields, context: context, source: source))
    }

    /// Rates the risk and stores the quote with the risk as given; returns it with its id.
    public static func quoteAndStore(productCode: String, asOf: CivilDate, riskText: String, source: String,
                                     at instant: Instant, _ writer: some DatabaseWriter) throws -> Quote {
        let fields = try parseRisk(riskText, source: source)
        return try writer.write { db in
            var (stored, quote) = try quote(productCode: productCode, asOf: asOf, risk: fields, source: source, db)
            quote.id = try QuoteStore.insert(quote, productVersionID: stored.id, riskText: riskText, at: instant, db)
            return quote
        }
    }
}

/// Stored quotes, by reference (`Q-000042`).
public enum QuoteStore {
    static func insert(_ quote: Quote, productVersionID: Int64, riskText: String, at instant: Instant, _ db: Database) throws -> String {
        let next = (try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) + 1 FROM quote")) ?? 1
        let reference = "Q-" + String(format: "%06lld", next)
        var stored = quote
        stored.id = reference
        try db.execute(sql: """
            INSERT INTO quote (id, reference, product_version_id, as_of, start_date, premium_fen, table_versions, risk, quote, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [next, reference, productVersionID, quote.asOf.description, quote.startDate.description, quote.premium.fen,
                             try CanonicalJSON.encode(quote.tableVersions), riskText, try CanonicalJSON.encode(stored), instant.secondsSinceEpoch])
        return reference
    }

    /// A stored quote and the risk text it priced.
    public static func quote(_ reference: String, _ db: Database) throws -> (Quote, String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT quote, risk FROM quote WHERE reference = ?", arguments: [reference]) else {
            throw PuhuiError.notFound("quote \(reference) does not exist")
        }
        let quote = try JSONDecoder().decode(Quote.self, from: Data((row["quote"] as String).utf8))
        return (quote, row["risk"])
    }
}
