/// The value of a risk field as a steps product reads it.
enum StepValue: Sendable {
    case absent
    case money(Money)
    case integer(Int64)
    case decimal(ExactDecimal)
    /// The position of the key among the field's values.
    case key(Int)
    case date(CivilDate)
    case text(String)

    var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// The value as a number (money in yuan), for arithmetic and numeric facts.
    @inline(__always)
    var number: ExactDecimal? {
        switch self {
        case let .money(money): money.yuan
        case let .integer(value): ExactDecimal(value)
        case let .decimal(value): value
        default: nil
        }
    }

    /// The whole number a range dimension is looked up with: money in whole yuan (truncated).
    @inline(__always)
    var wholeNumber: Int64? {
        switch self {
        case let .money(money): money.fen / 100
        case let .integer(value): value
        case let .decimal(value): Int64(exactly: value.roundedToInteger(.down))
        default: nil
        }
    }
}

/// An insured person of a steps risk: age (and sex, party) as every per-person product reads
/// them, and the person fields the product declares.
struct StepsPerson: Sendable {
    var input: InsuredPersonInput
    var values: [StepValue]
}

/// A risk read by a steps product: its top-level field values in declaration order and its
/// insured persons.
struct StepsRisk: Sendable {
    var values: [StepValue]
    var persons: [StepsPerson]
}

/// How one declared field is read, prepared once per rater (a class: the rating loop passes a
/// reference, not a copy of its strings and arrays).
final class FieldPlan: Sendable {
    let name: String
    let kind: StepField.Kind
    let required: Bool
    let defaultValue: StepValue
    let values: [String]
    /// The values offered in a message (those no decline rule refuses), sorted.
    let offered: String
    let lowerInteger: Int64?
    let upperInteger: Int64?
    let lowerDecimal: ExactDecimal?
    let upperDecimal: ExactDecimal?
    /// The coverage whose amount the field is.
    let coverage: Coverage?
    /// The deductible options the field chooses from.
    let deductibleOptions: [Money]?
    let fact: String?

    init(_ field: StepField, product: Product) {
        name = field.name
        kind = field.kind
        values = field.values ?? []
        fact = field.fact
        let declined = field.fact.map { product.declinedKeys(fact: $0) } ?? []
        offered = values.filter { !declined.contains($0) }.sorted().joined(separator: ", ")
        lowerInteger = field.min.flatMap { Int64($0) }
        upperInteger = field.max.flatMap { Int64($0) }
        lowerDecimal = field.min.flatMap { ExactDecimal(parsing: $0) }
        upperDecimal = field.max.flatMap { ExactDecimal(parsing: $0) }
        coverage = field.amountOf.flatMap { product.coverage($0) }
        let options = field.deductibleOf.flatMap { product.coverage($0) }?.deductible.options
        deductibleOptions = options
        // A deductible choice not given takes the first option, unless the product requires it.
        required = field.required
        var fallback = StepValue.absent
        if let text = field.defaultValue {
            fallback = FieldPlan.parse(text, kind: field.kind, values: field.values ?? []) ?? .absent
        } else if let first = options?.first, !field.required {
            fallback = .money(first)
        }
        defaultValue = fallback
    }

    static func parse(_ text: String, kind: StepField.Kind, values: [String]) -> StepValue? {
        switch kind {
        case .money: Money(yuan: text).flatMap { $0.fen >= 0 ? .money($0) : nil }
        case .integer: Int64(text).map { .integer($0) }
        case .decimal: ExactDecimal(parsing: text).map { .decimal($0) }
        case .key: values.firstIndex(of: text).map { .key($0) }
        case .date: CivilDate(iso: text).map { .date($0) }
        case .text: .text(text)
        }
    }

    /// Reads the field from `fields`, reporting problems at `path` as the coded modules did.
    func read(_ fields: any InputFields, path: String, reader: inout FieldReader) -> StepValue {
        let text: String, line: Int?, column: Int?
        switch fields.scalar(name) {
        case .absent:
            if required { reader.fail(path, "is missing", line: fields.line) }
            return defaultValue
        case let .wrongKind(found, l, c):
            reader.fail(path, "must be a single value, not \(found)", line: l, column: c)
            return .absent
        case let .value(t, l, c):
            (text, line, column) = (t, l, c)
        }
        switch kind {
        case .money:
            guard let money = Money(yuan: text), money.fen >= 0 else {
                reader.fail(path, "'\(text)' is not an amount in yuan (such as 800000 or 1234.50)", line: line, column: column)
                return .absent
            }
            if let coverage, !coverage.amount.allows(money) {
                reader.fail(path, "\(money.yuanString) is not an allowed amount for \(coverage.code) (\(coverage.amount.allowedDescription))", line: fields.line)
            }
            if let options = deductibleOptions, !options.isEmpty, !options.contains(money) {
                reader.fail(path, "\(money.yuanString) is not one of \(options.map(\.yuanString).joined(separator: ", "))", line: fields.line)
            }
            if !within(money.yuan) { reader.fail(path, "\(money.yuanString) is outside the allowed \(boundsText)", line: line, column: column) }
            return .money(money)
        case .integer:
            guard let value = Int64(text) else {
                reader.fail(path, "'\(text)' is not a whole number", line: line, column: column)
                return .absent
            }
            if let lowerInteger, value < lowerInteger { reader.fail(path, "\(value) is outside the allowed \(boundsText)", line: line, column: column); return .absent }
            if let upperInteger, value > upperInteger { reader.fail(path, "\(value) is outside the allowed \(boundsText)", line: line, column: column); return .absent }
            return .integer(value)
        case .decimal:
            guard let value = ExactDecimal(parsing: text) else {
                reader.fail(path, "'\(text)' is not a decimal number", line: line, column: column)
                return .absent
            }
            if !within(value) { reader.fail(path, "\(value) is outside the allowed \(boundsText)", line: line, column: column) }
            return .decimal(value)
        case .key:
            for i in 0..<values.count where values[i] == text { return .key(i) }
            reader.fail(path, "'\(text)' is not one of \(offered)", line: line, column: column)
            return .absent
        case .date:
            guard let date = CivilDate(iso: text) else {
                reader.fail(path, "'\(text)' is not a date YYYY-MM-DD", line: line, column: column)
                return .absent
            }
            return .date(date)
        case .text:
            return .text(text)
        }
    }

    private func within(_ value: ExactDecimal) -> Bool {
        (lowerDecimal.map { value >= $0 } ?? true) && (upperDecimal.map { value <= $0 } ?? true)
    }

    private var boundsText: String {
        "\(lowerDecimal?.description ?? "0") to \(upperDecimal?.description ?? "any")"
    }

    /// The value as a fact's text (keys) or number.
    func factValue(_ value: StepValue) -> (number: ExactDecimal?, key: String?) {
        switch value {
        case let .key(index): (nil, values[index])
        case let .text(text): (nil, text)
        case let .date(date): (nil, date.description)
        case .absent: (nil, nil)
        default: (value.number, nil)
        }
    }

    /// The value as text for worksheets and keys.
    func text(_ value: StepValue) -> String {
        switch value {
        case .absent: ""
        case let .money(money): money.yuanString
        case let .integer(v): String(v)
        case let .decimal(v): v.description
        case let .key(index): values[index]
        case let .date(date): date.description
        case let .text(text): text
        }
    }
}
