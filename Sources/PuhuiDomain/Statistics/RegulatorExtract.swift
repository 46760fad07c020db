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

    public var periodFrom: CivilDate
    public var periodTo: CivilDate
    public var asOf: Instant
    public var engineVersion: String
    public var products: [ProductVersion]
    public var rows: [ExtractRow]

    public init(periodFrom: CivilDate, periodTo: CivilDate, asOf: Instant, engineVersion: String, products: [ProductVersion], rows: [ExtractRow]) {
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.asOf = asOf
        self.engineVersion = engineVersion
        self.products = products
        self.rows = rows
    }

    /// The rows of the individual-business (个体工商户) segment, shown as their own block.
    public var individualBusinessRows: [ExtractRow] { rows.filter { $0.segment == Segment.individualBusiness.rawValue } }

    /// SHA-256 of the content: the canonical JSON (sorted keys, no spaces) of this extract. The
    /// same for the JSON, CSV and XML forms; a regulator can recompute it from the JSON.
    public var contentSHA256: String {
        (try? CanonicalJSON.encode(self)).map(CanonicalJSON.sha256) ?? ""
    }

    /// A stable file name: `puhui-extract-2026-01-01-2026-06-30`.
    public var baseName: String { "puhui-extract-\(periodFrom)-\(periodTo)" }
}
