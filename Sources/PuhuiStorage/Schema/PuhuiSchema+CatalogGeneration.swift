import GRDB

extension PuhuiSchema {
    /// v17: a counter raised by every change to the catalog's versions: a product version or
    /// a rate table version loaded, closed or withdrawn (`product_version`,
    /// `rate_table_version`; a table's rows are loaded with their version, in its
    /// transaction). Triggers raise it, whoever writes. A server keeps the raters it built and
    /// uses one again, without reading the catalog, only while the counter is unchanged.
    static func countCatalogChanges(_ db: Database) throws {
        var sql = """
            CREATE TABLE catalog_generation (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                value INTEGER NOT NULL CHECK (value >= 0)
            );
            INSERT INTO catalog_generation (id, value) VALUES (1, 0);

            """
        for table in ["product_version", "rate_table_version"] {
            for change in ["INSERT", "UPDATE", "DELETE"] {
                sql += """
                    CREATE TRIGGER catalog_generation_\(table)_\(change.lowercased()) AFTER \(change) ON \(table)
                    BEGIN UPDATE catalog_generation SET value = value + 1 WHERE id = 1; END;

                    """
            }
        }
        try db.execute(sql: sql)
    }
}
