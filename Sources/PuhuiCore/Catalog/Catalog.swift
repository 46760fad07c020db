import Crypto
import Foundation

/// Everything a catalog run read and checked: product versions and rate table versions.
public struct Catalog: Sendable {
    public var products: [ProductSource]
    public var tables: [RateTable]

    public init(products: [ProductSource], tables: [RateTable]) {
        self.products = products
        self.tables = tables
    }

    /// The versions of table `name`, oldest first.
    public func tableVersions(_ name: String) -> [RateTable] {
        tables.filter { $0.name == name }.sorted { ($0.effectiveFrom ?? .distantPast) < ($1.effectiveFrom ?? .distantPast) }
    }

    /// The version of table `name` in force on `date`.
    public func table(_ name: String, on date: CivilDate) -> RateTable? {
        tableVersions(name).last { ($0.effectiveFrom ?? .distantPast) <= date }
    }
}

extension CivilDate {
    static let distantPast = CivilDate(dayNumber: -719_162) // 0001-01-01
}

/// Canonical JSON (sorted keys) and its SHA-256, used to tell a changed definition from an
/// unchanged one regardless of formatting and comments.
enum CanonicalJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
