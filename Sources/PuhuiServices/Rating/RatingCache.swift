import PuhuiDomain

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
    public func product(code: String, on date: CivilDate, _ store: any CatalogStore) throws -> StoredProduct {
        if products[code] == nil {
            products[code] = try store.productVersions(code: code).map { try store.product(code: code, version: $0.version) }
        }
        guard let version = VersionInForce.product(products[code] ?? [], on: date, from: \.product.effectiveFrom,
                                                   to: \.product.effectiveTo, version: \.product.version) else {
            return try store.product(code: code, on: date) // for its error message
        }
        return version
    }

    /// The rater of `stored` with the tables in force on `date`, and those tables' version labels.
    public func rater(for stored: StoredProduct, on date: CivilDate, _ store: any CatalogStore) throws -> (any Rater, [String]) {
        if tables == nil {
            tables = Dictionary(grouping: try store.allRateTables(), by: \.name)
        }
        var chosen: [String: RateTable] = [:]
        for (role, name) in stored.product.rating.tables {
            guard let table = VersionInForce.table(tables?[name] ?? [], on: date, from: \.effectiveFrom) else {
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
