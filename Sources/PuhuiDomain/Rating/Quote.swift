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
    /// What underwriting authority is checked on, as the product declared it when the quote was
    /// priced; absent from quotes kept before products could declare it.
    public var authorityMeasure: AuthorityMeasure.Kind?

    public init(id: String? = nil, productCode: String, productVersion: Int, line: LineOfBusiness, asOf: CivilDate, startDate: CivilDate, endDate: CivilDate, premium: Money, coverages: [QuotedCoverage], worksheet: [WorksheetStep], tableVersions: [String], insuredPersons: [InsuredPremium]? = nil, buyers: [BuyerLimit]? = nil, pension: PensionProjection? = nil, netPremium: Money? = nil, facts: UnderwritingFacts, notes: [String], authorityMeasure: AuthorityMeasure.Kind? = nil) {
        self.id = id
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.asOf = asOf
        self.startDate = startDate
        self.endDate = endDate
        self.premium = premium
        self.coverages = coverages
        self.worksheet = worksheet
        self.tableVersions = tableVersions
        self.insuredPersons = insuredPersons
        self.buyers = buyers
        self.pension = pension
        self.netPremium = netPremium
        self.facts = facts
        self.notes = notes
        self.authorityMeasure = authorityMeasure
    }
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

    public init(code: String, name: LocalizedName, amount: Money, deductible: Money? = nil, deductiblePercent: ExactDecimal? = nil, indemnityPercent: ExactDecimal? = nil, coverFrom: CivilDate? = nil, aggregateLimit: Money? = nil, premium: Money? = nil) {
        self.code = code
        self.name = name
        self.amount = amount
        self.deductible = deductible
        self.deductiblePercent = deductiblePercent
        self.indemnityPercent = indemnityPercent
        self.coverFrom = coverFrom
        self.aggregateLimit = aggregateLimit
        self.premium = premium
    }
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
    /// The person's other declared fields (steps products), by name.
    public var fields: [String: String]? = nil
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
/// (one per insured person or buyer where there are several). Held as a short list, which is
/// cheaper to build for every row of a batch than dictionaries.
public struct UnderwritingFacts: Sendable, Hashable, Codable {
    struct Entry: Sendable, Hashable {
        var name: String
        var number: ExactDecimal?
        var key: String?
    }

    private var entries: [Entry] = []

    public init() {
        entries.reserveCapacity(8)
    }

    public mutating func set(_ name: String, _ value: ExactDecimal) { entries.append(Entry(name: name, number: value, key: nil)) }
    public mutating func set(_ name: String, _ value: Int) { set(name, ExactDecimal(value)) }
    public mutating func set(_ name: String, _ value: Money) { set(name, value.yuan) }
    public mutating func set(_ name: String, key: String) { entries.append(Entry(name: name, number: nil, key: key)) }

    /// The numbers of fact `name`, nil when the risk has none.
    public func numbers(_ name: String) -> [ExactDecimal]? {
        let values = entries.compactMap { $0.name == name ? $0.number : nil }
        return values.isEmpty ? nil : values
    }

    /// The keys of fact `name`, nil when the risk has none.
    public func keys(_ name: String) -> [String]? {
        let values = entries.compactMap { $0.name == name ? $0.key : nil }
        return values.isEmpty ? nil : values
    }

    /// The first number of fact `name` that satisfies `test`, without collecting the numbers.
    func firstNumber(_ name: String, where test: (ExactDecimal) -> Bool) -> ExactDecimal? {
        for entry in entries where entry.name == name {
            if let number = entry.number, test(number) { return number }
        }
        return nil
    }

    /// The first key of fact `name` that satisfies `test`.
    func firstKey(_ name: String, where test: (String) -> Bool) -> String? {
        for entry in entries where entry.name == name {
            if let key = entry.key, test(key) { return key }
        }
        return nil
    }

    /// Whether the risk has a key for fact `name`.
    func hasKeys(_ name: String) -> Bool {
        entries.contains { $0.name == name && $0.key != nil }
    }

    enum CodingKeys: String, CodingKey { case numbers, keys }

    /// Stored as `{"numbers": {fact: [..]}, "keys": {fact: [..]}}`.
    public func encode(to encoder: Encoder) throws {
        var numbers: [String: [ExactDecimal]] = [:], keys: [String: [String]] = [:]
        for entry in entries {
            if let number = entry.number { numbers[entry.name, default: []].append(number) }
            if let key = entry.key { keys[entry.name, default: []].append(key) }
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numbers, forKey: .numbers)
        try container.encode(keys, forKey: .keys)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let numbers = try container.decode([String: [ExactDecimal]].self, forKey: .numbers)
        let keys = try container.decode([String: [String]].self, forKey: .keys)
        for (name, values) in numbers.sorted(by: { $0.key < $1.key }) { for value in values { set(name, value) } }
        for (name, values) in keys.sorted(by: { $0.key < $1.key }) { for value in values { set(name, key: value) } }
    }
}
