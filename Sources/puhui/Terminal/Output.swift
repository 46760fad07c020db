import Foundation

/// How every list and every show is written: table (fitted to the terminal, with a footer naming
/// the rows shown), JSON, or CSV.
enum Output {
    /// A list: its table as text or CSV, or the rows as JSON; on text output the page's footer.
    static func list<Row: Encodable>(_ page: Page<Row>, _ format: OutputFormat, table: ([Row]) -> TextTable) throws {
        switch format {
        case .json: print(try CLI.json(page.rows))
        case .csv: print(table(page.rows).csv())
        case .table:
            print(table(page.rows).render())
            if let footer = page.footer { print(footer) }
        }
    }

    /// One record: the text a person reads, its JSON, or its CSV (`section,field,value` rows, see `RecordCSV`).
    static func show<Record: Encodable>(_ record: Record, _ format: OutputFormat, text: () throws -> String) throws {
        switch format {
        case .json: print(try CLI.json(record))
        case .csv: print(try RecordCSV.csv(record))
        case .table: print(try text())
        }
    }
}

/// One record as CSV, the same rule for every `show`: a header `section,field,value`, then one row
/// per value. The record's own fields are in section `record`; each element of a sub-list (a claim's
/// payments, a policy's coverages) is its own section named by the list and its position
/// (`payments 2`); nested fields are joined with dots (`name.zh`). The values are the record's JSON
/// values (amounts as yuan strings), so personal data is masked exactly as in the JSON and text.
enum RecordCSV {
    static let header = ["section", "field", "value"]

    static func rows<Record: Encodable>(_ record: Record) throws -> [[String]] {
        let value = try JSONDecoder().decode(RecordValue.self, from: try JSONEncoder().encode(record))
        var rows: [[String]] = []
        walk(value, section: "record", field: "", into: &rows)
        return rows
    }

    static func csv<Record: Encodable>(_ record: Record) throws -> String {
        ([header] + (try rows(record))).map { $0.map(TextTable.csvEscape).joined(separator: ",") }.joined(separator: "\n")
    }

    private static func walk(_ value: RecordValue, section: String, field: String, into rows: inout [[String]]) {
        switch value {
        case let .object(object):
            // The record's own values first, then its sub-lists.
            let entries = object.sorted { $0.key < $1.key }
            for (key, member) in entries.filter({ !$0.value.isList }) + entries.filter({ $0.value.isList }) {
                walk(member, section: section, field: field.isEmpty ? key : field + "." + key, into: &rows)
            }
        case let .list(elements):
            if elements.allSatisfy(\.isScalar) {
                rows.append([section, field.isEmpty ? "value" : field, elements.map(\.text).joined(separator: "; ")])
                return
            }
            let base = section == "record" ? field : section + " " + field
            for (i, element) in elements.enumerated() {
                walk(element, section: "\(base) \(i + 1)", field: "", into: &rows)
            }
        default:
            rows.append([section, field.isEmpty ? "value" : field, value.text])
        }
    }
}

/// Any JSON value, read back from a record's own encoding.
enum RecordValue: Decodable {
    case null, bool(Bool), integer(Int64), number(Decimal), string(String), list([RecordValue]), object([String: RecordValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Decimal.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([RecordValue].self) { self = .list(value) }
        else { self = .object(try container.decode([String: RecordValue].self)) }
    }

    var isList: Bool { if case .list = self { true } else { false } }
    var isScalar: Bool {
        switch self {
        case .list, .object: false
        default: true
        }
    }

    var text: String {
        switch self {
        case .null: ""
        case let .bool(value): value ? "true" : "false"
        case let .integer(value): String(value)
        case let .number(value): value.description
        case let .string(value): value
        case .list, .object: ""
        }
    }
}

extension Output {
    /// A list's table already built from the page's rows: text with the page's footer, or CSV.
    static func table<Row>(_ table: TextTable, _ page: Page<Row>, _ format: OutputFormat) {
        if format == .csv {
            print(table.csv())
        } else {
            print(table.render())
            if let footer = page.footer { print(footer) }
        }
    }
}
