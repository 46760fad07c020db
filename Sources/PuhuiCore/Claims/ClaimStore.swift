import Foundation
import GRDB

/// Reads and writes claims and everything recorded about them.
public enum ClaimStore {
    /// The columns `decode` reads, in its order: reading by position spares GRDB a
    /// case-insensitive search of the column names for each of the 38 fields.
    static let select = """
        SELECT c.id, c.reference, p.number, c.policy_id, pv.code, pv.version, p.line, p.segment, c.coverage, c.claim_type,
            c.loss_date, c.claimed_fen, c.description, c.small, c.state, c.covered, c.decision_reason, c.agreed_loss_fen,
            c.payable_fen, c.paid_fen, c.advance_paid_fen, c.reserve_fen, c.adjuster, c.cycle, c.reported_at,
            c.first_request_at, c.documents_complete_at, c.decided_at, c.agreed_at, c.first_paid_at, c.first_advance_at,
            c.paid_in_full_at, c.rejection_notice_at, c.closed_at, c.withdrawn_at, c.reopened_at, c.last_event_at, c.version
        FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
        """

    static func instant(_ row: Row, _ column: String) -> Instant? {
        (row[column] as Int64?).map { Instant(secondsSinceEpoch: $0) }
    }

    /// Reads the columns of a row one after another.
    struct Columns {
        let row: Row
        var next = 0

        mutating func value<T: DatabaseValueConvertible>() -> T {
            defer { next += 1 }
            return row[next]
        }

        mutating func optional<T: DatabaseValueConvertible>() -> T? {
            defer { next += 1 }
            return row[next]
        }

        mutating func instant() -> Instant? { (optional() as Int64?).map { Instant(secondsSinceEpoch: $0) } }
        mutating func money() -> Money { Money(fen: value()) }
        mutating func optionalMoney() -> Money? { (optional() as Int64?).map { Money(fen: $0) } }
    }

    /// A row of `select`, column by column.
    static func decode(_ row: Row) -> Claim {
        var c = Columns(row: row)
        return Claim(
            id: c.value(), reference: c.value(), policyNumber: c.value(), policyID: c.value(), productCode: c.value(),
            productVersion: c.value(), line: LineOfBusiness(rawValue: c.value()) ?? .property, segment: Segment(rawValue: c.value()) ?? .other,
            coverage: c.value(), claimType: c.value(), lossDate: CivilDate(iso: c.value() as String) ?? CivilDate(dayNumber: 0),
            claimed: c.money(), description: c.optional(), small: c.value(), state: ClaimState(rawValue: c.value()) ?? .reported,
            covered: c.optional(), decisionReason: c.optional(), agreedLoss: c.optionalMoney(), payable: c.optionalMoney(),
            paid: c.money(), advancePaid: c.money(), reserve: c.money(), adjuster: c.value(), cycle: c.value(),
            reportedAt: Instant(secondsSinceEpoch: c.value()), firstRequestAt: c.instant(), documentsCompleteAt: c.instant(),
            decidedAt: c.instant(), agreedAt: c.instant(), firstPaidAt: c.instant(), firstAdvanceAt: c.instant(),
            paidInFullAt: c.instant(), rejectionNoticeAt: c.instant(), closedAt: c.instant(), withdrawnAt: c.instant(),
            reopenedAt: c.instant(), lastEventAt: Instant(secondsSinceEpoch: c.value()), version: c.value())
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
