import PuhuiDomain

/// Product versions, pension ratings and declared rates kept in memory across many servicing
/// steps of one operation (a month-end run, a bank file, seeding a book), so that each policy
/// does not reload its product. Loaded versions are immutable, so the cache cannot go stale
/// within a run. Not shared between threads.
public final class ServicingCache {
    private var products: [String: Product] = [:]
    private var pensionRatings: [String: PensionRating] = [:]
    private var tables: [Int64: RateTable] = [:]

    public init() {}

    /// Version `version` of product `code`.
    public func product(code: String, version: Int, _ catalog: any CatalogStore) throws -> Product {
        let key = "\(code)#\(version)"
        if let product = products[key] { return product }
        let product = try catalog.product(code: code, version: version).product
        products[key] = product
        return product
    }

    /// The version of table `name` in force on `date`.
    public func table(_ name: String, on date: CivilDate, _ catalog: any CatalogStore) throws -> RateTable? {
        guard let version = VersionInForce.table(try catalog.rateTableVersions(name: name), on: date, from: \.effectiveFrom) else { return nil }
        if let table = tables[version.id] { return table }
        let table = try catalog.rateTable(version)
        tables[version.id] = table
        return table
    }

    /// The pension rating of `product` with its tables in force on `date` (a policy's start:
    /// the annuity and the bases are those the quote illustrated).
    public func pensionRating(_ product: Product, on date: CivilDate, _ catalog: any CatalogStore) throws -> PensionRating {
        var chosen: [(role: String, table: RateTable)] = []
        for (role, name) in product.rating.tables.sorted(by: { $0.key < $1.key }) {
            guard let table = try table(name, on: date, catalog) else {
                throw PuhuiError.notFound("product \(product.code) v\(product.version): rate table \(name) (role \(role)) has no version in force on \(date)")
            }
            chosen.append((role, table))
        }
        let key = "\(product.code)#\(product.version)|" + chosen.map { "\($0.role)=\($0.table.versionLabel)" }.joined(separator: ",")
        if let rating = pensionRatings[key] { return rating }
        let byRole = Dictionary(chosen.map { ($0.role, RateIndex($0.table)) }, uniquingKeysWith: { a, _ in a })
        let rating = try PensionRating(product: product, tables: ResolvedTables(byRole: byRole))
        pensionRatings[key] = rating
        return rating
    }
}
