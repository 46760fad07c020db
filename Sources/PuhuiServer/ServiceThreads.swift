import NIOCore
import NIOPosix

/// The threads the engine's service calls run on. The services are synchronous and block on
/// SQLite (a write may wait for another process's transaction); running them here keeps the
/// Swift concurrency pool and the network event loops free, so a slow write never stalls
/// `GET /healthz` or the reading of other requests.
///
/// Calls that only read run on threads of their own (`read`), as few as the machine has cores:
/// in WAL mode a read never waits for a writer, so more threads would only add switching
/// between them (measured: a claim read cost a quarter more CPU with eight than with two), and
/// writes waiting for the file can never hold up a read.
public final class ServiceThreads: Sendable {
    private let pool: NIOThreadPool
    private let readers: NIOThreadPool

    /// Starts `count` threads for changes and `readers` for reads.
    public init(count: Int, readers: Int = ServiceThreads.defaultReaders) {
        pool = NIOThreadPool(numberOfThreads: max(1, count))
        pool.start()
        self.readers = NIOThreadPool(numberOfThreads: max(1, readers))
        self.readers.start()
    }

    /// One reading thread per core, and at least two.
    public static var defaultReaders: Int { max(2, System.coreCount) }

    /// Runs one service call on a pool thread and returns its result (or throws its error).
    func run<T: Sendable>(_ call: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(call)
    }

    /// Runs a service call that only reads the book on a reading thread.
    func read<T: Sendable>(_ call: @escaping @Sendable () throws -> T) async throws -> T {
        try await readers.runIfActive(call)
    }

    /// Lets running calls finish, then stops the threads.
    public func shutdown() async throws {
        try await pool.shutdownGracefully()
        try await readers.shutdownGracefully()
    }
}
