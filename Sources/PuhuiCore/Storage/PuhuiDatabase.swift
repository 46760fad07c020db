import Foundation
import GRDB

/// Opens the engine's SQLite database and brings its schema up to date.
///
/// One `DatabasePool` per file per process (WAL, one writer, concurrent readers); foreign keys
/// on; writers wait up to `busyTimeout` for another process's write to finish.
public enum PuhuiDatabase {
    /// Where the database lives when neither `--db` nor `PUHUI_DB` says otherwise.
    public static let defaultPath = "puhui.sqlite"
    public static let environmentVariable = "PUHUI_DB"
    public static let busyTimeout: TimeInterval = 10

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
        return configuration
    }

    /// Opens (creating when absent) the database file at `path` and migrates it.
    public static func open(path: String) throws -> DatabasePool {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            throw PuhuiError.invalid("database \(path): directory \(directory) does not exist")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw PuhuiError.invalid("database \(path): cannot open (\(error.localizedDescription))")
        }
        try PuhuiSchema.migrator.migrate(pool)
        return pool
    }

    /// A private in-memory database with the full schema, for tests and stateless commands.
    public static func inMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        try PuhuiSchema.migrator.migrate(queue)
        return queue
    }
}
