/// Writes a detail file row by row: each appended row becomes bytes at once, which the caller
/// takes (`takeBytes`) and writes or hashes, so the file is never held whole.
public struct ExtractDetailWriter: Sendable {
    public let kind: ExtractDetail.Kind
    public let format: ExtractDetail.Format
    public private(set) var rows = 0
    var bytes: [UInt8] = []
    let columns: [ExtractDetail.Column]
    /// JSON keys, quoted, with their colon: `"claim":`.
    let keyBytes: [[UInt8]]

    public init(_ kind: ExtractDetail.Kind, _ format: ExtractDetail.Format, period: ExtractPeriod) {
        self.init(kind, format, columns: ExtractDetail.columns(kind), header: [
            ("kind", kind.rawValue), ("periodFrom", period.from.description), ("periodTo", period.to.description), ("asOf", period.asOf.description),
        ])
    }

    /// A file of `columns` (the exports use this): CSV with BOM and CRLF, or JSON with the
    /// `header` fields (text values) before the columns and rows.
    public init(_ kind: ExtractDetail.Kind, _ format: ExtractDetail.Format, columns: [ExtractDetail.Column], header: [(String, String)]) {
        self.kind = kind
        self.format = format
        self.columns = columns
        keyBytes = columns.map { Array("\"\($0.code)\":".utf8) }
        switch format {
        case .csv:
            bytes = [0xEF, 0xBB, 0xBF]
            append(line: columns.map { CSVLine.escape("\($0.nameZh) \($0.code)") }.joined(separator: ","))
        case .json:
            let described = columns.map { "{\"code\":\(Self.quoted($0.code)),\"nameZh\":\(Self.quoted($0.nameZh))}" }.joined(separator: ",")
            append(text: "{" + header.map { "\(Self.quoted($0.0)):\(Self.quoted($0.1))," }.joined())
            append(text: "\"timeZone\":\"Asia/Shanghai\",\"columns\":[\(described)],\"rows\":[")
        }
    }

    /// The bytes written since the last call.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public var pendingByteCount: Int { bytes.count }

    /// Appends one row (the cells of `ExtractDetail.cells`), straight as UTF-8 bytes.
    public mutating func append(_ cells: [ExtractDetail.Cell]) {
        switch format {
        case .csv:
            for (i, cell) in cells.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendCSV(cell)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        case .json:
            bytes.append(contentsOf: rows == 0 ? Array("\n{".utf8) : Array(",\n{".utf8))
            for (i, cell) in cells.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                if i < keyBytes.count { bytes.append(contentsOf: keyBytes[i]) } else { append(text: "\"\(i)\":") }
                appendJSON(cell)
            }
            bytes.append(UInt8(ascii: "}"))
        }
        rows += 1
    }

    mutating func appendCSV(_ cell: ExtractDetail.Cell) {
        switch cell {
        case let .text(text):
            if text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                append(text: CSVLine.escape(text))
            } else {
                append(text: text)
            }
        case let .number(number): appendNumber(number)
        case let .money(money): money?.appendYuan(to: &bytes)
        case let .instant(instant): if let instant { appendChinaTime(instant, iso: false) }
        case let .date(date): if let date { appendDate(date) }
        case let .flag(flag): if let flag { bytes.append(flag ? UInt8(ascii: "1") : UInt8(ascii: "0")) }
        }
    }

    mutating func appendJSON(_ cell: ExtractDetail.Cell) {
        let quote = UInt8(ascii: "\"")
        switch cell {
        case let .text(text):
            if text.utf8.contains(where: { $0 < 0x20 || $0 == quote || $0 == UInt8(ascii: "\\") }) {
                append(text: Self.quoted(text))
            } else {
                bytes.append(quote)
                append(text: text)
                bytes.append(quote)
            }
        case let .number(number): appendNumber(number)
        case let .money(money):
            guard let money else { return append(text: "null") }
            bytes.append(quote)
            money.appendYuan(to: &bytes)
            bytes.append(quote)
        case let .instant(instant):
            guard let instant else { return append(text: "null") }
            bytes.append(quote)
            appendChinaTime(instant, iso: true)
            bytes.append(quote)
        case let .date(date):
            guard let date else { return append(text: "null") }
            bytes.append(quote)
            appendDate(date)
            bytes.append(quote)
        case let .flag(flag): append(text: flag.map { $0 ? "true" : "false" } ?? "null")
        }
    }

    mutating func appendNumber(_ number: Int64) {
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func appendDigits(_ value: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8((rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    mutating func appendDate(_ date: CivilDate) {
        appendDigits(date.year, count: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.month, count: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(date.day, count: 2)
    }

    /// China time: `2026-03-02 09:00:00` for spreadsheets, `2026-03-02T09:00:00+08:00` in JSON
    /// (the same text as `Instant.description`).
    mutating func appendChinaTime(_ instant: Instant, iso: Bool) {
        appendDate(instant.chinaDate)
        let local = instant.secondsSinceEpoch + Instant.chinaOffsetSeconds
        let seconds = Int(((local % 86_400) + 86_400) % 86_400)
        bytes.append(iso ? UInt8(ascii: "T") : UInt8(ascii: " "))
        appendDigits(seconds / 3600, count: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits((seconds % 3600) / 60, count: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, count: 2)
        if iso { append(text: "+08:00") }
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

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }
}
