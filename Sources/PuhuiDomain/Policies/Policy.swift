/// An issued policy as read back: holder, insured persons, product version, term, premium and
/// instalments, coverages, status.
public struct Policy: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case inForce = "in-force"
        case cancelled
        case expired
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
    /// In force, cancelled, or expired (in force past its end date on the date read).
    public var status: Status
    public var issuedAt: Instant
    public var cancelledOn: CivilDate?
    public var cancellationRefund: Money?

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
    public func covers(_ date: CivilDate) -> Bool {
        date >= startDate && date <= endDate && (cancelledOn.map { date <= $0 } ?? true)
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
