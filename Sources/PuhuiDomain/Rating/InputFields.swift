/// The fields of a risk as the rating modules read them, whether they come from a JSON file or
/// from a row of a batch CSV file.
public protocol InputFields {
    /// The scalar field `name`: absent (missing or null), present, or of the wrong kind.
    func scalar(_ name: String) -> InputScalar
    /// The list of objects `name`, nil when absent.
    func list(_ name: String) -> InputList
    /// Where these fields start (a JSON object or a CSV row).
    var line: Int? { get }
    /// The names given, in order, where each is written; nil when the names are checked
    /// elsewhere (a batch file's header is checked once, not on every row).
    func memberNames() -> [InputMemberName]?
}

public enum InputScalar {
    case absent
    case value(String, line: Int?, column: Int?)
    /// Present but not a scalar (an object or a list): the kind found.
    case wrongKind(String, line: Int?, column: Int?)
}

public enum InputList {
    case absent
    case items([any InputFields])
    case wrongKind(String, line: Int?, column: Int?)
}

/// Risk fields backed by a JSON object.
public struct JSONInputFields: InputFields {
    let members: [String: JSONValue]
    let keys: [String]
    public let line: Int?

    public init?(_ value: JSONValue) {
        guard case let .object(members, keys, line, _) = value else { return nil }
        self.members = members
        self.keys = keys
        self.line = line
    }

    public func memberNames() -> [InputMemberName]? {
        keys.map { key in InputMemberName(name: key, line: members[key]?.line, column: members[key]?.column) }
    }

    public func scalar(_ name: String) -> InputScalar {
        guard let value = members[name] else { return .absent }
        if case .null = value { return .absent }
        if let text = value.scalarText { return .value(text, line: value.line, column: value.column) }
        return .wrongKind(value.kindName, line: value.line, column: value.column)
    }

    public func list(_ name: String) -> InputList {
        guard let value = members[name] else { return .absent }
        switch value {
        case .null: return .absent
        case let .array(items, line, column):
            var result: [any InputFields] = []
            for item in items {
                guard let fields = JSONInputFields(item) else { return .wrongKind("a list of \(item.kindName)", line: line, column: column) }
                result.append(fields)
            }
            return .items(result)
        default:
            return .wrongKind(value.kindName, line: value.line, column: value.column)
        }
    }
}

/// Risk fields backed by one CSV row: every column is a scalar; a per-person line reads the
/// row itself as its one insured person.
public struct CSVRowInputFields: InputFields {
    let columns: [String: Int]
    let cells: [Substring]
    public let line: Int?

    public init(columns: [String: Int], cells: [Substring], line: Int) {
        self.columns = columns
        self.cells = cells
        self.line = line
    }

    public func scalar(_ name: String) -> InputScalar {
        guard let index = columns[name], index < cells.count else { return .absent }
        let cell = cells[index]
        if cell.isEmpty { return .absent }
        return .value(String(cell), line: line, column: nil)
    }

    public func list(_ name: String) -> InputList {
        .items([self])
    }

    public func memberNames() -> [InputMemberName]? { nil }
}

/// Reads typed values from risk fields, collecting every problem with the field's path, line
/// and the values it allows, instead of stopping at the first.
public struct FieldReader {
    public let source: String
    public private(set) var problems: [Diagnostic] = []

    public init(source: String) {
        self.source = source
    }

    public var failed: Bool { !problems.isEmpty }

    public mutating func fail(_ path: String, _ message: String, line: Int? = nil, column: Int? = nil) {
        problems.append(Diagnostic(path: source, line: line, column: column, message: "field '\(path)': \(message)"))
    }

    /// Text of a required (or optional) scalar.
    public mutating func text(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true) -> (String, Int?, Int?)? {
        let path = path ?? name
        switch fields.scalar(name) {
        case .absent:
            if required { fail(path, "is missing", line: fields.line) }
            return nil
        case let .wrongKind(kind, line, column):
            fail(path, "must be a single value, not \(kind)", line: line, column: column)
            return nil
        case let .value(text, line, column):
            return (text, line, column)
        }
    }

    public mutating func money(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true) -> Money? {
        let path = path ?? name
        guard let (text, line, column) = text(fields, name, path: path, required: required) else { return nil }
        guard let money = Money(yuan: text), money.fen >= 0 else {
            fail(path, "'\(text)' is not an amount in yuan (such as 800000 or 1234.50)", line: line, column: column)
            return nil
        }
        return money
    }

    public mutating func integer(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true,
                                 allowed range: ClosedRange<Int>? = nil) -> Int? {
        let path = path ?? name
        guard let (text, line, column) = text(fields, name, path: path, required: required) else { return nil }
        guard let value = Int(text) else {
            fail(path, "'\(text)' is not a whole number", line: line, column: column)
            return nil
        }
        if let range, !range.contains(value) {
            fail(path, "\(value) is outside the allowed \(range.lowerBound) to \(range.upperBound)", line: line, column: column)
            return nil
        }
        return value
    }

    /// A key among `allowed`; `accepted` keys are taken too without being offered (values a
    /// decline rule refuses, so that the rule gives the reason).
    public mutating func key(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true,
                             allowed: [String], accepted: [String] = []) -> String? {
        let path = path ?? name
        guard let (text, line, column) = text(fields, name, path: path, required: required) else { return nil }
        guard allowed.contains(text) || accepted.contains(text) else {
            fail(path, "'\(text)' is not one of \(allowed.joined(separator: ", "))", line: line, column: column)
            return nil
        }
        return text
    }

    public mutating func date(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true) -> CivilDate? {
        let path = path ?? name
        guard let (text, line, column) = text(fields, name, path: path, required: required) else { return nil }
        guard let date = CivilDate(iso: text) else {
            fail(path, "'\(text)' is not a date YYYY-MM-DD", line: line, column: column)
            return nil
        }
        return date
    }

    public mutating func decimal(_ fields: any InputFields, _ name: String, path: String? = nil, required: Bool = true) -> ExactDecimal? {
        let path = path ?? name
        guard let (text, line, column) = text(fields, name, path: path, required: required) else { return nil }
        guard let value = ExactDecimal(parsing: text) else {
            fail(path, "'\(text)' is not a decimal number", line: line, column: column)
            return nil
        }
        return value
    }

    /// The objects of list `name`; a missing required list is a problem.
    public mutating func list(_ fields: any InputFields, _ name: String, required: Bool = true) -> [any InputFields]? {
        switch fields.list(name) {
        case .absent:
            if required { fail(name, "is missing", line: fields.line) }
            return nil
        case let .wrongKind(kind, line, column):
            fail(name, "must be a list of objects, not \(kind)", line: line, column: column)
            return nil
        case let .items(items):
            if items.isEmpty && required { fail(name, "must not be empty", line: fields.line) }
            return items
        }
    }

    /// Checks `amount` against a coverage's bounds.
    public mutating func check(_ amount: Money, within coverage: Coverage, path: String, line: Int? = nil) -> Bool {
        if coverage.amount.allows(amount) { return true }
        fail(path, "\(amount.yuanString) is not an allowed amount for \(coverage.code) (\(coverage.amount.allowedDescription))", line: line)
        return false
    }
}
