/// The additive figures kept per claim, per policy and per cell while an extract is built:
/// the additive indicators (premium income excepted: it is derived), and the sums and counts
/// behind the averages, which are not figures of the extract themselves.
public enum ExtractMeasure: Int, Sendable, CaseIterable {
    case policiesIssued, premiumWritten, premiumReceived, cancellationRefunds, policiesInForce, insuredPersonsInForce, sumInsuredInForce
    case claimsReported, claimsClosed, claimsPaid, claimsPaidAmount, advancePayments, advancePaymentAmount, rejections, withdrawals
    case claimsDecided, claimsDecidedAndPaid, claimsReportedAndClosed, smallClaimsReported, smallClaimsClosedWithin5Days
    case art22Met, art22Missed
    case art23DecisionMet, art23DecisionMissed, art23DecisionOpen
    case art23PaymentMet, art23PaymentMissed, art23PaymentOpen
    case art24Met, art24Missed, art24Open
    case art25Met, art25Missed, art25Open
    /// Claims whose first payment falls in the period, and the seconds from report to it.
    case firstPayments, reportToFirstPaymentSeconds
    /// Claims paid in full (with a payment) in the period, and the seconds from complete documents.
    case fullPayments, documentsToPaymentSeconds

    /// The indicator the measure is, if it is one.
    public var indicator: ExtractIndicator? { Self.indicators[rawValue] }

    static let indicators: [ExtractIndicator?] = allCases.map { ExtractIndicator(rawValue: String(describing: $0)) }
    static let byIndicator: [ExtractIndicator: ExtractMeasure] = Dictionary(
        uniqueKeysWithValues: allCases.compactMap { measure in measure.indicator.map { ($0, measure) } })
}

/// A value per measure.
public struct ExtractTally: Sendable, Hashable {
    public private(set) var values: [Int64]

    public init() {
        values = Array(repeating: 0, count: ExtractMeasure.allCases.count)
    }

    public subscript(_ measure: ExtractMeasure) -> Int64 {
        get { values[measure.rawValue] }
        set { values[measure.rawValue] = newValue }
    }

    public var isZero: Bool { values.allSatisfy { $0 == 0 } }

    public mutating func add(_ other: ExtractTally) {
        for i in values.indices { values[i] += other.values[i] }
    }
}
