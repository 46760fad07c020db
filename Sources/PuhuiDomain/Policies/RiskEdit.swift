/// Changes to a stored risk (JSON) made by servicing, not by a person typing a new file: the
/// insured list of a group growing or shrinking, and the loss-history field set from the
/// policy's own claims at renewal. The result is compact JSON with the members in their order.
public enum RiskEdit {
    /// `text` with member `field` of the top-level object set to `value` (added at the end
    /// when absent).
    public static func setting(_ field: String, to value: JSONValue, in text: String, source: String) throws -> String {
        var (members, keys) = try object(text, source: source)
        if members[field] == nil { keys.append(field) }
        members[field] = value
        return JSONValue.object(members, keys: keys, line: 1, column: 1).compactText
    }

    /// `text` with a person appended to its `insured` list for each of `persons` (their extra
    /// fields as strings). A risk that lists no insured persons gets a list only when a joining
    /// person has fields: one empty entry for each of the `existing` persons, then the new ones.
    public static func addingInsured(_ persons: [[String: String]], existing: Int, to text: String, source: String) throws -> String {
        var (members, keys) = try object(text, source: source)
        var items: [JSONValue] = []
        if let listed = members["insured"] {
            guard case let .array(values, _, _) = listed else {
                throw PuhuiError.riskRejected([Diagnostic(path: source, line: listed.line, message: "field 'insured': must be a list of objects")])
            }
            items = values
        }
        if items.isEmpty && persons.allSatisfy({ $0.isEmpty }) { return text }
        if items.isEmpty { items = Array(repeating: .object([:], keys: [], line: 1, column: 1), count: existing) }
        for fields in persons {
            let keys = fields.keys.sorted()
            items.append(.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.string(fields[$0] ?? "", line: 1, column: 1)) }),
                                 keys: keys, line: 1, column: 1))
        }
        if members["insured"] == nil { keys.append("insured") }
        members["insured"] = .array(items, line: 1, column: 1)
        return JSONValue.object(members, keys: keys, line: 1, column: 1).compactText
    }

    /// `text` without the insured persons at `positions` (from 1) of its `insured` list.
    public static func removingInsured(positions: Set<Int>, from text: String, source: String) throws -> String {
        var (members, keys) = try object(text, source: source)
        guard let listed = members["insured"], case let .array(values, _, _) = listed, !values.isEmpty else { return text }
        members["insured"] = .array(values.enumerated().filter { !positions.contains($0.offset + 1) }.map(\.element), line: 1, column: 1)
        if !keys.contains("insured") { keys.append("insured") }
        return JSONValue.object(members, keys: keys, line: 1, column: 1).compactText
    }

    static func object(_ text: String, source: String) throws -> ([String: JSONValue], [String]) {
        let value: JSONValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: error.line, column: error.column, message: error.message)])
        }
        guard case let .object(members, keys, _, _) = value else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: value.line, message: "a risk must be a JSON object, not \(value.kindName)")])
        }
        return (members, keys)
    }
}

extension JSONValue {
    /// The value as compact JSON text: object members in the order they were written, numbers
    /// exactly as written, strings escaped as RFC 8259 requires. Reading the text back gives the
    /// same value (at other positions).
    public var compactText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case let .object(members, keys, _, _):
            out += "{"
            var first = true
            for key in keys {
                guard let value = members[key] else { continue }
                if !first { out += "," }
                first = false
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        case let .array(values, _, _):
            out += "["
            for (i, value) in values.enumerated() {
                if i > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case let .string(text, _, _): JSONValue.writeString(text, to: &out)
        case let .number(text, _, _): out += text
        case let .bool(value, _, _): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped (RFC 8259).
    public static func quoted(_ text: String) -> String {
        var out = ""
        writeString(text, to: &out)
        return out
    }

    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
