/// A risk as a person or a system writes it: a JSON object of the fields the product's rating
/// module reads.
public enum RiskInput {
    /// Parses risk JSON text, reporting syntax errors at their line and column in `source`.
    public static func parse(_ text: String, source: String) throws -> JSONInputFields {
        let value: JSONValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: error.line, column: error.column, message: error.message)])
        }
        guard let fields = JSONInputFields(value) else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: value.line, column: value.column, message: "the risk must be a JSON object, not \(value.kindName)")])
        }
        return fields
    }

    /// The fields of a risk already read as JSON; anything but an object is a risk problem at
    /// its line and column in `source`.
    public static func fields(_ value: JSONValue, source: String) throws -> JSONInputFields {
        guard let fields = JSONInputFields(value) else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: value.line, column: value.column, message: "the risk must be a JSON object, not \(value.kindName)")])
        }
        return fields
    }

    /// The risk held in field `name` of the JSON document `text` (such as an HTTP request body
    /// that names a product and carries a risk). Syntax errors, and a risk that is missing or
    /// not an object, are risk problems located in the document, so that line and column point
    /// to what the sender wrote.
    public static func member(_ name: String, ofDocument text: String, source: String) throws -> JSONValue {
        let document: JSONValue
        do {
            document = try JSONReader.parse(text)
        } catch {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: error.line, column: error.column, message: error.message)])
        }
        guard case let .object(members, _, line, column) = document else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: document.line, column: document.column, message: "the document must be a JSON object, not \(document.kindName)")])
        }
        guard let risk = members[name] else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: line, column: column, message: "field '\(name)' is missing")])
        }
        guard case .object = risk else {
            throw PuhuiError.riskRejected([Diagnostic(path: source, line: risk.line, column: risk.column, message: "field '\(name)' must be a JSON object, not \(risk.kindName)")])
        }
        return risk
    }

    /// The start of cover: the risk's `startDate`, else the rating date.
    public static func startDate(_ fields: any InputFields, asOf: CivilDate, source: String) throws -> CivilDate {
        var reader = FieldReader(source: source)
        let start = reader.date(fields, "startDate", required: false)
        if reader.failed { throw PuhuiError.riskRejected(reader.problems) }
        return start ?? asOf
    }
}
