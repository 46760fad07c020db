/// A priced risk: the premium, the worksheet that explains it, and what it was priced on.
public struct Quote: Sendable, Hashable, Codable {
    /// Set once the quote is stored (`Q-000001`).
    public var id: String?
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    /// The rating date: the product version and rate table versions in force on it were used.
    public var asOf: CivilDate
    /// When cover would start; ages are taken on this date.
    public var startDate: CivilDate
    public var endDate: CivilDate
    /// The annual premium (the first year's for multi-year terms; the planned first-year
    /// contributions for pensions).
    public var premium: Money
    public var coverages: [QuotedCoverage]
    public var worksheet: [WorksheetStep]
    /// `name@effective-from` of every rate table version used.
    public var tableVersions: [String]
    public var insuredPersons: [InsuredPremium]?
    public var buyers: [BuyerLimit]?
    public var pension: PensionProjection?
    /// For term life: the net (risk) premium beside the gross premium.
    public var netPremium: Money?
    /// The facts underwriting rules test, as read from the risk.
    public var facts: UnderwritingFacts
    public var notes: [String]
}

public struct QuotedCoverage: Sendable, Hashable, Codable {
    public var code: String
    public var name: LocalizedName
    public var amount: Money
    public var deductible: Money?
    public var deductiblePercent: ExactDecimal?
    public var indemnityPercent: ExactDecimal?
    /// Losses before this date are not covered (waiting period).
    public var coverFrom: CivilDate?
    /// Aggregate limit for the policy year where the product sets one.
    public var aggregateLimit: Money?
    public var premium: Money?
}

public struct InsuredPremium: Sendable, Hashable, Codable {
    /// Position in the risk's `insured` list, from 1.
    public var index: Int
    /// The party id when the risk named one.
    public var party: String?
    public var age: Int
    public var sex: String?
    public var occupationClass: String?
    public var premium: Money
}

public struct BuyerLimit: Sendable, Hashable, Codable {
    public var name: String
    public var country: String
    public var countryClass: String
    public var paymentTerms: String
    public var creditPeriodDays: Int
    public var declaredTurnover: Money
    public var requestedLimit: Money
    /// The limit carried into the policy: the request, capped at the product's maximum per buyer.
    public var limit: Money
    public var rate: ExactDecimal
    public var premium: Money
}

public struct PensionProjection: Sendable, Hashable, Codable {
    public struct Basis: Sendable, Hashable, Codable {
        public var name: String
        public var rate: ExactDecimal
        public var accountAtRetirement: Money
        public var monthlyAnnuity: Money
    }
    public var entryAge: Int
    public var retirementAge: Int
    public var years: Int
    public var totalContributions: Money
    public var annuityFactor: ExactDecimal
    public var guaranteedYears: Int
    public var bases: [Basis]
}

/// The facts of a risk that underwriting rules test: numbers or keys, one or more per fact
/// (one per insured person or buyer where there are several).
public struct UnderwritingFacts: Sendable, Hashable, Codable {
    public var numbers: [String: [ExactDecimal]] = [:]
    public var keys: [String: [String]] = [:]

    public init() {}

    public mutating func set(_ name: String, _ value: ExactDecimal) { numbers[name, default: []].append(value) }
    public mutating func set(_ name: String, _ value: Int) { set(name, ExactDecimal(value)) }
    public mutating func set(_ name: String, _ value: Money) { set(name, value.yuan) }
    public mutating func set(_ name: String, key: String) { keys[name, default: []].append(key) }
}
