/// The detail files beside an extract: one row per claim counted and one per policy counted,
/// with every date and amount that enters an indicator and, per indicator, what the row adds
/// to its cell, so that any cell can be rebuilt with a spreadsheet filter (docs/indicators.md).
public enum ExtractDetail {
    public enum Kind: String, Sendable, CaseIterable {
        case claims, policies
    }

    public enum Format: String, Sendable, CaseIterable {
        /// UTF-8 with BOM, CRLF, a header of Chinese and English names; times China time
        /// `2026-03-02 09:00:00`, amounts yuan `1234.50`, empty when there is none.
        case csv
        /// One object with the period and the rows (`rows`), times with their offset, amounts
        /// yuan strings, null when there is none.
        case json
    }

    /// `puhui-extract-2026-01-01-2026-06-30-claims.csv`.
    public static func fileName(_ kind: Kind, _ format: Format, from: CivilDate, to: CivilDate) -> String {
        "\(RegulatorExtract.baseName(from, to))-\(kind.rawValue).\(format.rawValue)"
    }

    /// A column: its code (the JSON key and the indicator's code) and Chinese name.
    public struct Column: Sendable, Hashable {
        public var code: String
        public var nameZh: String

        public init(_ code: String, _ nameZh: String) {
            self.code = code
            self.nameZh = nameZh
        }

        init(_ measure: ExtractMeasure) {
            code = String(describing: measure)
            nameZh = measure.indicator?.chineseName ?? ExtractDetail.helperNames[code] ?? code
        }
    }

    static let helperNames = [
        "firstPayments": "首次支付在期内", "reportToFirstPaymentSeconds": "报案至首次支付秒数",
        "fullPayments": "足额支付在期内", "documentsToPaymentSeconds": "单证齐全至足额支付秒数",
    ]

    /// The claim measures a claim row carries, in order.
    static let claimMeasures: [ExtractMeasure] = ExtractMeasure.allCases.filter { $0.rawValue >= ExtractMeasure.claimsReported.rawValue }
    /// The policy measures a policy row carries, in order.
    static let policyMeasures: [ExtractMeasure] = ExtractMeasure.allCases.filter { $0.rawValue < ExtractMeasure.claimsReported.rawValue }

    public static let claimColumns: [Column] = [
        Column("claim", "赔案号"), Column("policy", "保单号"), Column("product", "产品"), Column("segment", "客户群"), Column("line", "险种"),
        Column("small", "小额理赔"), Column("cycle", "理赔周期"), Column("state", "状态"),
        Column("reportedAt", "报案时间"), Column("documentsCompleteAt", "单证齐全时间"), Column("decidedAt", "核定时间"),
        Column("covered", "核定属于保险责任"), Column("agreedAt", "赔付协议时间"), Column("payable", "协议应付金额"),
        Column("firstPaidAt", "首次支付时间"), Column("lastPaidAt", "最近支付时间"), Column("fullPaymentAt", "足额支付时间"),
        Column("fullPaymentDocumentsCompleteAt", "足额支付周期单证齐全时间"), Column("rejectionNoticeAt", "拒赔通知时间"),
        Column("closedAt", "结案时间"), Column("withdrawnAt", "撤案时间"), Column("reopenedAt", "重开时间"),
        Column("firstSettledAt", "首次结案或拒赔时间"),
    ] + claimMeasures.prefix { $0 != .art22Met }.map(Column.init) + [
        Column(.firstPayments), Column(.reportToFirstPaymentSeconds), Column(.fullPayments), Column(.documentsToPaymentSeconds),
        Column("settlements", "最近结案或拒赔在期内"), Column("reportToSettlementSeconds", "报案至最近结案或拒赔秒数"),
    ] + claimMeasures.drop { $0 != .art22Met }.prefix { $0 != .firstPayments }.map(Column.init)

    public static let policyColumns: [Column] = [
        Column("policy", "保单号"), Column("product", "产品"), Column("segment", "客户群"), Column("line", "险种"), Column("holder", "投保人"),
        Column("issuedAt", "签发时间"), Column("startDate", "起保日期"), Column("endDate", "终止日期"), Column("premium", "年保费"),
        Column("cancelledOn", "退保生效日期"), Column("cancelledAt", "退保记录时间"), Column("refund", "退保退费"),
        Column("lapsedFrom", "期末失效日期"), Column("insuredPersons", "期末被保险人数"), Column("sumInsured", "期末保险金额"),
    ] + policyMeasures.map(Column.init)

    public static func columns(_ kind: Kind) -> [Column] { kind == .claims ? claimColumns : policyColumns }

    /// A value of a row.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Int64)
        case money(Money?)
        case instant(Instant?)
        case date(CivilDate?)
        case flag(Bool?)
    }

    /// The cells of a claim's row, in the order of `claimColumns`.
    public static func cells(_ record: ClaimExtractRecord) -> [Cell] {
        let claim = record.claim, history = record.history, tally = record.tally
        let decision = claim.latestCycle(with: \.decidedAt), agreement = claim.latestCycle(with: \.agreedAt)
        let full = record.fullPaymentCycle
        var cells: [Cell] = [
            .text(history.reference), .text(history.policyNumber), .text("\(history.productCode) v\(history.productVersion)"),
            .text(history.segment.rawValue), .text(history.line.rawValue), .flag(history.small), .number(Int64(claim.current.cycle)),
            .text(claim.current.state.rawValue), .instant(history.reportedAt), .instant(claim.latest(\.documentsCompleteAt)),
            .instant(decision?.decidedAt), .flag(decision?.covered), .instant(agreement?.agreedAt), .money(agreement?.payable),
            .instant(claim.current.firstPaidAt), .instant(claim.payments.last?.paidAt), .instant(full?.fullPaymentAt),
            .instant(full?.documentsCompleteAt), .instant(claim.latest(\.rejectionNoticeAt)), .instant(claim.latest(\.closedAt)),
            .instant(claim.latest(\.withdrawnAt)), .instant(claim.reopenedAt), .instant(record.firstSettledAt),
        ]
        for measure in claimMeasures where measure.rawValue < ExtractMeasure.art22Met.rawValue {
            cells.append(measure.indicator?.kind == .money ? .money(Money(fen: tally[measure])) : .number(tally[measure]))
        }
        cells += [.number(tally[.firstPayments]), .number(tally[.reportToFirstPaymentSeconds]), .number(tally[.fullPayments]),
                  .number(tally[.documentsToPaymentSeconds]), .number(record.reportToSettlementSeconds == nil ? 0 : 1),
                  .number(record.reportToSettlementSeconds ?? 0)]
        for measure in claimMeasures where measure.rawValue >= ExtractMeasure.art22Met.rawValue && measure.rawValue < ExtractMeasure.firstPayments.rawValue {
            cells.append(.number(tally[measure]))
        }
        return cells
    }

    /// The cells of a policy's row, in the order of `policyColumns`; a cancellation recorded
    /// after the as-of time is not shown (it had not happened).
    public static func cells(_ record: PolicyExtractRecord) -> [Cell] {
        let policy = record.policy, recorded = record.cancellationRecorded
        var cells: [Cell] = [
            .text(policy.number), .text("\(policy.productCode) v\(policy.productVersion)"), .text(policy.segment.rawValue),
            .text(policy.line.rawValue), .text(policy.holder), .instant(policy.issuedAt), .date(policy.startDate), .date(policy.endDate),
            .money(policy.premium), .date(recorded ? policy.cancelledOn : nil), .instant(recorded ? policy.cancelledAt : nil),
            .money(recorded ? policy.refund : nil), .date(policy.lapsedFrom), .number(policy.insuredPersons), .money(policy.sumInsured),
        ]
        for measure in policyMeasures {
            cells.append(measure.indicator?.kind == .money ? .money(Money(fen: record.tally[measure])) : .number(record.tally[measure]))
        }
        return cells
    }
}
