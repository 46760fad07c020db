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

    /// Creates the database (with the shipped catalog), as a new user's first command does.
    func createDatabase() throws {
        let result = try run(["catalog", "load"])
        precondition(result.status == 0, "catalog load failed: \(result.stderr)")
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], useDatabase: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PuhuiRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
        var env = ProcessInfo.processInfo.environment
        env["PUHUI_DB"] = useDatabase ? database : nil
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
