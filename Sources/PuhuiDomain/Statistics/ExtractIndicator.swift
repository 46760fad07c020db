/// The indicators of the extract, in column order, with their names, kinds and precision.
/// Their definitions are in `docs/indicators.md` and, shorter, in `definition`.
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
    // Statutory clocks: met, missed, and still running (open) at the as-of time
    case art22Met, art22Missed
    case art23DecisionMet, art23DecisionMissed, art23DecisionOpen
    case art23PaymentMet, art23PaymentMissed, art23PaymentOpen
    case art24Met, art24Missed, art24Open
    case art25Met, art25Missed, art25Open

    public enum Kind: String, Sendable {
        case count, money
        /// A count of distinct entities: a number, but not additive across cells.
        case distinct
        case ratio, days
    }

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

    /// Whether the figure is a whole number (counts, distinct counts); the others are text.
    public var isWholeNumber: Bool { kind == .count || kind == .distinct }

    /// Decimal places the figure is written with: yuan 2, ratios 4, days 2, counts 0.
    public var decimals: Int {
        switch kind {
        case .count, .distinct: 0
        case .money, .days: 2
        case .ratio: 4
        }
    }

    /// The unit, in Chinese and English.
    public var unit: String {
        switch kind {
        case .count, .distinct: "件 count"
        case .money: "元 yuan"
        case .ratio: "比率 ratio"
        case .days: "天 days"
        }
    }

    /// The tally slot of an additive figure kept per claim or policy (premium income is
    /// derived from two of them, distinct holders are kept apart).
    public var measure: ExtractMeasure? { ExtractMeasure.byIndicator[self] }
}
