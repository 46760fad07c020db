/// What was recorded about one claim, for replaying it up to an as-of time: the facts fixed
/// at the report, its events in order, the payments made and the requests for documents.
public struct ClaimHistory: Sendable, Hashable {
    /// An event of the claim: the action, when, the state it left the claim in, and what it
    /// settled (`covered` on a decision, `payable` on an agreement).
    public struct Event: Sendable, Hashable {
        public var action: String
        public var at: Instant
        public var stateAfter: ClaimState
        public var covered: Bool?
        public var payable: Money?

        public init(action: String, at: Instant, stateAfter: ClaimState, covered: Bool? = nil, payable: Money? = nil) {
            self.action = action
            self.at = at
            self.stateAfter = stateAfter
            self.covered = covered
            self.payable = payable
        }
    }

    /// A payment made (a payment waiting for approval is not one until it is approved).
    public struct Payment: Sendable, Hashable {
        public var paidAt: Instant
        public var amount: Money
        public var advance: Bool

        public init(paidAt: Instant, amount: Money, advance: Bool) {
            self.paidAt = paidAt
            self.amount = amount
            self.advance = advance
        }
    }

    /// A request for documents, and whether it named a document that was already missing at
    /// its cycle's first request but not named there (Art. 22).
    public struct Request: Sendable, Hashable {
        public var at: Instant
        public var breachesOneTimeRule: Bool

        public init(at: Instant, breachesOneTimeRule: Bool) {
            self.at = at
            self.breachesOneTimeRule = breachesOneTimeRule
        }
    }

    public var reference: String
    public var policyNumber: String
    public var productCode: String
    public var productVersion: Int
    public var segment: Segment
    public var line: LineOfBusiness
    public var small: Bool
    public var reportedAt: Instant
    /// In the order they were recorded.
    public var events: [Event]
    /// In the order they were numbered.
    public var payments: [Payment]
    /// In the order they were numbered.
    public var requests: [Request]

    public init(reference: String, policyNumber: String, productCode: String, productVersion: Int, segment: Segment, line: LineOfBusiness,
                small: Bool, reportedAt: Instant, events: [Event] = [], payments: [Payment] = [], requests: [Request] = []) {
        self.reference = reference
        self.policyNumber = policyNumber
        self.productCode = productCode
        self.productVersion = productVersion
        self.segment = segment
        self.line = line
        self.small = small
        self.reportedAt = reportedAt
        self.events = events
        self.payments = payments
        self.requests = requests
    }
}
