import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// Product versions and rate table versions in SQLite.
struct SQLiteCatalogStore: CatalogStore {
    let db: Database

    static let summaryColumns = "code, version, line, name_zh, name_en, department, effective_from, effective_to"

    func summary(_ row: Row) throws -> ProductSummary {
        let r = StoredRow(row, table: "product_version", key: "\(StoredRow.label(row, "code")) v\(StoredRow.label(row, "version"))")
        return ProductSummary(code: try r.value("code"), version: try r.value("version"), line: try r.enumeration("line"),
                              nameZh: try r.value("name_zh"), nameEn: try r.value("name_en"), department: try r.value("department"),
                              effectiveFrom: try r.date("effective_from"), effectiveTo: try r.optionalDate("effective_to"))
    }

    func catalogGeneration() throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM catalog_generation WHERE id = 1")) ?? 0
    }

    func productVersions(code: String) throws -> [ProductSummary] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.summaryColumns) FROM product_version WHERE code = ? ORDER BY version"),
                         arguments: [code]).map(summary)
    }

    func allProductVersions() throws -> [ProductSummary] {
        try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM product_version ORDER BY code, version").map(summary)
    }

    func product(code: String, version: Int) throws -> StoredProduct {
        // The definition is read only when it is not decoded already (it is the large column).
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, code, version, definition_sha256, source_path, loaded_at FROM product_version WHERE code = ? AND version = ?
            """), arguments: [code, version]) else {
            let versions = try Int.fetchAll(db.cachedStatement(sql: "SELECT version FROM product_version WHERE code = ? ORDER BY version"), arguments: [code])
            if versions.isEmpty { throw PuhuiError.notFound("product \(code) is not in the catalog") }
            throw PuhuiError.notFound("product \(code) has no version \(version) (loaded versions: \(versions.map(String.init).joined(separator: ", ")))")
        }
        return try stored(row)
    }

    /// The product version with database id `id`.
    func product(id: Int64) throws -> StoredProduct {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, code, version, definition_sha256, source_path, loaded_at FROM product_version WHERE id = ?
            """), arguments: [id]) else {
            throw PuhuiError.corrupt(table: "product_version", row: String(id), "is referenced but not stored")
        }
        return try stored(row)
    }

    func stored(_ row: Row) throws -> StoredProduct {
        let r = StoredRow(row, table: "product_version", key: "\(StoredRow.label(row, "code")) v\(StoredRow.label(row, "version"))")
        let id: Int64 = try r.value("id")
        let digest: String = try r.value("definition_sha256")
        let product: Product
        if let cached = DefinitionCache.shared.product(digest) {
            product = cached
        } else {
            let definition = StoredRow(try Row.fetchOne(db.cachedStatement(sql: "SELECT definition FROM product_version WHERE id = ?"), arguments: [id]) ?? Row(),
                                           table: r.table, key: r.key)
            product = try definition.json("definition", as: Product.self)
            DefinitionCache.shared.store(product, digest)
        }
        return StoredProduct(id: id, product: product, sourcePath: try r.value("source_path"), loadedAt: try r.instant("loaded_at"),
                             definitionSHA256: digest)
    }

    func rateTableVersions(name: String) throws -> [RateTableVersion] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name, effective_from FROM rate_table_version WHERE name = ?"), arguments: [name]).map { row in
            let r = StoredRow(row, table: "rate_table_version", key: name)
            return RateTableVersion(id: try r.value("id"), name: try r.value("name"), effectiveFrom: try r.optionalDate("effective_from"))
        }
    }

    func rateTable(_ version: RateTableVersion) throws -> RateTable {
        guard let header = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM rate_table_version WHERE id = ?"), arguments: [version.id]) else {
            throw PuhuiError.corrupt(table: "rate_table_version", row: version.name, "vanished")
        }
        return try decodeTable(header)
    }

    func allRateTables() throws -> [RateTable] {
        try Row.fetchAll(db, sql: "SELECT * FROM rate_table_version ORDER BY name, ifnull(effective_from, '')").map(decodeTable)
    }

    func decodeTable(_ header: Row) throws -> RateTable {
        let name = StoredRow.label(header, "name")
        let h = StoredRow(header, table: "rate_table_version", key: name)
        let id: Int64 = try h.value("id")
        let dimensions = try h.json("dimensions", as: [RateTable.Dimension].self)
        var rows: [RateTable.Row] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT line, cells, value FROM rate_row WHERE table_version_id = ? ORDER BY line"), arguments: [id])
        while let row = try cursor.next() {
            let r = StoredRow(row, table: "rate_row", key: "\(name) line \(StoredRow.label(row, "line"))")
            let line: Int = try r.value("line")
            let cellTexts = (try r.value("cells") as String).split(separator: ",", omittingEmptySubsequences: false)
            guard cellTexts.count == dimensions.count else { throw r.corrupt("cells", "has \(cellTexts.count) cells for \(dimensions.count) dimensions") }
            var cells: [RateTable.Cell] = []
            for (dimension, text) in zip(dimensions, cellTexts) {
                if dimension.kind == .key {
                    cells.append(.key(String(text)))
                } else if let band = RateTable.Cell(band: String(text)) {
                    cells.append(band)
                } else {
                    throw r.corrupt("cells", "band '\(text)' is not a band")
                }
            }
            let valueText: String = try r.value("value")
            guard let value = ExactDecimal(parsing: valueText) else { throw r.corrupt("value", "'\(valueText)' is not a number") }
            rows.append(RateTable.Row(cells: cells, value: value, line: line))
        }
        return RateTable(
            name: name, effectiveFrom: try h.optionalDate("effective_from"), title: try h.value("title"), unit: try h.value("unit"),
            illustrative: try h.value("illustrative"), source: try h.value("source"), dimensions: dimensions,
            valueColumn: try h.value("value_column"), rows: rows, path: try h.value("source_path"), headerLine: try h.value("header_line"))
    }

    func record(_ row: Row, digestColumn: String, table: String, key: String) throws -> StoredVersionRecord {
        let r = StoredRow(row, table: table, key: key)
        let path: String = try r.value("source_path")
        return StoredVersionRecord(id: try r.value("id"), digest: try r.value(digestColumn), sourceName: (path as NSString).lastPathComponent,
                                   loadedAt: try r.instant("loaded_at"))
    }

    func storedTable(name: String, effectiveFrom: CivilDate?) throws -> StoredVersionRecord? {
        try Row.fetchOne(db, sql: """
            SELECT id, content_sha256, source_path, loaded_at FROM rate_table_version WHERE name = ? AND ifnull(effective_from, '') = ?
            """, arguments: [name, effectiveFrom?.description ?? ""]).map {
            try record($0, digestColumn: "content_sha256", table: "rate_table_version", key: name)
        }
    }

    func insertTable(_ table: RateTable, digest: String, at: Instant) throws {
        try db.execute(sql: """
            INSERT INTO rate_table_version (name, effective_from, title, unit, illustrative, source, dimensions,
                value_column, content_sha256, source_path, header_line, row_count, loaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [table.name, table.effectiveFrom?.description, table.title, table.unit, table.illustrative,
                             table.source, try CanonicalJSON.encode(table.dimensions), table.valueColumn, digest,
                             table.path, table.headerLine, table.rows.count, at.secondsSinceEpoch])
        let id = db.lastInsertedRowID
        let insertRow = try db.cachedStatement(sql: "INSERT INTO rate_row (table_version_id, line, cells, value) VALUES (?, ?, ?, ?)")
        for row in table.rows {
            try insertRow.execute(arguments: [id, row.line, row.cells.map(\.description).joined(separator: ","), row.value.description])
        }
    }

    func storedProduct(code: String, version: Int) throws -> (StoredVersionRecord, Product)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, definition, definition_sha256, source_path, loaded_at FROM product_version WHERE code = ? AND version = ?
            """, arguments: [code, version]) else { return nil }
        let key = "\(code) v\(version)"
        return (try record(row, digestColumn: "definition_sha256", table: "product_version", key: key),
                try StoredRow(row, table: "product_version", key: key).json("definition", as: Product.self))
    }

    func insertProduct(_ source: ProductSource, definition: String, digest: String, at: Instant) throws {
        let product = source.product
        try db.execute(sql: """
            INSERT INTO product_version (code, version, line, name_zh, name_en, department, effective_from, effective_to,
                definition, definition_sha256, source_path, source_xml, loaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [product.code, product.version, product.line.rawValue, product.name.zh, product.name.en,
                             product.department, product.effectiveFrom.description, product.effectiveTo?.description,
                             definition, digest, source.path, source.xml, at.secondsSinceEpoch])
    }

    func closeProduct(id: Int64, _ source: ProductSource, definition: String, digest: String) throws {
        try db.execute(sql: """
            UPDATE product_version SET effective_to = ?, definition = ?, definition_sha256 = ?, source_path = ?, source_xml = ?
            WHERE id = ?
            """, arguments: [source.product.effectiveTo?.description, definition, digest, source.path, source.xml, id])
    }

    func recordLoad(_ report: CatalogLoadReport, at: Instant) throws {
        try db.execute(
            sql: "INSERT INTO catalog_load (loaded_at, products_added, products_closed, tables_added, rows_added) VALUES (?, ?, ?, ?, ?)",
            arguments: [at.secondsSinceEpoch, report.productsAdded.count, report.productsClosed.count, report.tablesAdded.count, report.rowsAdded])
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
