import Foundation
import Hummingbird
import Logging
import OpenAPIRuntime
import PuhuiAPI
import PuhuiDomain

/// Answers every error thrown while handling a request with problem details
/// (`application/problem+json`): the engine's errors, the HTTP layer's, the generated layer's
/// decoding and content-type failures, and anything else as a 500 that says nothing of what
/// failed. A 500 is logged with what may be logged: the engine's code and message (which name
/// tables and rows, never personal data) or the error's type only; never a request's content.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    static var mediaType: String { "application/problem+json" }

    /// The contract's paths and their methods, to tell a method a path lacks (405) from a path
    /// the contract lacks (404).
    let operations: OperationMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let requestID = RequestScope.current.requestID
            var failure: any Error = error
            if let notFound = error as? HTTPError, notFound.status == .notFound, let allowed = operations.allowed(onPath: request.uri.path) {
                failure = HTTPProblem.methodNotAllowed(request.method, allowed: allowed)
            }
            var (status, problem, headers) = Self.problem(for: failure, requestID: requestID, logger: context.logger)
            if status == .unauthorized {
                // RFC 6750: the scheme, and whether a token was sent but did not authenticate.
                headers[.wwwAuthenticate] = request.headers[.authorization] == nil
                    ? #"Bearer realm="puhui""# : #"Bearer realm="puhui", error="invalid_token""#
            }
            return Self.response(status: status, problem: problem, headers: headers)
        }
    }

    /// The problem details for any error, logging the ones that are the server's fault.
    static func problem(for error: any Error, requestID: String, logger: Logger)
        -> (HTTPResponse.Status, Components.Schemas.Problem, HTTPFields) {
        switch error {
        case let error as PuhuiError:
            let (status, problem) = ProblemMapping.problem(error, requestID: requestID)
            if status == .internalServerError {
                logger.error("request failed", metadata: ["error.code": .string(error.code.rawValue), "error.message": .string(error.message)])
            }
            return (status, problem, [:])
        case let error as HTTPProblem:
            let (status, problem) = ProblemMapping.problem(error, requestID: requestID)
            return (status, problem, error.headers)
        case let error as ServerError:
            return generatedLayerProblem(error, requestID: requestID, logger: logger)
        case let error as HTTPError where error.status == .notFound:
            let (status, problem) = ProblemMapping.problem(HTTPProblem.noOperation(), requestID: requestID)
            return (status, problem, [:])
        case let error as HTTPError where (400..<500).contains(error.status.code):
            let problem = HTTPProblem(status: error.status, type: PuhuiError.Code.invalidInput.rawValue,
                                      detail: error.body ?? error.status.reasonPhrase)
            let (status, body) = ProblemMapping.problem(problem, requestID: requestID)
            return (status, body, [:])
        default:
            logger.error("request failed", metadata: ["error.type": .string(String(reflecting: type(of: error)))])
            let (status, problem) = ProblemMapping.internalProblem(requestID: requestID)
            return (status, problem, [:])
        }
    }

    /// An error of the generated layer: the handler's own error inside it, or a request the
    /// contract does not allow (a body that does not decode, a wrong media type).
    static func generatedLayerProblem(_ error: ServerError, requestID: String, logger: Logger)
        -> (HTTPResponse.Status, Components.Schemas.Problem, HTTPFields) {
        let underlying = error.underlyingError
        if underlying is PuhuiError || underlying is HTTPProblem {
            return problem(for: underlying, requestID: requestID, logger: logger)
        }
        if let decoding = underlying as? DecodingError {
            // Only POST, PUT and PATCH carry a body (the others decode parameters only).
            let inBody = [.post, .put, .patch].contains(error.request.method)
            let (status, problem) = ProblemMapping.problem(Self.decodingProblem(decoding, inBody: inBody), requestID: requestID)
            return (status, problem, [:])
        }
        let problem: HTTPProblem
        switch error.httpStatus {
        case .badRequest:
            problem = HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue,
                                  detail: "the request does not match the contract: \(error.causeDescription)")
        case .notAcceptable:
            problem = HTTPProblem(status: .notAcceptable, type: "not-acceptable",
                                  detail: "the Accept header allows none of the media types this operation answers with")
        case .unsupportedMediaType:
            problem = HTTPProblem(status: .unsupportedMediaType, type: "unsupported-media-type",
                                  detail: "the request body must be application/json", field: "body")
        default:
            logger.error("request failed", metadata: ["operation": .string(error.operationID),
                                                      "error.cause": .string(error.causeDescription),
                                                      "error.type": .string(String(reflecting: type(of: underlying)))])
            let (status, body) = ProblemMapping.internalProblem(requestID: requestID)
            return (status, body, [:])
        }
        let (status, body) = ProblemMapping.problem(problem, requestID: requestID)
        return (status, body, [:])
    }

    /// A body that is JSON but not the shape the contract says, naming the field at fault; or a
    /// parameter that is not of its type (the generated layer does not say which).
    static func decodingProblem(_ error: DecodingError, inBody: Bool) -> HTTPProblem {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
        }
        func invalid(_ field: String, _ detail: String) -> HTTPProblem {
            HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue, detail: detail,
                        field: field.isEmpty ? "body" : field)
        }
        switch error {
        case let .keyNotFound(key, context):
            let field = path(context.codingPath + [key])
            return invalid(field, "field '\(field)' is missing")
        case let .valueNotFound(_, context):
            let field = path(context.codingPath)
            return invalid(field, "field '\(field)' must not be null")
        case let .typeMismatch(_, context) where context.codingPath.isEmpty && !inBody,
             let .dataCorrupted(context) where context.codingPath.isEmpty && !inBody:
            return HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue,
                               detail: "a path or query parameter is not of its type: \(context.debugDescription)")
        case let .typeMismatch(_, context):
            let field = path(context.codingPath)
            return invalid(field, field.isEmpty ? "the request body has the wrong shape: \(context.debugDescription)"
                                                : "field '\(field)' has the wrong type: \(context.debugDescription)")
        case let .dataCorrupted(context) where context.debugDescription.hasPrefix("Additional properties are disabled"):
            let field = path(context.codingPath)
            return invalid(field, "field '\(field)' is not a field of this request")
        case let .dataCorrupted(context):
            let field = path(context.codingPath)
            return invalid(field, field.isEmpty ? "the request body is not valid: \(context.debugDescription)"
                                                : "field '\(field)' is not valid: \(context.debugDescription)")
        @unknown default:
            return invalid("", "the request body is not valid")
        }
    }

    static func response(status: HTTPResponse.Status, problem: Components.Schemas.Problem, headers: HTTPFields) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var fields = headers
        fields[.contentType] = mediaType
        guard let data = try? encoder.encode(problem) else {
            return Response(status: .internalServerError, headers: fields, body: .init(byteBuffer: ByteBuffer()))
        }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
