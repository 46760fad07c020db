import GRDB
import PuhuiServices
import Synchronization

/// A read-only connection of its own for the generations read without waiting (users',
/// catalog's), opened on first use (a server's; a CLI command never opens it). It reads one
/// row, on the calling thread, and never waits: a busy file answers nil and the caller takes
/// the ordinary path.
final class GenerationProbe: Sendable {
    /// The counters (schema v17), each a one-row table.
    enum Counter: String {
        case identity = "identity_generation"
        case catalog = "catalog_generation"
    }

    private let connection = Mutex<DatabaseQueue?>(nil)

    func generation(_ counter: Counter, path: String) -> Int64? {
        connection.withLock { connection -> Int64? in
            do {
                if connection == nil {
                    var configuration = Configuration()
                    configuration.readonly = true
                    configuration.busyMode = .immediateError
                    configuration.label = "puhui-generation-probe"
                    connection = try DatabaseQueue(path: path, configuration: configuration)
                }
                return try connection?.read { db in
                    try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM \(counter.rawValue) WHERE id = 1"))
                }
            } catch {
                // Busy, or a book from before v17 opened by another program's migration: the
                // ordinary path answers (and says what is wrong, if anything is).
                return nil
            }
        }
    }
}

extension SQLiteStorage {
    public func identityGenerationWithoutWaiting() -> Int64? {
        generationWithoutWaiting(.identity)
    }

    public func catalogGenerationWithoutWaiting() -> Int64? {
        generationWithoutWaiting(.catalog)
    }

    func generationWithoutWaiting(_ counter: GenerationProbe.Counter) -> Int64? {
        guard let path else {
            // In memory: the one connection, which nothing outside this process can hold.
            return try? writer.read { db in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM \(counter.rawValue) WHERE id = 1"))
            }
        }
        return generationProbe.generation(counter, path: path)
    }
}
