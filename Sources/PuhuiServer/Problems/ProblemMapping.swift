import HTTPTypes
import PuhuiAPI
import PuhuiDomain

/// Where the engine's error codes become HTTP statuses and problem details (RFC 9457), in one
/// place. `type` is `/problems/` and the code; a storage failure or corrupt data says no more
/// than that the request failed (the log has the rest).
enum ProblemMapping {
    static let typePrefix = "/problems/"
    /// The type of every 500: what failed inside is not the caller's business.
    static let internalType = "internal"

    /// The HTTP status of an engine error code. Codes not listed (corrupt data, storage
    /// failures, and codes added later without a mapping) are 500.
    static func status(for code: PuhuiError.Code) -> HTTPResponse.Status {
        switch code {
        case .invalidInput: .badRequest
        case .unauthenticated: .unauthorized
        case .unauthorized: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .stale: .preconditionFailed
        case .tooLarge: .contentTooLarge
        case .refused, .declined, .rateMissing: .unprocessableContent
        default: .internalServerError
        }
    }

    /// The title of a problem type: the same for every problem of that type.
    static func title(forType type: String) -> String {
        switch type {
        case PuhuiError.Code.invalidInput.rawValue: "Invalid input"
        case PuhuiError.Code.notFound.rawValue: "Not found"
        case PuhuiError.Code.conflict.rawValue: "Conflict with what is stored"
        case PuhuiError.Code.stale.rawValue: "Changed since it was read"
        case PuhuiError.Code.refused.rawValue: "Refused by the rules"
        case PuhuiError.Code.declined.rawValue: "Declined"
        case PuhuiError.Code.rateMissing.rawValue: "No rate for this risk"
        case PuhuiError.Code.unauthenticated.rawValue: "Not authenticated"
        case PuhuiError.Code.unauthorized.rawValue: "Not permitted"
        case PuhuiError.Code.tooLarge.rawValue: "Too large"
        case "timeout": "Too slow"
        case "not-acceptable": "Not acceptable"
        case "unsupported-media-type": "Unsupported media type"
        case "method-not-allowed": "Method not allowed"
        case "precondition-required": "Precondition required"
        default: "Internal error"
        }
    }

    /// The problem details of an engine error.
    static func problem(_ error: PuhuiError, requestID: String) -> (HTTPResponse.Status, Components.Schemas.Problem) {
        let status = status(for: error.code)
        if status == .internalServerError { return internalProblem(requestID: requestID) }
        return (status, Components.Schemas.Problem(
            _type: typePrefix + error.code.rawValue, title: title(forType: error.code.rawValue), status: status.code,
            detail: error.message, field: error.field, subject: error.subject, requestId: requestID,
            diagnostics: contract(error.diagnostics)))
    }

    /// The problem details of a problem the HTTP layer found.
    static func problem(_ problem: HTTPProblem, requestID: String) -> (HTTPResponse.Status, Components.Schemas.Problem) {
        (problem.status, Components.Schemas.Problem(
            _type: typePrefix + problem.type, title: title(forType: problem.type), status: problem.status.code,
            detail: problem.detail, field: problem.field, requestId: requestID, diagnostics: contract(problem.diagnostics)))
    }

    /// A 500 that tells nothing of what failed.
    static func internalProblem(requestID: String) -> (HTTPResponse.Status, Components.Schemas.Problem) {
        (.internalServerError, Components.Schemas.Problem(
            _type: typePrefix + internalType, title: title(forType: internalType), status: 500,
            detail: "the server could not complete the request; quote request id \(requestID) when reporting it",
            requestId: requestID))
    }

    static func contract(_ diagnostics: [Diagnostic]) -> [Components.Schemas.Diagnostic]? {
        guard !diagnostics.isEmpty else { return nil }
        return diagnostics.map {
            Components.Schemas.Diagnostic(path: $0.path, line: $0.line, column: $0.column,
                                          severity: $0.severity == .warning ? .warning : .error, message: $0.message)
        }
    }
}
