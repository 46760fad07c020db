import Foundation

/// A plain-text table for terminals, aligned by display width (Chinese characters are two
/// columns wide) and fitted to the terminal, and the same rows as CSV.
///
/// When the table is wider than the terminal, the widest free-text columns (`free`) are narrowed
/// first and their cells cut with "…"; every other column (references, amounts, dates, states) is
/// fixed and never cut. `--wide` or a large `$COLUMNS` shows everything.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned right (amounts and counts).
    var rightAligned: Set<Int> = []
    /// Free-text columns (names, reasons, details) that may be narrowed to fit.
    var free: Set<Int> = []

    /// A free-text column is never narrowed below this many columns (its heading is cut too).
    static let narrowest = 8

    init(_ headers: [String], rightAligned: Set<Int> = [], free: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
        self.free = free.subtracting(rightAligned)
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    static func displayWidth(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// The column widths for a table at most `limit` columns wide, narrowing free-text columns only.
    func columnWidths(fitting limit: Int) -> [Int] {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        let gaps = 2 * max(0, widths.count - 1)
        var excess = widths.reduce(gaps, +) - limit
        while excess > 0 {
            let candidates = free.filter { $0 < widths.count && widths[$0] > Self.narrowest }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) }) else { break }
            let floor = Self.narrowest
            let others = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? floor
            // Narrow the widest down to the next widest (or as far as needed), one step at a time.
            let step = max(1, min(excess, widths[widest] - max(floor, others)))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }

    func render(width limit: Int = Terminal.tableWidth) -> String {
        let widths = columnWidths(fitting: limit)
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                guard i < widths.count else { return cell }
                let shown = free.contains(i) ? DisplayWidth.truncate(cell, to: widths[i]) : cell
                let padding = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(shown)))
                return rightAligned.contains(i) ? padding + shown : shown + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var output = [Style.heading(line(headers)), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        output += rows.map(line)
        return output.joined(separator: "\n")
    }

    func csv() -> String {
        ([headers] + rows).map { $0.map(TextTable.csvEscape).joined(separator: ",") }.joined(separator: "\n")
    }

    static func csvEscape(_ text: String) -> String {
        if text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
