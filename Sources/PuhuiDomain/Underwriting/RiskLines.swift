/// A risk document as a person reads it: one line per value, named by its path
/// (`buyers[1].country: DE`), in the order the document gives them.
public enum RiskLines {
    public struct Line: Sendable, Hashable, Codable {
        public var field: String
        public var value: String

        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
    }

    /// The lines of `text`; a document that does not parse is one line saying so (it was
    /// accepted when the application was made, so this means the stored text was changed).
    public static func lines(_ text: String) -> [Line] {
        let value: JSONValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            return [Line(field: "risk", value: "unreadable at line \(error.line): \(error.message)")]
        }
        var lines: [Line] = []
        flatten(value, path: "", into: &lines)
        return lines
    }

    static func flatten(_ value: JSONValue, path: String, into lines: inout [Line]) {
        switch value {
        case let .object(members, keys, _, _):
            if keys.isEmpty { lines.append(Line(field: path.isEmpty ? "risk" : path, value: "{}")) }
            for key in keys {
                guard let member = members[key] else { continue }
                flatten(member, path: path.isEmpty ? key : "\(path).\(key)", into: &lines)
            }
        case let .array(items, _, _):
            if items.isEmpty { lines.append(Line(field: path, value: "[]")) }
            for (index, item) in items.enumerated() { flatten(item, path: "\(path)[\(index + 1)]", into: &lines) }
        case .null:
            lines.append(Line(field: path, value: "null"))
        default:
            lines.append(Line(field: path, value: value.scalarText ?? ""))
        }
    }
}
