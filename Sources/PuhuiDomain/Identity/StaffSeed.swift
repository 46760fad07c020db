/// The files an insurer keeps its staff in (`config/`), which `puhui user import` loads into the
/// user registry: `staff.csv` (`name,roles,display name`, roles separated by spaces) and the
/// authority files `underwriters.csv` and `adjusters.csv` (`person,line,authority[,effective-from]`,
/// line `*` for every line not listed, the authority in yuan, effective from a date or from the
/// day of the import). Every defect of every file is reported with its line.
public enum StaffSeed {
    public struct Person: Sendable, Hashable {
        public var name: String
        public var roles: Set<Role>
        public var displayName: String?
        public var line: Int
    }

    /// The people of `staff.csv`.
    public static func people(_ source: SourceText) throws(PuhuiError) -> [Person] {
        var diagnostics = DiagnosticCollector()
        var people: [Person] = []
        for (number, cells) in rows(source, columns: 2...3, &diagnostics) {
            let roleNames = cells[1].split(separator: " ").map(String.init)
            var roles: Set<Role> = []
            for name in roleNames {
                guard let role = Role(rawValue: name) else {
                    diagnostics.error("unknown role '\(name)'; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))",
                                      path: source.path, line: number)
                    continue
                }
                roles.insert(role)
            }
            if roles.contains(.customer) {
                diagnostics.error("\(cells[0]): customers are not staff; add them with their party", path: source.path, line: number)
                continue
            }
            do {
                try UserAccount.check(name: cells[0], roles: roles, party: nil)
            } catch {
                diagnostics.error(error.message, path: source.path, line: number)
                continue
            }
            if people.contains(where: { $0.name == cells[0] }) {
                diagnostics.error("\(cells[0]) is listed twice", path: source.path, line: number)
            }
            people.append(Person(name: cells[0], roles: roles, displayName: cells.count > 2 && !cells[2].isEmpty ? cells[2] : nil, line: number))
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return people
    }

    /// The grants of an authority file, of `kind`, effective from the date given on each row or
    /// from `defaultFrom`.
    public static func grants(_ source: SourceText, kind: AuthorityKind, defaultFrom: CivilDate) throws(PuhuiError) -> [AuthorityGrant] {
        var diagnostics = DiagnosticCollector()
        var grants: [AuthorityGrant] = []
        for (number, cells) in rows(source, columns: 3...4, &diagnostics) {
            let line = cells[1] == "*" ? nil : LineOfBusiness(rawValue: cells[1])
            if cells[1] != "*" && line == nil {
                diagnostics.error("unknown line of business '\(cells[1])'", path: source.path, line: number)
                continue
            }
            guard let amount = Money(yuan: cells[2]), amount.fen >= 0 else {
                diagnostics.error("authority '\(cells[2])' is not an amount in yuan", path: source.path, line: number)
                continue
            }
            var from = defaultFrom
            if cells.count > 3 && !cells[3].isEmpty {
                guard let date = CivilDate(iso: cells[3]) else {
                    diagnostics.error("effective-from '\(cells[3])' is not a date YYYY-MM-DD", path: source.path, line: number)
                    continue
                }
                from = date
            }
            if grants.contains(where: { $0.user == cells[0] && $0.line == line && $0.effectiveFrom == from }) {
                diagnostics.error("\(cells[0]) has two grants for \(cells[1]) from \(from)", path: source.path, line: number)
            }
            grants.append(AuthorityGrant(user: cells[0], kind: kind, line: line, amount: amount, effectiveFrom: from))
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return grants
    }

    /// The data rows (after `#` comments and the header) with their line numbers, each with a
    /// number of cells in `columns` (empty cells a spreadsheet adds at the end are dropped).
    static func rows(_ source: SourceText, columns: ClosedRange<Int>, _ diagnostics: inout DiagnosticCollector) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        var headerSeen = false
        for line in TextLines.split(source.text) {
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !headerSeen { headerSeen = true; continue }
            guard let split = CSVLine.split(Substring(trimmed)) else {
                diagnostics.error("a quoted cell is not closed", path: source.path, line: line.number)
                continue
            }
            var cells = split.map { $0.text.trimmingCharacters(in: .whitespaces) }
            while cells.count > columns.lowerBound, cells.last?.isEmpty == true { cells.removeLast() }
            guard columns.contains(cells.count), !cells[0].isEmpty else {
                diagnostics.error("expected \(columns.lowerBound == columns.upperBound ? "\(columns.lowerBound)" : "\(columns.lowerBound) to \(columns.upperBound)") cells", path: source.path, line: line.number)
                continue
            }
            result.append((line.number, cells))
        }
        return result
    }
}

/// Bearer tokens: random, shown once, stored only as their SHA-256.
public enum AccessToken {
    /// What is stored of a token.
    public static func digest(_ token: String) -> String {
        AuditChain.sha256(token)
    }
}
