import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// Letters in SQLite: the bytes sent and their SHA-256 (triggers refuse changes and deletions);
/// a letter's bytes that no longer hash to its SHA-256 are reported as corrupt when read.
struct SQLiteLetterStore: LetterStore {
    let db: Database

    func insert(_ letter: Letter, claimID: Int64?, policyID: Int64?) throws {
        let r = letter.record
        try db.cachedStatement(sql: """
            INSERT INTO letter (reference, kind, subject, claim_id, policy_id, media_type, bytes, sha256, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [r.reference, r.kind.rawValue, r.subject, claimID, policyID, r.mediaType, Data(letter.bytes), r.sha256,
                                     r.createdAt.secondsSinceEpoch, r.createdBy])
    }

    static let columns = "reference, kind, subject, media_type, sha256, length(bytes) AS byte_count, created_at, created_by"

    func record(_ row: Row) throws -> LetterRecord {
        let r = StoredRow(row, table: "letter", key: StoredRow.label(row, "reference"))
        return LetterRecord(reference: try r.value("reference"), kind: try r.enumeration("kind"), subject: try r.value("subject"),
                            mediaType: try r.value("media_type"), sha256: try r.value("sha256"), byteCount: try r.value("byte_count"),
                            createdAt: try r.instant("created_at"), createdBy: try r.value("created_by"))
    }

    func letter(_ reference: String) throws -> Letter {
        let key = Reference.normalized(reference)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.columns), bytes FROM letter WHERE reference = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("letter \(key) does not exist")
        }
        let record = try record(row)
        let data: Data = try StoredRow(row, table: "letter", key: key).value("bytes")
        let bytes = [UInt8](data)
        guard CanonicalJSON.sha256(bytes: bytes) == record.sha256 else {
            throw PuhuiError.corrupt(table: "letter", row: key, "its bytes do not hash to the SHA-256 recorded when it was sent")
        }
        return Letter(record: record, bytes: bytes)
    }

    func letters(claimID: Int64) throws -> [LetterRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.columns) FROM letter WHERE claim_id = ? ORDER BY id"), arguments: [claimID]).map(record)
    }

    func letters(policyID: Int64) throws -> [LetterRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.columns) FROM letter WHERE policy_id = ? ORDER BY id"), arguments: [policyID]).map(record)
    }
}
