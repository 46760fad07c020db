import Foundation
import GRDB

/// The data-quality report the notice's "夯实数据统计基础" calls for: what is missing, stale,
/// inconsistent or duplicated in the party registry, and how many parties each segment holds.
public struct PartyQualityReport: Sendable, Codable {
    public struct Finding: Sendable, Codable, Hashable {
        public var reference: String
        public var kind: PartyKind
        public var detail: String
    }

    public struct Category: Sendable, Codable {
        public var title: String
        public var count: Int
        /// The first findings (up to the report's limit).
        public var findings: [Finding]
    }

    public struct DuplicateIdentifier: Sendable, Codable, Hashable {
        public var identifier: String
        public var references: [String]
    }

    public var asOf: CivilDate
    public var parties: Int
    public var countsBySegment: [String: Int]
    public var countsByKind: [String: Int]
    public var missingClassificationInputs: Category
    public var staleSizeData: Category
    public var individualBusinessesWithoutCode92: Category
    public var employeesWithoutEmployer: Category
    public var duplicateIdentifiers: [DuplicateIdentifier]
    public var duplicateIdentifierCount: Int

    /// Size figures count as stale when they refer to a year more than two years before `asOf`.
    public static let staleAfterYears = 2

    public static func build(asOf: CivilDate, limit: Int, reveal: Bool, _ db: Database) throws -> PartyQualityReport {
        func category(_ title: String, _ condition: String, detail: (Row) -> String) throws -> Category {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM party WHERE \(condition)") ?? 0
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM party WHERE \(condition) ORDER BY id LIMIT ?", arguments: [limit])
            return Category(title: title, count: count, findings: rows.map {
                Finding(reference: $0["reference"], kind: PartyKind(rawValue: $0["kind"]) ?? .person, detail: detail($0))
            })
        }
        var bySegment = Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT segment, count(*) AS n FROM party GROUP BY segment") {
            bySegment[row["segment"]] = row["n"]
        }
        var byKind = Dictionary(uniqueKeysWithValues: PartyKind.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM party GROUP BY kind") {
            byKind[row["kind"]] = row["n"]
        }
        let missing = try category("Firms missing classification inputs", "kind != 'person' AND (size_class IS NULL OR figures_year IS NULL)") { row in
            if row["industry_code"] as String? == nil { return "no GB/T 4754 industry code" }
            if row["size_class"] as String? == nil { return (row["classification"] as String?) ?? "not classified" }
            return "the year the size figures refer to is not given"
        }
        let staleYear = asOf.year - staleAfterYears
        let stale = try category("Firms whose size figures are more than \(staleAfterYears) years old",
                                 "kind != 'person' AND figures_year IS NOT NULL AND figures_year < \(staleYear)") { row in
            "figures for \(row["figures_year"] as Int), before \(staleYear)"
        }
        let not92 = try category("Individual businesses without a 92… social credit code",
                                 "kind = 'individual-business' AND (identifier IS NULL OR substr(identifier, 1, 2) != '92')") { row in
            (row["identifier"] as String?).map { "code \($0) does not start with 92" } ?? "no social credit code recorded"
        }
        let noEmployer = try category("Employees without a registered employer", "kind = 'person' AND role = 'employee' AND employer_id IS NULL") { _ in
            "segment 'other' until an employer is linked"
        }
        let duplicateCount = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT identifier FROM party WHERE identifier IS NOT NULL GROUP BY identifier HAVING count(*) > 1)
            """) ?? 0
        let duplicates = try Row.fetchAll(db, sql: """
            SELECT identifier, kind, group_concat(reference, ' ') AS refs FROM party WHERE identifier IS NOT NULL
            GROUP BY identifier HAVING count(*) > 1 ORDER BY min(id) LIMIT ?
            """, arguments: [limit]).map { row -> DuplicateIdentifier in
            let identifier: String = row["identifier"]
            let isPerson = (row["kind"] as String) == PartyKind.person.rawValue
            return DuplicateIdentifier(identifier: reveal || !isPerson ? identifier : PersonalDataMask.identity(identifier),
                                       references: (row["refs"] as String).split(separator: " ").map(String.init))
        }
        return PartyQualityReport(
            asOf: asOf, parties: try Int.fetchOne(db, sql: "SELECT count(*) FROM party") ?? 0,
            countsBySegment: bySegment, countsByKind: byKind, missingClassificationInputs: missing, staleSizeData: stale,
            individualBusinessesWithoutCode92: not92, employeesWithoutEmployer: noEmployer,
            duplicateIdentifiers: duplicates, duplicateIdentifierCount: duplicateCount)
    }
}
