import GRDB
import PuhuiDomain
import PuhuiServices

/// The aggregate SQL behind the regulator extract: every additive figure is computed for cells,
/// for each segment, for each line and in total by separate queries, so that the assembler's
/// reconciliation can catch a query that loses rows.
struct SQLiteStatisticsStore: StatisticsStore {
    let db: Database

    /// The four groupings: cells, segment subtotals, line subtotals, total.
    static let groupings: [(select: String, group: String, kind: ExtractRow.Kind)] = [
        ("p.segment AS segment, p.line AS line", "GROUP BY p.segment, p.line", .cell),
        ("p.segment AS segment, 'all' AS line", "GROUP BY p.segment", .segmentSubtotal),
        ("'all' AS segment, p.line AS line", "GROUP BY p.line", .lineSubtotal),
        ("'all' AS segment, 'all' AS line", "", .total),
    ]

    /// Runs a query template once per grouping; `{keys}` and `{group}` are filled in; the
    /// columns after segment and line are the figures named in `names`.
    func aggregate(_ template: String, _ indicators: [ExtractIndicator], arguments: StatementArguments = [],
                   into values: inout [ExtractCellKey: [String: Int64]]) throws {
        try aggregate(template, indicators.map(\.rawValue), arguments: arguments, into: &values)
    }

    func aggregate(_ template: String, _ names: [String], arguments: StatementArguments = [],
                   into values: inout [ExtractCellKey: [String: Int64]]) throws {
        for grouping in Self.groupings {
            let sql = template.replacingOccurrences(of: "{keys}", with: grouping.select).replacingOccurrences(of: "{group}", with: grouping.group)
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let key = ExtractCellKey(segment: try StoredRow(row, table: "extract", key: "row").value("segment"), line: try StoredRow(row, table: "extract", key: "row").value("line"))
                for (i, name) in names.enumerated() {
                    values[key, default: [:]][name, default: 0] += Int64.fromDatabaseValue(row[i + 2] as DatabaseValue) ?? 0
                }
            }
        }
    }

    func extractFigures(_ period: ExtractPeriod) throws -> ExtractFigures {
        let from = period.fromStart, end = period.eventsEnd, asOf = period.asOf.secondsSinceEpoch
        let toDate = period.to.description
        var figures = ExtractFigures()
        let inPeriod: (String) -> String = { "(\($0) >= \(from) AND \($0) < \(end))" }
        let byAsOf: (String) -> String = { "(\($0) IS NOT NULL AND \($0) <= \(asOf))" }

        // Policies and premium.
        try aggregate("SELECT {keys}, count(*), sum(p.premium_fen) FROM policy p WHERE \(inPeriod("p.issued_at")) {group}",
                      [.policiesIssued, .premiumWritten], into: &figures.values)
        try aggregate("SELECT {keys}, sum(p.cancel_refund_fen) FROM policy p WHERE \(inPeriod("p.cancelled_at")) {group}",
                      [.cancellationRefunds], into: &figures.values)
        try aggregate("""
            SELECT {keys}, count(*), sum(p.insured_persons), sum(p.sum_insured_fen), count(DISTINCT p.holder_id) FROM policy p
            WHERE p.issued_at <= \(asOf) AND p.start_date <= ?1 AND p.end_date >= ?1
              AND (p.cancelled_on IS NULL OR p.cancelled_on >= ?1 OR p.cancelled_at > \(asOf)) {group}
            """, [.policiesInForce, .insuredPersonsInForce, .sumInsuredInForce, .insuredEntitiesInForce], arguments: [toDate], into: &figures.values)

        // Premium received (issue 17), beside premium written: the premium ledgers' receipts and
        // claim deductions dated in the period, received by the as-of time; refunds are not netted.
        try aggregate("""
            SELECT {keys}, sum(r.amount_fen) FROM premium_receipt r JOIN policy p ON p.id = r.policy_id
            WHERE r.kind IN ('received', 'claim-deduction') AND r.received_on >= ? AND r.received_on <= ? AND r.received_at <= \(asOf) {group}
            """, [.premiumReceived], arguments: [period.from.description, toDate], into: &figures.values)

        // Claims.
        let claims = "claim c JOIN policy p ON p.id = c.policy_id"
        try aggregate("""
            SELECT {keys}, sum(\(inPeriod("c.reported_at"))), sum(\(inPeriod("c.closed_at"))), sum(\(inPeriod("c.rejection_notice_at"))),
                sum(\(inPeriod("c.withdrawn_at"))), sum(\(inPeriod("c.decided_at"))),
                sum(\(inPeriod("c.decided_at")) AND c.covered = 1 AND EXISTS (SELECT 1 FROM claim_payment cp WHERE cp.claim_id = c.id AND cp.status = 'paid' AND cp.paid_at <= \(asOf))),
                sum(\(inPeriod("c.reported_at")) AND (\(byAsOf("c.closed_at")) OR \(byAsOf("c.rejection_notice_at")))),
                sum(\(inPeriod("c.reported_at")) AND c.small = 1),
                sum(\(inPeriod("c.reported_at")) AND c.small = 1 AND
                    min(ifnull(c.closed_at, 9223372036854775807), ifnull(c.rejection_notice_at, 9223372036854775807)) <= \(asOf) AND
                    min(ifnull(c.closed_at, 9223372036854775807), ifnull(c.rejection_notice_at, 9223372036854775807)) < puhui_due_after_days(c.reported_at, 5))
            FROM \(claims) WHERE c.reported_at <= \(asOf) {group}
            """, [.claimsReported, .claimsClosed, .rejections, .withdrawals, .claimsDecided, .claimsDecidedAndPaid, .claimsReportedAndClosed,
                  .smallClaimsReported, .smallClaimsClosedWithin5Days], into: &figures.values)
        try aggregate("""
            SELECT {keys}, count(DISTINCT cp.claim_id), sum(cp.amount_fen), sum(cp.advance), sum(cp.advance * cp.amount_fen)
            FROM claim_payment cp JOIN claim c ON c.id = cp.claim_id JOIN policy p ON p.id = c.policy_id WHERE cp.status = 'paid' AND \(inPeriod("cp.paid_at")) {group}
            """, [.claimsPaid, .claimsPaidAmount, .advancePayments, .advancePaymentAmount], into: &figures.values)
        // Sums and counts behind the averages (kept apart: they are not figures of the extract).
        try aggregate("""
            SELECT {keys}, sum(\(inPeriod("c.first_paid_at"))), sum(CASE WHEN \(inPeriod("c.first_paid_at")) THEN c.first_paid_at - c.reported_at ELSE 0 END),
                sum(\(inPeriod("c.paid_in_full_at")) AND c.documents_complete_at IS NOT NULL),
                sum(CASE WHEN \(inPeriod("c.paid_in_full_at")) AND c.documents_complete_at IS NOT NULL THEN c.paid_in_full_at - c.documents_complete_at ELSE 0 END)
            FROM \(claims) WHERE c.reported_at <= \(asOf) {group}
            """, ["firstPayments", "reportToFirstPaymentSeconds", "paidInFull", "documentsToPaymentSeconds"], into: &figures.helpers)

        // Statutory clocks due in the period, as they stood at the as-of time.
        let met = "(k.status = 'met' AND k.ended_at <= \(asOf))"
        let missed = "((k.status = 'missed' AND k.ended_at <= \(asOf)) OR ((k.ended_at IS NULL OR k.ended_at > \(asOf)) AND k.due_at <= \(asOf)))"
        try aggregate("""
            SELECT {keys},
                sum(k.kind = 'decision' AND \(met)), sum(k.kind = 'decision' AND \(missed)),
                sum(k.kind = 'payment' AND \(met)), sum(k.kind = 'payment' AND \(missed)),
                sum(k.kind = 'rejection-notice' AND \(met)), sum(k.kind = 'rejection-notice' AND \(missed)),
                sum(k.kind = 'advance-payment' AND \(met)), sum(k.kind = 'advance-payment' AND \(missed))
            FROM claim_clock k JOIN claim c ON c.id = k.claim_id JOIN policy p ON p.id = c.policy_id
            WHERE \(inPeriod("k.due_at")) AND k.started_at <= \(asOf) {group}
            """, [.art23DecisionMet, .art23DecisionMissed, .art23PaymentMet, .art23PaymentMissed, .art24Met, .art24Missed, .art25Met, .art25Missed],
                      into: &figures.values)
        // Art. 22: claims whose first document request falls in the period; missed when any request by the as-of time breached it.
        try aggregate("""
            SELECT {keys}, sum(r.breached = 0), sum(r.breached = 1)
            FROM (SELECT claim_id, min(at) AS first_at, max(breaches != '') AS breached FROM claim_document_request WHERE at <= \(asOf) GROUP BY claim_id) r
            JOIN claim c ON c.id = r.claim_id JOIN policy p ON p.id = c.policy_id WHERE \(inPeriod("r.first_at")) {group}
            """, [.art22Met, .art22Missed], into: &figures.values)

        // Days from report to close (a closing or a written rejection), pooled per cell, segment,
        // line and in total for the percentiles.
        for row in try Row.fetchAll(db, sql: """
            SELECT p.segment, p.line, ifnull(c.closed_at, c.rejection_notice_at) - c.reported_at AS seconds FROM \(claims)
            WHERE \(inPeriod("ifnull(c.closed_at, c.rejection_notice_at)"))
            """) {
            let r = StoredRow(row, table: "claim", key: "close duration")
            let cell = ExtractCellKey(segment: try r.value("segment"), line: try r.value("line"))
            let seconds: Int64 = try r.value("seconds")
            for key in cell.withSubtotals {
                figures.closeDurations[key, default: []].append(seconds)
            }
        }

        figures.products = try Row.fetchAll(db, sql: """
            SELECT DISTINCT pv.code, pv.version, pv.line, pv.department, pv.name_zh, pv.name_en FROM product_version pv
            WHERE pv.effective_from <= ? AND (pv.effective_to IS NULL OR pv.effective_to >= ?)
               OR pv.id IN (SELECT product_version_id FROM policy WHERE issued_at <= \(asOf))
            ORDER BY pv.code, pv.version
            """, arguments: [period.to.description, period.from.description]).map {
            let r = StoredRow($0, table: "product_version", key: StoredRow.label($0, "code"))
            return RegulatorExtract.ProductVersion(code: try r.value("code"), version: try r.value("version"), line: try r.value("line"),
                                                   department: try r.value("department"), nameZh: try r.value("name_zh"), nameEn: try r.value("name_en"))
        }
        return figures
    }
}
