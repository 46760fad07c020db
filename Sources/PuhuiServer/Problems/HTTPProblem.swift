import HTTPTypes
import PuhuiDomain

/// A problem the HTTP layer finds by itself, before or around the engine: a body too large,
/// too slow or nested too deeply, a media type the operation does not take or give, a path or
/// method the contract does not have. Rendered like the engine's errors, as problem details.
struct HTTPProblem: Error, Sendable {
    var status: HTTPResponse.Status
    /// The problem type's code, as `PuhuiError.Code` names the engine's (`too-large`).
    var type: String
    var detail: String
    var field: String? = nil
    var diagnostics: [Diagnostic] = []
    /// Headers the answer needs besides the problem (`Allow` for 405).
    var headers: HTTPFields = [:]

    static func bodyTooLarge(limit: Int) -> HTTPProblem {
        HTTPProblem(status: .contentTooLarge, type: PuhuiError.Code.tooLarge.rawValue,
                    detail: "the request body is larger than \(limit) bytes", field: "body")
    }

    static func bodyTimeout(_ limit: Duration) -> HTTPProblem {
        HTTPProblem(status: .requestTimeout, type: "timeout",
                    detail: "the request body did not arrive within \(limit.components.seconds) seconds", field: "body")
    }

    static func noOperation() -> HTTPProblem {
        HTTPProblem(status: .notFound, type: PuhuiError.Code.notFound.rawValue, detail: "there is no operation at this path")
    }

    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method]) -> HTTPProblem {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        return HTTPProblem(status: .methodNotAllowed, type: "method-not-allowed",
                           detail: "this path takes \(list), not \(method.rawValue)", headers: [.allow: list])
    }
}
