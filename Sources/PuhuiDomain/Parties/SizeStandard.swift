import Foundation

/// Enterprise size classes of the 2011 standard, with `large` for firms that are not SMEs.
public enum SizeClass: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case large, medium, small, micro

    var rank: Int { SizeClass.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: SizeClass, rhs: SizeClass) -> Bool { lhs.rank > rhs.rank }
}

/// The size classification standard (中小企业划型标准规定, 2011) as read from its data files:
/// the thresholds of each industry group and the mapping from GB/T 4754-2017 codes to groups.
/// A revised standard is a change of the files, not of code.
public struct SizeStandard: Sendable {
    public struct Thresholds: Sendable, Hashable {
        public var employees: Int?
        public var revenue: ExactDecimal?
        public var assets: ExactDecimal?
    }

    public struct Group: Sendable, Hashable {
        public var number: Int
        public var nameZh: String
        public var nameEn: String
        public var thresholds: [SizeClass: Thresholds]

        /// The indicators the group's thresholds use.
        public var indicators: [Indicator] {
            let all = thresholds.values
            return Indicator.allCases.filter { indicator in all.contains { $0.value(of: indicator) != nil } }
        }
    }

    public enum Indicator: String, Sendable, CaseIterable {
        case employees, revenue, assets

        public var words: String {
            switch self {
            case .employees: "employees"
            case .revenue: "operating revenue"
            case .assets: "total assets"
            }
        }

        var unit: String { self == .employees ? "" : " 万元" }
    }

    struct Mapping: Sendable {
        var prefix: String
        var group: Int
        var note: String
    }

    struct Section: Sendable {
        var letter: Character
        var divisions: ClosedRange<Int>
    }

    public let groups: [Int: Group]
    let mappings: [Mapping]
    let sections: [Section]

    public static let standardFile = "size-standard-2011.csv"
    public static let mappingFile = "industry-groups-2011.csv"
    public static let sectionsFile = "gbt4754-2017-sections.csv"

    /// Reads the standard from its three files (`standardFile`, `mappingFile`, `sectionsFile`),
    /// reporting every defect with its line.
    public static func parse(standard: SourceText, mapping: SourceText, sections sectionsSource: SourceText) throws(PuhuiError) -> SizeStandard {
        var diagnostics = DiagnosticCollector()
        func rows(_ source: SourceText, columns: Int) -> [(Int, [String])] {
            var result: [(Int, [String])] = []
            var headerSeen = false
            for line in TextLines.split(source.text) {
                let trimmed = line.text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if !headerSeen { headerSeen = true; continue }
                guard let split = CSVLine.split(Substring(trimmed)), case let cells = CSVLine.droppingTrailingEmpty(split, beyond: columns),
                      cells.count == columns else {
                    diagnostics.error("expected \(columns) cells", path: source.path, line: line.number)
                    continue
                }
                result.append((line.number, cells.map(\.text)))
            }
            return result
        }
        var groups: [Int: Group] = [:]
        let standardPath = standard.path
        for (line, cells) in rows(standard, columns: 7) {
            guard let number = Int(cells[0]), let sizeClass = SizeClass(rawValue: cells[3]), sizeClass != .micro else {
                diagnostics.error("group must be a number and class large, medium or small", path: standardPath, line: line)
                continue
            }
            let employees = cells[4].isEmpty ? nil : Int(cells[4])
            let revenue = cells[5].isEmpty ? nil : ExactDecimal(parsing: cells[5])
            let assets = cells[6].isEmpty ? nil : ExactDecimal(parsing: cells[6])
            if (!cells[4].isEmpty && employees == nil) || (!cells[5].isEmpty && revenue == nil) || (!cells[6].isEmpty && assets == nil) {
                diagnostics.error("thresholds must be numbers", path: standardPath, line: line)
                continue
            }
            var group = groups[number] ?? Group(number: number, nameZh: cells[1], nameEn: cells[2], thresholds: [:])
            if group.thresholds[sizeClass] != nil {
                diagnostics.error("group \(number) has two \(sizeClass.rawValue) rows", path: standardPath, line: line)
            }
            group.thresholds[sizeClass] = Thresholds(employees: employees, revenue: revenue, assets: assets)
            groups[number] = group
        }
        for group in groups.values where group.thresholds.count != 3 {
            diagnostics.error("group \(group.number) needs large, medium and small rows", path: standardPath)
        }
        let mappingPath = mapping.path
        var mappings: [Mapping] = []
        for (line, cells) in rows(mapping, columns: 3) {
            guard let group = Int(cells[1]), groups[group] != nil else {
                diagnostics.error("group '\(cells[1])' is not in \(standardFile)", path: mappingPath, line: line)
                continue
            }
            mappings.append(Mapping(prefix: cells[0].uppercased(), group: group, note: cells[2]))
        }
        if !mappings.contains(where: { $0.prefix == "*" }) {
            diagnostics.error("the mapping needs a * row for industries not listed", path: mappingPath)
        }
        let sectionsPath = sectionsSource.path
        var sections: [Section] = []
        for (line, cells) in rows(sectionsSource, columns: 5) {
            guard let letter = cells[0].first, cells[0].count == 1, let first = Int(cells[1]), let last = Int(cells[2]), first <= last else {
                diagnostics.error("section must be a letter with its first and last division", path: sectionsPath, line: line)
                continue
            }
            sections.append(Section(letter: letter, divisions: first...last))
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return SizeStandard(groups: groups, mappings: mappings.sorted { $0.prefix.count > $1.prefix.count }, sections: sections)
    }

    /// The normalized code (section letter and digits, `F5211`) of a GB/T 4754-2017 industry code
    /// written with or without its section letter.
    public func normalizeIndustryCode(_ input: String) -> Result<String, PuhuiError> {
        let code = input.trimmingCharacters(in: .whitespaces).uppercased()
        let characters = Array(code)
        guard !characters.isEmpty else { return .failure(PuhuiError.invalid("the industry code is empty")) }
        var letter: Character? = characters[0].isLetter ? characters[0] : nil
        let digits = String(characters.dropFirst(letter == nil ? 0 : 1))
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 4, digits.count != 1 else {
            return .failure(PuhuiError.invalid("'\(input)' is not a GB/T 4754-2017 industry code (a section letter A-T and up to four digits, such as F5211 or C13)"))
        }
        if let division = digits.count >= 2 ? Int(digits.prefix(2)) : nil {
            guard let section = sections.first(where: { $0.divisions.contains(division) }) else {
                return .failure(PuhuiError.invalid("division \(digits.prefix(2)) of '\(input)' does not exist in GB/T 4754-2017"))
            }
            if let given = letter, given != section.letter {
                return .failure(PuhuiError.invalid("division \(digits.prefix(2)) belongs to section \(section.letter), not \(given)"))
            }
            letter = section.letter
        } else if let given = letter, !sections.contains(where: { $0.letter == given }) {
            return .failure(PuhuiError.invalid("'\(input)' is not a GB/T 4754-2017 section letter (A-T)"))
        }
        guard let letter else { return .failure(PuhuiError.invalid("'\(input)' is not a GB/T 4754-2017 industry code")) }
        return .success(String(letter) + digits)
    }

    /// The industry group of a normalized code, and the note of its mapping row.
    public func group(ofNormalized code: String) -> (Group, String)? {
        let mapping = mappings.first { $0.prefix != "*" && code.hasPrefix($0.prefix) } ?? mappings.first { $0.prefix == "*" }
        guard let mapping, let group = groups[mapping.group] else { return nil }
        return (group, mapping.note)
    }
}

extension SizeStandard.Thresholds {
    public func value(of indicator: SizeStandard.Indicator) -> ExactDecimal? {
        switch indicator {
        case .employees: employees.map { ExactDecimal($0) }
        case .revenue: revenue
        case .assets: assets
        }
    }
}
