/// A policy as the extract reads it: where it counts, what it cost, when it was issued and
/// cancelled, and what it covered.
public struct PolicyFacts: Sendable, Hashable {
    public var number: String
    public var productCode: String
    public var productVersion: Int
    public var segment: Segment
    public var line: LineOfBusiness
    /// The policyholder: its row (for counting distinct holders) and its reference.
    public var holderID: Int64
    public var holder: String
    public var issuedAt: Instant
    public var startDate: CivilDate
    public var endDate: CivilDate
    public var premium: Money
    public var cancelledOn: CivilDate?
    /// When the cancellation was recorded.
    public var cancelledAt: Instant?
    public var refund: Money?
    /// The insured persons and the sum insured of the cover in force on the period's last day
    /// (the latest endorsement in force by then, else the policy as issued).
    public var insuredPersons: Int64
    public var sumInsured: Money
    /// The day the policy lapsed from (premium unpaid past grace), when it was lapsed and not
    /// reinstated on the period's last day as known at the as-of time: not in force then.
    public var lapsedFrom: CivilDate?
    /// Premium received on the policy's ledger in the period, by the as-of time (issue 17).
    public var premiumReceived: Money

    public init(number: String, productCode: String, productVersion: Int, segment: Segment, line: LineOfBusiness, holderID: Int64, holder: String,
                issuedAt: Instant, startDate: CivilDate, endDate: CivilDate, premium: Money, cancelledOn: CivilDate? = nil, cancelledAt: Instant? = nil,
                refund: Money? = nil, insuredPersons: Int64, sumInsured: Money, premiumReceived: Money = .zero, lapsedFrom: CivilDate? = nil) {
        self.number = number
        self.productCode = productCode
        self.productVersion = productVersion
        self.segment = segment
        self.line = line
        self.holderID = holderID
        self.holder = holder
        self.issuedAt = issuedAt
        self.startDate = startDate
        self.endDate = endDate
        self.premium = premium
        self.cancelledOn = cancelledOn
        self.cancelledAt = cancelledAt
        self.refund = refund
        self.insuredPersons = insuredPersons
        self.sumInsured = sumInsured
        self.premiumReceived = premiumReceived
        self.lapsedFrom = lapsedFrom
    }
}

/// What one policy counts for in an extract.
public struct PolicyExtractRecord: Sendable {
    public var policy: PolicyFacts
    public var tally: ExtractTally
    /// Whether its cancellation was recorded by the as-of time (a later one has not happened).
    public var cancellationRecorded: Bool
    public var inForce: Bool { tally[.policiesInForce] == 1 }

    /// The policy's figures for `period`; nil when it counts in none of them.
    public static func make(_ policy: PolicyFacts, period: ExtractPeriod) -> PolicyExtractRecord? {
        guard policy.issuedAt <= period.asOf else { return nil }
        var tally = ExtractTally()
        if period.contains(policy.issuedAt) {
            tally[.policiesIssued] = 1
            tally[.premiumWritten] = policy.premium.fen
        }
        // Premium received (issue 17): the store sums the ledger for the period and the as-of time.
        tally[.premiumReceived] = policy.premiumReceived.fen
        let recorded = policy.cancelledAt.map { $0 <= period.asOf } ?? false
        if let cancelledAt = policy.cancelledAt, period.contains(cancelledAt) {
            tally[.cancellationRefunds] = policy.refund?.fen ?? 0
        }
        let lastDay = period.to
        let cancelledBefore = recorded && (policy.cancelledOn.map { $0 < lastDay } ?? false)
        if policy.startDate <= lastDay && policy.endDate >= lastDay && !cancelledBefore && policy.lapsedFrom == nil {
            tally[.policiesInForce] = 1
            tally[.insuredPersonsInForce] = policy.insuredPersons
            tally[.sumInsuredInForce] = policy.sumInsured.fen
        }
        guard !tally.isZero || (policy.cancelledAt.map(period.contains) ?? false) else { return nil }
        return PolicyExtractRecord(policy: policy, tally: tally, cancellationRecorded: recorded)
    }
}
