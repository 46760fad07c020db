import GRDB

extension PuhuiSchema {
    /// v14: what the online service keeps besides the book itself.
    ///
    /// `idempotent_request`: the first answer to a POST sent with an `Idempotency-Key`, per user
    /// and key, with a digest of the request body, so that a retry gets that answer again
    /// instead of a second claim or payment. Written in the same transaction as the change it
    /// answers; rows past `expires_at` are deleted when a new one is written.
    ///
    /// `claim_document_file`: the files uploaded for a claim's documents, by SHA-256 (the bytes
    /// are kept outside the database, content-addressed); the file name is metadata only.
    static func createOnlineService(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE idempotent_request (
                user_name TEXT NOT NULL,
                idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
                operation TEXT NOT NULL,
                request_sha256 TEXT NOT NULL CHECK (length(request_sha256) = 64),
                status INTEGER NOT NULL CHECK (status BETWEEN 200 AND 299),
                headers TEXT NOT NULL,
                body BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL CHECK (expires_at > created_at),
                PRIMARY KEY (user_name, idempotency_key)
            ) WITHOUT ROWID;
            CREATE INDEX idempotent_request_expiry ON idempotent_request(expires_at);
            CREATE TABLE claim_document_file (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL REFERENCES claim(id),
                code TEXT NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
                byte_count INTEGER NOT NULL CHECK (byte_count > 0),
                file_name TEXT,
                received_at INTEGER NOT NULL,
                received_by TEXT NOT NULL
            );
            CREATE INDEX claim_document_file_claim ON claim_document_file(claim_id, code);
            CREATE TRIGGER claim_document_file_kept BEFORE UPDATE ON claim_document_file
            BEGIN SELECT RAISE(ABORT, 'claim document files are kept as received'); END;
            """)
    }
}
