/// The one error type for everything a person reads: a code that front doors map to an exit
/// code or an HTTP status, the message, what it is about (the claim, policy, party, file), the
/// field at fault when there is one, and for inputs with several defects every diagnostic.
///
/// Messages name fields (`at`, `reason`), never a command-line flag or a file path of the
/// deployment; each front door adds its own spelling. Codes are extensible, so new failures do
/// not break callers that switch on them.
public struct PuhuiError: Error, Sendable, CustomStringConvertible, Equatable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input is malformed or outside what the rules allow.
        public static let invalidInput = Code("invalid-input")
        /// The thing named does not exist (or may not be seen by the one asking).
        public static let notFound = Code("not-found")
        /// The request conflicts with what is stored (immutable version, duplicate).
        public static let conflict = Code("conflict")
        /// The thing was changed by someone else since the version the request was based on.
        public static let stale = Code("stale")
        /// The state machine or a rule refuses the step.
        public static let refused = Code("refused")
        /// The rating module refuses the risk (an uninsurable class, a decline rule).
        public static let declined = Code("declined")
        /// A rate table has no row for what a rating asked.
        public static let rateMissing = Code("rate-missing")
        /// No identity, or one that is unknown, expired or revoked.
        public static let unauthenticated = Code("unauthenticated")
        /// The acting person lacks the role or the authority for the step.
        public static let unauthorized = Code("unauthorized")
        /// The input is larger than accepted.
        public static let tooLarge = Code("too-large")
        /// The stored data is inconsistent with itself (a bug or outside tampering).
        public static let corrupt = Code("corrupt")
        /// The storage failed (busy, full, unreadable).
        public static let storage = Code("storage")
    }

    public var code: Code
    public var message: String
    /// What the error is about: `claim CLM-2026-000001`, `policy PL-…`, a file.
    public var subject: String?
    /// The input field at fault (`at`, `reason`, `amount`), when there is one.
    public var field: String?
    /// Every defect of an input, located as precisely as the source allows.
    public var diagnostics: [Diagnostic]

    public init(_ code: Code, _ message: String, subject: String? = nil, field: String? = nil, diagnostics: [Diagnostic] = []) {
        self.code = code
        self.message = message
        self.subject = subject
        self.field = field
        self.diagnostics = diagnostics
    }

    /// Two errors are the same when a person reads the same: code, message and diagnostics
    /// (what they are about and which field is at fault are carried for front doors).
    public static func == (lhs: PuhuiError, rhs: PuhuiError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.diagnostics == rhs.diagnostics
    }

    /// The diagnostics, one a line, then the message.
    public var description: String {
        (diagnostics.map(\.description) + [message]).joined(separator: "\n")
    }

    public static func invalid(_ message: String, field: String? = nil) -> PuhuiError {
        PuhuiError(.invalidInput, message, field: field)
    }
    public static func notFound(_ message: String) -> PuhuiError { PuhuiError(.notFound, message) }
    public static func conflict(_ message: String) -> PuhuiError { PuhuiError(.conflict, message) }
    public static func refused(_ message: String) -> PuhuiError { PuhuiError(.refused, message) }
    public static func corrupt(_ message: String) -> PuhuiError { PuhuiError(.corrupt, message) }

    /// Every defect of a file or a set of files; nothing was written.
    public static func rejected(_ diagnostics: [Diagnostic]) -> PuhuiError {
        let count = diagnostics.filter { $0.severity == .error }.count
        return PuhuiError(.invalidInput, "\(count) error\(count == 1 ? "" : "s"); nothing was written", diagnostics: diagnostics)
    }

    /// Every problem of a risk; nothing was stored.
    public static func riskRejected(_ problems: [Diagnostic]) -> PuhuiError {
        let count = problems.count
        return PuhuiError(.invalidInput, "\(count) error\(count == 1 ? "" : "s") in the risk; nothing was stored", field: "risk",
                          diagnostics: problems)
    }

    /// A risk the rating module refuses; the message is the reason.
    public static func declined(_ reason: String) -> PuhuiError { PuhuiError(.declined, reason) }

    /// A rate table lacks the row a rating asked for.
    public static func rateMissing(table: String, _ message: String) -> PuhuiError {
        PuhuiError(.rateMissing, message, subject: "rate table \(table)")
    }

    /// A stored row that cannot be read back as what it should be.
    public static func corrupt(table: String, row: String, _ what: String) -> PuhuiError {
        PuhuiError(.corrupt, "stored data is corrupt: \(table) \(row): \(what)", subject: "\(table) \(row)")
    }

    /// A time given for an entry that lies in the future.
    public static func inFuture(_ at: Instant, field: String = "at") -> PuhuiError {
        PuhuiError(.invalidInput, "\(field) \(at) is in the future", field: field)
    }
}
