import NIOCore
import PuhuiDomain

/// What the server knows of the request being handled, for code the generated OpenAPI layer
/// calls without Hummingbird's context: its id, the body as checked by `RequestBodyGuard`, and
/// the user its bearer token proves (`BearerTokenMiddleware`). Set by middleware as a
/// task-local value for the duration of the request; handlers build their `ActionContext`
/// from it (`RequestScope.context`).
struct RequestScope: Sendable {
    @TaskLocal static var current = RequestScope()

    /// How diagnostics name the request body as the input a problem is in.
    static let bodySource = "request body"

    /// The request id, as in the `X-Request-ID` header and the access log.
    var requestID: String = "-"
    /// The request body, complete, within the size, depth and list limits; nil when the
    /// request has none or it was not read.
    var body: ByteBuffer? = nil
    /// The signed-in user; nil for an anonymous request.
    var user: AuthenticatedUser? = nil
}
