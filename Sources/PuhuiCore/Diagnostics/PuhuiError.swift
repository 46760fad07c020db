/// A failure a person reads: it names its subject (the claim, policy, party, file) and says
/// what is wrong. The code is extensible, so new failures do not break callers that switch on it.
public struct PuhuiError: Error, Sendable, CustomStringConvertible, Equatable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input is malformed or outside what the rules allow.
        public static let invalidInput = Code("invalid-input")
        /// The thing named does not exist.
        public static let notFound = Code("not-found")
        /// The request conflicts with what is stored (immutable version, duplicate, stale read).
        public static let conflict = Code("conflict")
        /// The state machine or a rule refuses the step.
        public static let refused = Code("refused")
        /// The acting person lacks the authority for the step.
        public static let unauthorized = Code("unauthorized")
        /// The stored data is inconsistent with itself (a bug or outside tampering).
        public static let corrupt = Code("corrupt")
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    public static func invalid(_ message: String) -> PuhuiError { PuhuiError(.invalidInput, message) }
    public static func notFound(_ message: String) -> PuhuiError { PuhuiError(.notFound, message) }
    public static func conflict(_ message: String) -> PuhuiError { PuhuiError(.conflict, message) }
    public static func refused(_ message: String) -> PuhuiError { PuhuiError(.refused, message) }
}
