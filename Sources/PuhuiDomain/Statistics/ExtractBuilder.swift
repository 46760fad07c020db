/// Builds an extract from its records, one policy or claim at a time, in constant memory but
/// for the distinct holders and the days behind the percentiles: each record is added to its
/// cell, its segment subtotal, its line subtotal and the total, which are then checked against
/// each other and against totals the storage counts independently.
public struct ExtractBuilder: Sendable {
    public let period: ExtractPeriod
    /// Per slot (segment × line, `all` included): the additive figures.
    var tallies: [ExtractTally]
    /// Per slot: seconds from report to the latest closing or written rejection.
    var settlements: [[Int64]]
    /// Per slot: the distinct holders of policies in force.
    var holders: [Set<Int64>]
    /// The charts' figures, for the whole book and for individual businesses.
    public private(set) var series: ExtractSeries
    public private(set) var individualBusinessSeries: ExtractSeries
    /// Claims reported by the as-of time whose histories were replayed, counted or not.
    public private(set) var claimsReplayed = 0
    public private(set) var claimsCounted = 0
    public private(set) var policiesCounted = 0

    /// The index standing for "all segments" and "all lines", and the slots' grid: every
    /// segment and line, each with its subtotal.
    static let allSegments = Segment.allCases.count, allLines = LineOfBusiness.allCases.count
    static let slotCount = (allSegments + 1) * (allLines + 1)

    static func slot(_ s: Int, _ l: Int) -> Int { s * (allLines + 1) + l }

    public init(_ period: ExtractPeriod) {
        self.period = period
        tallies = Array(repeating: ExtractTally(), count: Self.slotCount)
        settlements = Array(repeating: [], count: Self.slotCount)
        holders = Array(repeating: [], count: Self.slotCount)
        series = ExtractSeries(period: period)
        individualBusinessSeries = ExtractSeries(period: period)
    }

    /// The slots a record of `segment` and `line` adds to: its cell, its segment's and its line's
    /// subtotal, and the total.
    static func slots(_ segment: Segment, _ line: LineOfBusiness) -> [Int] {
        let s = Segment.allCases.firstIndex(of: segment) ?? allSegments, l = LineOfBusiness.allCases.firstIndex(of: line) ?? allLines
        return [slot(s, l), slot(s, allLines), slot(allSegments, l), slot(allSegments, allLines)]
    }

    public mutating func add(_ record: PolicyExtractRecord) {
        policiesCounted += 1
        for slot in Self.slots(record.policy.segment, record.policy.line) {
            tallies[slot].add(record.tally)
            if record.inForce { holders[slot].insert(record.policy.holderID) }
        }
    }

    /// Notes a claim whose history was replayed (whether it counts or not), for the check
    /// against the claims on file.
    public mutating func noteReplayed() {
        claimsReplayed += 1
    }

    public mutating func add(_ record: ClaimExtractRecord) {
        claimsCounted += 1
        for slot in Self.slots(record.history.segment, record.history.line) {
            tallies[slot].add(record.tally)
            if let seconds = record.reportToSettlementSeconds { settlements[slot].append(seconds) }
        }
        series.add(record)
        if record.history.segment == .individualBusiness { individualBusinessSeries.add(record) }
    }

    /// The extract: rows with their ratios, averages and percentiles, refused when the cells do
    /// not add up to their subtotals or the totals differ from the independent `controls`.
    public func assemble(products: [RegulatorExtract.ProductVersion], details: [RegulatorExtract.DetailFile],
                         controls: ExtractControls) throws(PuhuiError) -> RegulatorExtract {
        var rows: [ExtractRow] = []
        for s in 0..<Segment.allCases.count {
            for l in 0..<LineOfBusiness.allCases.count { rows.append(row(s, l, .cell)) }
            rows.append(row(s, Self.allLines, .segmentSubtotal))
        }
        for l in 0..<LineOfBusiness.allCases.count { rows.append(row(Self.allSegments, l, .lineSubtotal)) }
        rows.append(row(Self.allSegments, Self.allLines, .total))
        try ExtractAssembler.reconcile(rows)
        if let total = rows.last {
            try controls.check(total, claimsReplayed: claimsReplayed)
        }
        return RegulatorExtract(periodFrom: period.from, periodTo: period.to, asOf: period.asOf, engineVersion: PuhuiVersion.current,
                                products: products, details: details, rows: rows)
    }

    func row(_ s: Int, _ l: Int, _ kind: ExtractRow.Kind) -> ExtractRow {
        let slot = Self.slot(s, l)
        let tally = tallies[slot]
        var counts: [String: Int64] = [:]
        for measure in ExtractMeasure.allCases {
            if let indicator = measure.indicator { counts[indicator.rawValue] = tally[measure] }
        }
        counts[ExtractIndicator.premiumIncome.rawValue] = tally[.premiumWritten] - tally[.cancellationRefunds]
        counts[ExtractIndicator.insuredEntitiesInForce.rawValue] = Int64(holders[slot].count)
        let durations = settlements[slot].sorted()
        let derived: [String: String?] = [
            ExtractIndicator.paymentRatio.rawValue: ExtractAssembler.ratio(tally[.claimsDecidedAndPaid], tally[.claimsDecided]),
            ExtractIndicator.closureRatio.rawValue: ExtractAssembler.ratio(tally[.claimsReportedAndClosed], tally[.claimsReported]),
            ExtractIndicator.averageDaysReportToFirstPayment.rawValue: ExtractAssembler.days(tally[.reportToFirstPaymentSeconds], tally[.firstPayments]),
            ExtractIndicator.averageDaysDocumentsToPayment.rawValue: ExtractAssembler.days(tally[.documentsToPaymentSeconds], tally[.fullPayments]),
            ExtractIndicator.smallClaimFiveDayClosureRatio.rawValue: ExtractAssembler.ratio(tally[.smallClaimsClosedWithin5Days], tally[.smallClaimsReported]),
            ExtractIndicator.medianDaysReportToClose.rawValue: UnderwritingStats.median(durations).flatMap { ExtractAssembler.days($0, 1) },
            ExtractIndicator.p90DaysReportToClose.rawValue: UnderwritingStats.nearestRank(durations, 90).flatMap { ExtractAssembler.days($0, 1) },
        ]
        let segment = s == Self.allSegments ? "all" : Segment.allCases[s].rawValue
        let line = l == Self.allLines ? "all" : LineOfBusiness.allCases[l].rawValue
        return ExtractRow(kind: kind, segment: segment, line: line, counts: counts, derived: derived)
    }
}
