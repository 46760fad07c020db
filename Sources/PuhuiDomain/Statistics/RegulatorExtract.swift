import Foundation

/// The extract a regulator receives: segment × line statistics with subtotals and the total,
/// the period, the as-of time, the engine version and the product versions covered.
public struct RegulatorExtract: Sendable, Hashable, Encodable {
    public struct ProductVersion: Sendable, Hashable, Codable {
        public var code: String
        public var version: Int
        public var line: String
        /// The department that owns the product (the notice asks for a named owner).
        public var department: String
        public var nameZh: String
        public var nameEn: String

        public init(code: String, version: Int, line: String, department: String, nameZh: String, nameEn: String) {
            self.code = code
            self.version = version
            self.line = line
            self.department = department
            self.nameZh = nameZh
            self.nameEn = nameEn
        }
    }

    /// A detail file written beside the extract (claim by claim, or policy by policy): its
    /// name, its data rows and the SHA-256 of its bytes, so that a regulator can tell the file
    /// they rebuild the cells from is the one this extract was made with.
    public struct DetailFile: Sendable, Hashable, Codable {
        public var name: String
        public var rows: Int
        public var sha256: String

        public init(name: String, rows: Int, sha256: String) {
            self.name = name
            self.rows = rows
            self.sha256 = sha256
        }
    }

    /// How an indicator is written: its kind and decimal places (ratios are decimals from 0 to
    /// 1 with four places; amounts yuan with two; days two; counts whole numbers).
    public struct IndicatorFormat: Sendable, Hashable, Codable {
        public var code: String
        public var nameZh: String
        public var nameEn: String
        public var kind: String
        public var decimals: Int
    }

    public var periodFrom: CivilDate
    public var periodTo: CivilDate
    public var asOf: Instant
    public var engineVersion: String
    public var products: [ProductVersion]
    public var details: [DetailFile]
    public var rows: [ExtractRow]

    public init(periodFrom: CivilDate, periodTo: CivilDate, asOf: Instant, engineVersion: String, products: [ProductVersion],
                details: [DetailFile] = [], rows: [ExtractRow]) {
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.asOf = asOf
        self.engineVersion = engineVersion
        self.products = products
        self.details = details
        self.rows = rows
    }

    /// Every indicator's kind and precision, written with the extract.
    public var indicators: [IndicatorFormat] {
        ExtractIndicator.allCases.map {
            IndicatorFormat(code: $0.rawValue, nameZh: $0.chineseName, nameEn: $0.englishName, kind: $0.kind.rawValue, decimals: $0.decimals)
        }
    }

    enum CodingKeys: String, CodingKey {
        case periodFrom, periodTo, asOf, engineVersion, products, details, indicators, rows
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(periodFrom, forKey: .periodFrom)
        try container.encode(periodTo, forKey: .periodTo)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(engineVersion, forKey: .engineVersion)
        try container.encode(products, forKey: .products)
        try container.encode(details, forKey: .details)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(rows, forKey: .rows)
    }

    /// The rows of the individual-business (个体工商户) segment, shown as their own block.
    public var individualBusinessRows: [ExtractRow] { rows.filter { $0.segment == Segment.individualBusiness.rawValue } }

    /// SHA-256 of the content: the canonical JSON (sorted keys, no spaces) of this extract. The
    /// same for the JSON, CSV and XML forms; a regulator can recompute it from the JSON.
    public var contentSHA256: String {
        (try? CanonicalJSON.encode(self)).map(CanonicalJSON.sha256) ?? ""
    }

    /// A stable file name: `puhui-extract-2026-01-01-2026-06-30`.
    public var baseName: String { RegulatorExtract.baseName(periodFrom, periodTo) }

    public static func baseName(_ from: CivilDate, _ to: CivilDate) -> String { "puhui-extract-\(from)-\(to)" }
}
