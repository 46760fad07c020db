import PuhuiDomain

/// A policy as its premium account sees it: enough to receive, allocate and judge arrears,
/// without its product or cover (bulk work reads millions of these).
public struct LedgerPolicy: Sendable {
    public var id: Int64
    public var number: String
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var holder: String
    /// Every party insured under any version of the cover (a customer among them may read it).
    public var insured: [String]
    public var startDate: CivilDate
    public var endDate: CivilDate
    public var frequency: PaymentFrequency
    public var premium: Money
    public var cancelledOn: CivilDate?
    public var openLapse: Policy.Lapse?
    /// Instalments, the premiums of endorsements in force, and a cancellation's due.
    public var dues: [PremiumLedger.Due]
    public var entries: [PremiumLedger.Entry]

    public init(id: Int64, number: String, productCode: String, productVersion: Int, line: LineOfBusiness, holder: String, insured: [String],
                startDate: CivilDate, endDate: CivilDate, frequency: PaymentFrequency, premium: Money, cancelledOn: CivilDate?,
                openLapse: Policy.Lapse?, dues: [PremiumLedger.Due], entries: [PremiumLedger.Entry]) {
        self.id = id
        self.number = number
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.holder = holder
        self.insured = insured
        self.startDate = startDate
        self.endDate = endDate
        self.frequency = frequency
        self.premium = premium
        self.cancelledOn = cancelledOn
        self.openLapse = openLapse
        self.dues = dues
        self.entries = entries
    }

    /// The ledger at the end of `date`.
    public func ledger(asOf date: CivilDate) -> PremiumLedger {
        PremiumLedger(dues: PremiumLedger.owed(dues, cancelledOn: cancelledOn), entries: entries, asOf: date)
    }
}

/// Money to record on a policy's premium account.
public struct NewPremiumEntry: Sendable {
    public var policyID: Int64
    public var entry: PremiumLedger.Entry
    /// When the money moved (its date is the entry's date).
    public var at: Instant
    public var recordedAt: Instant
    public var recordedBy: String

    public init(policyID: Int64, entry: PremiumLedger.Entry, at: Instant, recordedAt: Instant, recordedBy: String) {
        self.policyID = policyID
        self.entry = entry
        self.at = at
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// A policy ending soon, for the renewal list.
public struct RenewalDue: Sendable, Hashable, Codable {
    public var policy: String
    public var productCode: String
    public var productVersion: Int
    public var line: LineOfBusiness
    public var holder: String
    public var segment: Segment
    public var endDate: CivilDate
    public var premium: Money
    /// Claims reported on the policy (withdrawn and not-covered ones left out).
    public var claims: Int
    /// The renewal application already made and what it came to, if any.
    public var renewalApplication: String?
    public var renewalStatus: String?

    public init(policy: String, productCode: String, productVersion: Int, line: LineOfBusiness, holder: String, segment: Segment,
                endDate: CivilDate, premium: Money, claims: Int, renewalApplication: String?, renewalStatus: String?) {
        self.policy = policy
        self.productCode = productCode
        self.productVersion = productVersion
        self.line = line
        self.holder = holder
        self.segment = segment
        self.endDate = endDate
        self.premium = premium
        self.claims = claims
        self.renewalApplication = renewalApplication
        self.renewalStatus = renewalStatus
    }
}

/// A pension account converted into its annuity at retirement.
public struct PensionConversion: Sendable, Hashable, Codable {
    public var convertedOn: CivilDate
    public var annuity: PensionAnnuity
    public var recordedAt: Instant
    public var recordedBy: String

    public init(convertedOn: CivilDate, annuity: PensionAnnuity, recordedAt: Instant, recordedBy: String) {
        self.convertedOn = convertedOn
        self.annuity = annuity
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}

/// A pension policy of a person, for the private-pension cap across their accounts.
public struct PersonPensionPolicy: Sendable, Hashable {
    public var id: Int64
    public var number: String
    public var productCode: String
    public var productVersion: Int

    public init(id: Int64, number: String, productCode: String, productVersion: Int) {
        self.id = id
        self.number = number
        self.productCode = productCode
        self.productVersion = productVersion
    }
}

/// What happens to policies after issue: the premium ledger, lapses and reinstatements,
/// endorsements, renewals and pension conversions. Every change here is followed, in the same
/// transaction, by an audit event on the policy (the policy's digest covers these rows).
public protocol ServicingStore {
    // MARK: Premiums
    func ledgerPolicy(_ number: String) throws -> LedgerPolicy
    func insertEntry(_ entry: NewPremiumEntry) throws
    /// A due other than an instalment or an endorsement premium (a cancellation's).
    func insertDue(policyID: Int64, _ due: PremiumLedger.Due, at: Instant) throws
    /// The policy a bank reference was already received on, if any.
    func policyReceiving(bankReference: String) throws -> String?
    /// Policies not cancelled, other than pensions, with premium fallen due by the end of
    /// `asOf` and not received by then, oldest policy first.
    func arrearsCandidates(asOf: CivilDate) throws -> [LedgerPolicy]
    /// Money received on the policy from `from` to `to` (inclusive), net of refunds.
    func receivedTotal(policyID: Int64, from: CivilDate, to: CivilDate) throws -> Money

    // MARK: Lapses
    func recordLapse(policyID: Int64, _ lapse: Policy.Lapse, by: String) throws
    func reinstate(policyID: Int64, lapsedFrom: CivilDate, on date: CivilDate, at: Instant, by: String) throws

    // MARK: Endorsements
    func insertEndorsement(_ endorsement: Endorsement, policyID: Int64) throws
    func endorsement(_ reference: String) throws -> Endorsement
    /// Every endorsement of the policy, oldest first.
    func endorsements(policyID: Int64) throws -> [Endorsement]
    func decideEndorsement(_ reference: String, status: Endorsement.Status, version: Int?, at: Instant, by: String, note: String?) throws
    /// Endorsements waiting for an underwriter, oldest first.
    func referredEndorsements() throws -> [Endorsement]

    // MARK: Renewals
    func recordRenewal(application: String, previousPolicyID: Int64, claims: Int, previousPremium: Money, at: Instant, by: String) throws
    /// Renewal applications of a policy, oldest first, with their status.
    func renewalApplications(previousPolicyID: Int64) throws -> [(application: String, status: ApplicationRecord.Status)]
    /// Policies not cancelled ending from `from` to `to`, soonest first, with their own claims.
    func renewalsDue(endingFrom from: CivilDate, to: CivilDate) throws -> [RenewalDue]
    /// The claims of the policy and of the policies it renewed, for the loss-history factor.
    func lossHistory(policyID: Int64) throws -> [RenewalRules.CountedClaim]
    /// What became of the renewals of the policies not cancelled ending from `from` to `to`,
    /// with each policy's product version (whether it renews is the product's rule).
    func renewalOutcomes(endingFrom from: CivilDate, to: CivilDate) throws -> [(row: RenewalStats.Row, productCode: String, productVersion: Int)]

    // MARK: Pensions
    func pensionPolicies(insured party: String) throws -> [PersonPensionPolicy]
    func recordConversion(policyID: Int64, _ conversion: PensionConversion) throws
    func conversion(policyID: Int64) throws -> PensionConversion?
}
