import PuhuiDomain

extension CatalogStore {
    /// The version of product `code` in force on `date` (VersionInForce), or `notFound` naming
    /// the versions there are.
    public func product(code: String, on date: CivilDate) throws -> StoredProduct {
        let versions = try productVersions(code: code)
        guard let chosen = VersionInForce.product(versions, on: date, from: \.effectiveFrom, to: \.effectiveTo, version: \.version) else {
            if versions.isEmpty { throw PuhuiError.notFound("product \(code) is not in the catalog") }
            let periods = versions.sorted { $0.version < $1.version }
                .map { "v\($0.version) \($0.effectiveFrom) to \($0.effectiveTo.map(String.init(describing:)) ?? "open")" }
            throw PuhuiError.notFound("product \(code) has no version in force on \(date) (\(periods.joined(separator: "; ")))")
        }
        return try product(code: chosen.code, version: chosen.version)
    }

    /// Every product version in force on `date`, ordered by line then code.
    public func productsInForce(on date: CivilDate) throws -> [ProductSummary] {
        let byCode = Dictionary(grouping: try allProductVersions(), by: \.code)
        return byCode.values.compactMap { VersionInForce.product($0, on: date, from: \.effectiveFrom, to: \.effectiveTo, version: \.version) }
            .sorted { ($0.line, $0.code, $0.version) < ($1.line, $1.code, $1.version) }
    }

    /// The version of table `name` in force on `date`, with its rows.
    public func rateTable(_ name: String, on date: CivilDate) throws -> RateTable? {
        guard let version = VersionInForce.table(try rateTableVersions(name: name), on: date, from: \.effectiveFrom) else { return nil }
        return try rateTable(version)
    }

    /// The tables of `product` in force on `date`, by role.
    public func tables(for product: Product, on date: CivilDate) throws -> ResolvedTables {
        var byRole: [String: RateIndex] = [:]
        for (role, name) in product.rating.tables {
            guard let table = try rateTable(name, on: date) else {
                throw PuhuiError.notFound("product \(product.code) v\(product.version): rate table \(name) (role \(role)) has no version in force on \(date)")
            }
            byRole[role] = RateIndex(table)
        }
        return ResolvedTables(byRole: byRole)
    }

    /// The rater of the version of `code` in force on `date`.
    public func rater(productCode code: String, on date: CivilDate) throws -> (StoredProduct, any Rater) {
        let stored = try product(code: code, on: date)
        return (stored, try RatingModules.rater(for: stored.product, tables: tables(for: stored.product, on: date)))
    }
}
