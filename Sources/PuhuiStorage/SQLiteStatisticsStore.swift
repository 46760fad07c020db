import GRDB
import PuhuiDomain
import PuhuiServices

/// What the regulator extract reads, as cursors: policies in one pass, and each claim's
/// history by merging four cursors ordered by claim (claims, events, payments, document
/// requests), so that the book is never held in memory. The figures themselves are made by
/// the domain (`ClaimReplay`, `ClaimExtractRecord`, `PolicyExtractRecord`, `ExtractBuilder`);
/// here are only the reads, and the independent totals the extract is checked against.
struct SQLiteStatisticsStore: StatisticsStore {
    let db: Database

    func forEachPolicy(in period: ExtractPeriod, _ body: (PolicyFacts) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.number, pv.code, pv.version, p.segment, p.line, p.holder_id, h.reference, p.issued_at, p.start_date, p.end_date,
                p.premium_fen, p.cancelled_on, p.cancelled_at, p.cancel_refund_fen,
                ifnull((\(Self.coverAtPeriodEnd("insured_persons", policy: "p"))), p.insured_persons),
                ifnull((\(Self.coverAtPeriodEnd("sum_insured_fen", policy: "p"))), p.sum_insured_fen),
                (SELECT ifnull(sum(r.amount_fen), 0) FROM premium_receipt r WHERE r.policy_id = p.id AND \(Self.premiumReceived)) AS received,
                (\(Self.lapsedAtPeriodEnd(policy: "p")))
            FROM policy p JOIN product_version pv ON pv.id = p.product_version_id JOIN party h ON h.id = p.holder_id
            WHERE p.issued_at <= :asOf AND ((p.issued_at >= :from AND p.issued_at < :end) OR (p.cancelled_at >= :from AND p.cancelled_at < :end)
                OR (p.start_date <= :to AND p.end_date >= :to)
                OR EXISTS (SELECT 1 FROM premium_receipt r WHERE r.policy_id = p.id AND \(Self.premiumReceived)))
            ORDER BY p.id
            """, arguments: arguments(period))
        while let row = try rows.next() {
            var c = Positional(row: row, table: "policy")
            let number: String = try c.value()
            c.key = number
            try body(PolicyFacts(
                number: number, productCode: try c.value(), productVersion: try c.value(), segment: try c.enumeration(), line: try c.enumeration(),
                holderID: try c.value(), holder: try c.value(), issuedAt: try c.instant(), startDate: try c.date(), endDate: try c.date(),
                premium: Money(fen: try c.value()), cancelledOn: try c.optionalDate(), cancelledAt: try c.optionalInstant(),
                refund: try (c.optional() as Int64?).map { Money(fen: $0) }, insuredPersons: try c.value(), sumInsured: Money(fen: try c.value()),
                premiumReceived: Money(fen: try c.value()), lapsedFrom: try c.optionalDate()))
        }
    }

    /// A column of the cover in force on the period's last day as known at the as-of time: the
    /// latest endorsement in force from that day or before and decided by then (an endorsement
    /// makes a new version of the policy's cover); NULL when none, and the policy's own figure
    /// applies. A scalar subquery on `policy AS policy`.
    static func coverAtPeriodEnd(_ column: String, policy: String) -> String {
        """
        SELECT e.\(column) FROM policy_endorsement e WHERE e.policy_id = \(policy).id AND e.status = 'in-force'
            AND e.effective_from <= :to AND e.decided_at <= :asOf ORDER BY e.version DESC LIMIT 1
        """
    }

    /// The day a policy lapsed from, when it was lapsed on the period's last day as known at
    /// the as-of time (the lapse recorded by then, not reinstated on or before that day by then);
    /// NULL otherwise. A scalar subquery on `policy AS policy`.
    static func lapsedAtPeriodEnd(policy: String) -> String {
        """
        SELECT l.lapsed_from FROM policy_lapse l WHERE l.policy_id = \(policy).id AND l.lapsed_from <= :to AND l.recorded_at <= :asOf
            AND (l.reinstated_on IS NULL OR l.reinstated_on > :to OR l.reinstated_at > :asOf) ORDER BY l.lapsed_from DESC LIMIT 1
        """
    }

    /// Premium received (issue 17), beside premium written: the premium ledger's receipts and
    /// claim deductions dated in the period and received by the as-of time; refunds are not
    /// netted. A condition on `premium_receipt r` with the named arguments of `arguments`.
    static let premiumReceived = """
        r.kind IN ('received', 'claim-deduction') AND r.received_on >= :fromDate AND r.received_on <= :to AND r.received_at <= :asOf
        """

    func forEachClaimHistory(asOf: Instant, _ body: (ClaimHistory) throws -> Void) throws {
        let cut: StatementArguments = [asOf.secondsSinceEpoch]
        let claims = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.reference, p.number, pv.code, pv.version, p.segment, p.line, c.small, c.reported_at
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
            WHERE c.reported_at <= ? ORDER BY c.id
            """, arguments: cut)
        var parts = try ClaimHistoryParts(db, asOf: cut)
        while let row = try claims.next() {
            var c = Positional(row: row, table: "claim")
            let id: Int64 = try c.value()
            let reference: String = try c.value()
            c.key = reference
            try body(ClaimHistory(
                reference: reference, policyNumber: try c.value(), productCode: try c.value(), productVersion: try c.value(),
                segment: try c.enumeration(), line: try c.enumeration(), small: try c.value(), reportedAt: try c.instant(),
                events: try parts.events.take(id), payments: try parts.payments.take(id), requests: try parts.requests.take(id)))
        }
    }

    func controls(_ period: ExtractPeriod) throws -> ExtractControls {
        let inForce = """
            (start_date <= :to AND end_date >= :to AND (cancelled_on IS NULL OR cancelled_on >= :to OR cancelled_at > :asOf)
                AND (\(Self.lapsedAtPeriodEnd(policy: "policy"))) IS NULL)
            """
        let persons = "ifnull((\(Self.coverAtPeriodEnd("insured_persons", policy: "policy"))), insured_persons)"
        let sumInsured = "ifnull((\(Self.coverAtPeriodEnd("sum_insured_fen", policy: "policy"))), sum_insured_fen)"
        let issued = "(issued_at >= :from AND issued_at < :end)"
        let policies = try Row.fetchOne(db, sql: """
            SELECT count(*) FILTER (WHERE \(issued)), ifnull(sum(premium_fen) FILTER (WHERE \(issued)), 0),
                ifnull(sum(ifnull(cancel_refund_fen, 0)) FILTER (WHERE cancelled_at >= :from AND cancelled_at < :end AND cancelled_at <= :asOf), 0),
                count(*) FILTER (WHERE \(inForce)), ifnull(sum(\(persons)) FILTER (WHERE \(inForce)), 0), ifnull(sum(\(sumInsured)) FILTER (WHERE \(inForce)), 0),
                count(DISTINCT holder_id) FILTER (WHERE \(inForce))
            FROM policy WHERE issued_at <= :asOf
            """, arguments: arguments(period))
        let claims = try Row.fetchOne(db, sql: """
            SELECT count(*), count(*) FILTER (WHERE reported_at >= :from AND reported_at < :end) FROM claim WHERE reported_at <= :asOf
            """, arguments: arguments(period))
        let received = try Row.fetchOne(db, sql: "SELECT ifnull(sum(r.amount_fen), 0) FROM premium_receipt r WHERE \(Self.premiumReceived)",
                                        arguments: arguments(period))
        let payments = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT claim_id), ifnull(sum(amount_fen), 0), ifnull(sum(advance), 0), ifnull(sum(advance * amount_fen), 0) FROM claim_payment
            WHERE status = 'paid' AND paid_at >= :from AND paid_at < :end AND paid_at <= :asOf
            """, arguments: arguments(period))
        func number(_ row: Row?, _ index: Int) -> Int64 {
            guard let row else { return 0 }
            let value: DatabaseValue = row[index]
            return Int64.fromDatabaseValue(value) ?? 0
        }
        let totals: [ExtractIndicator: Int64] = [
            .policiesIssued: number(policies, 0), .premiumWritten: number(policies, 1), .cancellationRefunds: number(policies, 2),
            .policiesInForce: number(policies, 3), .insuredPersonsInForce: number(policies, 4), .sumInsuredInForce: number(policies, 5),
            .insuredEntitiesInForce: number(policies, 6), .claimsReported: number(claims, 1),
            .claimsPaid: number(payments, 0), .claimsPaidAmount: number(payments, 1), .advancePayments: number(payments, 2),
            .advancePaymentAmount: number(payments, 3), .premiumReceived: number(received, 0),
        ]
        return ExtractControls(claimsOnFile: number(claims, 0), totals: totals)
    }

    func products(_ period: ExtractPeriod) throws -> [RegulatorExtract.ProductVersion] {
        try Row.fetchAll(db, sql: """
            SELECT DISTINCT pv.code, pv.version, pv.line, pv.department, pv.name_zh, pv.name_en FROM product_version pv
            WHERE pv.effective_from <= ? AND (pv.effective_to IS NULL OR pv.effective_to >= ?)
               OR pv.id IN (SELECT product_version_id FROM policy WHERE issued_at <= ?)
            ORDER BY pv.code, pv.version
            """, arguments: [period.to.description, period.from.description, period.asOf.secondsSinceEpoch]).map {
            let r = StoredRow($0, table: "product_version", key: StoredRow.label($0, "code"))
            return RegulatorExtract.ProductVersion(code: try r.value("code"), version: try r.value("version"), line: try r.value("line"),
                                                   department: try r.value("department"), nameZh: try r.value("name_zh"), nameEn: try r.value("name_en"))
        }
    }

    func arguments(_ period: ExtractPeriod) -> StatementArguments {
        ["from": period.fromStart, "end": period.endExclusive, "asOf": period.asOf.secondsSinceEpoch, "to": period.to.description,
         "fromDate": period.from.description]
    }
}
