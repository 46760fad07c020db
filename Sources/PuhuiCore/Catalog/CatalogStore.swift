import Foundation
import GRDB

/// A stored product version as listed: enough to tell which product is which.
public struct ProductSummary: Sendable, Hashable, Codable {
    public var code: String
    public var version: Int
    public var line: LineOfBusiness
    public var nameZh: String
    public var nameEn: String
    public var department: String
    public var effectiveFrom: CivilDate
    public var effectiveTo: CivilDate?

    enum CodingKeys: String, CodingKey {
        case code, version, line, nameZh, nameEn, department, effectiveFrom, effectiveTo
    }

    /// Always writes `effectiveTo`, as `null` when the version is open-ended.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(version, forKey: .version)
        try container.encode(line, forKey: .line)
        try container.encode(nameZh, forKey: .nameZh)
        try container.encode(nameEn, forKey: .nameEn)
        try container.encode(department, forKey: .department)
        try container.encode(effectiveFrom, forKey: .effectiveFrom)
        try container.encode(effectiveTo, forKey: .effectiveTo)
    }
}

/// A stored product version with its full definition.
public struct StoredProduct: Sendable {
    public var id: Int64
    public var product: Product
    public var sourcePath: String
    public var loadedAt: Instant
    public var definitionSHA256: String
}

/// Reads the product catalog from the database.
public enum CatalogStore {
    /// Product versions in force on `date` (one per product code), ordered by line then code.
    public static func inForce(on date: CivilDate, _ db: Database) throws -> [ProductSummary] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT code, version, line, name_zh, name_en, department, effective_from, effective_to FROM product_version
            WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)
            """), arguments: [date.description, date.description]).compactMap(summary).sorted(by: summaryOrder)
    }

    /// Every stored version of every product.
    public static func allVersions(_ db: Database) throws -> [ProductSummary] {
        try Row.fetchAll(db, sql: """
            SELECT code, version, line, name_zh, name_en, department, effective_from, effective_to FROM product_version
            """).compactMap(summary).sorted(by: summaryOrder)
    }

    static func summaryOrder(_ a: ProductSummary, _ b: ProductSummary) -> Bool {
        (a.line, a.code, a.version) < (b.line, b.code, b.version)
    }

    static func summary(_ row: Row) -> ProductSummary? {
        guard let line = LineOfBusiness(rawValue: row["line"]),
              let from = CivilDate(iso: row["effective_from"] as String) else { return nil }
        return ProductSummary(
            code: row["code"], version: row["version"], line: line, nameZh: row["name_zh"], nameEn: row["name_en"],
            department: row["department"], effectiveFrom: from,
            effectiveTo: (row["effective_to"] as String?).flatMap { CivilDate(iso: $0) })
    }

    /// A given version of a product.
    public static func product(code: String, version: Int, _ db: Database) throws -> StoredProduct {
        // The definition is read only when it is not decoded already (it is the large column).
        if let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, code, definition_sha256, source_path, loaded_at FROM product_version WHERE code = ? AND version = ?
            """), arguments: [code, version]), let product = DefinitionCache.shared.product(row["definition_sha256"]) {
            return StoredProduct(id: row["id"], product: product, sourcePath: row["source_path"],
                                 loadedAt: Instant(secondsSinceEpoch: row["loaded_at"]), definitionSHA256: row["definition_sha256"])
        }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM product_version WHERE code = ? AND version = ?"), arguments: [code, version]) else {
            let versions = try Int.fetchAll(db.cachedStatement(sql: "SELECT version FROM product_version WHERE code = ? ORDER BY version"), arguments: [code])
            if versions.isEmpty { throw PuhuiError.notFound("product \(code) is not in the catalog") }
            throw PuhuiError.notFound("product \(code) has no version \(version) (loaded versions: \(versions.map(String.init).joined(separator: ", ")))")
        }
        return try stored(row)
    }

    /// The version of a product in force on `date`.
    public static func product(code: String, on date: CivilDate, _ db: Database) throws -> StoredProduct {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM product_version WHERE code = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)
            """), arguments: [code, date.description, date.description]) else {
            let versions = try Row.fetchAll(db.cachedStatement(sql: "SELECT version, effective_from, effective_to FROM product_version WHERE code = ? ORDER BY version"), arguments: [code])
            if versions.isEmpty { throw PuhuiError.notFound("product \(code) is not in the catalog") }
            let periods = versions.map { "v\($0["version"] as Int) \($0["effective_from"] as String) to \(($0["effective_to"] as String?) ?? "open")" }
            throw PuhuiError.notFound("product \(code) has no version in force on \(date) (\(periods.joined(separator: "; ")))")
        }
        return try stored(row)
    }

    /// The product version with database id `id`.
    public static func product(id: Int64, _ db: Database) throws -> StoredProduct {
        if let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, code, definition_sha256, source_path, loaded_at FROM product_version WHERE id = ?
            """), arguments: [id]), let product = DefinitionCache.shared.product(row["definition_sha256"]) {
            return StoredProduct(id: row["id"], product: product, sourcePath: row["source_path"],
                                 loadedAt: Instant(secondsSinceEpoch: row["loaded_at"]), definitionSHA256: row["definition_sha256"])
        }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM product_version WHERE id = ?"), arguments: [id]) else {
            throw PuhuiError(.corrupt, "product version \(id) is referenced but not stored")
        }
        return try stored(row)
    }

    static func stored(_ row: Row) throws -> StoredProduct {
        let code: String = row["code"]
        let digest: String = row["definition_sha256"]
        let product: Product
        if let cached = DefinitionCache.shared.product(digest) {
            product = cached
        } else {
            do {
                product = try JSONDecoder().decode(Product.self, from: Data((row["definition"] as String).utf8))
            } catch {
                throw PuhuiError(.corrupt, "product \(code): stored definition cannot be read (\(error))")
            }
            DefinitionCache.shared.store(product, digest)
        }
        return StoredProduct(id: row["id"], product: product, sourcePath: row["source_path"],
                             loadedAt: Instant(secondsSinceEpoch: row["loaded_at"]), definitionSHA256: row["definition_sha256"])
    }
}

/// Decoded product definitions by the SHA-256 of their canonical JSON. A stored version never
/// changes, so a definition decoded once serves every later read, in any database.
final class DefinitionCache: @unchecked Sendable {
    static let shared = DefinitionCache()
    private let lock = NSLock()
    private var products: [String: Product] = [:]

    func product(_ digest: String) -> Product? {
        lock.lock()
        defer { lock.unlock() }
        return products[digest]
    }

    func store(_ product: Product, _ digest: String) {
        lock.lock()
        defer { lock.unlock() }
        if products.count > 1000 { products.removeAll() }
        products[digest] = product
    }
}
