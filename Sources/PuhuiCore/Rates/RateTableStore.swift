import Crypto
import Foundation
import GRDB

/// Rate table versions as stored by a catalog load.
public enum RateTableStore {
    /// The SHA-256 of what identifies a table version: everything but where it was read from,
    /// fed to the hash field by field (a table can hold a million rows).
    static func contentDigest(_ table: RateTable) -> String {
        var hasher = SHA256()
        func feed(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: Data([0x1F]))
        }
        for field in [table.name, table.effectiveFrom?.description ?? "", table.title, table.unit, table.illustrative ? "1" : "0",
                      table.source, table.valueColumn] { feed(field) }
        for dimension in table.dimensions { feed("\(dimension.name):\(dimension.kind.rawValue)") }
        var line = ""
        for row in table.rows {
            line.removeAll(keepingCapacity: true)
            for cell in row.cells {
                line += cell.description
                line += ","
            }
            line += row.value.description
            line += "\n"
            hasher.update(data: Data(line.utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
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
