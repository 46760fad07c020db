/// The rules a renewal meets beside the product's underwriting rules: it is accepted
/// automatically within the product's renewal terms, else referred to an underwriter.
public enum RenewalRules {
    public static let claimsRuleCode = "RENEWAL-CLAIMS"
    public static let increaseRuleCode = "RENEWAL-INCREASE"
    public static let arrearsRuleCode = "RENEWAL-ARREARS"

    /// Premium fallen due on the expiring policy and not paid on the day renewal is offered
    /// (within its grace period: past it the policy lapsed and is not renewed): the renewal is
    /// referred, so that an underwriter sees the arrears before the next term is issued.
    public static func arrears(_ ledger: PremiumLedger) -> FiredRule? {
        guard ledger.overdue.fen > 0, let due = ledger.firstOverdue else { return nil }
        return FiredRule(code: arrearsRuleCode, action: .refer, fact: "premium-overdue", test: "above 0.00", value: ledger.overdue.yuanString,
                         reason: LocalizedName(zh: "续保：本保单欠缴保费\(ledger.overdue.yuanString)元（\(due.due.label)，\(due.due.dueDate)到期）",
                                               en: "renewal: \(ledger.overdue.yuanString) of premium overdue on the policy (\(due.due.label) due \(due.due.dueDate))"))
    }

    /// The renewal rules that fire: the policy's own claims counted above the product's
    /// limit; the premium rising by more than the product's percentage.
    public static func fired(_ terms: ProductServicing.Renewal, claims: Int, previousPremium: Money, premium: Money) -> [FiredRule] {
        var fired: [FiredRule] = []
        if claims > terms.referAboveClaims {
            fired.append(FiredRule(code: claimsRuleCode, action: .refer, fact: "claims-on-policy", test: "above \(terms.referAboveClaims)",
                                   value: String(claims),
                                   reason: LocalizedName(zh: "续保：本保单出险\(claims)次，超过自动续保上限\(terms.referAboveClaims)次",
                                                         en: "renewal: \(claims) claims on the policy, above the \(terms.referAboveClaims) renewed automatically")))
        }
        if previousPremium.fen > 0, let increase = increasePercent(from: previousPremium, to: premium), increase > terms.referAbovePremiumIncrease {
            fired.append(FiredRule(code: increaseRuleCode, action: .refer, fact: "premium-increase-percent",
                                   test: "above \(terms.referAbovePremiumIncrease)", value: increase.description,
                                   reason: LocalizedName(zh: "续保保费上涨\(increase)%，超过\(terms.referAbovePremiumIncrease)%",
                                                         en: "the renewal premium rises \(increase)%, more than \(terms.referAbovePremiumIncrease)%")))
        }
        return fired
    }

    /// The change from `old` to `new` in percent, to two places.
    public static func increasePercent(from old: Money, to new: Money) -> ExactDecimal? {
        guard old.fen > 0 else { return nil }
        return (ExactDecimal(new.fen - old.fen) * ExactDecimal(100)).divided(by: ExactDecimal(old.fen), scale: 2, .halfUp)
    }

    /// `decision` with the renewal rules added: a decline stays a decline; an acceptance with a
    /// renewal rule fired becomes a referral.
    public static func combine(_ decision: UnderwritingDecision, with fired: [FiredRule]) -> UnderwritingDecision {
        guard !fired.isEmpty else { return decision }
        var combined = decision
        combined.firedRules += fired
        if combined.outcome == .accept { combined.outcome = .refer }
        return combined
    }

    /// The claims that count for the loss-history factor of a renewal starting on `start`:
    /// claims on the policy (and the policies it renewed) with a loss in the `years` before
    /// the start, neither withdrawn nor decided not covered.
    public static func countedClaims(_ claims: [CountedClaim], start: CivilDate, years: Int) -> Int {
        let from = start.adding(years: -years)
        return claims.filter { $0.lossDate >= from && $0.lossDate < start && !$0.withdrawn && $0.covered != false }.count
    }

    public struct CountedClaim: Sendable, Hashable {
        public var lossDate: CivilDate
        public var withdrawn: Bool
        public var covered: Bool?

        public init(lossDate: CivilDate, withdrawn: Bool, covered: Bool?) {
            self.lossDate = lossDate
            self.withdrawn = withdrawn
            self.covered = covered
        }
    }
}

/// Renewal rates per line: of the renewable policies ending in a period, how many were offered
/// renewal, renewed (the renewal issued), referred and still waiting, declined, or not offered.
public struct RenewalStats: Sendable, Codable, Hashable {
    public struct Line: Sendable, Codable, Hashable {
        public var line: String
        public var due: Int
        public var offered: Int
        public var renewed: Int
        public var waiting: Int
        public var declined: Int
        public var notOffered: Int
        /// renewed / due, four places.
        public var renewalRate: String
    }

    /// One policy ending in the period: its line and what its latest renewal application came to.
    public struct Row: Sendable, Hashable {
        public var line: String
        /// `issued`, `referred`, `declined`, or nil when no renewal was offered.
        public var outcome: String?

        public init(line: String, outcome: String?) {
            self.line = line
            self.outcome = outcome
        }
    }

    public var from: CivilDate
    public var to: CivilDate
    public var lines: [Line]
    public var total: Line

    public static func summarize(from: CivilDate, to: CivilDate, _ rows: [Row]) -> RenewalStats {
        func line(_ name: String, _ rows: [Row]) -> Line {
            let renewed = rows.filter { $0.outcome == "issued" }.count
            return Line(line: name, due: rows.count, offered: rows.filter { $0.outcome != nil }.count, renewed: renewed,
                        waiting: rows.filter { $0.outcome == "referred" }.count, declined: rows.filter { $0.outcome == "declined" }.count,
                        notOffered: rows.filter { $0.outcome == nil }.count, renewalRate: UnderwritingStats.share(renewed, rows.count))
        }
        let byLine = Dictionary(grouping: rows, by: \.line)
        return RenewalStats(from: from, to: to,
                            lines: LineOfBusiness.allCases.compactMap { l in byLine[l.rawValue].map { line(l.rawValue, $0) } },
                            total: line("all lines", rows))
    }
}
