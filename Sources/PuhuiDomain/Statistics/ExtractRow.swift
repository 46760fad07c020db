/// One row of the regulator extract: a segment × line cell, a subtotal or the grand total.
public struct ExtractRow: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case cell
        case segmentSubtotal = "segment-subtotal"
        case lineSubtotal = "line-subtotal"
        case total
    }

    public var kind: Kind
    /// The segment, or `all` on line subtotals and the total.
    public var segment: String
    /// The line, or `all` on segment subtotals and the total.
    public var line: String
    /// Additive figures: counts, and amounts in fen. They add up across segments and lines.
    public var counts: [String: Int64]
    /// Figures that do not add up: distinct entities, ratios, averages, percentiles (text: a
    /// decimal with fixed places, or nil when there is nothing to divide by).
    public var derived: [String: String?]

    public init(kind: Kind, segment: String, line: String, counts: [String: Int64], derived: [String: String?]) {
        self.kind = kind
        self.segment = segment
        self.line = line
        self.counts = counts
        self.derived = derived
    }

    struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One flat object: kind, segment, line and every indicator; counts as numbers, amounts as
    /// yuan strings ("1234.50"), derived figures as decimal strings or null.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Name.self)
        try container.encode(kind, forKey: Name("kind"))
        try container.encode(segment, forKey: Name("segment"))
        try container.encode(line, forKey: Name("line"))
        for indicator in ExtractIndicator.allCases {
            let key = Name(indicator.rawValue)
            switch indicator.kind {
            case .count: try container.encode(counts[indicator.rawValue] ?? 0, forKey: key)
            case .money: try container.encode(Money(fen: counts[indicator.rawValue] ?? 0), forKey: key)
            case .distinct, .ratio, .days: try container.encode(derived[indicator.rawValue] ?? nil, forKey: key)
            }
        }
    }
}

/// The indicators of the extract, in column order, with their names and kinds.
public enum ExtractIndicator: String, Sendable, CaseIterable {
    // Policies and premium
    case policiesIssued
    case premiumWritten
    case premiumReceived
    case cancellationRefunds
    case premiumIncome
    case policiesInForce
    case insuredEntitiesInForce
    case insuredPersonsInForce
    case sumInsuredInForce
    // Claims
    case claimsReported
    case claimsClosed
    case claimsPaid
    case claimsPaidAmount
    case advancePayments
    case advancePaymentAmount
    case rejections
    case withdrawals
    case claimsDecided
    case claimsDecidedAndPaid
    case claimsReportedAndClosed
    case smallClaimsReported
    case smallClaimsClosedWithin5Days
    // Speed
    case paymentRatio
    case closureRatio
    case averageDaysReportToFirstPayment
    case averageDaysDocumentsToPayment
    case smallClaimFiveDayClosureRatio
    case medianDaysReportToClose
    case p90DaysReportToClose
    // Statutory clocks
    case art22Met, art22Missed
    case art23DecisionMet, art23DecisionMissed
    case art23PaymentMet, art23PaymentMissed
    case art24Met, art24Missed
    case art25Met, art25Missed

    public enum Kind: Sendable { case count, money, distinct, ratio, days }

    public var kind: Kind {
        switch self {
        case .premiumWritten, .premiumReceived, .cancellationRefunds, .premiumIncome, .sumInsuredInForce, .claimsPaidAmount, .advancePaymentAmount: .money
        case .insuredEntitiesInForce: .distinct
        case .paymentRatio, .closureRatio, .smallClaimFiveDayClosureRatio: .ratio
        case .averageDaysReportToFirstPayment, .averageDaysDocumentsToPayment, .medianDaysReportToClose, .p90DaysReportToClose: .days
        default: .count
        }
    }

    /// Whether the figure adds up across segments and lines (and so is reconciled).
    public var isAdditive: Bool { kind == .count || kind == .money }

    public var chineseName: String {
        switch self {
        case .policiesIssued: "期内签发保单件数"
        case .premiumWritten: "期内签发保费"
        case .premiumReceived: "期内实收保费"
        case .cancellationRefunds: "期内退保退费"
        case .premiumIncome: "原保险保费收入"
        case .policiesInForce: "期末有效保单件数"
        case .insuredEntitiesInForce: "期末有效承保主体数（去重）"
        case .insuredPersonsInForce: "期末有效被保险人数"
        case .sumInsuredInForce: "期末有效保险金额"
        case .claimsReported: "报案件数"
        case .claimsClosed: "结案件数"
        case .claimsPaid: "赔付件数"
        case .claimsPaidAmount: "赔付支出"
        case .advancePayments: "预付赔款件数"
        case .advancePaymentAmount: "预付赔款金额"
        case .rejections: "拒赔件数"
        case .withdrawals: "撤案件数"
        case .claimsDecided: "核定件数"
        case .claimsDecidedAndPaid: "核定后获赔件数"
        case .claimsReportedAndClosed: "期内报案且已结案件数"
        case .smallClaimsReported: "小额理赔报案件数"
        case .smallClaimsClosedWithin5Days: "小额理赔五日内结案件数"
        case .paymentRatio: "获赔率"
        case .closureRatio: "立案结案率"
        case .averageDaysReportToFirstPayment: "案均报案支付周期（天）"
        case .averageDaysDocumentsToPayment: "平均索赔支付周期（天）"
        case .smallClaimFiveDayClosureRatio: "小额理赔五日结案率"
        case .medianDaysReportToClose: "报案至结案天数中位数"
        case .p90DaysReportToClose: "报案至结案天数第90百分位"
        case .art22Met: "第二十二条一次性告知 按时"
        case .art22Missed: "第二十二条一次性告知 违反"
        case .art23DecisionMet: "第二十三条核定 按时"
        case .art23DecisionMissed: "第二十三条核定 超时"
        case .art23PaymentMet: "第二十三条赔付 按时"
        case .art23PaymentMissed: "第二十三条赔付 超时"
        case .art24Met: "第二十四条拒赔通知 按时"
        case .art24Missed: "第二十四条拒赔通知 超时"
        case .art25Met: "第二十五条先行赔付 按时"
        case .art25Missed: "第二十五条先行赔付 超时"
        }
    }
}
