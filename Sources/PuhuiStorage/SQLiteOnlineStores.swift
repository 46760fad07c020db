import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// Answers kept for retries. Not on the audit chain: a kept answer is a copy of what the change
/// it answers returned, and that change is on the chain through its own events (a claim, a
/// payment, an application); the row only saves a retry from making the change twice.
struct SQLiteIdempotencyStore: IdempotencyStore {
    let db: Database

    func answer(user: String, key: String, now: Instant) throws -> IdempotentAnswer? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT operation, request_sha256, status, headers, body, created_at, expires_at FROM idempotent_request
            WHERE user_name = ? AND idempotency_key = ? AND expires_at > ?
            """), arguments: [user, key, now.secondsSinceEpoch]) else { return nil }
        let r = StoredRow(row, table: "idempotent_request", key: "\(user) \(key)")
        let body: Data = try r.value("body")
        return IdempotentAnswer(operation: try r.value("operation"), requestSHA256: try r.value("request_sha256"), status: try r.value("status"),
                                headers: try r.json("headers"), body: [UInt8](body), createdAt: try r.instant("created_at"),
                                expiresAt: try r.instant("expires_at"))
    }

    func keep(_ answer: IdempotentAnswer, user: String, key: String) throws {
        let headers = String(decoding: try JSONEncoder.sorted.encode(answer.headers), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO idempotent_request (user_name, idempotency_key, operation, request_sha256, status, headers, body, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [user, key, answer.operation, answer.requestSHA256, answer.status, headers, Data(answer.body),
                                     answer.createdAt.secondsSinceEpoch, answer.expiresAt.secondsSinceEpoch])
    }

    func purge(expiredBefore now: Instant) throws -> Int {
        try db.cachedStatement(sql: "DELETE FROM idempotent_request WHERE expires_at <= ?").execute(arguments: [now.secondsSinceEpoch])
        return db.changesCount
    }
}

private extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// Files received for claims' documents (the bytes are outside the book).
struct SQLiteClaimDocumentFileStore: ClaimDocumentFileStore {
    let db: Database

    func insert(_ file: ClaimDocumentFile, claimID: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO claim_document_file (claim_id, code, sha256, media_type, byte_count, file_name, received_at, received_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [claimID, file.code, file.sha256, file.mediaType, file.byteCount, file.fileName,
                                     file.receivedAt.secondsSinceEpoch, file.receivedBy])
    }

    func files(claimID: Int64) throws -> [ClaimDocumentFile] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT code, sha256, media_type, byte_count, file_name, received_at, received_by FROM claim_document_file
            WHERE claim_id = ? ORDER BY id
            """), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_document_file", key: "claim \(claimID)")
            return ClaimDocumentFile(code: try r.value("code"), sha256: try r.value("sha256"), mediaType: try r.value("media_type"),
                                     byteCount: try r.value("byte_count"), fileName: try r.optional("file_name"),
                                     receivedAt: try r.instant("received_at"), receivedBy: try r.value("received_by"))
        }
    }
}
