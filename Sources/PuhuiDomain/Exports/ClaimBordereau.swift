/// The claim bordereau: one row per claim with every date, amount and state a finance or
/// reinsurance team needs, each claim as it stood at the as-of time (replayed from its
/// history, like the regulator extract), and what moved in the period. Summing its rows for a
/// period gives the extract's claim counts and amounts: claims reported (report time in the
/// period), closed, rejected, withdrawn and decided (latest time in the period), claims paid
/// (`paidInPeriod` above zero) and the amounts paid and advanced in the period.
public enum ClaimBordereau {
    /// What the claim row and its parties say besides the history.
    public struct Facts: Sendable, Hashable {
        public var holder: BordereauParty
        public var coverage: String
        public var claimType: String
        public var lossDate: CivilDate
        public var claimed: Money
        public var adjuster: String
        /// The reserve now; shown only when nothing was recorded on the claim after the as-of
        /// time (then it is also the reserve then).
        public var reserve: Money
        public var lastEventAt: Instant
        public var claimantName: String?
        public var claimantRelation: ClaimParty.Relation?

        public init(holder: BordereauParty, coverage: String, claimType: String, lossDate: CivilDate, claimed: Money, adjuster: String,
                    reserve: Money, lastEventAt: Instant, claimantName: String?, claimantRelation: ClaimParty.Relation?) {
            self.holder = holder
            self.coverage = coverage
            self.claimType = claimType
            self.lossDate = lossDate
            self.claimed = claimed
            self.adjuster = adjuster
            self.reserve = reserve
            self.lastEventAt = lastEventAt
            self.claimantName = claimantName
            self.claimantRelation = claimantRelation
        }
    }

    public typealias Column = ExtractDetail.Column

    public static let columns: [Column] = [
        Column("claim", "赔案号"), Column("policy", "保单号"), Column("product", "产品"), Column("line", "险种"), Column("segment", "客户群"),
        Column("holder", "投保人编号"), Column("holderName", "投保人"), Column("coverage", "保障项目"), Column("claimType", "索赔类型"),
        Column("lossDate", "出险日期"), Column("claimant", "索赔申请人"), Column("claimantRelation", "与被保险人关系"),
        Column("adjuster", "理赔员"), Column("small", "小额理赔"), Column("state", "状态"), Column("cycle", "理赔周期"),
        Column("claimed", "索赔金额"), Column("reserve", "未决准备金"),
        Column("reportedAt", "报案时间"), Column("firstRequestAt", "首次补充材料通知时间"), Column("documentsCompleteAt", "单证齐全时间"),
        Column("decidedAt", "核定时间"), Column("covered", "属于保险责任"), Column("agreedAt", "赔付协议时间"), Column("payable", "协议应付金额"),
        Column("firstPaidAt", "首次支付时间"), Column("lastPaidAt", "最近支付时间"), Column("paidInFullAt", "足额支付或余额放弃时间"),
        Column("paidToDate", "累计已付"), Column("advancePaidToDate", "累计预付"), Column("waived", "放弃金额"),
        Column("outstanding", "尚待支付"), Column("rejectionNoticeAt", "拒赔通知时间"), Column("closedAt", "结案时间"),
        Column("withdrawnAt", "撤案时间"), Column("reopenedAt", "重开时间"),
        Column("paidInPeriod", "期内支付"), Column("paymentsInPeriod", "期内支付笔数"), Column("advancePaidInPeriod", "期内预付"),
        Column("advancePaymentsInPeriod", "期内预付笔数"),
    ]

    /// Whether the claim belongs in the period's bordereau: reported by the as-of time, and
    /// open at it or with something recorded in the period (a claim settled before the period
    /// with nothing since is left out).
    public static func includes(_ claim: ClaimAsOf, period: ExtractPeriod) -> Bool {
        guard claim.history.reportedAt <= period.asOf, claim.history.reportedAt.secondsSinceEpoch < period.endExclusive else { return false }
        if claim.current.state.isOpen { return true }
        return claim.history.events.contains { period.contains($0.at) } || claim.payments.contains { period.contains($0.paidAt) }
    }

    /// The row of a claim, in the order of `columns`.
    public static func cells(_ claim: ClaimAsOf, _ facts: Facts, period: ExtractPeriod, reveal: Bool) -> [ExtractDetail.Cell] {
        let history = claim.history, current = claim.current
        let decision = claim.latestCycle(with: \.decidedAt), agreement = claim.latestCycle(with: \.agreedAt)
        let waived = claim.cycles.compactMap(\.waived).reduce(Money.zero, +)
        var outstanding: Money? = nil
        if let payable = current.payable, current.state.isOpen {
            outstanding = Money(fen: max(0, payable.fen - current.paid.fen))
        }
        let inPeriod = claim.payments.filter { period.contains($0.paidAt) }
        let advances = inPeriod.filter(\.advance)
        let claimant = facts.claimantName.map { reveal ? $0 : PersonalDataMask.name($0) }
        return [
            .text(history.reference), .text(history.policyNumber), .text("\(history.productCode) v\(history.productVersion)"),
            .text(history.line.rawValue), .text(history.segment.rawValue), .text(facts.holder.reference), .text(facts.holder.name(reveal: reveal)),
            .text(facts.coverage), .text(facts.claimType), .date(facts.lossDate), .text(claimant ?? ""),
            .text(facts.claimantRelation?.rawValue ?? ""), .text(facts.adjuster), .flag(history.small), .text(current.state.rawValue),
            .number(Int64(current.cycle)), .money(facts.claimed), .money(facts.lastEventAt <= claim.asOf ? facts.reserve : nil),
            .instant(history.reportedAt), .instant(current.firstRequestAt), .instant(claim.latest(\.documentsCompleteAt)),
            .instant(decision?.decidedAt), .flag(decision?.covered), .instant(agreement?.agreedAt), .money(agreement?.payable),
            .instant(current.firstPaidAt), .instant(claim.payments.last?.paidAt), .instant(claim.latest(\.paidInFullAt)),
            .money(current.paid), .money(current.advancePaid), .money(waived == .zero ? nil : waived), .money(outstanding),
            .instant(claim.latest(\.rejectionNoticeAt)), .instant(claim.latest(\.closedAt)), .instant(claim.latest(\.withdrawnAt)),
            .instant(claim.reopenedAt),
            .money(inPeriod.reduce(Money.zero) { $0 + $1.amount }), .number(Int64(inPeriod.count)),
            .money(advances.reduce(Money.zero) { $0 + $1.amount }), .number(Int64(advances.count)),
        ]
    }
}
