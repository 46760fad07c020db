import Foundation
import GRDB

/// Reads policies back, and cancels them.
public enum PolicyStore {
    static let select = """
        SELECT p.*, a.reference AS application, pv.code AS product_code, pv.version AS product_version, h.reference AS holder
        FROM policy p JOIN application a ON a.id = p.application_id JOIN product_version pv ON pv.id = p.product_version_id
        JOIN party h ON h.id = p.holder_id
        """

    public static func policy(_ number: String, asOf: CivilDate, _ db: Database) throws -> Policy {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(select) WHERE p.number = ?"), arguments: [number.uppercased()]) else {
            throw PuhuiError.notFound("policy \(number) does not exist")
        }
        return try decode(row, asOf: asOf, db)
    }

    static func policy(id: Int64, asOf: CivilDate, _ db: Database) throws -> Policy {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(select) WHERE p.id = ?"), arguments: [id]) else {
            throw PuhuiError(.corrupt, "policy \(id) vanished")
        }
        return try decode(row, asOf: asOf, db)
    }

    /// Policies, newest first, filtered by holder, line and status (as of `asOf`).
    public static func list(holder: String?, line: LineOfBusiness?, status: Policy.Status?, asOf: CivilDate, limit: Int?,
                            _ db: Database) throws -> [Policy] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let holder { conditions.append("h.reference = ?"); arguments.append(holder.uppercased()) }
        if let line { conditions.append("p.line = ?"); arguments.append(line.rawValue) }
        switch status {
        case .cancelled?: conditions.append("p.status = 'cancelled'")
        case .expired?: conditions.append("p.status = 'in-force' AND p.end_date < ?"); arguments.append(asOf.description)
        case .inForce?: conditions.append("p.status = 'in-force' AND p.end_date >= ?"); arguments.append(asOf.description)
        case nil: break
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "\(select) \(whereClause) ORDER BY p.id DESC \(limit.map { "LIMIT \($0)" } ?? "")",
                                arguments: StatementArguments(arguments)).map { try decode($0, asOf: asOf, db) }
    }

    static func decode(_ row: Row, asOf: CivilDate, _ db: Database) throws -> Policy {
        let id: Int64 = row["id"]
        let end = CivilDate(iso: row["end_date"] as String) ?? asOf
        var status = Policy.Status(rawValue: row["status"]) ?? .inForce
        if status == .inForce && end < asOf { status = .expired }
        let coverages = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_coverage WHERE policy_id = ?"), arguments: [id])
        let product = try CatalogStore.product(id: row["product_version_id"], db).product
        let ordered = product.coverages.compactMap { spec in coverages.first { ($0["code"] as String) == spec.code }.map { (spec, $0) } }
        return Policy(
            number: row["number"], application: row["application"], productCode: row["product_code"], productVersion: row["product_version"],
            line: LineOfBusiness(rawValue: row["line"]) ?? .property, holder: row["holder"], segment: Segment(rawValue: row["segment"]) ?? .other,
            startDate: CivilDate(iso: row["start_date"] as String) ?? asOf, endDate: end, premium: Money(fen: row["premium_fen"]),
            sumInsured: Money(fen: row["sum_insured_fen"]), frequency: PaymentFrequency(rawValue: row["frequency"]) ?? .annual,
            instalments: try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_instalment WHERE policy_id = ? ORDER BY number"), arguments: [id]).map {
                Policy.Instalment(number: $0["number"], dueDate: CivilDate(iso: $0["due_date"] as String) ?? asOf, amount: Money(fen: $0["amount_fen"]))
            },
            coverages: ordered.map { spec, c in
                QuotedCoverage(code: spec.code, name: spec.name, amount: Money(fen: c["amount_fen"]),
                               deductible: (c["deductible_fen"] as Int64?).map { Money(fen: $0) },
                               deductiblePercent: (c["deductible_percent"] as String?).flatMap { ExactDecimal(parsing: $0) },
                               indemnityPercent: (c["indemnity_percent"] as String?).flatMap { ExactDecimal(parsing: $0) },
                               coverFrom: (c["cover_from"] as String?).flatMap { CivilDate(iso: $0) },
                               aggregateLimit: (c["aggregate_fen"] as Int64?).map { Money(fen: $0) },
                               premium: (c["premium_fen"] as Int64?).map { Money(fen: $0) })
            },
            insured: try Row.fetchAll(db.cachedStatement(sql: """
                SELECT i.position, p.reference, i.premium_fen FROM policy_insured i JOIN party p ON p.id = i.party_id
                WHERE i.policy_id = ? ORDER BY i.position
                """), arguments: [id]).map { Policy.Insured(position: $0["position"], party: $0["reference"], premium: Money(fen: $0["premium_fen"])) },
            status: status, issuedAt: Instant(secondsSinceEpoch: row["issued_at"]),
            cancelledOn: (row["cancelled_on"] as String?).flatMap { CivilDate(iso: $0) },
            cancellationRefund: (row["cancel_refund_fen"] as Int64?).map { Money(fen: $0) })
    }

    /// Cancels a policy from `date` (cover ends at the end of that day), refunding by the
    /// product's rule.
    public static func cancel(_ number: String, on date: CivilDate, at instant: Instant, actor: String,
                              _ writer: some DatabaseWriter) throws -> (Policy, Cancellation.Refund) {
        if instant > Instant.now() { throw PuhuiError.invalid("--at \(instant) is in the future") }
        return try writer.write { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM policy WHERE number = ?"), arguments: [number.uppercased()]) else {
                throw PuhuiError.notFound("policy \(number) does not exist")
            }
            let policy = try PolicyStore.policy(id: row["id"], asOf: date, db)
            if policy.status == .cancelled {
                throw PuhuiError.refused("policy \(policy.number) was already cancelled on \(policy.cancelledOn?.description ?? "")")
            }
            guard date >= policy.startDate, date <= policy.endDate else {
                throw PuhuiError.invalid("policy \(policy.number) runs \(policy.startDate) to \(policy.endDate); it cannot be cancelled on \(date)")
            }
            let product = try CatalogStore.product(id: row["product_version_id"], db).product
            let shortRate = try product.cancellation.table.flatMap { try RateTableStore.table($0, on: policy.startDate, db) }.map(RateIndex.init)
            let refund = try Cancellation.refund(product: product, start: policy.startDate, end: policy.endDate, premium: policy.premium,
                                                 on: date, shortRateTable: shortRate)
            try db.cachedStatement(sql: "UPDATE policy SET status = 'cancelled', cancelled_on = ?, cancel_refund_fen = ?, cancelled_at = ? WHERE id = ?").execute(arguments: [date.description, refund.amount.fen, instant.secondsSinceEpoch, row["id"] as Int64])
            try AuditLog.record(at: instant, actor: actor, subject: policy.number, action: "cancelled", before: "in-force",
                                after: try CanonicalJSON.encode(["on": date.description, "refund": refund.amount.yuanString, "rule": refund.explanation]), db)
            return (try PolicyStore.policy(policy.number, asOf: date, db), refund)
        }
    }
}
