import PuhuiDomain

/// The figures behind the staff desk's charts, for a period of whole months or days: the
/// claims' series as the regulator extract counts them (the same replay and definitions,
/// docs/indicators.md), and the underwriting auto-acceptance per line and month.
public struct DeskCharts: Sendable, Hashable {
    /// Applications of one line made in one month: how many were decided (accepted or declined
    /// by the rules, or referred and then approved, declined or expired) and how many of those
    /// the rules accepted automatically.
    public struct AutoAcceptance: Sendable, Hashable {
        public var decided = 0
        public var autoAccepted = 0

        public init(decided: Int = 0, autoAccepted: Int = 0) {
            self.decided = decided
            self.autoAccepted = autoAccepted
        }

        /// The share accepted automatically, four decimals; nil with nothing decided.
        public var ratio: ExactDecimal? {
            decided == 0 ? nil : ExactDecimal(autoAccepted).divided(by: ExactDecimal(decided), scale: 4, .halfUp)
        }
    }

    public var period: ExtractPeriod
    /// Report-to-payment histograms per line, statutory clocks per duty and month, small-claim
    /// five-day closures per month of report (`ExtractSeries`, as in the regulator's report).
    public var claims: ExtractSeries
    /// Per line with an application in the period, per month of `claims.months`.
    public var autoAcceptance: [LineOfBusiness: [AutoAcceptance]]
}

extension StatisticsService {
    /// The longest period the desk charts: two years of months.
    public static var deskMaxMonths: Int { 24 }

    /// The desk's charts for `from` to `to` as of now (or the end of `to`), for any member of
    /// staff who works claims or underwriting or oversees them.
    public func deskCharts(from: CivilDate, to: CivilDate, _ context: ActionContext) throws -> DeskCharts {
        try context.authorize(.readDeskCharts)
        let period = try ExtractPeriod.checked(from: from, to: to, asOf: nil, now: clock.now())
        var claims = ExtractSeries(period: period)
        guard claims.months.count <= Self.deskMaxMonths else {
            throw PuhuiError.invalid("a period of at most \(Self.deskMaxMonths) months is charted", field: "from")
        }
        let applications = try storage.read { session in
            try Self.forEachClaimRecord(period, session, replayed: {}) { claims.add($0) }
            return try session.policies.applications(madeFrom: Instant(startOfChinaDay: from), before: Instant(startOfChinaDay: to.adding(days: 1)))
        }
        return DeskCharts(period: period, claims: claims, autoAcceptance: Self.autoAcceptance(applications, months: claims.months, asOf: period.asOf))
    }

    /// Applications counted in the month they were made, by line: decided unless a referral
    /// still waits (as of `asOf`, applications made later are left out).
    static func autoAcceptance(_ applications: [UnderwritingStats.Application], months: [ExtractSeries.Month],
                               asOf: Instant) -> [LineOfBusiness: [DeskCharts.AutoAcceptance]] {
        var result: [LineOfBusiness: [DeskCharts.AutoAcceptance]] = [:]
        for application in applications where application.appliedAt <= asOf.secondsSinceEpoch {
            guard let line = LineOfBusiness(rawValue: application.line),
                  let month = months.firstIndex(of: ExtractSeries.Month(Instant(secondsSinceEpoch: application.appliedAt).chinaDate)) else { continue }
            var counts = result[line] ?? Array(repeating: DeskCharts.AutoAcceptance(), count: months.count)
            let waiting = application.decision == "refer" && application.status == "referred"
            if !waiting { counts[month].decided += 1 }
            if application.decision == "accept" { counts[month].autoAccepted += 1 }
            result[line] = counts
        }
        return result
    }
}
