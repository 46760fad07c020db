import Foundation
import GRDB

/// Bulk registration from CSV: one party a row, all or nothing, or with `skipInvalid` the valid
/// rows registered and the others returned as rejects with their reasons.
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

    public static func run(_ text: String, path: String, registry: PartyRegistry, skipInvalid: Bool, allowDuplicates: Bool = false,
                           at instant: Instant, _ writer: some DatabaseWriter) throws -> Report {
        try writer.write { db in
            var report = Report()
            var diagnostics = DiagnosticCollector()
            var header: [String: Int]? = nil
            var lineNumber = 0
            var content = Substring(text)
            if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
            for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                guard let cells = CSVLine.split(line) else {
                    reject(lineNumber, String(line), "a quoted cell is not closed", &report, &diagnostics, path)
                    continue
                }
                guard let columns = header else {
                    var map: [String: Int] = [:]
                    for (i, cell) in cells.enumerated() {
                        if !Self.columns.contains(cell.text) {
                            diagnostics.error("unknown column '\(cell.text)'; the columns are \(Self.columns.joined(separator: ", "))",
                                              path: path, line: lineNumber, column: cell.column)
                        }
                        map[cell.text] = i
                    }
                    for required in ["kind", "name"] where map[required] == nil {
                        diagnostics.error("the header needs a '\(required)' column", path: path, line: lineNumber)
                    }
                    if diagnostics.hasErrors { throw InputRejected(diagnostics.sorted) }
                    header = map
                    report.header = String(line)
                    continue
                }
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
                    switch try registry.check(input, at: instant, allowDuplicate: allowDuplicates, db) {
                    case let .success(checked):
                        report.added.append(try registry.insert(checked, db))
                        continue
                    case let .failure(found):
                        problems += found.problems
                    }
                }
                reject(lineNumber, String(line), problems.joined(separator: "; "), &report, &diagnostics, path)
            }
            if header == nil { throw InputRejected([Diagnostic(path: path, message: "the file has no header row")]) }
            if diagnostics.hasErrors && !skipInvalid { throw InputRejected(diagnostics.sorted) }
            return report
        }
    }

    private static func reject(_ line: Int, _ text: String, _ reason: String, _ report: inout Report,
                               _ diagnostics: inout DiagnosticCollector, _ path: String) {
        report.rejects.append(Reject(line: line, text: text, reason: reason))
        diagnostics.error(reason, path: path, line: line)
    }
}
