/// Bulk registration from CSV: one party a row, all or nothing, or with `skipInvalid` the valid
/// rows registered and the others returned as rejects with their reasons. Reads what
/// spreadsheets write (a byte-order mark, CR LF line ends, empty cells after the last column).
public enum PartyImport {
    public static let columns = ["kind", "name", "identifier", "phone", "role", "employer", "ownerOf",
                                 "industry", "employees", "revenue", "assets", "year"]

    public struct Reject: Sendable, Hashable {
        public var line: Int
        public var text: String
        public var reason: String
    }

    public struct Report: Sendable {
        public var added: [Party] = []
        public var rejects: [Reject] = []
        /// The header of the file, for writing the rejects back in the same shape.
        public var header = ""

        /// The rejected rows as CSV, the file's header with a `reason` column added.
        public var rejectsCSV: String {
            ([header + ",line,reason"] + rejects.map { "\($0.text),\($0.line),\(CSVLine.escape($0.reason))" }).joined(separator: "\n") + "\n"
        }
    }

    /// What registering one row came to.
    public enum RowOutcome: Sendable {
        case registered(Party)
        case refused([String])
    }

    /// Reads every row and hands each valid one to `register`; throws every defect unless
    /// `skipInvalid`, in which case refused rows are returned as rejects.
    public static func run(_ source: SourceText, skipInvalid: Bool,
                           register: (PartyInput) throws -> RowOutcome) throws -> Report {
        let path = source.path
        var report = Report()
        var diagnostics = DiagnosticCollector()
        var header: [String: Int]? = nil
        func reject(_ line: Int, _ text: String, _ reason: String) {
            report.rejects.append(Reject(line: line, text: text, reason: reason))
            diagnostics.error(reason, path: path, line: line)
        }
        for textLine in TextLines.split(source.text) {
            let lineNumber = textLine.number, line = textLine.text
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let split = CSVLine.split(line) else {
                reject(lineNumber, String(line), "a quoted cell is not closed")
                continue
            }
            guard let columns = header else {
                var map: [String: Int] = [:]
                for (i, cell) in CSVLine.droppingTrailingEmpty(split).enumerated() {
                    if !Self.columns.contains(cell.text) {
                        diagnostics.error("unknown column '\(cell.text)'; the columns are \(Self.columns.joined(separator: ", "))",
                                          path: path, line: lineNumber, column: cell.column)
                    }
                    map[cell.text] = i
                }
                for required in ["kind", "name"] where map[required] == nil {
                    diagnostics.error("the header needs a '\(required)' column", path: path, line: lineNumber)
                }
                if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
                header = map
                report.header = CSVLine.droppingTrailingEmpty(split).map { CSVLine.escape($0.text) }.joined(separator: ",")
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
            let kind = cell("kind").flatMap { PartyKind(rawValue: $0) }
            if kind == nil { problems.append("kind: '\(cell("kind") ?? "")' is not one of \(PartyKind.allCases.map(\.rawValue).joined(separator: ", "))") }
            let role = cell("role").flatMap { PersonRole(rawValue: $0) }
            if let text = cell("role"), role == nil { problems.append("role: '\(text)' is not one of \(PersonRole.allCases.map(\.rawValue).joined(separator: ", "))") }
            func integer(_ name: String) -> Int? {
                guard let text = cell(name) else { return nil }
                guard let value = Int(text) else { problems.append("\(name): '\(text)' is not a whole number"); return nil }
                return value
            }
            let employees = integer("employees"), year = integer("year")
            if let kind, problems.isEmpty {
                let input = PartyInput(kind: kind, name: cell("name") ?? "", identifier: cell("identifier"), phone: cell("phone"), role: role,
                                       employer: cell("employer"), ownerOf: cell("ownerOf"), industryCode: cell("industry"),
                                       employees: employees, revenue: cell("revenue"), assets: cell("assets"), figuresYear: year)
                switch try register(input) {
                case let .registered(party):
                    report.added.append(party)
                    continue
                case let .refused(found):
                    problems += found
                }
            }
            reject(lineNumber, String(line), problems.joined(separator: "; "))
        }
        if header == nil { throw PuhuiError.rejected([Diagnostic(path: path, message: "the file has no header row")]) }
        if diagnostics.hasErrors && !skipInvalid { throw PuhuiError.rejected(diagnostics.sorted) }
        return report
    }
}
