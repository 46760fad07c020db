/// A letter the insurer sends, kept as the bytes sent (a printable HTML page) with their
/// SHA-256, which the event that sent it also records.
public enum LetterKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Art. 22: the one-time request for every missing document (一次性补充材料通知书).
    case documentRequest = "document-request"
    /// Art. 24: the written rejection with reasons (拒绝赔偿通知书).
    case rejectionNotice = "rejection-notice"
    /// A payment made, with the settlement behind it (赔款支付通知书).
    case paymentAdvice = "payment-advice"
    /// The policy schedule (保险单明细表), Art. 13.
    case policySchedule = "policy-schedule"

    public var chineseTitle: String {
        switch self {
        case .documentRequest: "理赔材料一次性补充通知书"
        case .rejectionNotice: "拒绝赔偿通知书"
        case .paymentAdvice: "赔款支付通知书"
        case .policySchedule: "保险单明细表"
        }
    }

    public var englishTitle: String {
        switch self {
        case .documentRequest: "Request for further documents"
        case .rejectionNotice: "Notice of rejection of the claim"
        case .paymentAdvice: "Payment advice"
        case .policySchedule: "Policy schedule"
        }
    }
}

/// What is kept of a letter besides its bytes.
public struct LetterRecord: Sendable, Hashable, Codable {
    /// `LTR-2026-000001`.
    public var reference: String
    public var kind: LetterKind
    /// The claim reference or policy number it was sent about.
    public var subject: String
    /// `text/html; charset=utf-8`.
    public var mediaType: String
    public var sha256: String
    public var byteCount: Int
    public var createdAt: Instant
    public var createdBy: String

    public init(reference: String, kind: LetterKind, subject: String, mediaType: String, sha256: String, byteCount: Int,
                createdAt: Instant, createdBy: String) {
        self.reference = reference
        self.kind = kind
        self.subject = subject
        self.mediaType = mediaType
        self.sha256 = sha256
        self.byteCount = byteCount
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// `LTR-2026-000001-document-request.html`.
    public var fileName: String { "\(reference)-\(kind.rawValue).html" }

    /// How an event names the letter it sent: `letter LTR-2026-000001 document-request sha256 9f…`.
    public var eventText: String { "letter \(reference) \(kind.rawValue) sha256 \(sha256)" }
}

/// A letter with its bytes.
public struct Letter: Sendable, Hashable {
    public var record: LetterRecord
    public var bytes: [UInt8]

    public init(record: LetterRecord, bytes: [UInt8]) {
        self.record = record
        self.bytes = bytes
    }

    public static let htmlMediaType = "text/html; charset=utf-8"
}
