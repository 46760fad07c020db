/// Values a product needs a table to cover: every listed key, and every whole number of each
/// range without a gap.
public struct TableNeed: Sendable {
    public var role: String
    /// Key dimension → values that must be present; a key dimension not listed may take any value
    /// the table has, and each of them must cover the ranges.
    public var keys: [String: [String]]
    public var ranges: [String: ClosedRange<Int64>]
    /// What the product uses the values for, for the message.
    public var reason: String

    public init(role: String, keys: [String: [String]] = [:], ranges: [String: ClosedRange<Int64>] = [:], reason: String) {
        self.role = role
        self.keys = keys
        self.ranges = ranges
        self.reason = reason
    }
}

extension Product {
    /// The main coverage, which every rating module prices.
    func requireMainCoverage() throws(PuhuiError) -> Coverage {
        guard let main = mainCoverage else { throw PuhuiError.invalid("product \(code): no coverage to rate") }
        return main
    }
}

extension ExactDecimal {
    /// This amount in yuan rounded to the fen with `rule`; an amount money cannot hold is an
    /// error naming the product and the step, never a zero.
    func money(_ rule: RoundingRule, _ product: Product, step: String) throws(PuhuiError) -> Money {
        guard let money = Money(yuan: self, rounding: rule) else {
            throw PuhuiError(.invalidInput, "\(product.code) v\(product.version), \(step): the amount exceeds what exact premium arithmetic can hold; a rate, a parameter or the risk is out of range",
                             subject: "product \(product.code) v\(product.version)")
        }
        return money
    }
}

extension Money {
    /// The premium raised to `minimum` when below it, the step recorded.
    func atLeast<W: WorksheetRecorder>(_ minimum: Money, _ worksheet: inout W) -> Money {
        guard self < minimum else { return self }
        worksheet.record(WorksheetStep(name: "Minimum premium", amount: minimum.yuanString, note: "the premium is raised to the product's minimum premium"))
        return minimum
    }
}

/// The dates, rounding and options a rating runs with.
public struct RatingContext: Sendable {
    /// The rating date: product and table versions in force on it.
    public var asOf: CivilDate
    /// When cover starts; ages are taken on this date.
    public var startDate: CivilDate
    public var rounding: RoundingRule

    public init(asOf: CivilDate, startDate: CivilDate, rounding: RoundingRule) {
        self.asOf = asOf
        self.startDate = startDate
        self.rounding = rounding
    }
}

/// What a module adds to a quote beyond the premium.
public struct QuoteDetails: Sendable {
    public var coverages: [QuotedCoverage] = []
    public var insuredPersons: [InsuredPremium]?
    public var buyers: [BuyerLimit]?
    public var pension: PensionProjection?
    public var netPremium: Money?
    public var termMonths: Int = 12
    public var notes: [String] = []

    public init() {}
}

/// The rate tables of a product version in force on the rating date, by role.
public struct ResolvedTables: Sendable {
    public var byRole: [String: RateIndex]

    public init(byRole: [String: RateIndex]) {
        self.byRole = byRole
    }

    public func index(_ role: String, product: Product) throws(PuhuiError) -> RateIndex {
        guard let index = byRole[role] else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): no rate table for role '\(role)' in force")
        }
        return index
    }

    public var versionLabels: [String] {
        Array(Set(byRole.values.map(\.table.versionLabel))).sorted()
    }
}

/// A premium-rating module of one line of business: a pure function of the product version,
/// its rate tables and the risk.
public protocol RatingModule: Sendable {
    associatedtype Risk

    static var line: LineOfBusiness { get }
    /// Every name the module understands, with its meaning.
    static var vocabulary: RatingVocabulary { get }
    /// The values the product needs its tables to cover (checked when the catalog is loaded).
    static func needs(_ product: Product) -> [TableNeed]

    init(product: Product, tables: ResolvedTables) throws(PuhuiError)

    var product: Product { get }

    /// Reads the risk, reporting every problem to `reader`; nil when anything is wrong.
    func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk?
    /// The facts underwriting rules test.
    func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts
    /// The premium, with its steps written to `worksheet` and, when `details` is not nil, the
    /// coverages and line-specific figures of the quote. Throws a `declined` error for a risk the
    /// module refuses, `rateMissing` when a table lacks a row.
    func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet: inout W,
                                     details: inout QuoteDetails?) throws -> Money
}

/// A compiled rating module for one product version and rating date, ready to price many risks.
public protocol Rater: Sendable {
    var product: Product { get }
    var tableVersions: [String] { get }
    /// The risk fields the rater reads (unknown ones are refused).
    var riskFields: [RiskFieldSpec] { get }
    func quote(_ fields: any InputFields, context: RatingContext, source: String) throws -> Quote
    /// Only the premium, for batch rating: no worksheet, no details.
    func premium(_ fields: any InputFields, context: RatingContext, source: String) throws -> Money
    /// The underwriting facts of a risk, without pricing it.
    func facts(_ fields: any InputFields, context: RatingContext, source: String) throws -> UnderwritingFacts
}

/// A module bound to its resolved tables.
public struct BoundRater<Module: RatingModule>: Rater {
    public let module: Module
    public let tableVersions: [String]
    let declineRules: [UnderwritingEngine.CompiledRule]

    init(module: Module, tableVersions: [String]) {
        self.module = module
        self.tableVersions = tableVersions
        declineRules = UnderwritingEngine.declineRules(module.product)
    }
    public var product: Product { module.product }
    public var riskFields: [RiskFieldSpec] { Module.vocabulary.fields }

    func read(_ fields: any InputFields, context: RatingContext, source: String) throws(PuhuiError) -> Module.Risk {
        // A JSON risk names its fields; a batch file's header was checked once.
        if fields.memberNames() != nil {
            let unknown = RiskFieldCheck.unknownFields(fields, declared: riskFields, open: product.rating.openFields ?? [],
                                                       product: "\(product.code) v\(product.version)", source: source)
            if !unknown.isEmpty { throw PuhuiError.riskRejected(unknown) }
        }
        var reader = FieldReader(source: source)
        let risk = module.read(fields, context: context, reader: &reader)
        guard let risk, !reader.failed else { throw PuhuiError.riskRejected(reader.problems) }
        return risk
    }

    /// Refuses a risk one of the product's decline rules excludes, before pricing it.
    func checkDeclineRules(_ risk: Module.Risk, context: RatingContext) throws(PuhuiError) {
        guard !declineRules.isEmpty else { return }
        let facts = module.facts(risk, context: context)
        if let rule = UnderwritingEngine.firstFiring(declineRules, facts) {
            throw PuhuiError.declined("rule \(rule.code): \(rule.reason.en) (\(rule.fact) = \(rule.value))")
        }
    }

    public func quote(_ fields: any InputFields, context: RatingContext, source: String) throws -> Quote {
        let risk = try read(fields, context: context, source: source)
        try checkDeclineRules(risk, context: context)
        var worksheet = RatingWorksheet()
        var details: QuoteDetails? = QuoteDetails()
        let premium = try module.price(risk, context: context, worksheet: &worksheet, details: &details)
        let d = details ?? QuoteDetails()
        let product = module.product
        return Quote(
            id: nil, productCode: product.code, productVersion: product.version, line: product.line,
            asOf: context.asOf, startDate: context.startDate,
            endDate: context.startDate.adding(months: d.termMonths).adding(days: -1),
            premium: premium, coverages: d.coverages, worksheet: worksheet.steps, tableVersions: tableVersions,
            insuredPersons: d.insuredPersons, buyers: d.buyers, pension: d.pension, netPremium: d.netPremium,
            facts: module.facts(risk, context: context), notes: d.notes, authorityMeasure: product.underwriting.authorityKind(for: product.line))
    }

    public func premium(_ fields: any InputFields, context: RatingContext, source: String) throws -> Money {
        let risk = try read(fields, context: context, source: source)
        try checkDeclineRules(risk, context: context)
        var worksheet = NoWorksheet()
        var details: QuoteDetails? = nil
        return try module.price(risk, context: context, worksheet: &worksheet, details: &details)
    }

    public func facts(_ fields: any InputFields, context: RatingContext, source: String) throws -> UnderwritingFacts {
        module.facts(try read(fields, context: context, source: source), context: context)
    }
}

extension Rater {
    /// Refuses a batch file whose header names a column the product does not declare.
    public func checkBatchHeader(_ header: [CSVLine.Cell], source: String) throws(PuhuiError) {
        let unknown = RiskFieldCheck.unknownColumns(header, declared: riskFields, open: product.rating.openFields ?? [],
                                                    product: "\(product.code) v\(product.version)", source: source)
        if !unknown.isEmpty { throw PuhuiError.rejected(unknown) }
    }
}

/// The rating modules: the declarative steps module, and the coded actuarial and export-credit
/// modules, each for its line.
public enum RatingModules {
    public static let coded: [any RatingModule.Type] = [
        ExportCreditRating.self, HealthRating.self, TermLifeRating.self, PensionRating.self,
    ]

    /// Coded modules that the steps module replaced (their products are now written in steps;
    /// `Tests/Fixtures/equality` holds the premiums they gave, which the steps products match).
    public static let retired: [String] = ["property", "liability", "accident"]

    /// The coded module called `name`.
    public static func coded(named name: String) -> (any RatingModule.Type)? {
        coded.first { $0.vocabulary.module == name }
    }

    /// Every module name a product may give: `steps` and the coded modules.
    public static var names: [String] { [RatingModuleName.steps.rawValue] + coded.map { $0.vocabulary.module } }

    /// The rater of `product` bound to its tables.
    public static func rater(for product: Product, tables: ResolvedTables) throws -> any Rater {
        let name = product.rating.module.rawValue
        if product.rating.module == .steps { return try StepsRater(product: product, tables: tables) }
        guard let type = coded(named: name) else {
            if retired.contains(name) {
                throw PuhuiError.invalid("product \(product.code) v\(product.version) was loaded with the coded rating module '\(name)', which the steps module replaced (same premiums to the fen); load a version of the product written with <rating module=\"steps\">")
            }
            throw PuhuiError.invalid("product \(product.code) v\(product.version): unknown rating module '\(name)'")
        }
        return try bind(type, product: product, tables: tables)
    }

    private static func bind<M: RatingModule>(_ type: M.Type, product: Product, tables: ResolvedTables) throws -> any Rater {
        BoundRater(module: try M(product: product, tables: tables), tableVersions: tables.versionLabels)
    }
}

/// The name of a rating module as a product gives it: `steps`, or a coded module's name.
public struct RatingModuleName: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let steps = RatingModuleName("steps")

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
