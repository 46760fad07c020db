import Foundation
import GRDB

/// The period and cut-off of an extract.
public struct ExtractPeriod: Sendable, Hashable, Codable {
    public var from: CivilDate
    public var to: CivilDate
    /// Only what was recorded by this time counts; by default the end of `to`.
    public var asOf: Instant

    public init(from: CivilDate, to: CivilDate, asOf: Instant? = nil) {
        self.from = from
        self.to = to
        self.asOf = asOf ?? Instant(startOfChinaDay: to.adding(days: 1)).adding(seconds: -1)
    }

    var fromStart: Int64 { Instant(startOfChinaDay: from).secondsSinceEpoch }
    /// Exclusive end of the events counted: the end of `to`, or just after `asOf` if earlier.
    var eventsEnd: Int64 { min(Instant(startOfChinaDay: to.adding(days: 1)).secondsSinceEpoch, asOf.secondsSinceEpoch + 1) }
}

/// Computes the segment × line statistics with SQL aggregates: every additive figure is computed
/// for cells, for each segment, for each line and in total by separate queries, and the cells
/// must add up to the subtotals and the subtotals to the total.
public enum ExtractBuilder {
    struct Key: Hashable {
        var segment: String
        var line: String
    }

    /// The four groupings: cells, segment subtotals, line subtotals, total.
    static let groupings: [(select: String, group: String, kind: ExtractRow.Kind)] = [
        ("p.segment AS segment, p.line AS line", "GROUP BY p.segment, p.line", .cell),
        ("p.segment AS segment, 'all' AS line", "GROUP BY p.segment", .segmentSubtotal),
        ("'all' AS segment, p.line AS line", "GROUP BY p.line", .lineSubtotal),
        ("'all' AS segment, 'all' AS line", "", .total),
    ]

    /// Runs a query template once per grouping; `{keys}` and `{group}` are filled in; the
    /// columns after segment and line are the figures named in `names`.
    static func aggregate(_ template: String, _ indicators: [ExtractIndicator], arguments: StatementArguments, _ db: Database,
                          into values: inout [Key: [String: Int64]]) throws {
        try aggregate(template, indicators.map(\.rawValue), arguments: arguments, db, into: &values)
    }

    static func aggregate(_ template: String, _ names: [String], arguments: StatementArguments, _ db: Database,
                          into values: inout [Key: [String: Int64]]) throws {
        for grouping in groupings {
            let sql = template.replacingOccurrences(of: "{keys}", with: grouping.select).replacingOccurrences(of: "{group}", with: grouping.group)
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let key = Key(segment: row["segment"], line: row["line"])
                for (i, name) in names.enumerated() {
                    values[key, default: [:]][name, default: 0] += (row[i + 2] as Int64?) ?? 0
                }
            }
        }
    }

    public static func build(_ period: ExtractPeriod, _ db: Database) throws -> RegulatorExtract {
        let from = period.fromStart, end = period.eventsEnd, asOf = period.asOf.secondsSinceEpoch
        let toDate = period.to.description
        var values: [Key: [String: Int64]] = [:]
        var helpers: [Key: [String: Int64]] = [:]
        let inPeriod: (String) -> String = { "(\($0) >= \(from) AND \($0) < \(end))" }
        let byAsOf: (String) -> String = { "(\($0) IS NOT NULL AND \($0) <= \(asOf))" }

        // Policies and premium.
        try aggregate("SELECT {keys}, count(*), sum(p.premium_fen) FROM policy p WHERE \(inPeriod("p.issued_at")) {group}",
                      [.policiesIssued, .premiumWritten], arguments: [], db, into: &values)
        try aggregate("SELECT {keys}, sum(p.cancel_refund_fen) FROM policy p WHERE \(inPeriod("p.cancelled_at")) {group}",
                      [.cancellationRefunds], arguments: [], db, into: &values)
        try aggregate("""
            SELECT {keys}, count(*), sum(p.insured_persons), sum(p.sum_insured_fen), count(DISTINCT p.holder_id) FROM policy p
            WHERE p.issued_at <= \(asOf) AND p.start_date <= ?1 AND p.end_date >= ?1
              AND (p.cancelled_on IS NULL OR p.cancelled_on >= ?1 OR p.cancelled_at > \(asOf)) {group}
            """, [.policiesInForce, .insuredPersonsInForce, .sumInsuredInForce, .insuredEntitiesInForce], arguments: [toDate], db, into: &values)

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
                    min(ifnull(c.closed_at, 9223372036854775807), ifnull(c.rejection_notice_at, 9223372036854775807)) < ((c.reported_at + 28800) / 86400 + 6) * 86400 - 28800)
            FROM \(claims) WHERE c.reported_at <= \(asOf) {group}
            """, [.claimsReported, .claimsClosed, .rejections, .withdrawals, .claimsDecided, .claimsDecidedAndPaid, .claimsReportedAndClosed,
                  .smallClaimsReported, .smallClaimsClosedWithin5Days], arguments: [], db, into: &values)
        try aggregate("""
            SELECT {keys}, count(DISTINCT cp.claim_id), sum(cp.amount_fen), sum(cp.advance), sum(cp.advance * cp.amount_fen)
            FROM claim_payment cp JOIN claim c ON c.id = cp.claim_id JOIN policy p ON p.id = c.policy_id WHERE cp.status = 'paid' AND \(inPeriod("cp.paid_at")) {group}
            """, [.claimsPaid, .claimsPaidAmount, .advancePayments, .advancePaymentAmount], arguments: [], db, into: &values)
        // Sums and counts behind the averages (kept apart: they are not figures of the extract).
        try aggregate("""
            SELECT {keys}, sum(\(inPeriod("c.first_paid_at"))), sum(CASE WHEN \(inPeriod("c.first_paid_at")) THEN c.first_paid_at - c.reported_at ELSE 0 END),
                sum(\(inPeriod("c.paid_in_full_at")) AND c.documents_complete_at IS NOT NULL),
                sum(CASE WHEN \(inPeriod("c.paid_in_full_at")) AND c.documents_complete_at IS NOT NULL THEN c.paid_in_full_at - c.documents_complete_at ELSE 0 END)
            FROM \(claims) WHERE c.reported_at <= \(asOf) {group}
            """, ["firstPayments", "reportToFirstPaymentSeconds", "paidInFull", "documentsToPaymentSeconds"], arguments: [], db, into: &helpers)

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
                      arguments: [], db, into: &values)
        // Art. 22: claims whose first document request falls in the period; missed when any request by the as-of time breached it.
        try aggregate("""
            SELECT {keys}, sum(r.breached = 0), sum(r.breached = 1)
            FROM (SELECT claim_id, min(at) AS first_at, max(breaches != '') AS breached FROM claim_document_request WHERE at <= \(asOf) GROUP BY claim_id) r
            JOIN claim c ON c.id = r.claim_id JOIN policy p ON p.id = c.policy_id WHERE \(inPeriod("r.first_at")) {group}
            """, [.art22Met, .art22Missed], arguments: [], db, into: &values)

        // Days from report to close (a closing or a written rejection), pooled per cell, segment,
        // line and in total for the percentiles.
        var closeDurations: [Key: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.segment, p.line, ifnull(c.closed_at, c.rejection_notice_at) - c.reported_at AS seconds FROM \(claims)
            WHERE \(inPeriod("ifnull(c.closed_at, c.rejection_notice_at)"))
            """) {
            let segment: String = row["segment"], line: String = row["line"], seconds: Int64 = row["seconds"]
            for key in [Key(segment: segment, line: line), Key(segment: segment, line: "all"), Key(segment: "all", line: line), Key(segment: "all", line: "all")] {
                closeDurations[key, default: []].append(seconds)
            }
        }

        var rows: [ExtractRow] = []
        let segments = Segment.allCases.map(\.rawValue), lines = LineOfBusiness.allCases.map(\.rawValue)
        var keys: [(Key, ExtractRow.Kind)] = []
        for segment in segments {
            keys += lines.map { (Key(segment: segment, line: $0), .cell) }
            keys.append((Key(segment: segment, line: "all"), .segmentSubtotal))
        }
        keys += lines.map { (Key(segment: "all", line: $0), .lineSubtotal) }
        keys.append((Key(segment: "all", line: "all"), .total))
        for (key, kind) in keys {
            var counts: [String: Int64] = [:]
            for indicator in ExtractIndicator.allCases where indicator.isAdditive {
                counts[indicator.rawValue] = values[key]?[indicator.rawValue] ?? 0
            }
            counts[ExtractIndicator.premiumIncome.rawValue] = (counts[ExtractIndicator.premiumWritten.rawValue] ?? 0) - (counts[ExtractIndicator.cancellationRefunds.rawValue] ?? 0)
            let v = values[key] ?? [:], h = helpers[key] ?? [:]
            func ratio(_ part: Int64, _ whole: Int64) -> String? {
                whole == 0 ? nil : ExactDecimal(part).divided(by: ExactDecimal(whole), scale: 4, .halfUp)?.description
            }
            func days(_ seconds: Int64, _ count: Int64) -> String? {
                count == 0 ? nil : ExactDecimal(seconds).divided(by: ExactDecimal(count * 86_400), scale: 2, .halfUp)?.description
            }
            let durations = (closeDurations[key] ?? []).sorted()
            let derived: [String: String?] = [
                ExtractIndicator.insuredEntitiesInForce.rawValue: String(v[ExtractIndicator.insuredEntitiesInForce.rawValue] ?? 0),
                ExtractIndicator.paymentRatio.rawValue: ratio(v[ExtractIndicator.claimsDecidedAndPaid.rawValue] ?? 0, v[ExtractIndicator.claimsDecided.rawValue] ?? 0),
                ExtractIndicator.closureRatio.rawValue: ratio(v[ExtractIndicator.claimsReportedAndClosed.rawValue] ?? 0, v[ExtractIndicator.claimsReported.rawValue] ?? 0),
                ExtractIndicator.averageDaysReportToFirstPayment.rawValue: days(h["reportToFirstPaymentSeconds"] ?? 0, h["firstPayments"] ?? 0),
                ExtractIndicator.averageDaysDocumentsToPayment.rawValue: days(h["documentsToPaymentSeconds"] ?? 0, h["paidInFull"] ?? 0),
                ExtractIndicator.smallClaimFiveDayClosureRatio.rawValue: ratio(v[ExtractIndicator.smallClaimsClosedWithin5Days.rawValue] ?? 0, v[ExtractIndicator.smallClaimsReported.rawValue] ?? 0),
                ExtractIndicator.medianDaysReportToClose.rawValue: UnderwritingStats.median(durations).flatMap { days($0, 1) },
                ExtractIndicator.p90DaysReportToClose.rawValue: UnderwritingStats.nearestRank(durations, 90).flatMap { days($0, 1) },
            ]
            rows.append(ExtractRow(kind: kind, segment: key.segment, line: key.line, counts: counts, derived: derived))
        }
        try reconcile(rows)

        let products = try Row.fetchAll(db, sql: """
            SELECT DISTINCT pv.code, pv.version, pv.line, pv.department, pv.name_zh, pv.name_en FROM product_version pv
            WHERE pv.effective_from <= ? AND (pv.effective_to IS NULL OR pv.effective_to >= ?)
               OR pv.id IN (SELECT product_version_id FROM policy WHERE issued_at <= \(asOf))
            ORDER BY pv.code, pv.version
            """, arguments: [period.to.description, period.from.description]).map {
            RegulatorExtract.ProductVersion(code: $0["code"], version: $0["version"], line: $0["line"], department: $0["department"],
                                            nameZh: $0["name_zh"], nameEn: $0["name_en"])
        }
        return RegulatorExtract(periodFrom: period.from, periodTo: period.to, asOf: period.asOf, engineVersion: PuhuiVersion.current,
                                products: products, rows: rows)
    }

    /// Refuses an extract whose cells do not add up to their subtotals, naming the figure and cell.
    static func reconcile(_ rows: [ExtractRow]) throws {
        let cells = rows.filter { $0.kind == .cell }
        let additive = ExtractIndicator.allCases.filter(\.isAdditive).map(\.rawValue)
        func sum(_ rows: [ExtractRow], _ name: String) -> Int64 { rows.reduce(0) { $0 + ($1.counts[name] ?? 0) } }
        for subtotal in rows where subtotal.kind != .cell {
            let parts: [ExtractRow]
            let what: String
            switch subtotal.kind {
            case .segmentSubtotal: parts = cells.filter { $0.segment == subtotal.segment }; what = "segment \(subtotal.segment)"
            case .lineSubtotal: parts = cells.filter { $0.line == subtotal.line }; what = "line \(subtotal.line)"
            default: parts = rows.filter { $0.kind == .segmentSubtotal }; what = "the total"
            }
            for name in additive where sum(parts, name) != (subtotal.counts[name] ?? 0) {
                throw PuhuiError(.corrupt, "the extract does not reconcile: \(name) of \(what) is \(subtotal.counts[name] ?? 0), its parts add up to \(sum(parts, name)); nothing was written")
            }
        }
        if let total = rows.first(where: { $0.kind == .total }) {
            let lineTotals = rows.filter { $0.kind == .lineSubtotal }
            for name in additive where sum(lineTotals, name) != (total.counts[name] ?? 0) {
                throw PuhuiError(.corrupt, "the extract does not reconcile: \(name) of the total is \(total.counts[name] ?? 0), the lines add up to \(sum(lineTotals, name)); nothing was written")
            }
        }
    }
}
