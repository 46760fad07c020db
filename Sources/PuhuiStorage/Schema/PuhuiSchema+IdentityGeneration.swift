import GRDB

extension PuhuiSchema {
    /// v17: a counter that every change to what a bearer token proves raises: a user added,
    /// disabled or re-partied (`user_account`), a role granted or taken (`user_role`), a token
    /// issued or revoked (`access_token`). Triggers raise it, so a change made by any program on
    /// the file (the CLI beside a running server) raises it in the same transaction. A server
    /// that keeps the users its tokens proved reads this one row per request and trusts what it
    /// kept only while the counter is unchanged. Not covered by any audit digest: it states
    /// nothing, it only says that something changed.
    static func countIdentityChanges(_ db: Database) throws {
        try createGenerationCounter(db, named: "identity_generation", raisedBy: ["user_account", "user_role", "access_token"])
    }

    /// A one-row table `name` holding a counter from 0, and triggers that raise it after every
    /// insert, update and delete on each of `tables`, whoever writes. (The SQL of the two v17
    /// migrations: frozen, like every migration's.)
    static func createGenerationCounter(_ db: Database, named name: String, raisedBy tables: [String]) throws {
        var sql = """
            CREATE TABLE \(name) (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                value INTEGER NOT NULL CHECK (value >= 0)
            );
            INSERT INTO \(name) (id, value) VALUES (1, 0);

            """
        for table in tables {
            for change in ["INSERT", "UPDATE", "DELETE"] {
                sql += """
                    CREATE TRIGGER \(name)_\(table)_\(change.lowercased()) AFTER \(change) ON \(table)
                    BEGIN UPDATE \(name) SET value = value + 1 WHERE id = 1; END;

                    """
            }
        }
        try db.execute(sql: sql)
    }
}
