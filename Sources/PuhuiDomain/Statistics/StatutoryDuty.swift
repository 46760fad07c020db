/// The duties of the Insurance Law whose timeliness the extract counts (domain.md §5).
public enum StatutoryDuty: String, Sendable, Hashable, CaseIterable {
    /// Art. 22: ask once for every missing document.
    case art22Notice = "art22"
    /// Art. 23: decide on cover within 30 days of complete documents (or the contract's period).
    case art23Decision
    /// Art. 23: pay within 10 days of agreeing the amount (or the contract's period).
    case art23Payment
    /// Art. 24: a written rejection with reasons within 3 days of a not-covered decision.
    case art24RejectionNotice = "art24"
    /// Art. 25: an advance of what can be fixed within 60 days while the amount is not.
    case art25Advance = "art25"

    /// The duty a claim clock times, if statutory.
    public init?(clock kind: ClaimClock.Kind) {
        switch kind {
        case .decision: self = .art23Decision
        case .payment: self = .art23Payment
        case .rejectionNotice: self = .art24RejectionNotice
        case .advancePayment: self = .art25Advance
        case .documentNotice, .smallClaimClose: return nil
        }
    }

    public var chineseName: String {
        switch self {
        case .art22Notice: "第二十二条 一次性告知"
        case .art23Decision: "第二十三条 核定"
        case .art23Payment: "第二十三条 赔付"
        case .art24RejectionNotice: "第二十四条 拒赔通知"
        case .art25Advance: "第二十五条 先行赔付"
        }
    }

    public var englishName: String {
        switch self {
        case .art22Notice: "Art. 22 one-time notice"
        case .art23Decision: "Art. 23 decision"
        case .art23Payment: "Art. 23 payment"
        case .art24RejectionNotice: "Art. 24 rejection notice"
        case .art25Advance: "Art. 25 advance payment"
        }
    }

    public var met: ExtractMeasure {
        switch self {
        case .art22Notice: .art22Met
        case .art23Decision: .art23DecisionMet
        case .art23Payment: .art23PaymentMet
        case .art24RejectionNotice: .art24Met
        case .art25Advance: .art25Met
        }
    }

    public var missed: ExtractMeasure {
        switch self {
        case .art22Notice: .art22Missed
        case .art23Decision: .art23DecisionMissed
        case .art23Payment: .art23PaymentMissed
        case .art24RejectionNotice: .art24Missed
        case .art25Advance: .art25Missed
        }
    }

    /// Art. 22 has no running clock: a request either named everything or did not.
    public var open: ExtractMeasure? {
        switch self {
        case .art22Notice: nil
        case .art23Decision: .art23DecisionOpen
        case .art23Payment: .art23PaymentOpen
        case .art24RejectionNotice: .art24Open
        case .art25Advance: .art25Open
        }
    }
}
