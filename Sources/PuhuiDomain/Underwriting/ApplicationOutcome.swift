/// What an application came to.
public struct ApplicationResult: Sendable, Codable {
    public var application: String
    public var decision: UnderwritingDecision
    public var quote: Quote
    /// The policy, when the application was accepted at once.
    public var policy: Policy?
    public var segment: Segment

    public init(application: String, decision: UnderwritingDecision, quote: Quote, policy: Policy? = nil, segment: Segment) {
        self.application = application
        self.decision = decision
        self.quote = quote
        self.policy = policy
        self.segment = segment
    }
}

/// A referred application waiting for an underwriter.
public struct ReferredApplication: Sendable, Codable, Hashable {
    public var application: String
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var holder: String
    public var segment: Segment
    public var sumInsured: Money
    public var premium: Money
    public var appliedAt: Instant
    /// Who entered the application (they may not approve it).
    public var appliedBy: String
    /// What authority is checked on: `sum insured` or `per-occurrence limit`.
    public var authorityMeasure: String
    public var authorityFigure: Money
    public var reasons: [String]
    /// The start of cover applied for.
    public var startDate: CivilDate
    /// When the offer stops being open for approval (the product's offer validity); set by the
    /// underwriting service.
    public var openUntil: Instant?

    public init(application: String, productCode: String, productVersion: Int, line: LineOfBusiness, holder: String, segment: Segment,
                sumInsured: Money, premium: Money, appliedAt: Instant, appliedBy: String, authorityMeasure: String, authorityFigure: Money,
                reasons: [String], startDate: CivilDate, openUntil: Instant? = nil) {
        self.application = application
        self.productCode = productCode
        self.productVersion = productVersion
        self.startDate = startDate
        self.openUntil = openUntil
        self.line = line
        self.holder = holder
        self.segment = segment
        self.sumInsured = sumInsured
        self.premium = premium
        self.appliedAt = appliedAt
        self.appliedBy = appliedBy
        self.authorityMeasure = authorityMeasure
        self.authorityFigure = authorityFigure
        self.reasons = reasons
    }
}
