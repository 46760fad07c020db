import Hummingbird
import HTTPTypes
import Logging

extension HTTPField.Name {
    /// `X-Request-ID`: the id that ties a response to its line in the server's log.
    static let requestID = HTTPField.Name("X-Request-ID")!
}

/// Gives every request an id: the caller's own `X-Request-ID` when it is well-formed (so a
/// channel can follow its calls through), else a new one. The id goes into the logger's
/// metadata, the request scope, problem details and the response's `X-Request-ID`.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest id taken from a caller.
    static var maxLength: Int { 64 }
    /// Where Hummingbird keeps the id it gives every request.
    static var hummingbirdKey: String { "hb.request.id" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let own = context.logger[metadataKey: Self.hummingbirdKey].map { "\($0)" }
        let id = request.headers[.requestID].flatMap(Self.accepted) ?? own ?? RequestID().description
        // One id per log line: ours, in place of the one Hummingbird made.
        context.logger[metadataKey: Self.hummingbirdKey] = nil
        context.logger[metadataKey: "request_id"] = .string(id)
        var scope = RequestScope.current
        scope.requestID = id
        var response = try await RequestScope.$current.withValue(scope) { try await next(request, context) }
        response.headers[.requestID] = id
        return response
    }

    /// A caller's id when it is 1 to 64 letters, digits and `-._:`; nothing else reaches the log.
    static func accepted(_ value: String) -> String? {
        guard (1...maxLength).contains(value.utf8.count) else { return nil }
        let allowed = value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"): true
            default: false
            }
        }
        return allowed ? value : nil
    }
}
