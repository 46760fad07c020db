import GRDB

/// Reference numbers come from a counter row per stem (`CLM-2026-`, `Q-`), so that numbering
/// stays right past 999,999 a year (where the text of `CLM-2026-1000000` sorts below
/// `CLM-2026-999999`) and costs one indexed row however large the book grows. The counter is
/// updated in the caller's transaction, so a rolled-back change gives its number back.
extension PuhuiSchema {
    static func nextNumber(stem: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: """
            INSERT INTO reference_counter (stem, last) VALUES (?, 1)
            ON CONFLICT (stem) DO UPDATE SET last = last + 1
            RETURNING last
            """), arguments: [stem]) ?? 1
    }

    /// v6: the counter table, each yearly counter started after the highest number already
    /// issued under its stem, read as a number rather than as text.
    static func createCounters(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reference_counter (
                stem TEXT PRIMARY KEY,
                last INTEGER NOT NULL CHECK (last >= 0)
            ) WITHOUT ROWID
            """)
        for kind in [("A", "application", "reference"), ("PL", "policy", "number"), ("CLM", "claim", "reference")] {
            let stemLength = kind.0.count + 6
            try db.execute(sql: """
                INSERT INTO reference_counter (stem, last)
                SELECT substr(\(kind.2), 1, \(stemLength)), max(CAST(substr(\(kind.2), \(stemLength + 1)) AS INTEGER))
                FROM \(kind.1)
                WHERE \(kind.2) GLOB '\(kind.0)-[0-9][0-9][0-9][0-9]-[0-9]*'
                GROUP BY 1
                """)
        }
    }

    /// v7: parties and quotes are numbered from counters too (they were numbered by the
    /// largest row id plus one, which hands a deleted or rolled-back number out again and
    /// breaks past a million); each counter starts after the highest number issued.
    static func countPartiesAndQuotes(_ db: Database) throws {
        for (stem, table) in [("P-", "party"), ("Q-", "quote")] {
            try db.execute(sql: """
                INSERT INTO reference_counter (stem, last)
                SELECT '\(stem)', max(CAST(substr(reference, 3) AS INTEGER)) FROM \(table)
                WHERE reference GLOB '\(stem)[0-9]*'
                HAVING count(*) > 0
                """)
        }
    }
}
