import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// The book in one SQLite file (GRDB): one `DatabasePool` per file per process (WAL, one
/// writer, concurrent readers), foreign keys on, writers waiting up to `busyTimeout` for another
/// process's write, and every commit synced to disk (`synchronous = FULL`), since a committed
/// payment must survive a power cut.
public final class SQLiteStorage: PuhuiStorage {
    /// Opening a file that does not exist: refused, or created (readable by its owner only).
    public enum OpenMode: Sendable {
        /// The database must exist already (every command but `init` and `catalog load`).
        case existing
        /// Created when absent, with mode 0600: it holds personal data.
        case create
    }

    public static let busyTimeout: TimeInterval = 10
    /// Where the database lives when neither an option nor `PUHUI_DB` says otherwise.
    public static let defaultPath = "puhui.sqlite"
    public static let environmentVariable = "PUHUI_DB"

    let writer: any DatabaseWriter
    /// The file, or nil in memory.
    public let path: String?
    /// The users' and the catalog's generations read without waiting (a server's caches).
    let generationProbe = GenerationProbe()

    init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// The path from an explicit option, else `PUHUI_DB`, else `./puhui.sqlite`.
    public static func resolvePath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "puhui"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            db.add(function: ChinaDay.dueFunction)
        }
        return configuration
    }

    /// Opens the database file at `path` and brings its schema up to date. With `.existing` a
    /// missing file is refused and nothing is created; with `.create` a missing file is created
    /// with mode 0600. A file that is not a Puhui database is refused either way.
    public static func open(path: String, mode: OpenMode) throws -> SQLiteStorage {
        let manager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !manager.fileExists(atPath: directory) {
            throw PuhuiError(.notFound, "no Puhui database at \(path): the directory \(directory) does not exist")
        }
        var created = false
        if !manager.fileExists(atPath: path) {
            guard mode == .create else { throw PuhuiError(.notFound, "no Puhui database at \(path)") }
            let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR)
            guard descriptor >= 0 else { throw PuhuiError(.storage, "cannot create the database \(path) (errno \(errno))") }
            close(descriptor)
            created = true
        }
        let empty = ((try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)??.intValue ?? 0) == 0
        if !empty && !hasSQLiteHeader(path) {
            throw PuhuiError(.invalidInput, "\(path) is not a Puhui database")
        }
        if empty && mode == .existing {
            throw PuhuiError(.invalidInput, "\(path) is not a Puhui database (the file is empty)")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            if created { try? manager.removeItem(atPath: path) }
            throw PuhuiError(.storage, "cannot open the database \(path) (\(error.localizedDescription))")
        }
        if !empty {
            let isPuhui = try pool.read { db in
                try db.tableExists("grdb_migrations")
                    && (try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations WHERE identifier = 'v1-catalog'")) != nil
            }
            guard isPuhui else { throw PuhuiError(.invalidInput, "\(path) is not a Puhui database") }
        }
        try mapped { try PuhuiSchema.migrator.migrate(pool) }
        return SQLiteStorage(writer: pool, path: path)
    }

    /// A private in-memory database with the full schema, for tests and stateless commands.
    public static func inMemory() throws -> SQLiteStorage {
        let queue = try DatabaseQueue(configuration: configuration())
        try PuhuiSchema.migrator.migrate(queue)
        return SQLiteStorage(writer: queue, path: nil)
    }

    static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    public func read<T>(_ body: (any StorageSession) throws -> T) throws -> T {
        try Self.mapped { try writer.read { db in try body(SQLiteSession(db)) } }
    }

    public func write<T>(_ body: (any StorageSession) throws -> T) throws -> T {
        try Self.mapped { try writer.write { db in try body(SQLiteSession(db)) } }
    }

    /// Runs `body`, turning SQLite's failures into the engine's error. GRDB keeps bound values
    /// out of its messages, so no personal data leaks into them.
    static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            let message = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw PuhuiError(.storage, "database: busy (another program is writing); try again")
            case .SQLITE_CONSTRAINT:
                throw PuhuiError(.conflict, "database: \(message)")
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                throw PuhuiError(.corrupt, "database: \(message)")
            default:
                throw PuhuiError(.storage, "database: \(message)")
            }
        }
    }
}

/// The China-day arithmetic of deadlines, for SQL: the same rule as `ClaimClockRules.due`
/// (the end of the day `days` calendar days after the day of an instant, China time).
enum ChinaDay {
    static let dueFunction = DatabaseFunction("puhui_due_after_days", argumentCount: 2, pure: true) { values in
        guard let seconds = Int64.fromDatabaseValue(values[0]), let days = Int.fromDatabaseValue(values[1]) else { return nil }
        return ClaimClockRules.due(Instant(secondsSinceEpoch: seconds), days: days).secondsSinceEpoch
    }
}
