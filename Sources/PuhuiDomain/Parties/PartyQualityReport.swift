
/// The data-quality report the notice's "夯实数据统计基础" calls for: what is missing, stale,
/// inconsistent or duplicated in the party registry, and how many parties each segment holds.
public struct PartyQualityReport: Sendable, Codable {
    public struct Finding: Sendable, Codable, Hashable {
        public var reference: String
        public var kind: PartyKind
        public var detail: String

        public init(reference: String, kind: PartyKind, detail: String) {
            self.reference = reference
            self.kind = kind
            self.detail = detail
        }
    }

    public struct Category: Sendable, Codable {
        public var title: String
        public var count: Int
        /// The first findings (up to the report's limit).
        public var findings: [Finding]

        public init(title: String, count: Int, findings: [Finding]) {
            self.title = title
            self.count = count
            self.findings = findings
        }
    }

    public struct DuplicateIdentifier: Sendable, Codable, Hashable {
        public var identifier: String
        public var references: [String]

        public init(identifier: String, references: [String]) {
            self.identifier = identifier
            self.references = references
        }
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

    public init(asOf: CivilDate, parties: Int, countsBySegment: [String: Int], countsByKind: [String: Int],
                missingClassificationInputs: Category, staleSizeData: Category, individualBusinessesWithoutCode92: Category,
                employeesWithoutEmployer: Category, duplicateIdentifiers: [DuplicateIdentifier], duplicateIdentifierCount: Int) {
        self.asOf = asOf
        self.parties = parties
        self.countsBySegment = countsBySegment
        self.countsByKind = countsByKind
        self.missingClassificationInputs = missingClassificationInputs
        self.staleSizeData = staleSizeData
        self.individualBusinessesWithoutCode92 = individualBusinessesWithoutCode92
        self.employeesWithoutEmployer = employeesWithoutEmployer
        self.duplicateIdentifiers = duplicateIdentifiers
        self.duplicateIdentifierCount = duplicateIdentifierCount
    }

    /// Size figures count as stale when they refer to a year more than two years before `asOf`.
    public static let staleAfterYears = 2
}
