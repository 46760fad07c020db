import PuhuiDomain
import Synchronization

/// Raters kept across the requests of a long-running front door (the HTTP server), shared by
/// its threads. Every use asks the book, with small queries, which product version and which
/// rate table versions are in force on the rating date; a rater is reused only for exactly
/// those versions. Loaded versions never change (a product version may only be closed, which
/// moves its `effectiveTo`, part of the key), so a new version loaded by another process is
/// picked up by the next quote, and nothing stale is ever priced on.
public final class RaterCache: Sendable {
    private struct Entries {
        var products: [String: StoredProduct] = [:]
        var raters: [String: any Rater] = [:]
    }

    private let entries = Mutex(Entries())
    /// Entries kept before the cache starts afresh (versions in force are few; this bounds a
    /// book whose versions change all day).
    let capacity: Int

    public init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The version of `code` in force on `date` and its rater, as `CatalogStore.rater` gives
    /// them (its errors too), built once per set of versions.
    public func rater(productCode code: String, on date: CivilDate, _ store: any CatalogStore) throws -> (StoredProduct, any Rater) {
        let versions = try store.productVersions(code: code)
        guard let chosen = VersionInForce.product(versions, on: date, from: \.effectiveFrom, to: \.effectiveTo, version: \.version) else {
            return try store.rater(productCode: code, on: date)
        }
        let productKey = "\(code)#\(chosen.version)#\(chosen.effectiveTo.map(String.init(describing:)) ?? "open")"
        let stored: StoredProduct
        if let cached = entries.withLock({ $0.products[productKey] }) {
            stored = cached
        } else {
            stored = try store.product(code: code, version: chosen.version)
            remember { $0.products[productKey] = stored }
        }
        var raterKey = productKey
        for (role, name) in stored.product.rating.tables.sorted(by: { $0.key < $1.key }) {
            guard let version = VersionInForce.table(try store.rateTableVersions(name: name), on: date, from: \.effectiveFrom) else {
                return try store.rater(productCode: code, on: date)
            }
            raterKey += "|\(role)=\(version.id)"
        }
        if let rater = entries.withLock({ $0.raters[raterKey] }) { return (stored, rater) }
        let rater = try RatingModules.rater(for: stored.product, tables: try store.tables(for: stored.product, on: date))
        remember { $0.raters[raterKey] = rater }
        return (stored, rater)
    }

    /// How many raters are kept (for tests).
    var raterCount: Int { entries.withLock { $0.raters.count } }

    private func remember(_ change: (inout Entries) -> Void) {
        entries.withLock { entries in
            if entries.products.count + entries.raters.count >= capacity { entries = Entries() }
            change(&entries)
        }
    }
}
