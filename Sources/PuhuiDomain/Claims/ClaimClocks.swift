/// A duty with a deadline: when it started, when it is due, when (and whether in time) it ended.
public struct ClaimClock: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case documentNotice = "document-notice"
        case decision
        case payment
        case rejectionNotice = "rejection-notice"
        case advancePayment = "advance-payment"
        case smallClaimClose = "small-claim-close"

        /// The article of the Insurance Law the statistics count the clock under, if statutory.
        public var article: String? {
            switch self {
            case .decision, .payment: "Art. 23"
            case .rejectionNotice: "Art. 24"
            case .advancePayment: "Art. 25"
            case .documentNotice, .smallClaimClose: nil
            }
        }
    }

    public enum Status: String, Sendable, Hashable, Codable {
        /// Running; overdue when read after its due time.
        case open
        case met
        case missed
        /// The duty fell away before it was due (withdrawn, amount fixed before an advance was owed).
        case stopped
    }

    public var kind: Kind
    public var cycle: Int
    public var basis: String
    public var startedAt: Instant
    public var dueAt: Instant
    public var endedAt: Instant?
    public var status: Status

    public init(kind: Kind, cycle: Int, basis: String, startedAt: Instant, dueAt: Instant, endedAt: Instant? = nil, status: Status) {
        self.kind = kind
        self.cycle = cycle
        self.basis = basis
        self.startedAt = startedAt
        self.dueAt = dueAt
        self.endedAt = endedAt
        self.status = status
    }

    /// Whether the clock was running at `asOf` (started, not yet ended).
    public func isRunning(asOf: Instant) -> Bool {
        startedAt <= asOf && (endedAt.map { $0 > asOf } ?? true)
    }

    /// Status on `asOf`: running then counts as open, or missed once past its due time; an
    /// ended clock keeps the status it ended with.
    public func status(asOf: Instant) -> Status {
        if isRunning(asOf: asOf) { return asOf >= dueAt ? .missed : .open }
        return status
    }

    /// The last day on which the duty is done in time: the clock is due by 24:00 of it.
    public var lastDay: CivilDate { dueAt.adding(seconds: -1).chinaDate }

    /// Seconds late on `asOf` (positive when overdue or missed; negative: time left).
    public func lateness(asOf: Instant) -> Int64 {
        let end = isRunning(asOf: asOf) ? asOf : (endedAt ?? asOf)
        return end.secondsSinceEpoch - dueAt.secondsSinceEpoch
    }
}

/// The clocks of a claim, from the Insurance Law (domain.md §5), the small-claim guidance and
/// the product's service levels. Calendar-day periods end at midnight China time at the end of
/// the last day: a decision due 30 days after documents complete on 1 March is due by the end
/// of 31 March (a period is counted from the next day and ends at 24:00 of its last day).
public enum ClaimClockRules {
    /// The end of the day `days` calendar days after the day of `start`.
    public static func due(_ start: Instant, days: Int) -> Instant {
        Instant(startOfChinaDay: start.chinaDate.adding(days: days + 1))
    }

    /// The end of the `count`-th working day after the day of `start`.
    public static func due(_ start: Instant, workingDays count: Int, calendar: WorkingDayCalendar) -> Instant {
        Instant(startOfChinaDay: calendar.workingDay(count, after: start.chinaDate).adding(days: 1))
    }

    static func clock(_ kind: ClaimClock.Kind, cycle: Int, basis: String, start: Instant, due: Instant,
                      ended: Instant?, stoppedAt: Instant? = nil) -> ClaimClock {
        if let ended {
            return ClaimClock(kind: kind, cycle: cycle, basis: basis, startedAt: start, dueAt: due, endedAt: ended,
                              status: ended <= due ? .met : .missed)
        }
        if let stoppedAt {
            // A duty that fell away after it was already overdue stays missed.
            return ClaimClock(kind: kind, cycle: cycle, basis: basis, startedAt: start, dueAt: due, endedAt: stoppedAt,
                              status: stoppedAt < due ? .stopped : .missed)
        }
        return ClaimClock(kind: kind, cycle: cycle, basis: basis, startedAt: start, dueAt: due, endedAt: nil, status: .open)
    }

    /// Every clock of the claim's current cycle.
    public static func clocks(_ claim: Claim, claims spec: ClaimsSpec, productCode: String, calendar: WorkingDayCalendar) -> [ClaimClock] {
        clocks(claim.currentCycle, claims: spec, productCode: productCode, calendar: calendar)
    }

    /// Every clock of one cycle of a claim: the small-claim notice (guidance), the statutory
    /// clocks, and the product's small-claim closing level.
    public static func clocks(_ claim: ClaimCycle, claims spec: ClaimsSpec, productCode: String, calendar: WorkingDayCalendar) -> [ClaimClock] {
        var clocks: [ClaimClock] = []
        let cycle = claim.cycle
        let withdrawn = claim.withdrawnAt
        if claim.small && cycle == 1 {
            let days = spec.smallClaimNoticeWorkingDays
            let ended = [claim.firstRequestAt, claim.documentsCompleteAt].compactMap { $0 }.min()
            clocks.append(clock(.documentNotice, cycle: cycle,
                                basis: "保险小额理赔服务指引 (2015): tell the claimant what is needed within \(days) working day\(days == 1 ? "" : "s")",
                                start: claim.reportedAt, due: due(claim.reportedAt, workingDays: days, calendar: calendar),
                                ended: ended, stoppedAt: withdrawn))
        }
        clocks += statutoryClocks(claim, claims: spec, productCode: productCode)
        if claim.small && cycle == 1 {
            let ended = claim.closedAt ?? claim.rejectionNoticeAt
            clocks.append(clock(.smallClaimClose, cycle: cycle,
                                basis: "\(productCode) service level: small claims (up to \(spec.smallClaimThreshold.yuanString)) closed within \(spec.smallClaimCloseDays) days of the report",
                                start: claim.reportedAt, due: due(claim.reportedAt, days: spec.smallClaimCloseDays),
                                ended: ended, stoppedAt: withdrawn))
        }
        return clocks
    }

    /// The clocks of the Insurance Law in one cycle of a claim (Art. 23 decision and payment,
    /// Art. 24, Art. 25), as they stood when the cycle was in the state given. A claim agreed at
    /// nothing to pay owes no payment: its payment clock stops at the agreement. Without
    /// `basis`, the clocks' legal basis is left empty (the statistics count clocks by kind and
    /// need no text for each of a book's claims).
    public static func statutoryClocks(_ claim: ClaimCycle, claims spec: ClaimsSpec, productCode: String, basis withBasis: Bool = true) -> [ClaimClock] {
        func text(_ make: @autoclosure () -> String) -> String { withBasis ? make() : "" }
        var clocks: [ClaimClock] = []
        let cycle = claim.cycle
        let withdrawn = claim.withdrawnAt
        if let complete = claim.documentsCompleteAt {
            let days = min(ClaimLaw.decisionDays, spec.decisionDays)
            let basis = text(days < ClaimLaw.decisionDays
                ? "Insurance Law Art. 23: decision within \(days) days of complete documents (\(productCode) contract period; statutory \(ClaimLaw.decisionDays))"
                : "Insurance Law Art. 23: decision within \(ClaimLaw.decisionDays) days of complete documents")
            clocks.append(clock(.decision, cycle: cycle, basis: basis, start: complete, due: due(complete, days: days),
                                ended: claim.decidedAt, stoppedAt: withdrawn))
            // Art. 25: an advance of the amount that can be fixed within 60 days while the full amount is not.
            // The duty falls away once the amount is fixed, cover is refused or the claim is withdrawn.
            let fellAway = [claim.agreedAt, claim.covered == false ? claim.decidedAt : nil, withdrawn].compactMap { $0 }.min()
            var advance = claim.firstAdvanceAt
            if let paid = advance, let fellAway, paid > fellAway { advance = nil }
            clocks.append(clock(.advancePayment, cycle: cycle,
                                basis: text("Insurance Law Art. 25: advance payment within \(ClaimLaw.advancePaymentDays) days of complete documents while the amount is not fixed"),
                                start: complete, due: due(complete, days: ClaimLaw.advancePaymentDays),
                                ended: advance, stoppedAt: fellAway))
        }
        if let decided = claim.decidedAt, claim.covered == false {
            clocks.append(clock(.rejectionNotice, cycle: cycle,
                                basis: text("Insurance Law Art. 24: written rejection with reasons within \(ClaimLaw.rejectionNoticeDays) days of the decision"),
                                start: decided, due: due(decided, days: ClaimLaw.rejectionNoticeDays),
                                ended: claim.rejectionNoticeAt, stoppedAt: withdrawn))
        }
        if let agreed = claim.agreedAt {
            let days = min(ClaimLaw.paymentDays, spec.paymentDays)
            let basis = text(days < ClaimLaw.paymentDays
                ? "Insurance Law Art. 23: payment within \(days) days of agreeing the amount (\(productCode) contract period; statutory \(ClaimLaw.paymentDays))"
                : "Insurance Law Art. 23: payment within \(ClaimLaw.paymentDays) days of agreeing the amount")
            let nothingToPay = claim.payable == .zero
            clocks.append(clock(.payment, cycle: cycle, basis: basis, start: agreed, due: due(agreed, days: days),
                                ended: nothingToPay ? nil : claim.paidInFullAt, stoppedAt: nothingToPay ? agreed : withdrawn))
        }
        return clocks
    }
}
