import Foundation
import GRDB

extension ClaimService {
    /// One request naming every document still missing, plus any extra ones the adjuster names
    /// (Art. 22). A later request for a document that was missing at the cycle's first request
    /// but not named in it is recorded as a breach of the one-time rule.
    public func requestDocuments(_ reference: String, also extra: [String], _ actor: ClaimActor,
                                 _ writer: some DatabaseWriter) throws -> DocumentRequest {
        try writer.write { db in try requestDocuments(reference, also: extra, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func requestDocuments(_ reference: String, also extra: [String], _ actor: ClaimActor, _ db: Database) throws -> DocumentRequest {
        try act(reference, .requestDocuments, actor, db) { claim, product in
            for code in extra where product.claims.document(code) == nil {
                throw PuhuiError.invalid("\(product.code) has no claim document '\(code)' (its documents: \(product.claims.documents.map(\.code).joined(separator: ", ")))")
            }
            for code in extra {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_document (claim_id, code, required) VALUES (?, ?, 1)").execute(arguments: [claim.id, code])
                try db.cachedStatement(sql: "UPDATE claim_document SET required = 1 WHERE claim_id = ? AND code = ? AND received_at IS NULL").execute(arguments: [claim.id, code])
            }
            let missing = try String.fetchAll(db.cachedStatement(sql: """
                SELECT code FROM claim_document WHERE claim_id = ? AND required = 1 AND received_at IS NULL ORDER BY rowid
                """), arguments: [claim.id])
            guard !missing.isEmpty else {
                throw PuhuiError.refused("claim \(claim.reference): every required document has been received; nothing to request")
            }
            // Compare with the first request of this cycle.
            let cycleStart = claim.cycle == 1 ? claim.reportedAt : (claim.reopenedAt ?? claim.reportedAt)
            let first = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT at, documents FROM claim_document_request WHERE claim_id = ? AND at >= ? ORDER BY number LIMIT 1
                """), arguments: [claim.id, cycleStart.secondsSinceEpoch])
            var breaches: [String] = []
            if let first {
                let firstAt: Int64 = first["at"]
                let named = Set((first["documents"] as String).split(separator: " ").map(String.init))
                for code in missing where !named.contains(code) {
                    let received = try Int64.fetchOne(db.cachedStatement(sql: "SELECT received_at FROM claim_document WHERE claim_id = ? AND code = ?"), arguments: [claim.id, code])
                    if received.map({ $0 > firstAt }) ?? true { breaches.append(code) }
                }
            }
            let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(number), 0) + 1 FROM claim_document_request WHERE claim_id = ?"), arguments: [claim.id])) ?? 1
            try db.cachedStatement(sql: "INSERT INTO claim_document_request (claim_id, number, at, documents, breaches) VALUES (?, ?, ?, ?, ?)").execute(arguments: [claim.id, number, actor.at.secondsSinceEpoch, missing.joined(separator: " "), breaches.joined(separator: " ")])
            try db.execute(sql: "UPDATE claim_document SET first_requested_at = ? WHERE claim_id = ? AND first_requested_at IS NULL AND code IN (\(missing.map { _ in "?" }.joined(separator: ",")))",
                           arguments: StatementArguments([actor.at.secondsSinceEpoch, claim.id] + missing))
            if claim.firstRequestAt == nil { claim.firstRequestAt = actor.at }
            claim.state = .awaitingDocuments
            let names = missing.map { product.claims.document($0)?.name.zh ?? $0 }
            var detail = "request \(number): \(missing.joined(separator: ", ")) (\(names.joined(separator: "、")))"
            if !breaches.isEmpty {
                detail += "; BREACH of the one-time rule (Art. 22): \(breaches.joined(separator: ", ")) could have been named in the first request"
            }
            return (detail, DocumentRequest(number: number, at: actor.at, documents: missing, breaches: breaches))
        }
    }

    /// Documents received; when every required one is in, the claim's documents are complete
    /// (the decision clock of Art. 23 starts then, and is not restarted by later requests).
    public func receiveDocuments(_ reference: String, codes: [String], _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try receiveDocuments(reference, codes: codes, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func receiveDocuments(_ reference: String, codes: [String], _ actor: ClaimActor, _ db: Database) throws -> Claim {
        guard !codes.isEmpty else { throw PuhuiError.invalid("name the documents received") }
        return try act(reference, .receiveDocuments, actor, db) { claim, product in
            for code in codes {
                guard product.claims.document(code) != nil else {
                    throw PuhuiError.invalid("\(product.code) has no claim document '\(code)' (its documents: \(product.claims.documents.map(\.code).joined(separator: ", ")))")
                }
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_document (claim_id, code, required) VALUES (?, ?, 0)").execute(arguments: [claim.id, code])
                try db.cachedStatement(sql: "UPDATE claim_document SET received_at = ? WHERE claim_id = ? AND code = ? AND received_at IS NULL").execute(arguments: [actor.at.secondsSinceEpoch, claim.id, code])
            }
            let missing = try String.fetchAll(db.cachedStatement(sql: "SELECT code FROM claim_document WHERE claim_id = ? AND required = 1 AND received_at IS NULL"), arguments: [claim.id])
            if missing.isEmpty {
                if claim.documentsCompleteAt == nil { claim.documentsCompleteAt = actor.at }
                claim.state = .documentsComplete
            } else if claim.state != .reopened {
                claim.state = .awaitingDocuments
            }
            let detail = "received \(codes.joined(separator: ", "))" + (missing.isEmpty ? "; documents complete" : "; still missing \(missing.joined(separator: ", "))")
            return (detail, claim)
        }
    }
}
