/// A change to a policy mid-term: a new risk (sum insured, coverages, address or occupancy),
/// insured persons joining or leaving a group. It makes a new version of the cover from its
/// effective date, re-rated on the tables in force at the policy's start.
public enum EndorsementChange: Sendable, Hashable {
    /// The whole risk as it is from the effective date (its insured persons stay as they are).
    case risk(text: String, source: String)
    /// Persons joining: their party references, each with the fields the product rates them
    /// on (an occupation class for accident cover), beside what the registry gives.
    case addInsured([JoiningPerson])
    /// Persons leaving, by party reference.
    case removeInsured([String])

    public struct JoiningPerson: Sendable, Hashable {
        public var party: String
        /// Extra rating fields of the person (`occupationClass`), as JSON scalars' text.
        public var fields: [String: String]

        public init(party: String, fields: [String: String] = [:]) {
            self.party = party
            self.fields = fields
        }

        /// `P-000010` or `P-000010:2` (the occupation class after the colon).
        public init?(parsing text: String) {
            let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let party = parts.first, !party.isEmpty else { return nil }
            self.party = party
            fields = parts.count == 2 && !parts[1].isEmpty ? ["occupationClass": parts[1]] : [:]
        }
    }

    /// `risk`, `add-insured`, `remove-insured`.
    public var name: String {
        switch self {
        case .risk: "risk"
        case .addInsured: "add-insured"
        case .removeInsured: "remove-insured"
        }
    }
}

/// The additional or return premium of an endorsement: the change in annual premium for the
/// days from the effective date to the end of the policy year, pro rata by days, to the fen.
public enum EndorsementPremium {
    public struct Adjustment: Sendable, Hashable, Codable {
        /// Positive: additional premium; negative: return premium.
        public var amount: Money
        public var days: Int
        public var daysOfYear: Int
        public var steps: [WorksheetStep]
    }

    public static func adjustment(before: Money, after: Money, start: CivilDate, end: CivilDate, effective: CivilDate,
                                  rule: RoundingRule) throws -> Adjustment {
        var yearStart = start
        while yearStart.adding(years: 1) <= effective { yearStart = yearStart.adding(years: 1) }
        let yearEnd = min(end, yearStart.adding(years: 1).adding(days: -1))
        let daysOfYear = yearStart.days(to: yearEnd) + 1
        let days = effective.days(to: yearEnd) + 1
        let difference = after - before
        guard let share = ExactDecimal(days).divided(by: ExactDecimal(daysOfYear), scale: 12, .halfEven),
              let amount = Money(yuan: difference.yuan * share, rounding: rule) else {
            throw PuhuiError.invalid("cannot compute the pro-rata premium of the endorsement")
        }
        let kind = amount.fen >= 0 ? "Additional premium" : "Return premium"
        let steps = [
            WorksheetStep(name: "Annual premium before the change", amount: before.yuanString),
            WorksheetStep(name: "Annual premium after the change", amount: after.yuanString),
            WorksheetStep(name: "Change in annual premium", amount: difference.yuanString),
            WorksheetStep(name: "\(kind): change × \(days) days from \(effective) to \(yearEnd) / \(daysOfYear) days of the policy year (\(yearStart) to \(yearEnd))",
                          factor: share.normalized.description, amount: amount.yuanString, rounding: rule.worksheetText),
        ]
        return Adjustment(amount: amount, days: days, daysOfYear: daysOfYear, steps: steps)
    }
}

/// An endorsement as stored: the change, its decision and the version of cover it made.
public struct Endorsement: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// Accepted: the version of cover it made is in force from its effective date.
        case inForce = "in-force"
        case referred
        case declined
    }

    public var reference: String
    public var policy: String
    public var change: String
    public var effectiveFrom: CivilDate
    public var status: Status
    /// The version of cover it made (in force only).
    public var version: Int?
    public var premiumBefore: Money
    public var premium: Money
    public var sumInsured: Money
    public var adjustment: Money
    /// When the additional premium falls due (or the return premium is credited).
    public var dueOn: CivilDate
    public var coverages: [QuotedCoverage]
    public var insured: [Policy.Insured]
    public var riskText: String
    public var quote: Quote
    public var worksheet: [WorksheetStep]
    public var firedRules: [FiredRule]
    public var requestedAt: Instant
    public var requestedBy: String
    public var decidedAt: Instant?
    public var decidedBy: String?
    public var decisionNote: String?

    public init(reference: String, policy: String, change: String, effectiveFrom: CivilDate, status: Status, version: Int?,
                premiumBefore: Money, premium: Money, sumInsured: Money, adjustment: Money, dueOn: CivilDate, coverages: [QuotedCoverage],
                insured: [Policy.Insured], riskText: String, quote: Quote, worksheet: [WorksheetStep], firedRules: [FiredRule],
                requestedAt: Instant, requestedBy: String, decidedAt: Instant?, decidedBy: String?, decisionNote: String?) {
        self.reference = reference
        self.policy = policy
        self.change = change
        self.effectiveFrom = effectiveFrom
        self.status = status
        self.version = version
        self.premiumBefore = premiumBefore
        self.premium = premium
        self.sumInsured = sumInsured
        self.adjustment = adjustment
        self.dueOn = dueOn
        self.coverages = coverages
        self.insured = insured
        self.riskText = riskText
        self.quote = quote
        self.worksheet = worksheet
        self.firedRules = firedRules
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
        self.decisionNote = decisionNote
    }

    /// The version of cover it makes.
    public func cover(version: Int) -> Policy.CoverVersion {
        Policy.CoverVersion(version: version, endorsement: reference, change: change, effectiveFrom: effectiveFrom, premium: premium,
                            sumInsured: sumInsured, adjustment: adjustment, coverages: coverages, insured: insured)
    }
}
