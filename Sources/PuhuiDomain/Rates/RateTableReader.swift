/// Reads one rate table CSV file, reporting every defect with its line and column.
///
/// The format (documented in `rates/README.md`): `# key: value` metadata lines, then a header
/// row whose columns are `name:key`, `name:range` and exactly one `name:value`, then one row per
/// cell of the table. Blank lines and further `#` lines are ignored.
struct RateTableReader {
    let path: String
    var diagnostics = DiagnosticCollector()

    init(path: String) {
        self.path = path
    }

    private mutating func error(_ line: Int, _ column: Int?, _ message: String) {
        diagnostics.error(message, path: path, line: line, column: column)
    }

    /// Letters, digits, `.`, `_`, `+` and `-`.
    static func isValidKey(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
        }
    }

    mutating func read(text: String) -> RateTable? {
        var metadata: [String: (String, Int)] = [:]
        var valueRange: (range: ValueRange, line: Int)? = nil
        var rejectedRows = 0
        var rejectedKeys: [[String?]] = []
        var header: [(RateTable.Dimension?, String, Int)]? = nil
        var headerLine = 0
        var valueIndex: Int? = nil
        var rows: [RateTable.Row] = []
        let lines = TextLines.split(text)
        for textLine in lines {
            let lineNumber = textLine.number
            let line = textLine.text
            // Most lines are data: look at the first non-blank byte before trimming anything.
            guard let first = line.utf8.first(where: { $0 != 32 && $0 != 9 }) else { continue }
            if first == UInt8(ascii: "#") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if header == nil, let colon = trimmed.firstIndex(of: ":") {
                    let key = trimmed[trimmed.index(after: trimmed.startIndex)..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !key.isEmpty && !key.contains(" ") {
                        if metadata[key] != nil { error(lineNumber, 1, "metadata '\(key)' is given twice") }
                        metadata[key] = (value, lineNumber)
                    }
                }
                continue
            }
            guard var cells = CSVLine.split(line) else {
                error(lineNumber, nil, "a quoted cell is not closed")
                continue
            }
            if header == nil {
                headerLine = lineNumber
                header = readHeader(CSVLine.droppingTrailingEmpty(cells), line: lineNumber, valueIndex: &valueIndex)
                if let (text, line) = metadata["value-range"] {
                    if let range = ValueRange(parsing: text) {
                        valueRange = (range, line)
                    } else {
                        error(line, nil, "value-range '\(text)' is not a range such as 0-0.05 (lowest-highest)")
                    }
                }
                continue
            }
            guard let header, let valueIndex else { continue }
            cells = CSVLine.droppingTrailingEmpty(cells, beyond: header.count)
            if cells.count != header.count {
                error(lineNumber, nil, "row has \(cells.count) cells, the header has \(header.count)")
                continue
            }
            var rowCells: [RateTable.Cell] = []
            var value: ExactDecimal? = nil
            var rowOK = true
            for (i, cell) in cells.enumerated() {
                if i == valueIndex {
                    value = ExactDecimal(parsing: cell.text)
                    if let found = value {
                        if let problem = RateTableReader.implausible(found, range: valueRange?.range) {
                            error(lineNumber, cell.column, "\(header[i].1) \(cell.text) \(problem)")
                            rowOK = false
                        }
                    } else {
                        let hint = cell.text.contains("e") || cell.text.contains("E") ? " (write it in plain digits, such as 0.00075)" : ""
                        error(lineNumber, cell.column, "\(header[i].1) '\(cell.text)' is not a number\(hint)")
                        rowOK = false
                    }
                    continue
                }
                guard let dimension = header[i].0 else { rowOK = false; continue }
                switch dimension.kind {
                case .key:
                    if !RateTableReader.isValidKey(cell.text) {
                        error(lineNumber, cell.column, "\(dimension.name) key '\(cell.text)' must be letters, digits, '.', '_', '+' or '-'")
                        rowOK = false
                    }
                    rowCells.append(.key(cell.text))
                case .range:
                    if let range = RateTableReader.parseRange(cell.text) {
                        rowCells.append(range)
                    } else {
                        error(lineNumber, cell.column, "\(dimension.name) band '\(cell.text)' is not a whole-number band such as 18-40, 41- or 30")
                        rowOK = false
                    }
                }
            }
            if rowOK, let value {
                rows.append(RateTable.Row(cells: rowCells, value: value, line: lineNumber))
            } else {
                rejectedRows += 1
                rejectedKeys.append(header.enumerated().filter { $0.element.0 != nil }.map { i, column in
                    column.0?.kind == .key && i < cells.count && RateTableReader.isValidKey(cells[i].text) ? cells[i].text : nil
                })
            }
        }

        guard let (name, nameLine) = metadata["table"] else {
            error(1, nil, "missing '# table: NAME' metadata line")
            return nil
        }
        if !RateTableReader.isValidKey(name) || name != name.lowercased() {
            error(nameLine, nil, "table name '\(name)' must be lower-case letters, digits and hyphens")
        }
        var effectiveFrom: CivilDate? = nil
        if let (text, line) = metadata["effective-from"] {
            effectiveFrom = CivilDate(iso: text)
            if effectiveFrom == nil { error(line, nil, "effective-from '\(text)' is not a date YYYY-MM-DD") }
        }
        var illustrative = false
        if let (text, line) = metadata["illustrative"] {
            switch text.lowercased() {
            case "true", "yes": illustrative = true
            case "false", "no": illustrative = false
            default: error(line, nil, "illustrative must be true or false, not '\(text)'")
            }
        }
        guard let header, let valueIndex else {
            if header == nil { error(max(1, lines.last?.number ?? 1), nil, "no header row") }
            return nil
        }
        if rows.isEmpty && rejectedRows == 0 && !diagnostics.hasErrors {
            error(headerLine, nil, "table '\(name)' has no rows")
        }
        let dimensions = header.compactMap(\.0)
        var table = RateTable(
            name: name, effectiveFrom: effectiveFrom, title: metadata["title"]?.0 ?? "",
            unit: metadata["unit"]?.0 ?? "", illustrative: illustrative, source: metadata["source"]?.0 ?? "",
            dimensions: dimensions, valueColumn: header[valueIndex].1, rows: rows, path: path, headerLine: headerLine,
            dimensionColumns: header.filter { $0.0 != nil }.map(\.2))
        table.valueRange = valueRange?.range
        table.valueColumnNumber = header[valueIndex].2
        table.rejectedRows = rejectedRows
        table.rejectedKeys = rejectedKeys
        checkOverlaps(table)
        // A table with a defective row is still known to exist (products that name it are not
        // told it is unknown); what its refused rows would have held is not reported missing.
        return table
    }

    /// The largest magnitude a rate table value may have: premium arithmetic multiplies
    /// several values with amounts of up to 13 digits and must stay within 38 digits.
    static let largestValue = ExactDecimal(significand: 1_000_000_000_000, scale: 0)
    /// The most decimals a value may have.
    static let mostDecimals = 18

    /// Why `value` cannot be a rate table value, or nil: too large for exact arithmetic, too
    /// many decimals, negative where the table's range does not allow it, or outside it.
    static func implausible(_ value: ExactDecimal, range: ValueRange?) -> String? {
        let magnitude = value.isNegative ? -value : value
        if magnitude >= largestValue {
            return "is too large for exact premium arithmetic (a rate table value must be below 1000000000000)"
        }
        if value.normalized.scale > mostDecimals { return "has more than \(mostDecimals) decimals" }
        if let range {
            if !range.contains(value) { return "is outside the table's value-range \(range)" }
        } else if value.isNegative {
            return "is negative; a table whose values may be negative says so with a value-range line (# value-range: -1-1)"
        }
        return nil
    }

    private mutating func readHeader(_ cells: [CSVLine.Cell], line: Int, valueIndex: inout Int?)
        -> [(RateTable.Dimension?, String, Int)] {
        var result: [(RateTable.Dimension?, String, Int)] = []
        var names: Set<String> = []
        for (i, cell) in cells.enumerated() {
            let parts = cell.text.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                error(line, cell.column, "header column '\(cell.text)' must be NAME:key, NAME:range or NAME:value")
                result.append((nil, cell.text, cell.column))
                continue
            }
            let name = parts[0]
            if !names.insert(name).inserted { error(line, cell.column, "column '\(name)' appears twice") }
            switch parts[1] {
            case "value":
                if valueIndex != nil { error(line, cell.column, "only one column may be the value column") }
                valueIndex = i
                result.append((nil, name, cell.column))
            case "key", "range":
                let kind: RateTable.Dimension.Kind = parts[1] == "key" ? .key : .range
                result.append((RateTable.Dimension(name: name, kind: kind), name, cell.column))
            default:
                error(line, cell.column, "column '\(name)': kind '\(parts[1])' must be key, range or value")
                result.append((nil, name, cell.column))
            }
        }
        if valueIndex == nil { error(line, 1, "the header has no NAME:value column") }
        return result
    }

    /// `18-40`, `41-`, `-17`, `30`; bounds are whole numbers, inclusive.
    static func parseRange(_ text: String) -> RateTable.Cell? {
        if !text.hasPrefix("-"), !text.hasPrefix("+"), let single = Int64(text) { return .range(lower: single, upper: single) }
        let body = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let leadingOpen = text.hasPrefix("-")
        let parts = body.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        if leadingOpen {
            guard parts.count == 1, let upper = Int64(parts[0]) else { return nil }
            return .range(lower: nil, upper: upper)
        }
        guard parts.count == 2, let lower = Int64(parts[0]) else { return nil }
        if parts[1].isEmpty { return .range(lower: lower, upper: nil) }
        guard let upper = Int64(parts[1]), upper >= lower else { return nil }
        return .range(lower: lower, upper: upper)
    }

    /// Rows are cells of a grid: within rows sharing the same keys, the bands of each range
    /// dimension must be identical or disjoint, and no two rows may name the same cell.
    private mutating func checkOverlaps(_ table: RateTable) {
        let keyIndices = table.dimensions.indices.filter { table.dimensions[$0].kind == .key }
        let rangeIndices = table.dimensions.indices.filter { table.dimensions[$0].kind == .range }
        var seen: [[RateTable.Cell]: Int] = [:]
        var groups: [[String]: [RateTable.Row]] = [:]
        for row in table.rows {
            if let first = seen[row.cells] {
                error(row.line, nil, "duplicate key \(row.cells.map(\.description).joined(separator: ",")): already on line \(first)")
                continue
            }
            seen[row.cells] = row.line
            let keys = keyIndices.map { row.cells[$0].description }
            groups[keys, default: []].append(row)
        }
        for rangeIndex in rangeIndices {
            let dimension = table.dimensions[rangeIndex].name
            for keys in groups.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let rows = groups[keys] ?? []
                var bands: [(lower: Int64, upper: Int64, line: Int)] = []
                var distinct = Set<RateTable.Cell>()
                for row in rows where distinct.insert(row.cells[rangeIndex]).inserted {
                    if case let .range(lower, upper) = row.cells[rangeIndex] {
                        bands.append((lower ?? Int64.min, upper ?? Int64.max, row.line))
                    }
                }
                bands.sort { $0.lower < $1.lower }
                for (a, b) in zip(bands, bands.dropFirst()) where b.lower <= a.upper {
                    error(b.line, nil, "\(dimension) band on this row overlaps the band on line \(a.line)")
                }
            }
        }
    }
}
