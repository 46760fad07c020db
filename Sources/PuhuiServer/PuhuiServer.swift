import Hummingbird
import Logging
import NIOCore
import OpenAPIRuntime
import PuhuiServices
import ServiceLifecycle
import UnixSignals

/// The HTTP front door: the contract's operations over one book's engine, with the
/// infrastructure every operation shares. Middleware runs in this order:
///
/// 1. `RequestIDMiddleware`: the request id, in the log's metadata and the response.
/// 2. `AccessLogMiddleware`: one log line per request, once it is answered.
/// 3. `ProblemMiddleware`: every error becomes problem details.
/// 4. `RequestBodyGuard`: bodies read within size, time, depth and list limits.
///
/// then the generated layer decodes the request, and before it calls `PuhuiAPIHandlers`:
///
/// 5. `BearerTokenMiddleware`: the user the bearer token proves (anonymous without one).
/// 6. `AcceptBeforeChangeMiddleware`, `LocationHeaderMiddleware`.
/// 7. `DirectAnswerMiddleware`: a claim read and a quote answered without the generated
///    serializer (the generated layer stays the reference, and answers whatever this does not).
public enum PuhuiServer {
    /// The router with the middleware and the contract's operations.
    public static func router(engine: PuhuiEngine, settings: ServerSettings, threads: ServiceThreads) throws -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        let operations = OperationMethods()
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: ProblemMiddleware(operations: operations))
        router.add(middleware: RequestBodyGuard(settings: settings))
        let routes = OperationRoutes(router: router, methods: operations)
        // Compact JSON: the answers are for programs (and `jq` for people).
        let handlers = PuhuiAPIHandlers(engine: engine, threads: threads, settings: settings)
        try handlers.registerHandlers(on: routes, configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]),
                                      middlewares: [BearerTokenMiddleware(identity: engine.identity, threads: threads), AcceptBeforeChangeMiddleware(),
                                                   LocationHeaderMiddleware(), DirectAnswerMiddleware(handlers: handlers)])
        try Pages.register(on: router, engine: engine, threads: threads, settings: settings)
        return router
    }

    /// The application: HTTP/1.1 on the settings' address, closing connections that stay
    /// silent longer than the idle timeout. `onServerRunning` learns the bound port (useful
    /// with port 0).
    public static func application(engine: PuhuiEngine, settings: ServerSettings, threads: ServiceThreads, logger: Logger,
                                   onServerRunning: @escaping @Sendable (Int?) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        Application(
            router: try router(engine: engine, settings: settings, threads: threads),
            server: .http1(configuration: .init(idleTimeout: TimeAmount(settings.idleTimeout))),
            configuration: .init(address: .hostname(settings.host, port: settings.port)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port) },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT; then stops accepting connections, lets the requests in
    /// flight finish (their service calls complete and commit, or roll back as a whole), and
    /// returns.
    public static func run(engine: PuhuiEngine, settings: ServerSettings, logger: Logger,
                           onServerRunning: @escaping @Sendable (Int?) async -> Void = { _ in }) async throws {
        let threads = ServiceThreads(count: settings.serviceThreads)
        do {
            let app = try application(engine: engine, settings: settings, threads: threads, logger: logger, onServerRunning: onServerRunning)
            let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        } catch {
            try? await threads.shutdown()
            throw error
        }
        try await threads.shutdown()
        logger.info("stopped")
    }
}
