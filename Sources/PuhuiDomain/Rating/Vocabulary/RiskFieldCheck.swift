/// Refuses risk fields a product does not declare, so that a misspelt optional field
/// (`theftSumInsrued`) is not silently dropped with the cover it would have added.
public enum RiskFieldCheck {
    /// The column batch rating carries through for each row's own reference.
    public static let batchIdentifier = "id"

    /// A problem for every member of `fields` (and of the items of its lists) that `declared`
    /// does not name and the product does not declare open.
    public static func unknownFields(_ fields: any InputFields, declared: [RiskFieldSpec], open: [String], product: String,
                                     source: String, path: String = "") -> [Diagnostic] {
        guard let members = fields.memberNames() else { return [] }
        var problems: [Diagnostic] = []
        let names = declared.map(\.name)
        for member in members {
            let fullPath = path.isEmpty ? member.name : "\(path).\(member.name)"
            guard let spec = declared.first(where: { $0.name == member.name }) else {
                if path.isEmpty && open.contains(member.name) { continue }
                problems.append(Diagnostic(path: source, line: member.line, column: member.column,
                                           message: "field '\(fullPath)': is not a risk field of \(product)\(NameSuggestion.hintAndList(for: member.name, in: names, what: path.isEmpty ? "fields" : "fields of each item"))"))
                continue
            }
            if spec.kind == .list, !spec.items.isEmpty, case let .items(items) = fields.list(member.name) {
                for (i, item) in items.enumerated() {
                    problems += unknownFields(item, declared: spec.items, open: [], product: product, source: source,
                                              path: "\(fullPath)[\(i + 1)]")
                }
            }
        }
        return problems
    }

    /// A problem for every column of a batch file's header that is neither a declared field (of
    /// the risk or, for per-person products, of its one insured person), nor open, nor `id`.
    public static func unknownColumns(_ header: [CSVLine.Cell], declared: [RiskFieldSpec], open: [String], product: String,
                                      source: String) -> [Diagnostic] {
        var allowed = declared.filter { $0.kind != .list }.map(\.name)
        for list in declared where list.kind == .list { allowed += list.items.map(\.name) }
        allowed += open + [batchIdentifier]
        var problems: [Diagnostic] = []
        for cell in header where !allowed.contains(cell.text) {
            problems.append(Diagnostic(path: source, line: 1, column: cell.column,
                                       message: "column '\(cell.text)': is not a risk field of \(product)\(NameSuggestion.hintAndList(for: cell.text, in: allowed, what: "columns"))"))
        }
        return problems
    }
}

/// A member of a risk object, where it is written.
public struct InputMemberName: Sendable, Hashable {
    public var name: String
    public var line: Int?
    public var column: Int?

    public init(name: String, line: Int?, column: Int?) {
        self.name = name
        self.line = line
        self.column = column
    }
}
