import PuhuiDomain

/// A stored rate table version as listed: which table, from when, and the storage's handle.
public struct RateTableVersion: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var effectiveFrom: CivilDate?

    public init(id: Int64, name: String, effectiveFrom: CivilDate?) {
        self.id = id
        self.name = name
        self.effectiveFrom = effectiveFrom
    }
}

/// What is stored of a loaded version, for telling an unchanged reload from a changed one.
public struct StoredVersionRecord: Sendable, Hashable {
    public var id: Int64
    public var digest: String
    /// The file it was loaded from, for messages (its name only).
    public var sourceName: String
    public var loadedAt: Instant

    public init(id: Int64, digest: String, sourceName: String, loadedAt: Instant) {
        self.id = id
        self.digest = digest
        self.sourceName = sourceName
        self.loadedAt = loadedAt
    }
}

/// Product versions and rate table versions.
public protocol CatalogStore {
    /// A counter raised by every change to product and rate table versions (schema v17), in
    /// this transaction's snapshot: while it is unchanged, a rater built from the catalog holds.
    func catalogGeneration() throws -> Int64

    /// Every stored version of product `code` (empty when the product is unknown).
    func productVersions(code: String) throws -> [ProductSummary]
    /// Every stored version of every product.
    func allProductVersions() throws -> [ProductSummary]
    /// A product version with its definition; `notFound` when it is not stored.
    func product(code: String, version: Int) throws -> StoredProduct

    /// Every stored version of table `name`.
    func rateTableVersions(name: String) throws -> [RateTableVersion]
    /// A table version with its rows.
    func rateTable(_ version: RateTableVersion) throws -> RateTable
    /// Every version of every table, with rows (bulk work caches them).
    func allRateTables() throws -> [RateTable]

    /// The stored version of table `name` effective from `effectiveFrom`, if any.
    func storedTable(name: String, effectiveFrom: CivilDate?) throws -> StoredVersionRecord?
    func insertTable(_ table: RateTable, digest: String, at: Instant) throws
    /// The stored version `version` of product `code`, with its definition, if any.
    func storedProduct(code: String, version: Int) throws -> (StoredVersionRecord, Product)?
    func insertProduct(_ source: ProductSource, definition: String, digest: String, at: Instant) throws
    /// Replaces a stored version's definition by one that only closes its effective period.
    func closeProduct(id: Int64, _ source: ProductSource, definition: String, digest: String) throws
    func recordLoad(_ report: CatalogLoadReport, at: Instant) throws

    /// The stored version of table `name` effective from `effectiveFrom`, with its rows.
    func tableVersion(name: String, effectiveFrom: CivilDate) throws -> (RateTableVersion, RateTable)?
    /// What refers to product version `id`: quotes, applications, policies.
    func usage(ofProductVersion id: Int64) throws -> VersionUsage
    /// What was rated with table version `label` (`name@2027-01-01`): quotes, applications, policies.
    func usage(ofTableVersion label: String) throws -> VersionUsage
    /// Removes a product version no quote, application or policy refers to.
    func deleteProductVersion(id: Int64) throws
    /// Removes a table version and its rows.
    func deleteTableVersion(id: Int64) throws
}

/// How many quotes, applications and policies refer to a catalog version.
public struct VersionUsage: Sendable, Hashable {
    public var quotes: Int
    public var applications: Int
    public var policies: Int

    public init(quotes: Int, applications: Int, policies: Int) {
        self.quotes = quotes
        self.applications = applications
        self.policies = policies
    }

    public var isUnused: Bool { quotes == 0 && applications == 0 && policies == 0 }

    /// `2 quotes, 1 application`.
    public var text: String {
        var parts: [String] = []
        if quotes > 0 { parts.append("\(quotes) quote\(quotes == 1 ? "" : "s")") }
        if applications > 0 { parts.append("\(applications) application\(applications == 1 ? "" : "s")") }
        if policies > 0 { parts.append("\(policies) polic\(policies == 1 ? "y" : "ies")") }
        return parts.joined(separator: ", ")
    }
}
