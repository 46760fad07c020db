/// A stored product version as listed: enough to tell which product is which.
public struct ProductSummary: Sendable, Hashable, Codable {
    public var code: String
    public var version: Int
    public var line: LineOfBusiness
    public var nameZh: String
    public var nameEn: String
    public var department: String
    public var effectiveFrom: CivilDate
    public var effectiveTo: CivilDate?

    public init(code: String, version: Int, line: LineOfBusiness, nameZh: String, nameEn: String, department: String,
                effectiveFrom: CivilDate, effectiveTo: CivilDate?) {
        self.code = code
        self.version = version
        self.line = line
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.department = department
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
    }

    /// Whether a policy of this version may start on `date`.
    public func isEffective(on date: CivilDate) -> Bool {
        VersionInForce.isInForce(from: effectiveFrom, to: effectiveTo, on: date)
    }

    enum CodingKeys: String, CodingKey {
        case code, version, line, nameZh, nameEn, department, effectiveFrom, effectiveTo
    }

    /// Always writes `effectiveTo`, as `null` when the version is open-ended.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(version, forKey: .version)
        try container.encode(line, forKey: .line)
        try container.encode(nameZh, forKey: .nameZh)
        try container.encode(nameEn, forKey: .nameEn)
        try container.encode(department, forKey: .department)
        try container.encode(effectiveFrom, forKey: .effectiveFrom)
        try container.encode(effectiveTo, forKey: .effectiveTo)
    }
}

/// A stored product version with its full definition.
public struct StoredProduct: Sendable {
    public var id: Int64
    public var product: Product
    public var sourcePath: String
    public var loadedAt: Instant
    public var definitionSHA256: String

    public init(id: Int64, product: Product, sourcePath: String, loadedAt: Instant, definitionSHA256: String) {
        self.id = id
        self.product = product
        self.sourcePath = sourcePath
        self.loadedAt = loadedAt
        self.definitionSHA256 = definitionSHA256
    }
}
