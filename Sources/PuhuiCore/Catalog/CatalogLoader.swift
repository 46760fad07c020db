import Foundation
import GRDB

/// What a catalog load did.
public struct CatalogLoadReport: Sendable, Equatable {
    public var productsAdded: [String] = []
    public var productsUnchanged: [String] = []
    /// Loaded versions whose effective period was closed (withdrawn from sale) by this load.
    public var productsClosed: [String] = []
    public var tablesAdded: [String] = []
    public var tablesUnchanged: [String] = []
    public var rowsAdded = 0

    public var changedAnything: Bool { !productsAdded.isEmpty || !productsClosed.isEmpty || !tablesAdded.isEmpty }
}

/// Loads a validated catalog into the database in one transaction: any defect leaves the
/// database exactly as it was.
///
/// Loaded versions are immutable. The same file loaded again changes nothing; a changed
/// product with a code and version already loaded is refused (raise the version), and a changed
/// rate table with a name and effective-from already loaded is refused (give it a new
/// effective-from). The one change allowed to a loaded product version is closing it: setting
/// or bringing forward its `effectiveTo`, nothing else changed, which is how a version is
/// withdrawn from sale before its successor takes effect.
public enum CatalogLoader {
    public static func load(_ catalog: Catalog, into writer: some DatabaseWriter, at instant: Instant) throws -> CatalogLoadReport {
        try writer.write { db in
            var report = CatalogLoadReport()
            var diagnostics = DiagnosticCollector()
            try loadTables(catalog.tables, db, instant, &report, &diagnostics)
            try loadProducts(catalog.products, db, instant, &report, &diagnostics)
            if diagnostics.hasErrors { throw InputRejected(diagnostics.sorted) }
            if report.changedAnything {
                try db.execute(
                    sql: "INSERT INTO catalog_load (loaded_at, products_added, products_closed, tables_added, rows_added) VALUES (?, ?, ?, ?, ?)",
                    arguments: [instant.secondsSinceEpoch, report.productsAdded.count, report.productsClosed.count,
                                report.tablesAdded.count, report.rowsAdded])
            }
            return report
        }
    }

    static func loadTables(_ tables: [RateTable], _ db: Database, _ instant: Instant,
                           _ report: inout CatalogLoadReport, _ diagnostics: inout DiagnosticCollector) throws {
        let insertRow = try db.cachedStatement(sql: "INSERT INTO rate_row (table_version_id, line, cells, value) VALUES (?, ?, ?, ?)")
        for table in tables.sorted(by: { $0.versionLabel < $1.versionLabel }) {
            let digest = RateTableStore.contentDigest(table)
            let existing = try Row.fetchOne(db, sql: """
                SELECT content_sha256, source_path, loaded_at FROM rate_table_version
                WHERE name = ? AND ifnull(effective_from, '') = ?
                """, arguments: [table.name, table.effectiveFrom?.description ?? ""])
            if let existing {
                if existing["content_sha256"] as String == digest {
                    report.tablesUnchanged.append(table.versionLabel)
                } else {
                    let loadedAt = Instant(secondsSinceEpoch: existing["loaded_at"])
                    diagnostics.error("rate table \(table.name) effective from \(table.effectiveFrom.map(String.init(describing:)) ?? "(undated)") is already loaded with different rates (loaded \(loadedAt.shortDescription) from \(existing["source_path"] as String)); loaded rates are immutable: give the change a new effective-from date",
                                      path: table.path, line: 1)
                }
                continue
            }
            try db.execute(sql: """
                INSERT INTO rate_table_version (name, effective_from, title, unit, illustrative, source, dimensions,
                    value_column, content_sha256, source_path, header_line, row_count, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [table.name, table.effectiveFrom?.description, table.title, table.unit, table.illustrative,
                                 table.source, try CanonicalJSON.encode(table.dimensions), table.valueColumn, digest,
                                 table.path, table.headerLine, table.rows.count, instant.secondsSinceEpoch])
            let id = db.lastInsertedRowID
            for row in table.rows {
                try insertRow.execute(arguments: [id, row.line, row.cells.map(\.description).joined(separator: ","), row.value.description])
            }
            report.tablesAdded.append(table.versionLabel)
            report.rowsAdded += table.rows.count
        }
    }

    static func loadProducts(_ sources: [ProductSource], _ db: Database, _ instant: Instant,
                             _ report: inout CatalogLoadReport, _ diagnostics: inout DiagnosticCollector) throws {
        var touchedCodes: Set<String> = []
        for source in sources.sorted(by: { ($0.product.code, $0.product.version) < ($1.product.code, $1.product.version) }) {
            let product = source.product
            let label = "\(product.code) v\(product.version)"
            let definition = try CanonicalJSON.encode(product)
            let digest = CanonicalJSON.sha256(definition)
            touchedCodes.insert(product.code)
            if let existing = try Row.fetchOne(db, sql: """
                SELECT id, definition, definition_sha256, source_path, loaded_at FROM product_version WHERE code = ? AND version = ?
                """, arguments: [product.code, product.version]) {
                if existing["definition_sha256"] as String == digest {
                    report.productsUnchanged.append(label)
                    continue
                }
                let stored = try JSONDecoder().decode(Product.self, from: Data((existing["definition"] as String).utf8))
                if isClosing(stored: stored, new: product) {
                    try db.execute(sql: """
                        UPDATE product_version SET effective_to = ?, definition = ?, definition_sha256 = ?, source_path = ?, source_xml = ?
                        WHERE id = ?
                        """, arguments: [product.effectiveTo?.description, definition, digest, source.path, source.xml, existing["id"] as Int64])
                    report.productsClosed.append(label)
                    continue
                }
                let loadedAt = Instant(secondsSinceEpoch: existing["loaded_at"])
                diagnostics.error("product \(product.code) version \(product.version) is already loaded with different content (loaded \(loadedAt.shortDescription) from \(existing["source_path"] as String)); a loaded version is immutable: raise the version to change it",
                                  path: source.path, line: source.codeLine)
                continue
            }
            try db.execute(sql: """
                INSERT INTO product_version (code, version, line, name_zh, name_en, department, effective_from, effective_to,
                    definition, definition_sha256, source_path, source_xml, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [product.code, product.version, product.line.rawValue, product.name.zh, product.name.en,
                                 product.department, product.effectiveFrom.description, product.effectiveTo?.description,
                                 definition, digest, source.path, source.xml, instant.secondsSinceEpoch])
            report.productsAdded.append(label)
        }
        // Versions already stored take part in the overlap rule too.
        let fileVersions = Dictionary(sources.map { ("\($0.product.code)#\($0.product.version)", $0) }, uniquingKeysWith: { a, _ in a })
        var periods: [CatalogValidator.VersionPeriod] = []
        for code in touchedCodes.sorted() {
            for row in try Row.fetchAll(db, sql: "SELECT version, effective_from, effective_to, source_path FROM product_version WHERE code = ?", arguments: [code]) {
                let version: Int = row["version"]
                if let source = fileVersions["\(code)#\(version)"] {
                    periods.append(CatalogValidator.VersionPeriod(source: source))
                } else if let from = CivilDate(iso: row["effective_from"] as String) {
                    let to = (row["effective_to"] as String?).flatMap { CivilDate(iso: $0) }
                    periods.append(CatalogValidator.VersionPeriod(code: code, version: version, from: from, to: to,
                                                                  path: "\(row["source_path"] as String) (loaded)", line: nil))
                }
            }
        }
        // Report each overlap at a version from the files; stored versions cannot be edited.
        for pair in CatalogValidator.overlappingPairs(periods) {
            guard let located = [pair.later, pair.earlier].first(where: { $0.line != nil }) else { continue }
            diagnostics.emit(CatalogValidator.overlapDiagnostic(pair, at: located))
        }
    }

    /// Whether `new` differs from `stored` only by closing its effective period earlier.
    static func isClosing(stored: Product, new: Product) -> Bool {
        guard let newTo = new.effectiveTo, newTo >= new.effectiveFrom else { return false }
        if let storedTo = stored.effectiveTo, newTo >= storedTo { return false }
        var comparable = new
        comparable.effectiveTo = stored.effectiveTo
        return comparable == stored
    }
}
