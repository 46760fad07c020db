/// The period and cut-off of an extract: whole China days from `from` to `to`, both inclusive,
/// and the as-of time by which something must have been recorded to count.
public struct ExtractPeriod: Sendable, Hashable, Codable {
    public var from: CivilDate
    public var to: CivilDate
    /// Only what was recorded by this time counts; by default the last second of `to`.
    public var asOf: Instant

    public init(from: CivilDate, to: CivilDate, asOf: Instant? = nil) {
        self.from = from
        self.to = to
        self.asOf = asOf ?? ExtractPeriod.endOfDay(to)
    }

    /// The last second of `date`, China time.
    public static func endOfDay(_ date: CivilDate) -> Instant { Instant(startOfChinaDay: date.adding(days: 1)).adding(seconds: -1) }

    /// The period from `from` to `to` as of `asOf` (by default the end of `to`, or now when the
    /// period ends today), checked against `now`: a period ending after today, or an as-of time
    /// in the future, is refused; nothing could have been recorded there yet.
    public static func checked(from: CivilDate, to: CivilDate, asOf: Instant?, now: Instant) throws(PuhuiError) -> ExtractPeriod {
        guard from <= to else { throw PuhuiError.invalid("the period starts on \(from), after its end \(to)", field: "from") }
        let today = now.chinaDate
        guard to <= today else {
            throw PuhuiError.invalid("the period ends on \(to), after today (\(today)); an extract covers only days that have passed", field: "to")
        }
        if let asOf, asOf > now {
            throw PuhuiError.invalid("as of \(asOf) is in the future (now \(now)); an extract counts only what has been recorded", field: "asOf")
        }
        let period = ExtractPeriod(from: from, to: to, asOf: asOf ?? min(endOfDay(to), now))
        guard period.asOf.secondsSinceEpoch >= period.fromStart else {
            throw PuhuiError.invalid("as of \(period.asOf) is before the period starts (\(from)); nothing in it could have been recorded", field: "asOf")
        }
        return period
    }

    /// The first second of the period.
    public var fromStart: Int64 { Instant(startOfChinaDay: from).secondsSinceEpoch }
    /// The first second after the period.
    public var endExclusive: Int64 { Instant(startOfChinaDay: to.adding(days: 1)).secondsSinceEpoch }

    /// Whether an event at `time` counts in the period: in it, and recorded by the as-of time.
    public func contains(_ time: Instant) -> Bool {
        let t = time.secondsSinceEpoch
        return t >= fromStart && t < endExclusive && time <= asOf
    }

    /// Whether `date` is one of the period's days.
    public func contains(day date: CivilDate) -> Bool { date >= from && date <= to }
}
