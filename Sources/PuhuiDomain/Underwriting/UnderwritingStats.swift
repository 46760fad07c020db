
/// Turnaround of underwriting per line: how many applications were accepted automatically,
/// referred or declined, and how long application to issue took.
public struct UnderwritingStats: Sendable, Codable {
    public struct Line: Sendable, Codable {
        public var line: String
        public var applications: Int
        public var autoAccepted: Int
        public var referred: Int
        public var declinedByRules: Int
        public var referredApproved: Int
        public var referredDeclined: Int
        public var referredWaiting: Int
        /// Referrals not approved within their offer validity (schema v13).
        public var referredExpired: Int
        /// Shares of applications, 0–1, as decimal text with four places.
        public var autoAcceptRate: String
        public var referralRate: String
        public var issued: Int
        /// Application to issue, in seconds: median and 90th percentile (nearest rank).
        public var medianSecondsToIssue: Int64?
        public var p90SecondsToIssue: Int64?
    }

    public var from: CivilDate
    public var to: CivilDate
    public var lines: [Line]
    public var total: Line
    /// Renewal rates of the renewable policies ending in the same period.
    public var renewals: RenewalStats? = nil

    /// One application as the statistics read it.
    public struct Application: Sendable, Hashable {
        public var line: String
        public var decision: String
        public var status: String
        public var appliedAt: Int64
        public var issuedAt: Int64?

        public init(line: String, decision: String, status: String, appliedAt: Int64, issuedAt: Int64?) {
            self.line = line
            self.decision = decision
            self.status = status
            self.appliedAt = appliedAt
            self.issuedAt = issuedAt
        }
    }

    /// The statistics of the applications made from `from` to `to` (China dates, inclusive).
    public static func summarize(from: CivilDate, to: CivilDate, _ applications: [Application]) -> UnderwritingStats {
        func summarize(_ name: String, _ rows: [Application]) -> Line {
            let referred = rows.filter { $0.decision == "refer" }
            let durations = rows.compactMap { row -> Int64? in row.issuedAt.map { $0 - row.appliedAt } }.sorted()
            let count = rows.count
            let accepted = rows.filter { $0.decision == "accept" }.count
            return Line(
                line: name, applications: count, autoAccepted: accepted, referred: referred.count,
                declinedByRules: rows.filter { $0.decision == "decline" }.count,
                referredApproved: referred.filter { $0.status == "issued" }.count, referredDeclined: referred.filter { $0.status == "declined" }.count,
                referredWaiting: referred.filter { $0.status == "referred" }.count,
                referredExpired: referred.filter { $0.status == "expired" }.count,
                autoAcceptRate: share(accepted, count), referralRate: share(referred.count, count),
                issued: durations.count, medianSecondsToIssue: median(durations), p90SecondsToIssue: nearestRank(durations, 90))
        }
        let byLine = Dictionary(grouping: applications, by: \.line)
        let lines = LineOfBusiness.allCases.compactMap { line in byLine[line.rawValue].map { summarize(line.rawValue, $0) } }
        return UnderwritingStats(from: from, to: to, lines: lines, total: summarize("all lines", applications))
    }

    public static func share(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0.0000" }
        return ExactDecimal(part).divided(by: ExactDecimal(whole), scale: 4, .halfUp)?.description ?? "0.0000"
    }

    /// The median: the middle value, or the mean of the two middle values (rounded down).
    public static func median(_ sorted: [Int64]) -> Int64? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank percentile: the smallest value with at least p% of values at or below it.
    public static func nearestRank(_ sorted: [Int64], _ p: Int) -> Int64? {
        guard !sorted.isEmpty else { return nil }
        let rank = (p * sorted.count + 99) / 100
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}

/// A duration in seconds for people: `0s`, `2h 15m`, `3d 4h`.
public enum DurationText {
    public static func text(_ seconds: Int64) -> String {
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if days > 0 { return hours % 24 == 0 ? "\(days)d" : "\(days)d \(hours % 24)h" }
        if hours > 0 { return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h \(minutes % 60)m" }
        return "\(minutes)m"
    }
}
