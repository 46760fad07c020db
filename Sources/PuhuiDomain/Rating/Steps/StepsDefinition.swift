/// The rating of a product written in its XML file (`<rating module="steps">`): the risk fields
/// a quote carries, and the premium as ordered steps per part (a coverage or several), each a
/// line of the worksheet. Stored with the product, so a version keeps its own steps.
public struct StepsDefinition: Sendable, Hashable, Codable {
    public var fields: [StepField]
    public var persons: PersonsSpec?
    public var checks: [RiskCheckSpec]
    public var term: TermSpec?
    public var parts: [PremiumPart]
    public var total: TotalSpec?

    public init(fields: [StepField], persons: PersonsSpec?, checks: [RiskCheckSpec], term: TermSpec?, parts: [PremiumPart], total: TotalSpec?) {
        self.fields = fields
        self.persons = persons
        self.checks = checks
        self.term = term
        self.parts = parts
        self.total = total
    }

    public func field(_ name: String) -> StepField? {
        fields.first { $0.name == name }
    }

    public func personField(_ name: String) -> StepField? {
        persons?.fields.first { $0.name == name }
    }
}

/// A risk field of a steps product.
public struct StepField: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case money, integer, decimal, key, date, text
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    /// The value taken when an optional field is absent.
    public var defaultValue: String?
    /// The keys a `key` field allows.
    public var values: [String]?
    /// Bounds of an `integer` or `decimal` field (money: of the amount in yuan).
    public var min: String?
    public var max: String?
    /// The field is the amount (sum insured, limit, benefit) of this coverage: checked against
    /// its allowed amounts; an optional coverage is chosen by giving it.
    public var amountOf: String?
    /// The field chooses among this coverage's deductible options (default: the first).
    public var deductibleOf: String?
    /// The underwriting fact the field provides.
    public var fact: String?
    public var unit: String?
    public var meaning: String?
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey {
        case name, kind, required, defaultValue, values, min, max, amountOf, deductibleOf, fact, unit, meaning
    }

    public init(name: String, kind: Kind, required: Bool = true, defaultValue: String? = nil, values: [String]? = nil,
                min: String? = nil, max: String? = nil, amountOf: String? = nil, deductibleOf: String? = nil, fact: String? = nil,
                unit: String? = nil, meaning: String? = nil, spot: SourceSpot = SourceSpot()) {
        self.name = name
        self.kind = kind
        self.required = required
        self.defaultValue = defaultValue
        self.values = values
        self.min = min
        self.max = max
        self.amountOf = amountOf
        self.deductibleOf = deductibleOf
        self.fact = fact
        self.unit = unit
        self.meaning = meaning
        self.spot = spot
    }
}

/// The insured persons of a per-person product: a list in the risk (in batch rating the row
/// itself is its one person), each with a birth date or age, optionally sex, and the fields
/// declared here.
public struct PersonsSpec: Sendable, Hashable, Codable {
    /// Whether each person's sex must be given (an application always gives it from the registry).
    public enum SexUse: String, Sendable, Hashable, Codable { case required, optional }
    public var list: String
    public var min: Int
    public var max: Int
    public var sex: SexUse
    /// Facts: the number of persons, each person's age, each person's sex.
    public var countFact: String?
    public var ageFact: String?
    public var sexFact: String?
    public var fields: [StepField]
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case list, min, max, sex, countFact, ageFact, sexFact, fields }

    public init(list: String, min: Int, max: Int, sex: SexUse, countFact: String?, ageFact: String?, sexFact: String?,
                fields: [StepField], spot: SourceSpot = SourceSpot()) {
        self.list = list
        self.min = min
        self.max = max
        self.sex = sex
        self.countFact = countFact
        self.ageFact = ageFact
        self.sexFact = sexFact
        self.fields = fields
        self.spot = spot
    }
}

/// A rule across fields a risk must meet, refused with its reason (not a decline).
public struct RiskCheckSpec: Sendable, Hashable, Codable {
    public var field: String
    public var atLeast: String?
    public var atMost: String?
    /// Applies only when this field is given.
    public var when: String?
    public var reason: String
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case field, atLeast, atMost, when, reason }

    public init(field: String, atLeast: String?, atMost: String?, when: String?, reason: String, spot: SourceSpot = SourceSpot()) {
        self.field = field
        self.atLeast = atLeast
        self.atMost = atMost
        self.when = when
        self.reason = reason
        self.spot = spot
    }
}

/// How long a policy runs: fixed months, a field's months, or months looked up in a table.
public struct TermSpec: Sendable, Hashable, Codable {
    public var months: Int?
    public var field: String?
    public var lookup: Operand?
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case months, field, lookup }

    public init(months: Int?, field: String?, lookup: Operand?, spot: SourceSpot = SourceSpot()) {
        self.months = months
        self.field = field
        self.lookup = lookup
        self.spot = spot
    }
}

/// One part of the premium: the steps that price one coverage (or several together), ending
/// in an amount rounded to the fen. A part of an optional coverage runs only when the risk
/// gives the coverage's amount.
public struct PremiumPart: Sendable, Hashable, Codable {
    public var coverages: [String]
    /// Runs only when this field is given (default: the amount field of an optional coverage).
    public var when: String?
    public var steps: [PremiumStep]
    /// The coverage's aggregate limit for the policy year, computed by its own steps.
    public var aggregate: [PremiumStep]?
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case coverages, when, steps, aggregate }

    public init(coverages: [String], when: String?, steps: [PremiumStep], aggregate: [PremiumStep]?, spot: SourceSpot = SourceSpot()) {
        self.coverages = coverages
        self.when = when
        self.steps = steps
        self.aggregate = aggregate
        self.spot = spot
    }
}

/// The steps applied to the sum of the parts (a minimum premium for the whole policy).
public struct TotalSpec: Sendable, Hashable, Codable {
    public var label: String?
    public var steps: [PremiumStep]
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case label, steps }

    public init(label: String?, steps: [PremiumStep], spot: SourceSpot = SourceSpot()) {
        self.label = label
        self.steps = steps
        self.spot = spot
    }
}

/// One step of a premium: each writes a worksheet line.
public struct PremiumStep: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Starts the running amount from an operand.
        case amount
        /// Multiplies the running amount by an operand (`complement`: by 1 − the operand).
        case multiply
        /// Adds the result of nested steps (which start with their own `amount`).
        case add
        /// Runs nested steps for each insured person (persons alike are priced once) and sums
        /// their premiums, each rounded to the fen.
        case eachPerson
        /// Rounds the running amount to the fen.
        case round
        /// Raises the premium to at least the operand.
        case minimum
        /// Lowers the premium to at most the operand.
        case maximum
    }

    public var kind: Kind
    public var label: String?
    public var operand: Operand?
    public var complement: Bool?
    public var rule: RoundingRule?
    public var steps: [PremiumStep]?
    /// The step runs only when this risk field is given (`add` of an optional amount).
    public var when: String?
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case kind, label, operand, complement, rule, steps, when }

    public init(kind: Kind, label: String? = nil, operand: Operand? = nil, complement: Bool? = nil, rule: RoundingRule? = nil,
                steps: [PremiumStep]? = nil, when: String? = nil, spot: SourceSpot = SourceSpot()) {
        self.kind = kind
        self.when = when
        self.label = label
        self.operand = operand
        self.complement = complement
        self.rule = rule
        self.steps = steps
        self.spot = spot
    }
}

/// What a step takes its number from: a risk field, a parameter, a constant, the number of
/// insured persons, or a rate table looked up by keys.
public struct Operand: Sendable, Hashable, Codable {
    public var field: String?
    public var parameter: String?
    public var value: String?
    /// `persons`: the number of insured persons.
    public var count: String?
    /// A table role of the product.
    public var table: String?
    public var keys: [LookupKey]?

    public init(field: String? = nil, parameter: String? = nil, value: String? = nil, count: String? = nil, table: String? = nil,
                keys: [LookupKey]? = nil) {
        self.field = field
        self.parameter = parameter
        self.value = value
        self.count = count
        self.table = table
        self.keys = keys
    }

    /// `field sumInsured`, `table base-rate`, for messages.
    var text: String {
        if let field { return "field \(field)" }
        if let parameter { return "parameter \(parameter)" }
        if let table { return "table \(table)" }
        if let count { return "the number of \(count)" }
        return "value \(value ?? "")"
    }
}

/// The value one dimension of a table is looked up with.
public struct LookupKey: Sendable, Hashable, Codable {
    public var dimension: String
    public var field: String?
    public var value: String?
    /// `persons`: the number of insured persons.
    public var count: String?
    public var spot = SourceSpot()

    enum CodingKeys: String, CodingKey { case dimension, field, value, count }

    public init(dimension: String, field: String? = nil, value: String? = nil, count: String? = nil, spot: SourceSpot = SourceSpot()) {
        self.dimension = dimension
        self.field = field
        self.value = value
        self.count = count
        self.spot = spot
    }
}
