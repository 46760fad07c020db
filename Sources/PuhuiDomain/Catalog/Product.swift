/// One version of one product, as defined by an insurer's XML file and stored in the catalog.
///
/// The XML schema (`products/puhui-product.xsd`) documents every field; this is its typed form.
/// Stored as canonical JSON beside the source XML, so rating, underwriting and claims read the
/// exact version a policy was written on.
public struct Product: Sendable, Hashable, Codable {
    public var code: String
    public var version: Int
    public var name: LocalizedName
    public var line: LineOfBusiness
    public var department: String
    public var effectiveFrom: CivilDate
    /// Last day a policy of this version may start, inclusive; nil is open-ended.
    public var effectiveTo: CivilDate?
    public var segments: [Segment]
    public var policyTerm: PolicyTerm
    public var paymentFrequencies: [PaymentFrequency]
    public var cancellation: CancellationRule
    public var coverages: [Coverage]
    public var rating: RatingSpec
    public var underwriting: UnderwritingSpec
    public var claims: ClaimsSpec
    /// Grace, lapse, reinstatement, endorsements, renewal and the pension account, when the
    /// file declares `<servicing>` (else `servicingRules` gives the line's defaults). Absent
    /// from the stored definition of a product without it, so its digest does not change.
    public var servicing: ProductServicing? = nil

    /// Whether a policy of this version may start on `date`.
    public func isEffective(on date: CivilDate) -> Bool {
        VersionInForce.isInForce(from: effectiveFrom, to: effectiveTo, on: date)
    }

    public func coverage(_ code: String) -> Coverage? {
        coverages.first { $0.code == code }
    }

    /// The coverage the rating module prices as the main risk: the first mandatory one.
    public var mainCoverage: Coverage? {
        coverages.first { $0.mandatory } ?? coverages.first
    }
}

public struct LocalizedName: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}

public struct PolicyTerm: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Codable { case month, year }
    public var unit: Unit
    public var options: [Int]
    public var min: Int?
    public var max: Int?

    /// Whether `term` (in `unit`) is allowed.
    public func allows(_ term: Int) -> Bool {
        if !options.isEmpty { return options.contains(term) }
        return term >= (min ?? 1) && term <= (max ?? Int.max)
    }

    public var allowedDescription: String {
        if !options.isEmpty { return options.map(String.init).joined(separator: ", ") + " \(unit.rawValue)s" }
        return "\(min ?? 1) to \(max.map(String.init) ?? "any") \(unit.rawValue)s"
    }

    /// The term in months.
    public func months(_ term: Int) -> Int { unit == .year ? term * 12 : term }
}

public enum PaymentFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    case single, annual
    case semiAnnual = "semi-annual"
    case quarterly, monthly, flexible

    public var chineseName: String {
        switch self {
        case .single: "趸交"
        case .annual: "年缴"
        case .semiAnnual: "半年缴"
        case .quarterly: "季缴"
        case .monthly: "月缴"
        case .flexible: "灵活缴费"
        }
    }

    /// How a person says it: "paid annually".
    public var englishName: String {
        switch self {
        case .single: "in a single payment"
        case .annual: "annually"
        case .semiAnnual: "every six months"
        case .quarterly: "quarterly"
        case .monthly: "monthly"
        case .flexible: "flexibly"
        }
    }

    /// Instalments a year (single and flexible count as one payment).
    public var instalmentsPerYear: Int {
        switch self {
        case .single, .annual, .flexible: 1
        case .semiAnnual: 2
        case .quarterly: 4
        case .monthly: 12
        }
    }
}

public struct CancellationRule: Sendable, Hashable, Codable {
    public enum Refund: String, Sendable, Codable {
        case proRata = "pro-rata"
        case shortRate = "short-rate"
        case accountValue = "account-value"
    }
    public var refund: Refund
    /// With `shortRate`: the rate table of percentages earned by months in force.
    public var table: String?
}

public struct AmountBounds: Sendable, Hashable, Codable {
    public var options: [Money]
    public var min: Money?
    public var max: Money?
    public var step: Money?

    /// Whether `amount` is one of the options or within the bounds (and on the step).
    public func allows(_ amount: Money) -> Bool {
        if !options.isEmpty { return options.contains(amount) }
        if let min, amount < min { return false }
        if let max, amount > max { return false }
        if let step, step.fen > 0, amount.fen % step.fen != 0 { return false }
        return true
    }

    public var allowedDescription: String {
        if !options.isEmpty { return options.map(\.yuanString).joined(separator: ", ") }
        var text = "\(min?.yuanString ?? "0.00") to \(max?.yuanString ?? "any")"
        if let step { text += " in steps of \(step.yuanString)" }
        return text
    }

    /// The largest amount a policy may have.
    public var largest: Money? { options.max() ?? max }
}

public struct Deductible: Sendable, Hashable, Codable {
    public var options: [Money]
    public var amount: Money?
    /// Percentage of each loss, 0–100.
    public var percentOfLoss: ExactDecimal?

    public static let none = Deductible(options: [], amount: nil, percentOfLoss: nil)
}

public struct Coverage: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Codable {
        case sumInsured = "sum-insured"
        case limit
        case benefit
    }
    public var code: String
    public var basis: Basis
    public var mandatory: Bool
    public var name: LocalizedName
    public var amount: AmountBounds
    public var deductible: Deductible
    /// Share of the loss after deductible that is paid, 0–100; nil is 100.
    public var indemnityPercent: ExactDecimal?
    public var waitingPeriodDays: Int?
    public var exclusions: [LocalizedText]
}

public struct LocalizedText: Sendable, Hashable, Codable {
    public var lang: String
    public var text: String
}

public struct RatingSpec: Sendable, Hashable, Codable {
    /// `steps`, or the coded module of the product's line.
    public var module: RatingModuleName
    public var rounding: RoundingRule
    /// Role → rate table name.
    public var tables: [String: String]
    /// Parameter name → value text.
    public var parameters: [String: String]
    /// Risk fields the product accepts without rating them (a broker's reference); nil: none.
    public var openFields: [String]? = nil
    /// The declarative rating of a `steps` product: its risk fields and premium steps.
    public var steps: StepsDefinition? = nil

    public init(module: RatingModuleName, rounding: RoundingRule, tables: [String: String], parameters: [String: String],
                openFields: [String]? = nil, steps: StepsDefinition? = nil) {
        self.module = module
        self.rounding = rounding
        self.tables = tables
        self.parameters = parameters
        self.openFields = openFields
        self.steps = steps
    }
}

public struct UnderwritingRule: Sendable, Hashable, Codable {
    public enum Test: String, Sendable, Codable {
        case above, below, `in`
        case notIn = "not-in"
    }
    public enum Action: String, Sendable, Codable, Comparable {
        case refer, decline

        public static func < (lhs: Action, rhs: Action) -> Bool { lhs == .refer && rhs == .decline }
    }
    public var code: String
    public var fact: String
    public var test: Test
    public var value: String
    public var action: Action
    public var reason: LocalizedName
}

public struct DocumentSpec: Sendable, Hashable, Codable {
    public var code: String
    public var name: LocalizedName
    /// Whether still required on the reduced list for micro enterprises and individual businesses.
    public var reducedList: Bool
}

public struct UnderwritingSpec: Sendable, Hashable, Codable {
    public var rules: [UnderwritingRule]
    public var documents: [DocumentSpec]
    /// How many days an offer stays open for approval after the application (the
    /// `offerValidityDays` attribute of `<underwriting>`); nil when the product does not say,
    /// and `offerValidity` is then the default. Absent from the stored definition when nil, so
    /// products that do not declare it keep their digest.
    public var offerValidityDays: Int?
    /// What underwriters' authority is checked on (the `authorityMeasure` attribute of
    /// `<underwriting>`); nil when the product does not say, and the line's default applies.
    /// Absent from the stored definition when nil, so products that do not declare it keep
    /// their digest.
    public var authorityMeasure: AuthorityMeasure.Kind?

    /// The measure authority is checked on for a product of `line`.
    public func authorityKind(for line: LineOfBusiness) -> AuthorityMeasure.Kind {
        authorityMeasure ?? AuthorityMeasure.Kind.byDefault(for: line)
    }

    /// The default offer validity when a product declares none (documented in the schema).
    public static let defaultOfferValidityDays = 30

    /// The days a referred application stays open for approval.
    public var offerValidity: Int { offerValidityDays ?? Self.defaultOfferValidityDays }

    public init(rules: [UnderwritingRule], documents: [DocumentSpec], offerValidityDays: Int? = nil, authorityMeasure: AuthorityMeasure.Kind? = nil) {
        self.rules = rules
        self.documents = documents
        self.offerValidityDays = offerValidityDays
        self.authorityMeasure = authorityMeasure
    }

    /// The documents an applicant of `segment` must provide.
    public func requiredDocuments(for segment: Segment) -> [DocumentSpec] {
        segment.getsReducedDocumentList ? documents.filter(\.reducedList) : documents
    }
}

public struct ClaimTypeSpec: Sendable, Hashable, Codable {
    public var code: String
    public var coverage: String
    public var name: LocalizedName
    public var requiredDocuments: [String]
}

public struct ClaimsSpec: Sendable, Hashable, Codable {
    public var decisionDays: Int
    public var paymentDays: Int
    public var smallClaimThreshold: Money
    public var smallClaimNoticeWorkingDays: Int
    public var smallClaimCloseDays: Int
    public var documents: [DocumentSpec]
    public var claimTypes: [ClaimTypeSpec]

    public func claimType(_ code: String) -> ClaimTypeSpec? {
        claimTypes.first { $0.code == code }
    }

    public func document(_ code: String) -> DocumentSpec? {
        documents.first { $0.code == code }
    }
}
