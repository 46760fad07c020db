/// An application for cover, as an underwriter's assistant or a broker enters it.
public struct ApplicationRequest: Sendable {
    public var productCode: String
    /// The policyholder's party reference.
    public var holder: String
    /// Insured persons' party references, in the order of the risk's `insured` list.
    public var insured: [String]
    public var riskText: String
    public var riskSource: String
    /// First day of cover; default the day of the application.
    public var start: CivilDate?
    public var frequency: PaymentFrequency?
    /// Codes of the underwriting documents received with the application.
    public var documents: [String]
    /// When the application was made (back-dated entry allowed, never in the future).
    public var at: Instant
    public var actor: String

    public init(productCode: String, holder: String, insured: [String] = [], riskText: String, riskSource: String,
                start: CivilDate? = nil, frequency: PaymentFrequency? = nil, documents: [String] = [], at: Instant, actor: String) {
        self.productCode = productCode
        self.holder = holder
        self.insured = insured
        self.riskText = riskText
        self.riskSource = riskSource
        self.start = start
        self.frequency = frequency
        self.documents = documents
        self.at = at
        self.actor = actor
    }
}

/// What an application came to.
public struct ApplicationResult: Sendable, Codable {
    public var application: String
    public var decision: UnderwritingDecision
    public var quote: Quote
    /// The policy, when the application was accepted at once.
    public var policy: Policy?
    public var segment: Segment
}

/// A referred application waiting for an underwriter.
public struct ReferredApplication: Sendable, Codable, Hashable {
    public var application: String
    public var productCode: String
    public var line: LineOfBusiness
    public var holder: String
    public var segment: Segment
    public var sumInsured: Money
    public var premium: Money
    public var appliedAt: Instant
    public var reasons: [String]
}
