import GRDB

extension PuhuiSchema {
    /// v15: the pages' one-time sign-in codes and browser sessions, each stored as the SHA-256
    /// of what the user holds. Neither is covered by the user's audit digest; issuing a code,
    /// signing in and signing out are audit events about the user.
    static func createWebSignIn(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE signin_code (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
                issued_at INTEGER NOT NULL,
                issued_by TEXT NOT NULL,
                expires_at INTEGER NOT NULL CHECK (expires_at > issued_at),
                used_at INTEGER
            );
            CREATE INDEX signin_code_user ON signin_code(user_id);

            CREATE TABLE web_session (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES user_account(id),
                digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
                started_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL CHECK (expires_at > started_at),
                ended_at INTEGER
            );
            CREATE INDEX web_session_user ON web_session(user_id);
            """)
    }
}
