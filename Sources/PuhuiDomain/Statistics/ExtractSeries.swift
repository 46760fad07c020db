/// The figures behind the report's charts, gathered in the same pass as the extract and at the
/// same as-of time: days from report to first payment per line (a histogram), statutory
/// duties met, missed and open per month, and the small-claim five-day closure per month.
public struct ExtractSeries: Sendable, Hashable {
    /// A calendar month, `2026-03`.
    public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var year: Int
        public var month: Int

        public init(_ date: CivilDate) {
            year = date.year
            month = date.month
        }

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        var ordinal: Int { year * 12 + month - 1 }

        public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

        public static func < (lhs: Month, rhs: Month) -> Bool { lhs.ordinal < rhs.ordinal }
    }

    /// A range of days from report to first payment: `lower` inclusive, `upper` exclusive (nil: no end).
    public struct DayRange: Sendable, Hashable {
        public var lower: Int
        public var upper: Int?

        public var label: String { upper.map { "\(lower)–\($0)" } ?? "≥\(lower)" }

        func contains(seconds: Int64) -> Bool {
            seconds >= Int64(lower) * 86_400 && (upper.map { seconds < Int64($0) * 86_400 } ?? true)
        }
    }

    public static let dayRanges: [DayRange] = [
        DayRange(lower: 0, upper: 1), DayRange(lower: 1, upper: 3), DayRange(lower: 3, upper: 5), DayRange(lower: 5, upper: 10),
        DayRange(lower: 10, upper: 15), DayRange(lower: 15, upper: 30), DayRange(lower: 30, upper: 60), DayRange(lower: 60, upper: 90),
        DayRange(lower: 90, upper: nil),
    ]

    public struct DutyCounts: Sendable, Hashable {
        public var met = 0
        public var missed = 0
        public var open = 0

        public init(met: Int = 0, missed: Int = 0, open: Int = 0) {
            self.met = met
            self.missed = missed
            self.open = open
        }
    }

    public struct SmallClaims: Sendable, Hashable {
        public var reported = 0
        public var closedWithin5Days = 0

        public init(reported: Int = 0, closedWithin5Days: Int = 0) {
            self.reported = reported
            self.closedWithin5Days = closedWithin5Days
        }

        /// The share closed within five days, four decimals; nil with no small claim reported.
        public var ratio: ExactDecimal? {
            reported == 0 ? nil : ExactDecimal(closedWithin5Days).divided(by: ExactDecimal(reported), scale: 4, .halfUp)
        }
    }

    /// Every month the period touches, in order.
    public var months: [Month]
    /// Claims whose first payment falls in the period, by line, counted per range of `dayRanges`.
    public var reportToPayment: [LineOfBusiness: [Int]] = [:]
    /// Per duty, per month (index into `months`).
    public var duties: [StatutoryDuty: [DutyCounts]]
    /// Per month of report.
    public var smallClaims: [SmallClaims]

    public init(period: ExtractPeriod) {
        var months: [Month] = []
        var month = Month(period.from)
        while month <= Month(period.to) {
            months.append(month)
            month = month.month == 12 ? Month(year: month.year + 1, month: 1) : Month(year: month.year, month: month.month + 1)
        }
        self.months = months
        duties = Dictionary(uniqueKeysWithValues: StatutoryDuty.allCases.map { ($0, Array(repeating: DutyCounts(), count: months.count)) })
        smallClaims = Array(repeating: SmallClaims(), count: months.count)
    }

    /// The position of `date`'s month in `months`, if the period touches it.
    func index(_ date: CivilDate) -> Int? {
        guard let first = months.first else { return nil }
        let i = Month(date).ordinal - first.ordinal
        return i >= 0 && i < months.count ? i : nil
    }

    /// Adds what one claim counts for.
    public mutating func add(_ record: ClaimExtractRecord) {
        let tally = record.tally
        if tally[.firstPayments] == 1 {
            let seconds = tally[.reportToFirstPaymentSeconds]
            var counts = reportToPayment[record.history.line] ?? Array(repeating: 0, count: Self.dayRanges.count)
            if let range = Self.dayRanges.firstIndex(where: { $0.contains(seconds: seconds) }) { counts[range] += 1 }
            reportToPayment[record.history.line] = counts
        }
        for duty in record.duties {
            guard let i = index(duty.day), var counts = duties[duty.duty], i < counts.count else { continue }
            switch duty.outcome {
            case .met: counts[i].met += 1
            case .missed: counts[i].missed += 1
            case .open: counts[i].open += 1
            }
            duties[duty.duty] = counts
        }
        if tally[.smallClaimsReported] == 1, let i = index(record.history.reportedAt.chinaDate) {
            smallClaims[i].reported += 1
            smallClaims[i].closedWithin5Days += Int(tally[.smallClaimsClosedWithin5Days])
        }
    }
}
