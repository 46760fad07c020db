import GRDB
import PuhuiDomain

extension SQLiteStatisticsStore {
    /// The conditions on the policy `p` of a bordereau's line and segment, with their arguments.
    func scope(_ filter: BordereauFilter) -> (sql: String, arguments: StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = [:]
        if let line = filter.line {
            sql += " AND p.line = :line"
            arguments += ["line": line.rawValue]
        }
        if let segment = filter.segment {
            sql += " AND p.segment = :segment"
            arguments += ["segment": segment.rawValue]
        }
        return (sql, arguments)
    }

    func forEachPolicy(_ filter: BordereauFilter, _ body: (PolicyBordereau.Row) throws -> Void) throws {
        let period = filter.period
        let (condition, scoped) = scope(filter)
        var arguments = arguments(period)   // with fromDate, the period's first day as text
        arguments += scoped
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.number, a.reference, pv.code, pv.version, p.line, p.segment, h.reference, h.kind, h.name, h.identifier,
                p.issued_at, p.start_date, p.end_date, p.frequency,
                (SELECT count(*) FROM policy_instalment i WHERE i.policy_id = p.id),
                p.premium_fen, p.sum_insured_fen, p.insured_persons,
                (SELECT ifnull(group_concat(entry, ';'), '') FROM (SELECT printf('%s=%d.%02d', code, amount_fen / 100, amount_fen % 100) AS entry
                    FROM policy_coverage c WHERE c.policy_id = p.id ORDER BY code)),
                p.cancelled_on, p.cancelled_at, p.cancel_refund_fen,
                (SELECT count(*) FROM claim c WHERE c.policy_id = p.id AND c.reported_at <= :asOf),
                (SELECT ifnull(sum(cp.amount_fen), 0) FROM claim c JOIN claim_payment cp ON cp.claim_id = c.id
                    WHERE c.policy_id = p.id AND cp.status = 'paid' AND cp.paid_at <= :asOf)
            FROM policy p JOIN application a ON a.id = p.application_id JOIN product_version pv ON pv.id = p.product_version_id
            JOIN party h ON h.id = p.holder_id
            WHERE p.issued_at <= :asOf AND ((p.issued_at >= :from AND p.issued_at < :end) OR (p.start_date <= :to AND p.end_date >= :fromDate))
            \(condition)
            ORDER BY p.id
            """, arguments: arguments)
        while let row = try rows.next() {
            var c = Positional(row: row, table: "policy")
            let number: String = try c.value()
            c.key = number
            let application: String = try c.value(), code: String = try c.value(), version: Int = try c.value()
            let line: LineOfBusiness = try c.enumeration(), segment: Segment = try c.enumeration()
            let holder = BordereauParty(reference: try c.value(), kind: try c.enumeration(), name: try c.value(), identifier: try c.optional())
            try body(PolicyBordereau.Row(
                number: number, application: application, productCode: code, productVersion: version, line: line, segment: segment,
                holder: holder, issuedAt: try c.instant(), startDate: try c.date(), endDate: try c.date(), frequency: try c.value(),
                instalments: try c.value(), premium: Money(fen: try c.value()), sumInsured: Money(fen: try c.value()),
                insuredPersons: try c.value(), coverages: try c.value(), cancelledOn: try c.optionalDate(), cancelledAt: try c.optionalInstant(),
                refund: try (c.optional() as Int64?).map { Money(fen: $0) }, claims: try c.value(), claimsPaid: Money(fen: try c.value())))
        }
    }

    func forEachClaim(_ filter: BordereauFilter, _ body: (ClaimHistory, ClaimBordereau.Facts) throws -> Void) throws {
        let asOf = filter.period.asOf.secondsSinceEpoch
        let (condition, scoped) = scope(filter)
        var arguments: StatementArguments = ["asOf": asOf]
        arguments += scoped
        let claims = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.reference, p.number, pv.code, pv.version, p.segment, p.line, c.small, c.reported_at,
                h.reference, h.kind, h.name, h.identifier, c.coverage, c.claim_type, c.loss_date, c.claimed_fen, c.adjuster, c.reserve_fen,
                c.last_event_at, k.name, k.relation
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
            JOIN party h ON h.id = p.holder_id
            LEFT JOIN claim_party k ON k.claim_id = c.id AND k.number = (SELECT max(number) FROM claim_party
                                                                         WHERE claim_id = c.id AND role = 'claimant' AND recorded_at <= :asOf)
            WHERE c.reported_at <= :asOf \(condition)
            ORDER BY c.id
            """, arguments: arguments)
        let cut: StatementArguments = [asOf]
        var parts = try ClaimHistoryParts(db, asOf: cut)
        while let row = try claims.next() {
            var c = Positional(row: row, table: "claim")
            let id: Int64 = try c.value()
            let reference: String = try c.value()
            c.key = reference
            let history = ClaimHistory(
                reference: reference, policyNumber: try c.value(), productCode: try c.value(), productVersion: try c.value(),
                segment: try c.enumeration(), line: try c.enumeration(), small: try c.value(), reportedAt: try c.instant(),
                events: try parts.events.take(id), payments: try parts.payments.take(id), requests: try parts.requests.take(id))
            let holder = BordereauParty(reference: try c.value(), kind: try c.enumeration(), name: try c.value(), identifier: try c.optional())
            let coverage: String = try c.value(), claimType: String = try c.value(), lossDate = try c.date()
            let claimed = Money(fen: try c.value()), adjuster: String = try c.value(), reserve = Money(fen: try c.value())
            let lastEventAt = try c.instant(), claimantName: String? = try c.optional()
            var relation: ClaimParty.Relation? = nil
            if let text = try c.optional() as String? {
                guard let known = ClaimParty.Relation(rawValue: text) else { throw c.corrupt(c.next - 1, "'\(text)' is not a known relation") }
                relation = known
            }
            let facts = ClaimBordereau.Facts(holder: holder, coverage: coverage, claimType: claimType, lossDate: lossDate, claimed: claimed,
                                             adjuster: adjuster, reserve: reserve, lastEventAt: lastEventAt, claimantName: claimantName,
                                             claimantRelation: relation)
            try body(history, facts)
        }
    }
}
