import GRDB
import PuhuiDomain

/// v9: cargo transit insurance (货物运输保险) is the eighth line. The `line` columns of
/// `product_version`, `application` and `policy` carry a CHECK list of the lines, which SQLite
/// cannot alter: each table is rebuilt from its own definition with the list widened, every row
/// copied, and its indexes and triggers created again (foreign keys are off while a migration
/// runs and checked before it commits).
extension PuhuiSchema {
    static let linesWithoutCargo = "line IN ('property','liability','export-credit','accident','health','term-life','pension')"
    static let linesWithCargo = "line IN ('property','liability','export-credit','accident','health','term-life','pension','cargo')"

    static func addCargoLine(_ db: Database) throws {
        for table in ["product_version", "application", "policy"] {
            try rebuild(table, replacing: linesWithoutCargo, with: linesWithCargo, db)
        }
    }

    /// Rebuilds `table` with `old` replaced by `new` in its definition, keeping every row, index
    /// and trigger.
    static func rebuild(_ table: String, replacing old: String, with new: String, _ db: Database) throws {
        guard let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table]),
              definition.contains(old), definition.hasPrefix("CREATE TABLE \(table) (") else {
            throw PuhuiError.corrupt(table: table, row: "schema", "its definition does not have the expected CHECK list of lines")
        }
        let dependents = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL ORDER BY type, name
            """, arguments: [table])
        let rebuilt = "\(table)_v9"
        let widened = definition.replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: "CREATE TABLE \(table) (", with: "CREATE TABLE \(rebuilt) (")
        let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        try db.execute(sql: widened)
        try db.execute(sql: "INSERT INTO \(rebuilt) SELECT * FROM \(table)")
        try db.execute(sql: "DROP TABLE \(table)")
        try db.execute(sql: "ALTER TABLE \(rebuilt) RENAME TO \(table)")
        for statement in dependents { try db.execute(sql: statement) }
        let after = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        guard after == before else {
            throw PuhuiError.corrupt(table: table, row: "all", "rebuilding it kept \(after) of \(before) rows")
        }
    }
}
