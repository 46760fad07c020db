import PuhuiDomain

/// An application for cover, as an underwriter's assistant, a broker or a customer enters it.
public struct ApplicationRequest: Sendable {
    /// What is applied for: a product and a risk, or a stored quote (its product and risk).
    public enum Subject: Sendable {
        case risk(productCode: String, text: String, source: String)
        case quote(String)
    }

    public var subject: Subject
    /// The policyholder's party reference.
    public var holder: String
    /// Insured persons' party references, in the order of the risk's `insured` list.
    public var insured: [String]
    /// First day of cover; default the quote's start, else the day of the application.
    public var start: CivilDate?
    public var frequency: PaymentFrequency?
    /// Codes of the underwriting documents received with the application.
    public var documents: [String]

    public init(subject: Subject, holder: String, insured: [String] = [], start: CivilDate? = nil,
                frequency: PaymentFrequency? = nil, documents: [String] = []) {
        self.subject = subject
        self.holder = holder
        self.insured = insured
        self.start = start
        self.frequency = frequency
        self.documents = documents
    }

    /// An application for `productCode` on the risk `riskText` (read from `riskSource`).
    public init(productCode: String, holder: String, insured: [String] = [], riskText: String, riskSource: String,
                start: CivilDate? = nil, frequency: PaymentFrequency? = nil, documents: [String] = []) {
        self.init(subject: .risk(productCode: productCode, text: riskText, source: riskSource), holder: holder, insured: insured,
                  start: start, frequency: frequency, documents: documents)
    }
}
