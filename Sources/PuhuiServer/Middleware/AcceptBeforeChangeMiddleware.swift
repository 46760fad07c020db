import HTTPTypes
import OpenAPIRuntime
import PuhuiDomain

/// Refuses a change whose answer the caller would not accept before anything changes: the
/// generated layer checks `Accept` only when it encodes the answer, after the handler ran, so
/// `POST /api/v1/quotes` with `Accept: image/png` would store a quote and then answer 406.
/// Every operation that changes something answers JSON; for those, an `Accept` that allows no
/// JSON is a 406 up front.
struct AcceptBeforeChangeMiddleware: ServerMiddleware {
    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        if [.post, .put, .patch, .delete].contains(request.method), let accept = request.headerFields[.accept], !Self.allowsJSON(accept) {
            throw HTTPProblem(status: .notAcceptable, type: "not-acceptable",
                              detail: "the Accept header allows none of the media types this operation answers with (application/json)")
        }
        return try await next(request, body, metadata)
    }

    /// Whether an `Accept` value allows `application/json`: a range `application/json`,
    /// `application/*` or `*/*` without `q=0`.
    static func allowsJSON(_ accept: String) -> Bool {
        accept.split(separator: ",").contains { range in
            let (mediaRange, parameters) = MediaType.parse(String(range))
            guard ["application/json", "application/*", "*/*"].contains(mediaRange) else { return false }
            let quality = parameters.first { $0.hasPrefix("q=") }.map { $0.dropFirst(2) }
            return quality.map { ExactDecimal(String($0)).map { $0.significand > 0 } ?? false } ?? true
        }
    }
}
