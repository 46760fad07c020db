import NIOCore

/// What the server knows of the request being handled, for code the generated OpenAPI layer
/// calls without Hummingbird's context: its id, and the body as checked by `RequestBodyGuard`.
/// Set by middleware as a task-local value for the duration of the request.
///
/// The caller's identity joins these when accounts exist: a bearer-token middleware sets it
/// here, and the handlers build their `ActionContext` from it.
struct RequestScope: Sendable {
    @TaskLocal static var current = RequestScope()

    /// How diagnostics name the request body as the input a problem is in.
    static let bodySource = "request body"

    /// The request id, as in the `X-Request-ID` header and the access log.
    var requestID: String = "-"
    /// The request body, complete, within the size, depth and list limits; nil when the
    /// request has none or it was not read.
    var body: ByteBuffer? = nil
}
