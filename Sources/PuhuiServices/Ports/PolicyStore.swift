import PuhuiDomain

/// An application as stored: what was applied for, by whom, and what underwriting decided.
public struct ApplicationRecord: Sendable {
    public enum Status: String, Sendable, Hashable, Codable {
        case issued, referred, declined
        /// A referral not approved within its product's offer validity (schema v13).
        case expired
    }

    public var reference: String
    /// The storage's handle of the product version applied for.
    public var productVersionID: Int64
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var holder: String
    public var segment: Segment
    public var startDate: CivilDate
    public var endDate: CivilDate
    public var frequency: PaymentFrequency
    public var premium: Money
    public var sumInsured: Money
    /// The quote without its worksheet (the versions it names reproduce it).
    public var quote: Quote
    public var riskText: String
    public var documentsProvided: [String]
    public var decision: UnderwritingDecision.Outcome
    public var status: Status
    public var firedRules: [FiredRule]
    public var requiredDocuments: [String]
    public var appliedAt: Instant
    public var appliedBy: String
    public var decidedAt: Instant?
    public var decidedBy: String?
    public var decisionNote: String?
    /// Insured persons' party references in position order.
    public var insured: [String]

    public init(reference: String, productVersionID: Int64, productCode: String, productVersion: Int, line: LineOfBusiness,
                holder: String, segment: Segment, startDate: CivilDate, endDate: CivilDate, frequency: PaymentFrequency,
                premium: Money, sumInsured: Money, quote: Quote, riskText: String, documentsProvided: [String],
                decision: UnderwritingDecision.Outcome, status: Status, firedRules: [FiredRule], requiredDocuments: [String],
                appliedAt: Instant, appliedBy: String, decidedAt: Instant?, decidedBy: String?, decisionNote: String?,
                insured: [String]) {
        self.reference = reference
        self.productVersionID = productVersionID
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.holder = holder
        self.segment = segment
        self.startDate = startDate
        self.endDate = endDate
        self.frequency = frequency
        self.premium = premium
        self.sumInsured = sumInsured
        self.quote = quote
        self.riskText = riskText
        self.documentsProvided = documentsProvided
        self.decision = decision
        self.status = status
        self.firedRules = firedRules
        self.requiredDocuments = requiredDocuments
        self.appliedAt = appliedAt
        self.appliedBy = appliedBy
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
        self.decisionNote = decisionNote
        self.insured = insured
    }
}

/// An underwriting document recorded on an application after it was made: received, or
/// waived by an underwriter with the reason.
public struct ApplicationDocumentRecord: Sendable, Hashable, Codable {
    public var code: String
    public var receivedAt: Instant?
    public var receivedBy: String?
    public var waivedAt: Instant?
    public var waivedBy: String?
    public var waiverReason: String?

    public init(code: String, receivedAt: Instant? = nil, receivedBy: String? = nil, waivedAt: Instant? = nil, waivedBy: String? = nil,
                waiverReason: String? = nil) {
        self.code = code
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        self.waivedAt = waivedAt
        self.waivedBy = waivedBy
        self.waiverReason = waiverReason
    }
}

/// A policy to issue: the application it comes from and its figures.
public struct NewPolicy: Sendable {
    public var number: String
    public var application: ApplicationRecord
    public var coverages: [QuotedCoverage]
    /// Insured persons with their premiums, in position order.
    public var insured: [Policy.Insured]
    public var instalments: [Policy.Instalment]
    public var issuedAt: Instant

    public init(number: String, application: ApplicationRecord, coverages: [QuotedCoverage], insured: [Policy.Insured],
                instalments: [Policy.Instalment], issuedAt: Instant) {
        self.number = number
        self.application = application
        self.coverages = coverages
        self.insured = insured
        self.instalments = instalments
        self.issuedAt = issuedAt
    }
}

/// What `policy list` selects.
public struct PolicyFilter: Sendable {
    public var holder: String?
    public var line: LineOfBusiness?
    public var status: Policy.Status?
    public var asOf: CivilDate
    public var limit: Int?
    /// Rows skipped before the first returned.
    public var offset: Int

    public init(holder: String? = nil, line: LineOfBusiness? = nil, status: Policy.Status? = nil, asOf: CivilDate, limit: Int? = nil, offset: Int = 0) {
        self.offset = offset
        self.holder = holder
        self.line = line
        self.status = status
        self.asOf = asOf
        self.limit = limit
    }
}

/// A stored quote, the risk text it priced, and who stored it.
public struct StoredQuote: Sendable {
    public var quote: Quote
    public var riskText: String
    /// The user who stored it (nil for quotes stored before users existed).
    public var createdBy: String?

    public init(quote: Quote, riskText: String, createdBy: String?) {
        self.quote = quote
        self.riskText = riskText
        self.createdBy = createdBy
    }
}

/// Quotes, applications and policies: new business and what it became.
public protocol PolicyStore {
    /// Stores a quote under the next quote reference and returns the reference.
    func insertQuote(_ quote: Quote, productVersionID: Int64, riskText: String, at: Instant, by user: String) throws -> String
    func quote(_ reference: String) throws -> StoredQuote

    func insertApplication(_ application: ApplicationRecord) throws
    func application(_ reference: String) throws -> ApplicationRecord
    /// Records the underwriter's decision on a referred application.
    func decideApplication(_ reference: String, status: ApplicationRecord.Status, at: Instant, by: String, note: String?) throws
    /// Applications waiting in the underwriting queue, oldest first.
    func referredApplications() throws -> [ReferredApplication]
    /// Documents received or waived after the application was made, in the order recorded.
    func applicationDocuments(_ reference: String) throws -> [ApplicationDocumentRecord]
    /// Records a document received, or waived (with `waiverReason`), on the application.
    func recordApplicationDocument(_ reference: String, _ document: ApplicationDocumentRecord) throws
    /// The number of the policy issued from the application, if any.
    func policyNumber(application reference: String) throws -> String?
    /// Moves a referred application's term: its start and end dates and the quote it issues from.
    func redateApplication(_ reference: String, start: CivilDate, end: CivilDate, quote: Quote) throws
    /// Applications made in `[from, to)`, for underwriting statistics.
    func applications(madeFrom from: Instant, before to: Instant) throws -> [UnderwritingStats.Application]

    func insertPolicy(_ policy: NewPolicy) throws
    /// The policy, with its status as of `asOf`; `notFound` when there is none.
    func policy(_ number: String, asOf: CivilDate) throws -> Policy
    /// The database handle of a policy (claims refer to it).
    func policyID(_ number: String) throws -> Int64
    func policies(_ filter: PolicyFilter) throws -> [Policy]
    /// Marks the policy cancelled from `date` with its refund.
    func cancel(_ number: String, on date: CivilDate, refund: Money, at: Instant) throws
    /// The coverage `code` of the policy with handle `policyID` as it was on `date` (the
    /// version of the cover in force then); nil when that version does not include it.
    func coverage(policyID: Int64, code: String, on date: CivilDate) throws -> QuotedCoverage?
}
