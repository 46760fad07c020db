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

    /// The first second of the period.
    public var fromStart: Int64 { Instant(startOfChinaDay: from).secondsSinceEpoch }
    /// Exclusive end of the events counted: the end of `to`, or just after `asOf` if earlier.
    public var eventsEnd: Int64 { min(Instant(startOfChinaDay: to.adding(days: 1)).secondsSinceEpoch, asOf.secondsSinceEpoch + 1) }
}

/// A cell of the extract: a segment and a line, either of which may be `all`.
public struct ExtractCellKey: Sendable, Hashable {
    public var segment: String
    public var line: String

    public init(segment: String, line: String) {
        self.segment = segment
        self.line = line
    }

    /// The cell itself, its segment subtotal, its line subtotal and the total.
    public var withSubtotals: [ExtractCellKey] {
        [self, ExtractCellKey(segment: segment, line: "all"), ExtractCellKey(segment: "all", line: line),
         ExtractCellKey(segment: "all", line: "all")]
    }
}

/// What the storage aggregated for an extract: every additive figure per cell, subtotal and
/// total (computed separately, so that reconciliation can catch a query that loses rows), the
/// sums behind the averages, and the durations behind the percentiles.
public struct ExtractFigures: Sendable {
    public var values: [ExtractCellKey: [String: Int64]] = [:]
    /// `firstPayments`, `reportToFirstPaymentSeconds`, `paidInFull`, `documentsToPaymentSeconds`.
    public var helpers: [ExtractCellKey: [String: Int64]] = [:]
    /// Seconds from report to close, pooled per cell, subtotal and total.
    public var closeDurations: [ExtractCellKey: [Int64]] = [:]
    /// The product versions the extract covers.
    public var products: [RegulatorExtract.ProductVersion] = []

    public init() {}
}

/// Builds the extract's rows from the aggregated figures, derives the ratios, averages and
/// percentiles, and refuses figures that do not add up.
public enum ExtractAssembler {
    public static func assemble(_ period: ExtractPeriod, _ figures: ExtractFigures) throws(PuhuiError) -> RegulatorExtract {
        var rows: [ExtractRow] = []
        let segments = Segment.allCases.map(\.rawValue), lines = LineOfBusiness.allCases.map(\.rawValue)
        var keys: [(ExtractCellKey, ExtractRow.Kind)] = []
        for segment in segments {
            keys += lines.map { (ExtractCellKey(segment: segment, line: $0), .cell) }
            keys.append((ExtractCellKey(segment: segment, line: "all"), .segmentSubtotal))
        }
        keys += lines.map { (ExtractCellKey(segment: "all", line: $0), .lineSubtotal) }
        keys.append((ExtractCellKey(segment: "all", line: "all"), .total))
        for (key, kind) in keys {
            var counts: [String: Int64] = [:]
            for indicator in ExtractIndicator.allCases where indicator.isAdditive {
                counts[indicator.rawValue] = figures.values[key]?[indicator.rawValue] ?? 0
            }
            counts[ExtractIndicator.premiumIncome.rawValue] = (counts[ExtractIndicator.premiumWritten.rawValue] ?? 0) - (counts[ExtractIndicator.cancellationRefunds.rawValue] ?? 0)
            let v = figures.values[key] ?? [:], h = figures.helpers[key] ?? [:]
            func ratio(_ part: Int64, _ whole: Int64) -> String? {
                whole == 0 ? nil : ExactDecimal(part).divided(by: ExactDecimal(whole), scale: 4, .halfUp)?.description
            }
            func days(_ seconds: Int64, _ count: Int64) -> String? {
                count == 0 ? nil : ExactDecimal(seconds).divided(by: ExactDecimal(count * 86_400), scale: 2, .halfUp)?.description
            }
            let durations = (figures.closeDurations[key] ?? []).sorted()
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
        return RegulatorExtract(periodFrom: period.from, periodTo: period.to, asOf: period.asOf, engineVersion: PuhuiVersion.current,
                                products: figures.products, rows: rows)
    }

    /// Refuses an extract whose cells do not add up to their subtotals, naming the figure and cell.
    public static func reconcile(_ rows: [ExtractRow]) throws(PuhuiError) {
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
