import Dispatch
import Hummingbird
import Logging

/// One structured log line per request, after it is answered: method, the path's template
/// (`/api/v1/quotes/{id}`, never the path itself, which may name a person's policy or claim,
/// and never the query), status, duration and the request id (from the logger's metadata).
/// Nothing of headers or bodies is logged, so no token or personal data reaches the log.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, start: start)
            return response
        } catch {
            log(request, context, status: 500, start: start)
            throw error
        }
    }

    func log(_ request: Request, _ context: Context, status: Int, start: UInt64) {
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(Self.template(context.endpointPath)),
            "status": .stringConvertible(status),
            "duration_ms": .string(Self.milliseconds(elapsed)),
        ])
    }

    /// The route's template, or `(no route)` for a path the server does not have.
    static func template(_ endpointPath: String?) -> String {
        guard let endpointPath, endpointPath != "NotFound" else { return "(no route)" }
        return endpointPath
    }

    /// Nanoseconds as milliseconds with three decimals (`12.345`), in integer arithmetic.
    static func milliseconds(_ nanoseconds: UInt64) -> String {
        let micros = (nanoseconds + 500) / 1000
        let fraction = String(micros % 1000)
        return "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
