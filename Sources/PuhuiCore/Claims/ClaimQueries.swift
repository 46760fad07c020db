import Foundation
import GRDB

/// Everything about one claim, for `claim show`.
public struct ClaimDetails: Sendable, Codable {
    public struct ClockView: Sendable, Codable, Hashable {
        public var kind: ClaimClock.Kind
        public var cycle: Int
        public var basis: String
        public var startedAt: Instant
        public var dueAt: Instant
        public var endedAt: Instant?
        /// On the as-of time: open, met, missed or stopped.
        public var status: ClaimClock.Status
        /// Seconds past the due time (negative: time left).
        public var lateSeconds: Int64
    }

    public var asOf: Instant
    public var claim: Claim
    public var documents: [ClaimDocument]
    public var requests: [DocumentRequest]
    public var payments: [ClaimPayment]
    public var clocks: [ClockView]
    public var events: Int

    public static func load(_ reference: String, asOf: Instant, _ db: Database) throws -> ClaimDetails {
        let claim = try ClaimStore.claim(reference, db)
        let clocks = try ClaimStore.clocks(claim.id, db).filter { $0.startedAt <= asOf }.map { clock in
            ClockView(kind: clock.kind, cycle: clock.cycle, basis: clock.basis, startedAt: clock.startedAt, dueAt: clock.dueAt,
                      endedAt: clock.endedAt, status: clock.status(asOf: asOf), lateSeconds: clock.lateness(asOf: asOf))
        }
        return ClaimDetails(
            asOf: asOf, claim: claim, documents: try ClaimStore.documents(claim, db), requests: try ClaimStore.requests(claim.id, db),
            payments: try ClaimStore.payments(claim.id, db), clocks: clocks,
            events: try Int.fetchOne(db, sql: "SELECT count(*) FROM claim_event WHERE claim_id = ?", arguments: [claim.id]) ?? 0)
    }
}

/// A row of `claim list`: a claim, or with --overdue / --due-within one of its open clocks.
public struct ClaimListRow: Sendable, Codable, Hashable {
    public var claim: String
    public var policy: String
    public var productCode: String
    public var state: ClaimState
    public var adjuster: String
    public var claimed: Money
    public var reserve: Money
    public var paid: Money
    public var reportedAt: Instant
    public var clock: ClaimClock.Kind?
    public var basis: String?
    public var dueAt: Instant?
    /// Seconds past due (negative: time left).
    public var lateSeconds: Int64?
}

public enum ClaimQueries {
    public struct Filter: Sendable {
        public var state: ClaimState?
        public var adjuster: String?
        public var overdue = false
        /// Open clocks due within this many seconds of `asOf`.
        public var dueWithin: Int64?
        public var asOf: Instant
        public var limit: Int?

        public init(state: ClaimState? = nil, adjuster: String? = nil, overdue: Bool = false, dueWithin: Int64? = nil, asOf: Instant, limit: Int? = nil) {
            self.state = state
            self.adjuster = adjuster
            self.overdue = overdue
            self.dueWithin = dueWithin
            self.asOf = asOf
            self.limit = limit
        }
    }

    public static func list(_ filter: Filter, _ db: Database) throws -> [ClaimListRow] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let state = filter.state { conditions.append("c.state = ?"); arguments.append(state.rawValue) }
        if let adjuster = filter.adjuster { conditions.append("c.adjuster = ?"); arguments.append(adjuster) }
        let asOf = filter.asOf.secondsSinceEpoch
        let byClock = filter.overdue || filter.dueWithin != nil
        if byClock {
            // Clocks running at the as-of time: started by then, not ended by then.
            conditions.append("k.started_at <= ? AND (k.ended_at IS NULL OR k.ended_at > ?)")
            arguments += [asOf, asOf]
        }
        if filter.overdue {
            conditions.append("k.due_at <= ?")
            arguments.append(asOf)
        } else if let window = filter.dueWithin {
            conditions.append("k.due_at > ? AND k.due_at <= ?")
            arguments += [asOf, asOf + window]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT c.reference, c.state, c.adjuster, c.claimed_fen, c.reserve_fen, c.paid_fen, c.reported_at, p.number, pv.code
                \(byClock ? ", k.kind, k.basis, k.due_at" : "")
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
                \(byClock ? "JOIN claim_clock k ON k.claim_id = c.id" : "")
            \(whereClause)
            ORDER BY \(byClock ? "k.due_at, c.id" : "c.id")
            \(filter.limit.map { "LIMIT \($0)" } ?? "")
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            let due = (row["due_at"] as Int64?)
            return ClaimListRow(
                claim: row["reference"], policy: row["number"], productCode: row["code"], state: ClaimState(rawValue: row["state"]) ?? .reported,
                adjuster: row["adjuster"], claimed: Money(fen: row["claimed_fen"]), reserve: Money(fen: row["reserve_fen"]),
                paid: Money(fen: row["paid_fen"]), reportedAt: Instant(secondsSinceEpoch: row["reported_at"]),
                clock: (row["kind"] as String?).flatMap { ClaimClock.Kind(rawValue: $0) }, basis: row["basis"],
                dueAt: due.map { Instant(secondsSinceEpoch: $0) }, lateSeconds: due.map { asOf - $0 })
        }
    }
}
