import NIOPosix

/// The threads the engine's service calls run on. The services are synchronous and block on
/// SQLite (a write may wait for another process's transaction); running them here keeps the
/// Swift concurrency pool and the network event loops free, so a slow write never stalls
/// `GET /healthz` or the reading of other requests.
public final class ServiceThreads: Sendable {
    private let pool: NIOThreadPool

    /// Starts `count` threads.
    public init(count: Int) {
        pool = NIOThreadPool(numberOfThreads: max(1, count))
        pool.start()
    }

    /// Runs one service call on a pool thread and returns its result (or throws its error).
    func run<T: Sendable>(_ call: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(call)
    }

    /// Lets running calls finish, then stops the threads.
    public func shutdown() async throws {
        try await pool.shutdownGracefully()
    }
}
