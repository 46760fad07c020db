import Crypto
import Foundation

/// Everything a catalog run read and checked: product versions and rate table versions.
public struct Catalog: Sendable {
    public var products: [ProductSource]
    public var tables: [RateTable] {
        didSet { versionsByName = Catalog.index(tables) }
    }
    /// What validation found worth saying without refusing the catalog.
    public var warnings: [Diagnostic] = []
    /// The versions of each table, oldest first (a catalog can hold a thousand tables).
    private var versionsByName: [String: [RateTable]]

    public init(products: [ProductSource], tables: [RateTable]) {
        self.products = products
        self.tables = tables
        versionsByName = Catalog.index(tables)
    }

    private static func index(_ tables: [RateTable]) -> [String: [RateTable]] {
        Dictionary(grouping: tables, by: \.name).mapValues { $0.sorted { ($0.effectiveFrom ?? .distantPast) < ($1.effectiveFrom ?? .distantPast) } }
    }

    /// The versions of table `name`, oldest first.
    public func tableVersions(_ name: String) -> [RateTable] {
        versionsByName[name] ?? []
    }

    /// The version of table `name` in force on `date`.
    public func table(_ name: String, on date: CivilDate) -> RateTable? {
        VersionInForce.table(tableVersions(name), on: date, from: \.effectiveFrom)
    }
}

/// The one rule for which version is in force on a date, used wherever versions are chosen
/// (catalog checks, quotes, applications, claims, listings), whatever stores them.
public enum VersionInForce {
    /// A product version is in force from its effective-from to its effective-to, both inclusive
    /// (open-ended without an effective-to).
    public static func isInForce(from: CivilDate, to: CivilDate?, on date: CivilDate) -> Bool {
        date >= from && (to.map { date <= $0 } ?? true)
    }

    /// The product version in force on `date` among `versions` (versions of one product never
    /// overlap; should they, the highest in force wins).
    public static func product<T>(_ versions: [T], on date: CivilDate, from: (T) -> CivilDate, to: (T) -> CivilDate?,
                                  version: (T) -> Int) -> T? {
        versions.filter { isInForce(from: from($0), to: to($0), on: date) }.max { version($0) < version($1) }
    }

    /// The rate table version in force on `date`: the one with the latest effective-from on or
    /// before it; an undated version applies from the beginning.
    public static func table<T>(_ versions: [T], on date: CivilDate, from: (T) -> CivilDate?) -> T? {
        var best: T? = nil
        var bestFrom = CivilDate.distantPast
        for candidate in versions {
            let start = from(candidate) ?? .distantPast
            guard start <= date else { continue }
            if best == nil || start > bestFrom {
                best = candidate
                bestFrom = start
            }
        }
        return best
    }
}

extension CivilDate {
    /// 0001-01-01: before any date the engine handles.
    public static let distantPast = CivilDate(dayNumber: -719_162)
}

public enum ProductSchema {
    public static let fileName = "puhui-product.xsd"
}

/// Canonical JSON (sorted keys) and its SHA-256, used to tell a changed definition from an
/// unchanged one regardless of formatting and comments.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    public static func sha256(_ text: String) -> String {
        sha256(bytes: Array(text.utf8))
    }

    public static func sha256(bytes: [UInt8]) -> String {
        HexDigits.lowercase(SHA256.hash(data: bytes))
    }
}
