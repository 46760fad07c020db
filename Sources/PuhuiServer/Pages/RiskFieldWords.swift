import Foundation
import PuhuiDomain
import PuhuiServices

/// What the products' risk fields, and the values of their key fields, are called on the
/// pages in Chinese: reference data (`data/risk-field-words-zh.csv`), since the product files
/// declare their fields' meanings in English and a loaded product version is immutable. A row
/// names a product, or `*` for every product with the field; a product's own row comes first.
/// Without the file the pages show the products' English meanings.
struct RiskFieldWords: Sendable {
    struct Words: Sendable, Hashable {
        var label: String
        var help: String?
    }

    static let fileName = "risk-field-words-zh.csv"
    static let header = ["product", "field", "value", "label", "help"]

    private(set) var fields: [String: Words] = [:]
    private(set) var values: [String: String] = [:]

    init() {}

    /// The file's rows; a malformed file is refused with every defect, by line and column.
    init(parsing source: SourceText) throws {
        var problems: [Diagnostic] = []
        var headerSeen = false
        for line in TextLines.split(source.text) where !line.text.hasPrefix("#") && !line.text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let cells = CSVLine.split(line.text) else {
                problems.append(Diagnostic(path: source.path, line: line.number, message: "a quoted cell is not closed"))
                continue
            }
            let texts = cells.map { $0.text.trimmingCharacters(in: .whitespaces) }
            guard headerSeen else {
                if texts != Self.header {
                    problems.append(Diagnostic(path: source.path, line: line.number, message: "the header must be \(Self.header.joined(separator: ","))"))
                }
                headerSeen = true
                continue
            }
            guard texts.count == Self.header.count else {
                problems.append(Diagnostic(path: source.path, line: line.number, message: "a row has \(Self.header.count) cells, not \(texts.count)"))
                continue
            }
            let (product, field, value, label, help) = (texts[0], texts[1], texts[2], texts[3], texts[4])
            guard !product.isEmpty, !field.isEmpty, !label.isEmpty else {
                problems.append(Diagnostic(path: source.path, line: line.number, message: "product, field and label are required"))
                continue
            }
            if value.isEmpty {
                let key = "\(product) \(field)"
                if fields[key] != nil { problems.append(Diagnostic(path: source.path, line: line.number, message: "\(product) \(field) is named twice")) }
                fields[key] = Words(label: label, help: help.isEmpty ? nil : help)
            } else {
                let key = "\(product) \(field) \(value)"
                if values[key] != nil { problems.append(Diagnostic(path: source.path, line: line.number, message: "\(product) \(field) \(value) is named twice")) }
                values[key] = label
            }
        }
        if !headerSeen { problems.append(Diagnostic(path: source.path, message: "the file has no header")) }
        if !problems.isEmpty { throw PuhuiError.rejected(problems) }
    }

    /// The words of the environment's data directory; none when the file is absent.
    static func load(_ environment: PuhuiEnvironment) throws -> RiskFieldWords {
        let path = (environment.dataDirectory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return RiskFieldWords() }
        return try RiskFieldWords(parsing: FileInput.text(path))
    }

    func words(product: String, field: String) -> Words? {
        fields["\(product) \(field)"] ?? fields["* \(field)"]
    }

    func value(product: String, field: String, value: String) -> String? {
        values["\(product) \(field) \(value)"] ?? values["* \(field) \(value)"]
    }
}
