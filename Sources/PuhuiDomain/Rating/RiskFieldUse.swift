/// Finds the fields of a JSON risk that rating never reads: a misspelt optional field
/// (`theftSumInsure` for `theftSumInsured`) would otherwise be ignored without a word and the
/// quote priced without the cover the sender asked for. Rating runs on fields that remember
/// every name asked for; whatever the risk holds besides is a risk problem at its line and
/// column, with the nearest name rating does read.
public enum RiskFieldUse {
    /// Runs `rate` on `fields`, and refuses the risk if it holds fields `rate` never asked for
    /// (nor `alsoRead`, read before). Their problems join the risk's other problems when
    /// rating refuses the risk anyway; a decline or a missing rate caused by a risk with
    /// unread fields is reported as those fields instead, since they are the first thing to fix.
    public static func checking<T>(_ fields: JSONInputFields, source: String, alsoRead: [String] = [],
                                   _ rate: (any InputFields) throws -> T) throws -> T {
        let asked = AskedNames()
        asked.names.formUnion(alsoRead)
        let result: Result<T, any Error>
        do {
            result = .success(try rate(TrackedFields(base: fields, prefix: "", asked: asked)))
        } catch {
            result = .failure(error)
        }
        var unused: [Diagnostic] = []
        collectUnused(fields, prefix: "", asked: asked, source: source, into: &unused)
        unused.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        switch result {
        case let .success(value):
            if unused.isEmpty { return value }
            throw PuhuiError.riskRejected(unused)
        case let .failure(error as PuhuiError) where !unused.isEmpty && error.code == .invalidInput && error.field == "risk":
            var all = DiagnosticCollector()
            for diagnostic in error.diagnostics + unused { all.emit(diagnostic) }
            throw PuhuiError.riskRejected(all.sorted)
        case let .failure(error as PuhuiError) where !unused.isEmpty && (error.code == .declined || error.code == .rateMissing):
            throw PuhuiError.riskRejected(unused)
        case let .failure(error):
            throw error
        }
    }

    static func collectUnused(_ fields: JSONInputFields, prefix: String, asked: AskedNames, source: String, into problems: inout [Diagnostic]) {
        for (name, value) in fields.members {
            let path = prefix + name
            if case .null = value { continue }
            guard asked.names.contains(path) else {
                problems.append(Diagnostic(path: source, line: value.line, column: value.column,
                                           message: "field '\(path)' is not used in rating this product\(hint(for: name, prefix: prefix, asked: asked))"))
                continue
            }
            if case let .array(items, _, _) = value {
                for (index, item) in items.enumerated() {
                    if let itemFields = JSONInputFields(item) {
                        collectUnused(itemFields, prefix: "\(path)[\(index + 1)].", asked: asked, source: source, into: &problems)
                    }
                }
            }
        }
    }

    /// `; did you mean 'theftSumInsured'?` when a name read at the same level is close, else
    /// the names read there.
    static func hint(for name: String, prefix: String, asked: AskedNames) -> String {
        let siblings = asked.names.compactMap { path -> String? in
            guard path.hasPrefix(prefix) else { return nil }
            let rest = path.dropFirst(prefix.count)
            return rest.contains(".") || rest.contains("[") ? nil : String(rest)
        }.sorted()
        let lowered = name.lowercased()
        let near = siblings.map { ($0, editDistance(lowered, $0.lowercased())) }
            .filter { $0.1 <= max(1, min(3, name.count / 4)) }
            .min { $0.1 < $1.1 }
        if let near { return "; did you mean '\(near.0)'?" }
        return siblings.isEmpty ? "" : " (it reads \(siblings.joined(separator: ", ")))"
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from a to b.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// The field paths asked for while rating one risk (`sumInsured`, `insured[2].sex`).
final class AskedNames {
    var names: Set<String> = []
}

/// JSON risk fields that record every name asked for, in lists too.
struct TrackedFields: InputFields {
    let base: JSONInputFields
    let prefix: String
    let asked: AskedNames

    var line: Int? { base.line }

    func scalar(_ name: String) -> InputScalar {
        asked.names.insert(prefix + name)
        return base.scalar(name)
    }

    func list(_ name: String) -> InputList {
        asked.names.insert(prefix + name)
        guard case let .items(items) = base.list(name) else { return base.list(name) }
        return .items(items.enumerated().map { index, item in
            guard let fields = item as? JSONInputFields else { return item }
            return TrackedFields(base: fields, prefix: "\(prefix)\(name)[\(index + 1)].", asked: asked)
        })
    }
}
