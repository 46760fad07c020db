/// A policy's premium account: what falls due (instalments, endorsement premiums, return
/// premiums as credits) and what was received, refunded or deducted from a claim. Money received
/// pays the dues in order of due date (oldest first); what is received beyond the dues fallen
/// due is held as credit and pays the next ones as they fall due.
public struct PremiumLedger: Sendable, Hashable, Codable {
    /// Something the policyholder owes (or, negative, is owed) on a date.
    public struct Due: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case instalment
            /// The additional (or return) premium of an endorsement.
            case endorsement
            /// On cancellation: what brings the dues fallen due to the premium earned.
            case cancellation
        }
        public var kind: Kind
        /// `instalment 3`, `endorsement END-2026-000001`.
        public var label: String
        public var dueDate: CivilDate
        /// Negative for a return premium (a credit).
        public var amount: Money

        public init(kind: Kind, label: String, dueDate: CivilDate, amount: Money) {
            self.kind = kind
            self.label = label
            self.dueDate = dueDate
            self.amount = amount
        }

        /// Instalment `number`.
        public static func instalment(_ number: Int, _ dueDate: CivilDate, _ amount: Money) -> Due {
            Due(kind: .instalment, label: "instalment \(number)", dueDate: dueDate, amount: amount)
        }
    }

    /// The dues of a policy cancelled from `cancelledOn` (nil: not cancelled): instalments and
    /// endorsement premiums falling due after the cancellation are not owed; the cancellation's
    /// own due brings what is owed to the premium earned.
    public static func owed(_ dues: [Due], cancelledOn: CivilDate?) -> [Due] {
        guard let cancelledOn else { return dues }
        return dues.filter { $0.kind == .cancellation || $0.dueDate <= cancelledOn }
    }

    /// Money that moved on the account.
    public struct Entry: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// Premium received from the policyholder (a bank receipt).
            case received
            /// Paid back to the policyholder (credit refunded, a cancellation refund).
            case refund
            /// Unpaid premium deducted from a claim payment (a loss in the grace period).
            case claimDeduction = "claim-deduction"
        }
        public var kind: Kind
        public var date: CivilDate
        /// Always positive; the kind says which way it moved.
        public var amount: Money
        /// The bank's reference, the claim, the cancellation.
        public var reference: String?
        public var note: String?

        public init(kind: Kind, date: CivilDate, amount: Money, reference: String? = nil, note: String? = nil) {
            self.kind = kind
            self.date = date
            self.amount = amount
            self.reference = reference
            self.note = note
        }

        /// What the entry adds to the money held for the policy.
        public var signedAmount: Money { kind == .refund ? Money(fen: -amount.fen) : amount }
    }

    /// A due with what has been paid of it by the ledger's date.
    public struct DueState: Sendable, Hashable, Codable {
        public var due: Due
        public var paid: Money
        public var outstanding: Money
        /// The day the due was paid in full (it can be before the due date, from credit).
        public var paidOn: CivilDate?
    }

    public var asOf: CivilDate
    public var dues: [DueState]
    /// The entries up to the ledger's date, oldest first.
    public var entries: [Entry]
    /// Received and deducted, less refunded, up to the ledger's date.
    public var received: Money
    /// Every due of the term, fallen due or not.
    public var charged: Money
    /// The dues fallen due by the ledger's date.
    public var dueToDate: Money

    /// Builds the ledger as it stood at the end of `asOf` (later entries are left out).
    public init(dues: [Due], entries: [Entry], asOf: CivilDate) {
        self.asOf = asOf
        let ordered = dues.enumerated().sorted { ($0.element.dueDate, $0.offset) < ($1.element.dueDate, $1.offset) }.map(\.element)
        let kept = entries.enumerated().filter { $0.element.date <= asOf }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        self.entries = kept
        received = Money(fen: kept.reduce(0) { $0 + $1.signedAmount.fen })
        charged = Money(fen: ordered.reduce(0) { $0 + $1.amount.fen })
        dueToDate = Money(fen: ordered.filter { $0.dueDate <= asOf }.reduce(0) { $0 + $1.amount.fen })
        // Cumulative allocation: due k is paid in full once the money received reaches the sum
        // of the dues up to and including k.
        var states: [DueState] = []
        var cumulativeDue: Int64 = 0
        for due in ordered {
            let before = cumulativeDue
            cumulativeDue += due.amount.fen
            let paid = due.amount.fen <= 0 ? due.amount.fen : max(0, min(due.amount.fen, received.fen - before))
            var paidOn: CivilDate? = nil
            if received.fen >= cumulativeDue {
                var running: Int64 = 0
                for entry in kept {
                    running += entry.signedAmount.fen
                    if running >= cumulativeDue { paidOn = entry.date; break }
                }
                if cumulativeDue <= 0 && paidOn == nil { paidOn = due.dueDate }
            }
            states.append(DueState(due: due, paid: Money(fen: paid), outstanding: Money(fen: due.amount.fen - paid), paidOn: paidOn))
        }
        self.dues = states
    }

    /// Money held beyond the dues fallen due: an overpayment or a prepayment, paid out on
    /// request or used for the next dues.
    public var credit: Money { Money(fen: max(0, received.fen - dueToDate.fen)) }

    /// Fallen due and not paid.
    public var overdue: Money { Money(fen: max(0, dueToDate.fen - received.fen)) }

    /// What remains to pay over the whole term (negative: more was received than is charged).
    public var balance: Money { Money(fen: charged.fen - received.fen) }

    /// The oldest due fallen due by the ledger's date and not paid in full.
    public var firstOverdue: DueState? {
        dues.first { $0.due.dueDate <= asOf && $0.outstanding.fen > 0 }
    }

    /// The oldest due fallen due on or before `date` that had not been paid in full by the end
    /// of `date` (judged with every entry of this ledger).
    public func unpaid(on date: CivilDate) -> DueState? {
        dues.first { $0.due.dueDate <= date && $0.due.amount.fen > 0 && ($0.paidOn.map { $0 > date } ?? true) }
    }

    /// What is still outstanding of the dues fallen due on or before `date`.
    public func outstanding(dueBy date: CivilDate) -> Money {
        let due = dues.filter { $0.due.dueDate <= date }.reduce(0) { $0 + $1.due.amount.fen }
        return Money(fen: max(0, due - received.fen))
    }
}

/// Where a policy stands with its premiums on a date: paid up, in arrears within the grace
/// period, or past it (the policy lapses from the due date).
public struct ArrearsState: Sendable, Hashable, Codable {
    public enum Stage: String, Sendable, Hashable, Codable {
        /// Overdue, still within the grace period (its last day included).
        case inGrace = "in-grace"
        /// Unpaid past the grace period: the policy lapses from the due date.
        case pastGrace = "past-grace"
        /// Already recorded lapsed.
        case lapsed
    }

    public var due: PremiumLedger.DueState
    /// Everything fallen due and unpaid, not only the oldest due.
    public var overdue: Money
    public var daysLate: Int
    /// The last day the oldest unpaid due may be paid.
    public var graceEnd: CivilDate
    public var stage: Stage

    /// The arrears of `ledger` under a grace period of `graceDays`, or nil when nothing is overdue.
    public static func of(_ ledger: PremiumLedger, graceDays: Int, lapsed: Bool) -> ArrearsState? {
        guard let first = ledger.firstOverdue else { return nil }
        let graceEnd = first.due.dueDate.adding(days: graceDays)
        let stage: Stage = lapsed ? .lapsed : (ledger.asOf > graceEnd ? .pastGrace : .inGrace)
        return ArrearsState(due: first, overdue: ledger.overdue, daysLate: first.due.dueDate.days(to: ledger.asOf), graceEnd: graceEnd, stage: stage)
    }
}
