import Crypto
import Foundation

/// The hash chain over the audit trail: every event (audit and claim events alike, in one
/// sequence) stores SHA-256 over the previous event's hash and its own content, so a changed,
/// deleted or inserted row breaks the chain from there on. The state of a claim (with its
/// payments) and of a policy after each change is summarised in a digest that goes into the
/// event's content, so a row changed behind the events is found too.
public enum AuditChain {
    /// The hash before the first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// The link of an event: SHA-256 over the previous hash and the event's content fields.
    public static func link(previous: String, content: [String?]) -> String {
        sha256(previous + "\u{1D}" + canonical(content))
    }

    /// The digest of a stored row's values (a claim and its payments, a policy).
    public static func digest(_ values: [String?]) -> String {
        sha256(canonical(values))
    }

    /// Fields joined by a unit separator; a missing value is written as a record separator, so
    /// nil and the empty text differ.
    static func canonical(_ values: [String?]) -> String {
        values.map { $0 ?? "\u{1E}" }.joined(separator: "\u{1F}")
    }

    static func sha256(_ text: String) -> String {
        HexDigits.lowercase(SHA256.hash(data: Data(text.utf8)))
    }
}

/// What walking the chain found.
public struct AuditVerification: Sendable, Codable, Hashable {
    public struct Break: Sendable, Codable, Hashable {
        /// `audit_event`, `claim_event`, `claim`, `policy`, `claim_payment`.
        public var table: String
        /// The row: an event's id or claim and sequence, a claim reference, a policy number.
        public var row: String
        public var problem: String

        public init(table: String, row: String, problem: String) {
            self.table = table
            self.row = row
            self.problem = problem
        }
    }

    public var eventsChecked: Int
    public var claimsChecked: Int
    public var policiesChecked: Int
    /// The hash of the last event: record it outside the database, and a later verification
    /// against it also catches a chain rewritten from the start.
    public var head: String
    public var firstBreak: Break?

    public init(eventsChecked: Int, claimsChecked: Int, policiesChecked: Int, head: String, firstBreak: Break?) {
        self.eventsChecked = eventsChecked
        self.claimsChecked = claimsChecked
        self.policiesChecked = policiesChecked
        self.head = head
        self.firstBreak = firstBreak
    }
}
