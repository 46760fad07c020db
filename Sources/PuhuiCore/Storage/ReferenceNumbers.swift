import GRDB

/// Reference numbers for applications, policies and claims: a prefix, the year, and a running
/// number within that year, e.g. `CLM-2026-000123`. The running number is kept in a counter
/// row per prefix and year, so that numbering stays right past 999,999 a year (where the text
/// of `CLM-2026-1000000` sorts below `CLM-2026-999999`) and costs one indexed row however
/// large the book grows. The counter is updated in the caller's transaction, so a rolled-back
/// change gives its number back.
enum ReferenceNumbers {
    /// The numbered kinds: prefix, table and column, as the backfill reads them.
    static let kinds: [(prefix: String, table: String, column: String)] = [
        ("A", "application", "reference"), ("PL", "policy", "number"), ("CLM", "claim", "reference"),
    ]

    static func next(prefix: String, year: Int, _ db: Database) throws -> String {
        let stem = "\(prefix)-\(year)-"
        let number = try Int.fetchOne(db.cachedStatement(sql: """
            INSERT INTO reference_counter (stem, last) VALUES (?, 1)
            ON CONFLICT (stem) DO UPDATE SET last = last + 1
            RETURNING last
            """), arguments: [stem]) ?? 1
        return stem + String(format: "%06d", number)
    }

    /// Creates the counter table and starts each counter after the highest number already
    /// issued under its stem, read as a number rather than as text.
    static func createCounters(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reference_counter (
                stem TEXT PRIMARY KEY,
                last INTEGER NOT NULL CHECK (last >= 0)
            ) WITHOUT ROWID
            """)
        for kind in kinds {
            let stemLength = kind.prefix.count + 6
            try db.execute(sql: """
                INSERT INTO reference_counter (stem, last)
                SELECT substr(\(kind.column), 1, \(stemLength)), max(CAST(substr(\(kind.column), \(stemLength + 1)) AS INTEGER))
                FROM \(kind.table)
                WHERE \(kind.column) GLOB '\(kind.prefix)-[0-9][0-9][0-9][0-9]-[0-9]*'
                GROUP BY 1
                """)
        }
    }
}
