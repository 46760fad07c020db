/// Everything a rating module understands, declared in code: the table roles it looks up, the
/// parameters it reads, the risk fields a quote may carry, the underwriting facts it provides
/// and the coverages it prices. `catalog validate` refuses any other name in a product file,
/// `quote` any other field in a risk, and `docs/product-reference.md` is written from it.
public struct RatingVocabulary: Sendable {
    /// The module's name as `<rating module="…">` gives it.
    public var module: String
    /// What the module computes, in a few sentences, for the reference.
    public var summary: String
    public var roles: [TableRole]
    public var parameters: [ParameterSpec]
    public var fields: [RiskFieldSpec]
    public var facts: [FactSpec]
    public var coverages: CoverageRule

    public init(module: String, summary: String, roles: [TableRole], parameters: [ParameterSpec], fields: [RiskFieldSpec],
                facts: [FactSpec], coverages: CoverageRule) {
        self.module = module
        self.summary = summary
        self.roles = roles
        self.parameters = parameters
        self.fields = fields
        self.facts = facts
        self.coverages = coverages
    }

    /// The parameter `name` declares, matching prefixed names (`plan-limit-basic`).
    public func parameter(_ name: String) -> ParameterSpec? {
        parameters.first { $0.prefix ? name.hasPrefix($0.name) && name.count > $0.name.count : $0.name == name }
    }

    public func role(_ name: String) -> TableRole? {
        roles.first { $0.role == name }
    }

    public func fact(_ name: String) -> FactSpec? {
        facts.first { $0.name == name }
    }
}

/// A closed interval of decimal values, written `0-0.05` (either bound may be negative).
public struct ValueRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var lower: ExactDecimal
    public var upper: ExactDecimal

    public init(_ lower: ExactDecimal, _ upper: ExactDecimal) {
        self.lower = lower
        self.upper = upper
    }

    /// `0-0.05`, `-0.1-0.2`, `1-1000`; nil for anything else or an empty interval.
    public init?(parsing text: String) {
        let body = text.trimmingCharacters(in: .whitespaces)
        // The separating hyphen is the first one after the first character.
        guard let separator = body.dropFirst().firstIndex(of: "-"),
              let lower = ExactDecimal(parsing: body[..<separator]),
              let upper = ExactDecimal(parsing: body[body.index(after: separator)...]),
              lower <= upper else { return nil }
        self.init(lower, upper)
    }

    public func contains(_ value: ExactDecimal) -> Bool { value >= lower && value <= upper }

    public var description: String { "\(lower)-\(upper)" }

    /// The largest magnitude a value in the range can have.
    public var largestMagnitude: ExactDecimal { max(lower.isNegative ? -lower : lower, upper.isNegative ? -upper : upper) }

    static func of(_ lower: String, _ upper: String) -> ValueRange {
        ValueRange(ExactDecimal(parsing: lower) ?? .zero, ExactDecimal(parsing: upper) ?? .zero)
    }
}

/// What a rating module needs from a product's `<rating>`: a table per role with the
/// dimensions the module looks up.
public struct TableRole: Sendable {
    public var role: String
    public var dimensions: [(name: String, kind: RateTable.Dimension.Kind)]
    public var required: Bool
    /// What the table gives, for the reference and messages.
    public var meaning: String
    /// The plausible values of the table's value column for this role; a table may narrow it
    /// with its own `# value-range:` line.
    public var valueRange: ValueRange
    /// For regulatory checks: the mortality category whose table in force the role must use.
    public var mortalityCategory: String?

    public init(_ role: String, _ dimensions: [(String, RateTable.Dimension.Kind)], required: Bool = true, meaning: String,
                valueRange: ValueRange, mortalityCategory: String? = nil) {
        self.role = role
        self.dimensions = dimensions.map { (name: $0.0, kind: $0.1) }
        self.required = required
        self.meaning = meaning
        self.valueRange = valueRange
        self.mortalityCategory = mortalityCategory
    }

    var dimensionText: String { dimensions.map { "\($0.name):\($0.kind.rawValue)" }.joined(separator: ", ") }
}

public struct ParameterSpec: Sendable {
    public enum Kind: String, Sendable { case money, decimal, integer, key }
    public var name: String
    public var kind: Kind
    public var required: Bool
    public var meaning: String
    public var unit: String
    /// Allowed values (money in yuan); nil leaves only the kind's own rule (amounts not negative).
    public var range: ValueRange?
    /// Allowed keys, for `key` parameters.
    public var keys: [String]?
    /// The name is a prefix: `plan-limit-` matches `plan-limit-basic`.
    public var prefix: Bool
    /// The parameter is a pricing interest rate subject to the regulator's cap for `category`.
    public var pricingInterestCategory: String?

    public init(_ name: String, _ kind: Kind, required: Bool = true, meaning: String, unit: String = "", range: ValueRange? = nil,
                keys: [String]? = nil, prefix: Bool = false, pricingInterestCategory: String? = nil) {
        self.name = name
        self.kind = kind
        self.required = required
        self.meaning = meaning
        self.unit = unit
        self.range = range
        self.keys = keys
        self.prefix = prefix
        self.pricingInterestCategory = pricingInterestCategory
    }

    var displayName: String { prefix ? "\(name)<name>" : name }
}

/// A field of a risk (a JSON member, or a CSV column in batch rating).
public struct RiskFieldSpec: Sendable {
    public enum Kind: String, Sendable {
        case money, integer, decimal, key, date, text, list
    }

    public enum Allowed: Sendable {
        case any
        case values([String])
        case range(lower: Int64, upper: Int64)
        /// The keys a table of the product has in a dimension.
        case tableKeys(role: String, dimension: String)
        /// Described in words (bounds that depend on the product).
        case described(String)
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    public var unit: String
    public var meaning: String
    public var allowed: Allowed
    /// For lists: the fields of each item.
    public var items: [RiskFieldSpec]

    public init(_ name: String, _ kind: Kind, required: Bool = true, unit: String = "", meaning: String, allowed: Allowed = .any,
                items: [RiskFieldSpec] = []) {
        self.name = name
        self.kind = kind
        self.required = required
        self.unit = unit
        self.meaning = meaning
        self.allowed = allowed
        self.items = items
    }

    /// `startDate`, which every risk may carry.
    public static let startDate = RiskFieldSpec("startDate", .date, required: false, unit: "YYYY-MM-DD",
                                                meaning: "when cover starts; ages are taken on it (default: the rating date)")

    /// The fields of an insured person, as the per-person modules read them. An application
    /// fills birth date, sex and party from the registry, so every per-person risk accepts them.
    public static func insuredPerson(sex: Bool, extra: [RiskFieldSpec] = []) -> [RiskFieldSpec] {
        [
            RiskFieldSpec("birthDate", .date, required: false, unit: "YYYY-MM-DD", meaning: "the insured person's birth date (or give age)"),
            RiskFieldSpec("age", .integer, required: false, unit: "years", meaning: "age at the start of cover, when no birth date is given",
                          allowed: .range(lower: 0, upper: 120)),
            RiskFieldSpec("sex", .key, required: sex, meaning: "the insured person's sex", allowed: .values(["female", "male"])),
            RiskFieldSpec("party", .text, required: false, meaning: "the registered party (P-000001); an application sets it with birth date and sex"),
        ] + extra
    }
}

/// An underwriting fact a module provides for `<rule fact="…">`.
public struct FactSpec: Sendable {
    public enum Kind: String, Sendable { case number, key }
    public var name: String
    public var kind: Kind
    public var meaning: String
    public var unit: String
    /// One value per insured person or buyer (a rule fires when any of them meets the test).
    public var perItem: Bool

    public init(_ name: String, _ kind: Kind, meaning: String, unit: String = "", perItem: Bool = false) {
        self.name = name
        self.kind = kind
        self.meaning = meaning
        self.unit = unit
        self.perItem = perItem
    }
}

/// Which of a product's coverages a module prices.
public enum CoverageRule: Sendable {
    /// Exactly one coverage, with what it is.
    case one(String)
    /// Every coverage the product lists, priced together as described.
    case all(String)
    /// As the product's own `<premium>` parts declare (the steps module).
    case declared

    var text: String {
        switch self {
        case let .one(what): "exactly one coverage: \(what)"
        case let .all(what): "every coverage of the product: \(what)"
        case .declared: "each coverage priced by a `<part>` of the product's `<premium>`"
        }
    }
}
