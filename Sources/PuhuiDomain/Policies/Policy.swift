/// An issued policy as read back: holder, insured persons, product version, term, premium and
/// instalments, coverages, status.
public struct Policy: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case inForce = "in-force"
        case cancelled
        case expired
        /// An instalment went unpaid past its grace period: no cover from the due date until the
        /// policy is reinstated.
        case lapsed
    }

    public struct Instalment: Sendable, Hashable, Codable {
        public var number: Int
        public var dueDate: CivilDate
        public var amount: Money

        public init(number: Int, dueDate: CivilDate, amount: Money) {
            self.number = number
            self.dueDate = dueDate
            self.amount = amount
        }
    }

    public struct Insured: Sendable, Hashable, Codable {
        public var position: Int
        public var party: String
        public var premium: Money

        public init(position: Int, party: String, premium: Money) {
            self.position = position
            self.party = party
            self.premium = premium
        }
    }

    public var number: String
    public var application: String
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var holder: String
    public var segment: Segment
    public var startDate: CivilDate
    public var endDate: CivilDate
    public var premium: Money
    public var sumInsured: Money
    public var frequency: PaymentFrequency
    public var instalments: [Instalment]
    public var coverages: [QuotedCoverage]
    public var insured: [Insured]
    /// In force, cancelled, lapsed, or expired (in force past its end date on the date read).
    public var status: Status
    public var issuedAt: Instant
    public var cancelledOn: CivilDate?
    public var cancellationRefund: Money?
    /// The cover after each accepted endorsement, oldest first (version 2 on); the cover as
    /// issued is version 1 (`coverages`, `insured`, `premium`, `sumInsured`).
    public var versions: [CoverVersion] = []
    /// Every lapse, oldest first.
    public var lapses: [Lapse] = []
    /// The policy this one renews.
    public var renews: String? = nil

    public init(number: String, application: String, productCode: String, productVersion: Int, line: LineOfBusiness, holder: String, segment: Segment, startDate: CivilDate, endDate: CivilDate, premium: Money, sumInsured: Money, frequency: PaymentFrequency, instalments: [Instalment], coverages: [QuotedCoverage], insured: [Insured], status: Status, issuedAt: Instant, cancelledOn: CivilDate? = nil, cancellationRefund: Money? = nil) {
        self.number = number
        self.application = application
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.holder = holder
        self.segment = segment
        self.startDate = startDate
        self.endDate = endDate
        self.premium = premium
        self.sumInsured = sumInsured
        self.frequency = frequency
        self.instalments = instalments
        self.coverages = coverages
        self.insured = insured
        self.status = status
        self.issuedAt = issuedAt
        self.cancelledOn = cancelledOn
        self.cancellationRefund = cancellationRefund
    }

    /// Whether the policy covered `date`: started, not yet ended, not cancelled before it.
    /// (Premiums unpaid and lapses are judged beside it, by the product's rules.)
    public func covers(_ date: CivilDate) -> Bool {
        date >= startDate && date <= endDate && (cancelledOn.map { date <= $0 } ?? true)
    }

    /// The cover as issued.
    public var issuedCover: CoverVersion {
        CoverVersion(version: 1, endorsement: nil, change: "issued", effectiveFrom: startDate, premium: premium, sumInsured: sumInsured,
                     adjustment: .zero, coverages: coverages, insured: insured)
    }

    /// The cover in force on `date`: the last version effective on or before it.
    public func cover(on date: CivilDate) -> CoverVersion {
        versions.last { $0.effectiveFrom <= date } ?? issuedCover
    }

    /// The cover in force now: the last version.
    public var latestCover: CoverVersion { versions.last ?? issuedCover }

    /// The lapse `date` falls in, if any (from the due date until the reinstatement).
    public func lapse(on date: CivilDate) -> Lapse? {
        lapses.first { $0.lapsedFrom <= date && ($0.reinstatedOn.map { date < $0 } ?? true) }
    }

    /// The lapse not yet ended by a reinstatement.
    public var openLapse: Lapse? { lapses.first { $0.reinstatedOn == nil } }

    /// Every party insured under any version of the cover.
    public var everInsured: [String] {
        var parties: [String] = []
        for person in insured + versions.flatMap(\.insured) where !parties.contains(person.party) { parties.append(person.party) }
        return parties
    }

    /// One version of a policy's cover: what an endorsement changed it to, from when, the annual
    /// premium after it and the additional (or, negative, return) premium it cost.
    public struct CoverVersion: Sendable, Hashable, Codable {
        public var version: Int
        public var endorsement: String?
        /// `issued`, `risk`, `add-insured`, `remove-insured`.
        public var change: String
        public var effectiveFrom: CivilDate
        /// The annual premium of this version.
        public var premium: Money
        public var sumInsured: Money
        public var adjustment: Money
        public var coverages: [QuotedCoverage]
        public var insured: [Insured]

        public init(version: Int, endorsement: String?, change: String, effectiveFrom: CivilDate, premium: Money, sumInsured: Money,
                    adjustment: Money, coverages: [QuotedCoverage], insured: [Insured]) {
            self.version = version
            self.endorsement = endorsement
            self.change = change
            self.effectiveFrom = effectiveFrom
            self.premium = premium
            self.sumInsured = sumInsured
            self.adjustment = adjustment
            self.coverages = coverages
            self.insured = insured
        }
    }

    /// An instalment unpaid past its grace period: the policy lapsed from its due date.
    public struct Lapse: Sendable, Hashable, Codable {
        public var lapsedFrom: CivilDate
        /// `instalment 3`.
        public var due: String
        public var overdue: Money
        public var graceEnd: CivilDate
        /// The day the customer must have been told of the lapse.
        public var noticeDue: CivilDate
        public var recordedAt: Instant
        public var reinstatedOn: CivilDate?

        public init(lapsedFrom: CivilDate, due: String, overdue: Money, graceEnd: CivilDate, noticeDue: CivilDate, recordedAt: Instant,
                    reinstatedOn: CivilDate? = nil) {
            self.lapsedFrom = lapsedFrom
            self.due = due
            self.overdue = overdue
            self.graceEnd = graceEnd
            self.noticeDue = noticeDue
            self.recordedAt = recordedAt
            self.reinstatedOn = reinstatedOn
        }
    }
}

/// The sum insured a policy counts for in statistics and authority checks.
public enum SumInsuredRule {
    /// Property and cargo: every coverage's sum insured added. Liability: every coverage's aggregate limit.
    /// Export credit: the maximum liability. Accident and health: the main benefit for each
    /// insured person. Term life: the benefit. Pension: the projected guaranteed account.
    public static func of(_ quote: Quote) -> Money {
        let persons = Int64(max(1, quote.insuredPersons?.count ?? 1))
        switch quote.line {
        case .property, .cargo:
            return Money(fen: quote.coverages.reduce(0) { $0 + $1.amount.fen })
        case .liability:
            return Money(fen: quote.coverages.reduce(0) { $0 + ($1.aggregateLimit ?? $1.amount).fen })
        case .exportCredit, .termLife:
            return quote.coverages.first?.amount ?? .zero
        case .accident, .health:
            return Money(fen: (quote.coverages.first?.amount.fen ?? 0) * persons)
        case .pension:
            return quote.pension?.bases.first?.accountAtRetirement ?? .zero
        }
    }
}

/// Splits a premium into instalments to the fen: equal parts, the first carrying the remainder.
public enum InstalmentPlan {
    public static func plan(premium: Money, frequency: PaymentFrequency, start: CivilDate) -> [Policy.Instalment] {
        let count = frequency.instalmentsPerYear
        let base = premium.fen / Int64(count)
        let remainder = premium.fen - base * Int64(count)
        return (0..<count).map { i in
            Policy.Instalment(number: i + 1, dueDate: start.adding(months: i * 12 / count),
                              amount: Money(fen: base + (i == 0 ? remainder : 0)))
        }
    }
}
