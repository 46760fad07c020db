import Foundation

/// Who may approve what: staff and the largest amount each may approve per line of business,
/// read from a configuration file (config/underwriters.csv, config/adjusters.csv).
public struct AuthorityTable: Sendable {
    public struct Grant: Sendable, Hashable {
        public var person: String
        /// nil: every line not granted separately.
        public var line: LineOfBusiness?
        public var limit: Money
    }

    public let grants: [Grant]
    public let path: String
    /// Everyone listed, sorted.
    public let people: [String]

    public init(grants: [Grant], path: String) {
        self.grants = grants
        self.path = path
        people = Array(Set(grants.map(\.person))).sorted()
    }

    /// Reads `person,line,authority` rows; `line` may be `*`.
    public static func parse(_ source: SourceText) throws(PuhuiError) -> AuthorityTable {
        let path = source.path
        var diagnostics = DiagnosticCollector()
        var grants: [Grant] = []
        var headerSeen = false
        for line in TextLines.split(source.text) {
            let n = line.number - 1
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !headerSeen { headerSeen = true; continue }
            var cells = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            while cells.count > 3, cells.last?.isEmpty == true { cells.removeLast() }
            guard cells.count == 3, !cells[0].isEmpty else {
                diagnostics.error("expected person,line,authority", path: path, line: n + 1)
                continue
            }
            let lineOfBusiness = cells[1] == "*" ? nil : LineOfBusiness(rawValue: cells[1])
            if cells[1] != "*" && lineOfBusiness == nil {
                diagnostics.error("unknown line of business '\(cells[1])'", path: path, line: n + 1)
                continue
            }
            guard let limit = Money(yuan: cells[2]), limit.fen >= 0 else {
                diagnostics.error("authority '\(cells[2])' is not an amount in yuan", path: path, line: n + 1)
                continue
            }
            if grants.contains(where: { $0.person == cells[0] && $0.line == lineOfBusiness }) {
                diagnostics.error("\(cells[0]) has two grants for \(cells[1])", path: path, line: n + 1)
            }
            grants.append(Grant(person: cells[0], line: lineOfBusiness, limit: limit))
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return AuthorityTable(grants: grants, path: path)
    }

    /// The largest amount `person` may approve on `line`; nil when the person is not listed.
    public func limit(of person: String, on line: LineOfBusiness) -> Money? {
        grants.first { $0.person == person && $0.line == line }?.limit ?? grants.first { $0.person == person && $0.line == nil }?.limit
    }

    /// Everyone whose authority on `line` reaches `amount`, highest authority last.
    public func peopleWhoMayApprove(_ amount: Money, on line: LineOfBusiness) -> [String] {
        people.compactMap { person in limit(of: person, on: line).flatMap { $0 >= amount ? (person, $0) : nil } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    /// Refuses `person` acting on `amount` above their authority, naming who may.
    public func check(_ person: String, amount: Money, on line: LineOfBusiness, what: String) throws(PuhuiError) {
        guard let limit = limit(of: person, on: line) else {
            throw PuhuiError(.unauthorized, "\(person) has no authority on \(line.rawValue); those who have: \(people.joined(separator: ", "))")
        }
        if amount > limit {
            let others = peopleWhoMayApprove(amount, on: line)
            let who = others.isEmpty ? "nobody has that authority" : "\(others.joined(separator: " or ")) may"
            throw PuhuiError(.unauthorized, "\(what) \(amount.yuanString) exceeds \(person)'s authority of \(limit.yuanString) on \(line.rawValue); \(who)")
        }
    }
}
