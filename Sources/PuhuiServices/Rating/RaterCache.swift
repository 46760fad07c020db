import PuhuiDomain
import Synchronization

/// Raters kept across the requests of a long-running front door (the HTTP server), shared by
/// its threads. A rater is kept for a product and a rating date with the catalog's generation
/// (schema v17, raised by triggers whenever a product or rate table version is loaded, closed
/// or withdrawn, by any program) and used again while the generation is unchanged: one read of
/// one row, or none at all for `keptRater` given a generation read without waiting. When it has
/// changed, the book is asked, with small queries, which product version and which rate table
/// versions are in force on the rating date, and a rater is reused only for exactly those
/// versions (loaded versions never change; closing one moves its `effectiveTo`, part of the
/// key). So a new version loaded by another process is picked up by the next quote, and
/// nothing stale is ever priced on.
public final class RaterCache: Sendable {
    private struct Kept {
        var generation: Int64
        var product: StoredProduct
        var rater: any Rater
    }

    private struct Entries {
        var products: [String: StoredProduct] = [:]
        var raters: [String: any Rater] = [:]
        /// By product code and rating date.
        var kept: [String: Kept] = [:]
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
        let generation = try store.catalogGeneration()
        if let kept = keptRater(productCode: code, on: date, generation: generation) { return kept }
        let (product, rater) = try raterInForce(productCode: code, on: date, store)
        remember { $0.kept["\(code)#\(date)"] = Kept(generation: generation, product: product, rater: rater) }
        return (product, rater)
    }

    /// The rater kept for `code` on `date` if the catalog's generation is still `generation`;
    /// nil when there is none (the caller then reads the book).
    public func keptRater(productCode code: String, on date: CivilDate, generation: Int64) -> (StoredProduct, any Rater)? {
        guard let kept = entries.withLock({ $0.kept["\(code)#\(date)"] }), kept.generation == generation else { return nil }
        return (kept.product, kept.rater)
    }

    /// The versions in force on `date`, asked of the book, and their rater (built once per set
    /// of versions).
    func raterInForce(productCode code: String, on date: CivilDate, _ store: any CatalogStore) throws -> (StoredProduct, any Rater) {
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
            if entries.products.count + entries.raters.count + entries.kept.count >= capacity { entries = Entries() }
            change(&entries)
        }
    }
}
