import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices
import PuhuiStorage

/// `--db PATH`: the database every command that touches it accepts.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite database file (default: $PUHUI_DB, else ./puhui.sqlite).", valueName: "path"))
    var db: String?

    var path: String { SQLiteStorage.resolvePath(option: db) }

    /// The existing database; a missing file is refused and nothing is created.
    func open() throws -> SQLiteStorage {
        try SQLiteStorage.open(path: path, mode: .existing)
    }

    /// The database, created (mode 0600) when absent.
    func openCreating() throws -> SQLiteStorage {
        try SQLiteStorage.open(path: path, mode: .create)
    }
}

/// Where reference data, configuration and schemas come from.
struct EnvironmentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Reference data directory (default: $PUHUI_DATA, else ./data, else the data beside the program).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Configuration directory (default: $PUHUI_CONFIG, else ./config, else the config beside the program).", valueName: "dir"))
    var config: String?

    var environment: PuhuiEnvironment { PuhuiEnvironment.discover(data: data, config: config) }
}

/// Who acts: the bearer token in `PUHUI_TOKEN`, else in the file named by `--token-file`, else in
/// `~/.config/puhui/token`.
struct IdentityOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("File holding your token (default: $PUHUI_TOKEN, else ~/.config/puhui/token).", valueName: "file"))
    var tokenFile: String?

    static let defaultFile = ".config/puhui/token"

    /// The token, or `unauthenticated` saying where it was looked for.
    func token(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let token = environment["PUHUI_TOKEN"], !token.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return token }
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        let path = tokenFile ?? home + "/" + Self.defaultFile
        guard let data = FileManager.default.contents(atPath: path) else {
            if tokenFile != nil { throw PuhuiError(.unauthenticated, "no token: cannot read \(path)") }
            throw PuhuiError(.unauthenticated, "no token: set PUHUI_TOKEN, give --token-file FILE, or keep your token in ~/\(Self.defaultFile)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The database, the environment and who acts: what a command needs to reach the engine's services.
struct EngineOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var environment: EnvironmentOptions
    @OptionGroup var identity: IdentityOptions

    /// The engine on the existing database, without an identity (for what anyone may read).
    func engine() throws -> PuhuiEngine {
        PuhuiEngine(storage: try database.open(), environment: environment.environment)
    }

    /// The engine and the user the token proves.
    func session() throws -> (PuhuiEngine, AuthenticatedUser) {
        try LegacyIdentity.refuse()
        let engine = try engine()
        return (engine, try engine.identity.authenticate(token: try identity.token()))
    }

    /// The engine and the acting user's context at `at` (default now).
    func context(at: Instant? = nil, expectedVersion: Int? = nil) throws -> (PuhuiEngine, ActionContext) {
        let (engine, user) = try session()
        return (engine, ActionContext(user: user, at: at ?? CLI.now(), expectedVersion: expectedVersion))
    }
}

/// Who acted used to be a typed name; it is the token now. The old ways are refused, pointing at
/// tokens, rather than silently ignored.
enum LegacyIdentity {
    static let variables = ["PUHUI_ADJUSTER", "PUHUI_USER", "PUHUI_UNDERWRITER"]

    static func refuse(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        for variable in variables where !(environment[variable] ?? "").isEmpty {
            throw ValidationError("\(variable) no longer says who acts: your token does (PUHUI_TOKEN, --token-file, or ~/\(IdentityOptions.defaultFile)); unset \(variable)")
        }
    }
}

/// `--adjuster`, `--underwriter` and `--user`, refused with a pointer at tokens.
struct LegacyActorOptions: ParsableArguments {
    @Option(name: .long, help: .hidden) var adjuster: String?
    @Option(name: .long, help: .hidden) var underwriter: String?
    @Option(name: .long, help: .hidden) var user: String?

    func validate() throws {
        for (flag, value) in [("--adjuster", adjuster), ("--underwriter", underwriter), ("--user", user)] where value != nil {
            throw ValidationError("\(flag) no longer says who acts: your token does (PUHUI_TOKEN, --token-file, or ~/\(IdentityOptions.defaultFile))")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
    @Flag(name: .long, help: "Tables as wide as their contents (default: fitted to the terminal, $COLUMNS or 80).")
    var wide = false
    @Flag(name: .long, help: "Never page the output through $PAGER (also PUHUI_NO_PAGER=1).")
    var noPager = false

    func validate() throws {
        if wide { Terminal.wide = true }
    }
}

/// Runs a command body, turning the engine's failures into a message on stderr and an exit code.
enum CLI {
    /// Command-line spellings of the fields the engine names in its messages.
    static let flags = ["at": "--at", "reason": "--reason", "amount": "--amount", "lossDate": "--loss-date", "claimed": "--claimed",
                        "type": "--type", "insured": "--insured", "frequency": "--frequency", "documents": "--document",
                        "date": "--date", "out": "--out", "bookDate": "--book-date", "from": "--from", "to": "--to", "asOf": "--as-of",
                        "effective": "--effective", "reference": "--reference", "dueWithin": "--due-within",
                        "start": "--start", "name": "--name", "phone": "--phone", "bankName": "--bank", "bankAccount": "--account", "pdf": "--pdf"]

    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as PuhuiError {
            report(error)
            throw ExitCode(exitCode(error.code))
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

    /// 1 for a refused step or invalid input (the engine's failures), 77 for what the acting
    /// person may not do (sysexits EX_NOPERM).
    static func exitCode(_ code: PuhuiError.Code) -> Int32 {
        switch code {
        case .unauthorized, .unauthenticated: 77
        default: 1
        }
    }

    static func report(_ error: PuhuiError) {
        for diagnostic in error.diagnostics { printError(diagnostic.description) }
        var message = error.message
        if let field = error.field, let flag = flags[field], error.diagnostics.isEmpty { message += " (\(flag))" }
        switch error.code {
        case _ where !error.diagnostics.isEmpty: printError(message)
        case .declined: printError("declined: \(message)")
        case .stale:
            printError("error: \(message)" + (error.subject.map { " (puhui \($0.split(separator: " ").first ?? "") show \($0.split(separator: " ").last ?? ""))" } ?? ""))
        default: printError("error: \(message)")
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

    /// The `--as-of` date of a read, today when none is given.
    static func asOfDate(_ text: String?) throws -> CivilDate {
        try text.map { try parseDate($0, option: "--as-of") } ?? today()
    }

    /// `60` or `60d`: a number of days.
    static func parseDays(_ text: String, option: String) throws -> Int {
        let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
        guard let days = Int(digits), days >= 0, days <= 3660 else { throw ValidationError("\(option) '\(text)' is not a number of days such as 60 or 60d") }
        return days
    }

    static func now() -> Instant { SystemClock().now() }
    static func today() -> CivilDate { now().chinaDate }

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

/// `--at TIMESTAMP`: when something happened, for back-dated entry (never in the future).
struct AtOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("When it happened (YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM], China time unless an offset is given; default now).", valueName: "timestamp"))
    var at: String?

    func instant() throws -> Instant {
        guard let at else { return CLI.now() }
        guard let instant = Instant(parsing: at) else { throw ValidationError("--at '\(at)' is not a timestamp such as 2026-03-01T09:30") }
        return instant
    }
}


