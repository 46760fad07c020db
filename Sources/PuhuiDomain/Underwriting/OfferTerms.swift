/// How long an offer stays open, and moving a referred application's term to a new start: the
/// rules an underwriter meets when a referral has waited.
public enum OfferTerms {
    /// The end of the offer made on `appliedAt`: 24:00 China time of the `days`-th day after the
    /// day of the application (applied 2026-01-10 with 30 days: open until the end of 2026-02-09).
    public static func openUntil(appliedAt: Instant, days: Int) -> Instant {
        ClaimClockRules.due(appliedAt, days: days)
    }

    /// The whole months from `start` to the day after `end`, if the term is a number of months
    /// (12 for 2026-01-05 to 2027-01-04); nil for a term of another length.
    public static func months(from start: CivilDate, to end: CivilDate) -> Int? {
        let approximate = max(1, start.days(to: end) / 28)
        for months in max(1, approximate - 2)...(approximate + 2) where start.adding(months: months).adding(days: -1) == end {
            return months
        }
        return nil
    }

    /// The last day of a term of the same length as `start`–`end` starting on `newStart`: the
    /// same number of months when the term is whole months, else the same number of days.
    public static func end(of start: CivilDate, _ end: CivilDate, movedTo newStart: CivilDate) -> CivilDate {
        if let months = months(from: start, to: end) { return newStart.adding(months: months).adding(days: -1) }
        return newStart.adding(days: start.days(to: end))
    }

    /// The quote of an application whose term moves to `newStart`: the same premium and cover
    /// (the offer as made), the term, and each coverage's waiting period moved by the same
    /// number of days. The rating date stays the day the risk was priced.
    public static func redated(_ quote: Quote, from start: CivilDate, to newStart: CivilDate) -> Quote {
        var moved = quote
        let shift = start.days(to: newStart)
        moved.startDate = newStart
        moved.endDate = end(of: quote.startDate, quote.endDate, movedTo: newStart)
        moved.coverages = quote.coverages.map { coverage in
            var shifted = coverage
            shifted.coverFrom = coverage.coverFrom?.adding(days: shift)
            return shifted
        }
        return moved
    }
}
