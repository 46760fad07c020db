import ArgumentParser
import Foundation
import GRDB
import PuhuiCore

/// `--db PATH`: the database every command that touches it accepts.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite database file (default: $PUHUI_DB, else ./puhui.sqlite).", valueName: "path"))
    var db: String?

    var path: String { PuhuiDatabase.resolvePath(option: db) }

    func open() throws -> DatabasePool {
        try PuhuiDatabase.open(path: path)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
}

/// Runs a command body, turning the engine's failures into a message on stderr and exit 1.
enum CLI {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputRejected {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("\(count) error\(count == 1 ? "" : "s"); nothing was written")
            throw ExitCode(1)
        } catch let error as RiskRejected {
            for problem in error.problems { printError(problem.description) }
            let count = error.problems.count
            printError("\(count) error\(count == 1 ? "" : "s") in the risk; nothing was stored")
            throw ExitCode(1)
        } catch let error as RatingDeclined {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as RateLookupError {
            printError("error: \(error.message)")
            throw ExitCode(1)
        } catch let error as PuhuiError {
            printError("error: \(error.message)")
            throw ExitCode(1)
        } catch let error as DatabaseError {
            printError("error: database: \(error.message ?? "\(error.resultCode)")")
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func parseDate(_ text: String, option: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\(option) '\(text)' is not a date YYYY-MM-DD")
        }
        return date
    }

    static func today() -> CivilDate { Instant.now().chinaDate }

    /// The text of FILE, or of standard input for `-`.
    static func readInput(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PuhuiError.invalid("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PuhuiError.invalid("\(path): the file is not UTF-8 text")
        }
        return text
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// `--data DIR`: the reference data (size standard, industry mapping, holidays).
struct ReferenceDataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Reference data directory (default: $PUHUI_DATA, else ./data, else the data beside the program).", valueName: "dir"))
    var data: String?

    var directory: String { ProjectDirectory.resolve(explicit: data, environment: "PUHUI_DATA", name: "data", marker: SizeStandard.standardFile) }

    func sizeStandard() throws -> SizeStandard {
        try SizeStandard.load(directory: directory)
    }
}

/// Finds a directory of the project (data/, config/): explicit, else an environment variable,
/// else in the working directory, else beside the program (<repo>/.build/<triple>/<config>/puhui).
enum ProjectDirectory {
    static func resolve(explicit: String?, environment: String, name: String, marker: String) -> String {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment[environment], !fromEnvironment.isEmpty { return fromEnvironment }
        if FileManager.default.fileExists(atPath: name + "/" + marker) { return name }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return name
    }
}

/// `--config DIR`: staff and their authority (underwriters.csv, adjusters.csv).
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Configuration directory (default: $PUHUI_CONFIG, else ./config, else the config beside the program).", valueName: "dir"))
    var config: String?

    var directory: String { ProjectDirectory.resolve(explicit: config, environment: "PUHUI_CONFIG", name: "config", marker: "underwriters.csv") }

    func underwriters() throws -> AuthorityTable { try AuthorityTable.load(path: directory + "/underwriters.csv") }
    func adjusters() throws -> AuthorityTable { try AuthorityTable.load(path: directory + "/adjusters.csv") }
}

/// `--at TIMESTAMP`: when something happened, for back-dated entry (never in the future).
struct AtOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("When it happened (YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM], China time unless an offset is given; default now).", valueName: "timestamp"))
    var at: String?

    func instant() throws -> Instant {
        guard let at else { return .now() }
        guard let instant = Instant(parsing: at) else { throw ValidationError("--at '\(at)' is not a timestamp such as 2026-03-01T09:30") }
        return instant
    }
}

/// `--user NAME`: who acts (else $PUHUI_USER, else $USER).
struct UserOption: ParsableArguments {
    @Option(name: .long, help: "Who is acting (default: $PUHUI_USER, else $USER).")
    var user: String?

    var name: String {
        user ?? ProcessInfo.processInfo.environment["PUHUI_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}
