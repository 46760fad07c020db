/// A bank's file of premium receipts, CSV with a header: `policy,amount,at,reference`
/// (`reference` optional). Reads what spreadsheets write (a byte-order mark, CR LF line ends,
/// empty cells after the last column). Rows are returned with every problem of their cells;
/// whether a row is accepted is the premium ledger's business.
public enum BankReceiptFile {
    public static let columns = ["policy", "amount", "at", "reference"]

    public struct Row: Sendable, Hashable {
        public var line: Int
        /// The row as written, for a rejects file.
        public var text: String
        public var policy: String
        public var amount: Money?
        public var at: Instant?
        public var reference: String?
        /// `field: message` for each cell that does not read.
        public var problems: [String]
    }

    /// The rows of `source`; a missing or unknown column, or an unclosed quote, rejects the file.
    public static func read(_ source: SourceText) throws -> (header: String, rows: [Row]) {
        var diagnostics = DiagnosticCollector()
        var header: [String: Int]? = nil
        var headerText = ""
        var rows: [Row] = []
        for textLine in TextLines.split(source.text) {
            let number = textLine.number, line = String(textLine.text)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let split = CSVLine.split(textLine.text) else {
                if header == nil {
                    diagnostics.error("a quoted cell is not closed", path: source.path, line: number)
                } else {
                    rows.append(Row(line: number, text: line, policy: "", amount: nil, at: nil, reference: nil, problems: ["a quoted cell is not closed"]))
                }
                continue
            }
            guard let columns = header else {
                var map: [String: Int] = [:]
                for (i, cell) in CSVLine.droppingTrailingEmpty(split).enumerated() {
                    if !Self.columns.contains(cell.text) {
                        diagnostics.error("unknown column '\(cell.text)'; the columns are \(Self.columns.joined(separator: ", "))",
                                          path: source.path, line: number, column: cell.column)
                    }
                    map[cell.text] = i
                }
                for required in ["policy", "amount", "at"] where map[required] == nil {
                    diagnostics.error("the header needs a '\(required)' column", path: source.path, line: number)
                }
                if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
                header = map
                headerText = CSVLine.droppingTrailingEmpty(split).map { CSVLine.escape($0.text) }.joined(separator: ",")
                continue
            }
            let cells = CSVLine.droppingTrailingEmpty(split, beyond: columns.count)
            func cell(_ name: String) -> String? {
                guard let index = columns[name], index < cells.count else { return nil }
                let value = cells[index].text.trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            var problems: [String] = []
            if cells.count != columns.count { problems.append("row has \(cells.count) cells, the header has \(columns.count)") }
            let policy = cell("policy") ?? ""
            if policy.isEmpty { problems.append("policy: is missing") }
            var amount: Money? = nil
            if let text = cell("amount") {
                amount = Money(yuan: text)
                if amount.map({ $0.fen <= 0 }) ?? true { problems.append("amount: '\(text)' is not an amount in yuan above zero"); amount = nil }
            } else {
                problems.append("amount: is missing")
            }
            var at: Instant? = nil
            if let text = cell("at") {
                at = Instant(parsing: text)
                if at == nil { problems.append("at: '\(text)' is not a date or timestamp such as 2026-03-01T09:30") }
            } else {
                problems.append("at: is missing")
            }
            rows.append(Row(line: number, text: line, policy: policy, amount: amount, at: at, reference: cell("reference"), problems: problems))
        }
        if header == nil {
            diagnostics.error("the file is empty: it needs a header (\(columns.joined(separator: ",")))", path: source.path, line: 1)
            throw PuhuiError.rejected(diagnostics.sorted)
        }
        return (headerText, rows)
    }
}
