/// Writes a detail file row by row: each appended row becomes bytes at once, which the caller
/// takes (`takeBytes`) and writes or hashes, so the file is never held whole.
public struct ExtractDetailWriter: Sendable {
    public let kind: ExtractDetail.Kind
    public let format: ExtractDetail.Format
    public private(set) var rows = 0
    var bytes: [UInt8] = []
    let columns: [ExtractDetail.Column]
    /// JSON keys, quoted, with their colon: `"claim":`.
    let keys: [String]

    public init(_ kind: ExtractDetail.Kind, _ format: ExtractDetail.Format, period: ExtractPeriod) {
        self.kind = kind
        self.format = format
        columns = ExtractDetail.columns(kind)
        keys = columns.map { "\"\($0.code)\":" }
        switch format {
        case .csv:
            bytes = [0xEF, 0xBB, 0xBF]
            append(line: columns.map { CSVLine.escape("\($0.nameZh) \($0.code)") }.joined(separator: ","))
        case .json:
            let described = columns.map { "{\"code\":\(Self.quoted($0.code)),\"nameZh\":\(Self.quoted($0.nameZh))}" }.joined(separator: ",")
            append(text: "{\"kind\":\"\(kind.rawValue)\",\"periodFrom\":\"\(period.from)\",\"periodTo\":\"\(period.to)\",\"asOf\":\"\(period.asOf)\",")
            append(text: "\"timeZone\":\"Asia/Shanghai\",\"columns\":[\(described)],\"rows\":[")
        }
    }

    /// The bytes written since the last call.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public var pendingByteCount: Int { bytes.count }

    /// Appends one row (the cells of `ExtractDetail.cells`).
    public mutating func append(_ cells: [ExtractDetail.Cell]) {
        switch format {
        case .csv:
            append(line: cells.map(Self.csv).joined(separator: ","))
        case .json:
            var object = rows == 0 ? "\n{" : ",\n{"
            for (i, cell) in cells.enumerated() {
                if i > 0 { object += "," }
                object += i < keys.count ? keys[i] : "\"\(i)\":"
                object += Self.json(cell)
            }
            append(text: object + "}")
        }
        rows += 1
    }

    /// Closes the file (the JSON's array and object).
    public mutating func finish() {
        if format == .json { append(text: "\n]}\n") }
    }

    mutating func append(line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    mutating func append(text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    static func csv(_ cell: ExtractDetail.Cell) -> String {
        switch cell {
        case let .text(text): CSVLine.escape(text)
        case let .number(number): String(number)
        case let .money(money): money?.yuanString ?? ""
        case let .instant(instant): instant.map(chinaTime) ?? ""
        case let .date(date): date?.description ?? ""
        case let .flag(flag): flag.map { $0 ? "1" : "0" } ?? ""
        }
    }

    static func json(_ cell: ExtractDetail.Cell) -> String {
        switch cell {
        case let .text(text): quoted(text)
        case let .number(number): String(number)
        case let .money(money): money.map { "\"\($0.yuanString)\"" } ?? "null"
        case let .instant(instant): instant.map { "\"\($0)\"" } ?? "null"
        case let .date(date): date.map { "\"\($0)\"" } ?? "null"
        case let .flag(flag): flag.map { $0 ? "true" : "false" } ?? "null"
        }
    }

    /// China time as a spreadsheet reads it: `2026-03-02 09:00:00`.
    static func chinaTime(_ instant: Instant) -> String {
        let text = instant.description // 2026-03-02T09:00:00+08:00
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(8))
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
