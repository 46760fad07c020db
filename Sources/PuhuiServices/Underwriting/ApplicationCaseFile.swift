import PuhuiDomain

/// Everything an underwriter needs on their desk about one application: the applicant and
/// the insured (personal data masked), the risk as the applicant gave it, the premium with its
/// worksheet, every rule that fired, the documents required and received, the figure authority
/// is checked on, how long the offer stays open, and the history.
public struct ApplicationCaseFile: Sendable, Codable {
    /// Where a document of the application stands.
    public struct DocumentStatus: Sendable, Codable, Hashable {
        public enum Status: String, Sendable, Codable, Hashable {
            /// Given with the application.
            case withApplication = "with-application"
            case received
            case waived
            case missing
        }

        public var code: String
        public var name: LocalizedName
        /// Required of this applicant (the product's list for their segment).
        public var required: Bool
        public var status: Status
        public var at: Instant?
        public var by: String?
        /// Why an underwriter waived it.
        public var reason: String?
    }

    /// When the offer stops being open for approval.
    public struct Offer: Sendable, Codable, Hashable {
        public var validityDays: Int
        public var openUntil: Instant
        /// Past its validity on the day the case file was read.
        public var lapsed: Bool
    }

    public var application: String
    public var status: ApplicationRecord.Status
    public var decision: UnderwritingDecision.Outcome
    public var productCode: String
    public var productVersion: Int
    public var productName: LocalizedName
    public var line: LineOfBusiness
    public var segment: Segment
    public var holder: Party
    public var insured: [Party]
    public var startDate: CivilDate
    public var endDate: CivilDate
    /// Cover would start before the day the case file was read: approval needs a new start.
    public var startsInPast: Bool
    public var frequency: PaymentFrequency
    public var premium: Money
    public var sumInsured: Money
    public var authority: AuthorityMeasure
    /// The risk as the applicant gave it, one line per value.
    public var risk: [RiskLines.Line]
    /// The quote as stored, with its worksheet reproduced from the same product and rate table
    /// versions (nil when it could not be, with the reason in `notes`).
    public var quote: Quote
    public var worksheetReproduced: Bool
    public var firedRules: [FiredRule]
    public var documents: [DocumentStatus]
    public var offer: Offer
    public var appliedAt: Instant
    public var appliedBy: String
    public var decidedAt: Instant?
    public var decidedBy: String?
    public var decisionNote: String?
    /// The policy issued from it.
    public var policy: String?
    /// Every audit event of the application and of its policy, oldest first.
    public var history: [AuditEvent]
    public var notes: [String]

    /// Required documents neither received nor waived.
    public var missingDocuments: [String] { documents.filter { $0.required && $0.status == .missing }.map(\.code) }
}
