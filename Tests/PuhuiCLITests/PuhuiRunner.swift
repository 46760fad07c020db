import Foundation

/// Runs the built `puhui` binary as a user would, from the package root.
struct PuhuiRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let binary: String = {
        // The test runner lives in the build products directory beside the puhui executable.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("puhui").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot + "/.build/debug/puhui"
    }()

    /// A scratch directory with a database path, removed by the caller's `cleanUp()`.
    let directory: String
    var database: String { directory + "/puhui.sqlite" }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    var tokens: String { directory + "/tokens" }

    /// Sets up a book as a new installation does: `puhui init` with admin.li, the staff of
    /// config/ imported (each gets a token in `tokens/` when a test first acts as them), and with
    /// `catalog` the shipped catalog loaded by product.wu.
    func createDatabase(catalog: Bool = true) throws {
        try FileManager.default.createDirectory(atPath: tokens, withIntermediateDirectories: true)
        let initialized = try run(["init", "--admin", "admin.li", "--token-out", tokens + "/admin.li"])
        guard initialized.status == 0 else { throw SetupFailed(step: "init", stderr: initialized.stderr) }
        let imported = try run(["user", "import"], as: "admin.li")
        guard imported.status == 0 else { throw SetupFailed(step: "user import", stderr: imported.stderr) }
        if catalog {
            let loaded = try run(["catalog", "load"], as: "product.wu")
            guard loaded.status == 0 else { throw SetupFailed(step: "catalog load", stderr: loaded.stderr) }
        }
    }

    struct SetupFailed: Error, CustomStringConvertible {
        var step: String
        var stderr: String
        var description: String { "setting up the test book failed at \(step): \(stderr)" }
    }

    /// The token of `user` (after `createDatabase`), issued by admin.li the first time it is asked for.
    func token(_ user: String) throws -> String {
        let path = tokens + "/" + user
        if !FileManager.default.fileExists(atPath: path) {
            let issued = try run(["user", "token", user, "--out", path], as: "admin.li")
            guard issued.status == 0 else { throw SetupFailed(step: "token \(user)", stderr: issued.stderr) }
        }
        return try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs puhui with `arguments`, as `user` (their token in PUHUI_TOKEN) or with no token at all.
    @discardableResult
    func run(_ arguments: [String], as user: String? = nil, stdin: String? = nil, environment: [String: String] = [:],
             useDatabase: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PuhuiRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
        var env = ProcessInfo.processInfo.environment
        env["PUHUI_DB"] = useDatabase ? database : nil
        // No identity leaks in from the shell running the tests: a token only when asked for,
        // and a home of our own so ~/.config/puhui/token is not found by accident.
        env["PUHUI_TOKEN"] = try user.map { try token($0) }
        env["HOME"] = directory
        for variable in ["PUHUI_ADJUSTER", "PUHUI_USER", "PUHUI_UNDERWRITER"] { env[variable] = nil }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func sqlCount(_ table: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, "SELECT count(*) FROM \(table)"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}
