import GRDB

/// Product versions, rate tables and bound raters kept in memory across many applications of
/// one bulk operation (seeding a book), so that each application does not reload and re-index
/// them. Versions are immutable once loaded, so the cache cannot go stale within a run. Not
/// shared between threads.
public final class RatingCache {
    private var products: [String: [StoredProduct]] = [:]
    private var tables: [String: [RateTable]]? = nil
    private var raters: [String: any Rater] = [:]

    public init() {}

    /// The version of `code` in force on `date`.
    public func product(code: String, on date: CivilDate, _ db: Database) throws -> StoredProduct {
        if products[code] == nil {
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM product_version WHERE code = ? ORDER BY version", arguments: [code])
            products[code] = try ids.map { try CatalogStore.product(id: $0, db) }
        }
        guard let version = products[code]?.last(where: { $0.product.isEffective(on: date) }) else {
            return try CatalogStore.product(code: code, on: date, db) // for its error message
        }
        return version
    }

    /// The rater of `stored` with the tables in force on `date`, and those tables' version labels.
    public func rater(for stored: StoredProduct, on date: CivilDate, _ db: Database) throws -> (any Rater, [String]) {
        if tables == nil {
            tables = Dictionary(grouping: try RateTableStore.allVersions(db), by: \.name)
        }
        var chosen: [String: RateTable] = [:]
        for (role, name) in stored.product.rating.tables {
            guard let table = tables?[name]?.last(where: { ($0.effectiveFrom ?? .distantPast) <= date }) else {
                throw PuhuiError.notFound("product \(stored.product.code) v\(stored.product.version): rate table \(name) (role \(role)) has no version in force on \(date)")
            }
            chosen[role] = table
        }
        let labels = Array(Set(chosen.values.map(\.versionLabel))).sorted()
        let key = "\(stored.id)|" + chosen.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.versionLabel)" }.joined(separator: ",")
        if let rater = raters[key] { return (rater, labels) }
        let rater = try RatingModules.rater(for: stored.product, tables: ResolvedTables(byRole: chosen.mapValues(RateIndex.init)))
        raters[key] = rater
        return (rater, labels)
    }
}
