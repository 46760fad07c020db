import Foundation
import GRDB

/// Rate table versions as stored by a catalog load.
public enum RateTableStore {
    /// The content that identifies a table version: everything but where it was read from.
    static func canonicalContent(_ table: RateTable) throws -> String {
        struct Content: Encodable {
            var name: String
            var effectiveFrom: String?
            var title: String
            var unit: String
            var illustrative: Bool
            var source: String
            var dimensions: [RateTable.Dimension]
            var valueColumn: String
            var rows: [[String]]
        }
        return try CanonicalJSON.encode(Content(
            name: table.name, effectiveFrom: table.effectiveFrom?.description, title: table.title, unit: table.unit,
            illustrative: table.illustrative, source: table.source, dimensions: table.dimensions,
            valueColumn: table.valueColumn,
            rows: table.rows.map { $0.cells.map(\.description) + [$0.value.description] }))
    }

    /// The version of table `name` in force on `date`, with its rows.
    public static func table(_ name: String, on date: CivilDate, _ db: Database) throws -> RateTable? {
        guard let header = try Row.fetchOne(db, sql: """
            SELECT * FROM rate_table_version WHERE name = ? AND ifnull(effective_from, '') <= ?
            ORDER BY ifnull(effective_from, '') DESC LIMIT 1
            """, arguments: [name, date.description]) else { return nil }
        return try decode(header, db)
    }

    /// Every stored version of every table, with rows (for listing and checks).
    public static func allVersions(_ db: Database) throws -> [RateTable] {
        try Row.fetchAll(db, sql: "SELECT * FROM rate_table_version ORDER BY name, ifnull(effective_from, '')").map { try decode($0, db) }
    }

    static func decode(_ header: Row, _ db: Database) throws -> RateTable {
        let id: Int64 = header["id"]
        let name: String = header["name"]
        let dimensions = try JSONDecoder().decode([RateTable.Dimension].self, from: Data((header["dimensions"] as String).utf8))
        var rows: [RateTable.Row] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT line, cells, value FROM rate_row WHERE table_version_id = ? ORDER BY line", arguments: [id])
        while let row = try cursor.next() {
            let cellTexts = (row["cells"] as String).split(separator: ",", omittingEmptySubsequences: false)
            var cells: [RateTable.Cell] = []
            for (dimension, text) in zip(dimensions, cellTexts) {
                if dimension.kind == .key {
                    cells.append(.key(String(text)))
                } else if let range = RateTableReader.parseRange(String(text)) {
                    cells.append(range)
                } else {
                    throw PuhuiError(.corrupt, "rate table \(name): stored band '\(text)' is not a band")
                }
            }
            guard let value = ExactDecimal(parsing: row["value"] as String) else {
                throw PuhuiError(.corrupt, "rate table \(name): stored value '\(row["value"] as String)' is not a number")
            }
            rows.append(RateTable.Row(cells: cells, value: value, line: row["line"]))
        }
        return RateTable(
            name: name, effectiveFrom: (header["effective_from"] as String?).flatMap { CivilDate(iso: $0) },
            title: header["title"], unit: header["unit"], illustrative: header["illustrative"], source: header["source"],
            dimensions: dimensions, valueColumn: header["value_column"], rows: rows, path: header["source_path"],
            headerLine: header["header_line"])
    }
}
