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

    /// The start of cover: the risk's `startDate`, else the rating date.
    public static func startDate(_ fields: any InputFields, asOf: CivilDate, source: String) throws -> CivilDate {
        var reader = FieldReader(source: source)
        let start = reader.date(fields, "startDate", required: false)
        if reader.failed { throw PuhuiError.riskRejected(reader.problems) }
        return start ?? asOf
    }
}
