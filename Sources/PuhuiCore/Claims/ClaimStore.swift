import Foundation
import GRDB

/// Reads and writes claims and everything recorded about them.
public enum ClaimStore {
    static let select = """
        SELECT c.*, p.number AS policy_number, p.line, p.segment, pv.code AS product_code, pv.version AS product_version
        FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
        """

    static func instant(_ row: Row, _ column: String) -> Instant? {
        (row[column] as Int64?).map { Instant(secondsSinceEpoch: $0) }
    }

    static func decode(_ row: Row) -> Claim {
        Claim(
            id: row["id"], reference: row["reference"], policyNumber: row["policy_number"], policyID: row["policy_id"],
            productCode: row["product_code"], productVersion: row["product_version"], line: LineOfBusiness(rawValue: row["line"]) ?? .property,
            segment: Segment(rawValue: row["segment"]) ?? .other, coverage: row["coverage"], claimType: row["claim_type"],
            lossDate: CivilDate(iso: row["loss_date"] as String) ?? CivilDate(dayNumber: 0), claimed: Money(fen: row["claimed_fen"]),
            description: row["description"], small: row["small"], state: ClaimState(rawValue: row["state"]) ?? .reported,
            covered: row["covered"], decisionReason: row["decision_reason"],
            agreedLoss: (row["agreed_loss_fen"] as Int64?).map { Money(fen: $0) }, payable: (row["payable_fen"] as Int64?).map { Money(fen: $0) },
            paid: Money(fen: row["paid_fen"]), advancePaid: Money(fen: row["advance_paid_fen"]), reserve: Money(fen: row["reserve_fen"]),
            adjuster: row["adjuster"], cycle: row["cycle"], reportedAt: Instant(secondsSinceEpoch: row["reported_at"]),
            firstRequestAt: instant(row, "first_request_at"), documentsCompleteAt: instant(row, "documents_complete_at"),
            decidedAt: instant(row, "decided_at"), agreedAt: instant(row, "agreed_at"), firstPaidAt: instant(row, "first_paid_at"),
            firstAdvanceAt: instant(row, "first_advance_at"), paidInFullAt: instant(row, "paid_in_full_at"),
            rejectionNoticeAt: instant(row, "rejection_notice_at"), closedAt: instant(row, "closed_at"), withdrawnAt: instant(row, "withdrawn_at"),
            reopenedAt: instant(row, "reopened_at"), lastEventAt: Instant(secondsSinceEpoch: row["last_event_at"]), version: row["version"])
    }

    public static func claim(_ reference: String, _ db: Database) throws -> Claim {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(select) WHERE c.reference = ?"), arguments: [reference.uppercased()]) else {
            throw PuhuiError.notFound("claim \(reference) does not exist")
        }
        return decode(row)
    }

    /// Writes the claim's changed fields if nobody changed it since `version` was read.
    static func save(_ claim: Claim, readVersion: Int, _ db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE claim SET state = ?, covered = ?, decision_reason = ?, agreed_loss_fen = ?, payable_fen = ?, paid_fen = ?,
                advance_paid_fen = ?, reserve_fen = ?, adjuster = ?, cycle = ?, first_request_at = ?, documents_complete_at = ?,
                decided_at = ?, agreed_at = ?, first_paid_at = ?, first_advance_at = ?, paid_in_full_at = ?, rejection_notice_at = ?,
                closed_at = ?, withdrawn_at = ?, reopened_at = ?, last_event_at = ?, version = ?
            WHERE id = ? AND version = ?
            """).execute(arguments: [
                claim.state.rawValue, claim.covered, claim.decisionReason, claim.agreedLoss?.fen, claim.payable?.fen, claim.paid.fen,
                claim.advancePaid.fen, claim.reserve.fen, claim.adjuster, claim.cycle, claim.firstRequestAt?.secondsSinceEpoch,
                claim.documentsCompleteAt?.secondsSinceEpoch, claim.decidedAt?.secondsSinceEpoch, claim.agreedAt?.secondsSinceEpoch,
                claim.firstPaidAt?.secondsSinceEpoch, claim.firstAdvanceAt?.secondsSinceEpoch, claim.paidInFullAt?.secondsSinceEpoch,
                claim.rejectionNoticeAt?.secondsSinceEpoch, claim.closedAt?.secondsSinceEpoch, claim.withdrawnAt?.secondsSinceEpoch,
                claim.reopenedAt?.secondsSinceEpoch, claim.lastEventAt.secondsSinceEpoch, claim.version, claim.id, readVersion,
            ])
        if db.changesCount != 1 {
            throw PuhuiError.conflict("claim \(claim.reference) changed since you read it; read it again (puhui claim show \(claim.reference)) and retry")
        }
    }

    /// Appends the event of the change that brought the claim to its current version (each change
    /// raises the version by one, so the version numbers the events).
    static func appendEvent(_ claim: Claim, at: Instant, actor: String, action: String, detail: String, before: ClaimState?, _ db: Database) throws {
        let next = claim.version
        try db.cachedStatement(sql: """
            INSERT INTO claim_event (claim_id, sequence, at, actor, action, detail, state_before, state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [claim.id, next, at.secondsSinceEpoch, actor, action, detail, before?.rawValue, claim.state.rawValue])
    }

    /// Recomputes and stores the clocks of the claim's current cycle.
    static func writeClocks(_ claim: Claim, spec: ClaimsSpec, calendar: WorkingDayCalendar, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO claim_clock (claim_id, cycle, kind, basis, started_at, due_at, ended_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let clocks = ClaimClockRules.clocks(claim, claims: spec, productCode: claim.productCode, calendar: calendar)
        try db.cachedStatement(sql: "DELETE FROM claim_clock WHERE claim_id = ? AND cycle = ?").execute(arguments: [claim.id, claim.cycle])
        for clock in clocks {
            try statement.execute(arguments: [claim.id, clock.cycle, clock.kind.rawValue, clock.basis, clock.startedAt.secondsSinceEpoch,
                                              clock.dueAt.secondsSinceEpoch, clock.endedAt?.secondsSinceEpoch, clock.status.rawValue])
        }
    }

    public static func clocks(_ claimID: Int64, _ db: Database) throws -> [ClaimClock] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_clock WHERE claim_id = ? ORDER BY cycle, due_at"), arguments: [claimID]).map(decodeClock)
    }

    static func decodeClock(_ row: Row) -> ClaimClock {
        ClaimClock(kind: ClaimClock.Kind(rawValue: row["kind"]) ?? .decision, cycle: row["cycle"], basis: row["basis"],
                   startedAt: Instant(secondsSinceEpoch: row["started_at"]), dueAt: Instant(secondsSinceEpoch: row["due_at"]),
                   endedAt: instant(row, "ended_at"), status: ClaimClock.Status(rawValue: row["status"]) ?? .open)
    }

    public static func documents(_ claim: Claim, _ db: Database) throws -> [ClaimDocument] {
        let product = try CatalogStore.product(code: claim.productCode, version: claim.productVersion, db).product
        return try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document WHERE claim_id = ? ORDER BY rowid"), arguments: [claim.id]).map { row in
            let code: String = row["code"]
            return ClaimDocument(code: code, name: product.claims.document(code)?.name ?? LocalizedName(zh: code, en: code),
                                 required: row["required"], firstRequestedAt: instant(row, "first_requested_at"), receivedAt: instant(row, "received_at"))
        }
    }

    public static func payments(_ claimID: Int64, _ db: Database) throws -> [ClaimPayment] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_payment WHERE claim_id = ? ORDER BY number"), arguments: [claimID]).map { row in
            ClaimPayment(number: row["number"], amount: Money(fen: row["amount_fen"]), advance: row["advance"],
                         status: ClaimPayment.Status(rawValue: row["status"]) ?? .pending, requestedBy: row["requested_by"],
                         requestedAt: Instant(secondsSinceEpoch: row["requested_at"]), approvedBy: row["approved_by"], paidAt: instant(row, "paid_at"))
        }
    }

    public static func requests(_ claimID: Int64, _ db: Database) throws -> [DocumentRequest] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document_request WHERE claim_id = ? ORDER BY number"), arguments: [claimID]).map { row in
            DocumentRequest(number: row["number"], at: Instant(secondsSinceEpoch: row["at"]),
                            documents: (row["documents"] as String).split(separator: " ").map(String.init),
                            breaches: (row["breaches"] as String).split(separator: " ").map(String.init))
        }
    }

    public static func events(_ claimID: Int64, _ db: Database) throws -> [ClaimEvent] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_event WHERE claim_id = ? ORDER BY sequence"), arguments: [claimID]).map { row in
            ClaimEvent(sequence: row["sequence"], at: Instant(secondsSinceEpoch: row["at"]), actor: row["actor"], action: row["action"],
                       detail: row["detail"], stateBefore: (row["state_before"] as String?).flatMap { ClaimState(rawValue: $0) },
                       stateAfter: ClaimState(rawValue: row["state_after"]) ?? .reported)
        }
    }
}
