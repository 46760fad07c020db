import Foundation
import PuhuiTestSupport
import Testing

/// `puhui serve` as its user runs it: on a book with its staff and catalog, stopped by a signal,
/// and checked against its contract by scripts/api-contract.sh.
@Suite struct ServeCLITests {
    @Test func aMissingBookIsRefusedBeforeListening() throws {
        let runner = try PuhuiRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["serve", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no Puhui database at"))
    }

    @Test func aPortOutOfRangeIsAUsageError() throws {
        let runner = try PuhuiRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["serve", "--port", "70000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--port 70000 is not a port number"))
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalLetsTheRequestInFlightFinishThenTheServerExits0(signal: Int32) async throws {
        let runner = try PuhuiRunner()
        defer { runner.cleanUp() }
        try runner.createDatabase()
        let clerk = try runner.token("clerk.ma")
        let server = try ServerProcess(runner: runner)
        defer { server.stop() }
        let port = try server.waitForPort()

        let body = try String(contentsOfFile: PuhuiRunner.packageRoot + "/examples/risks/property-shop.json", encoding: .utf8)
        let request = LoopbackHTTP.request("POST", "/api/v1/quotes", body: "{\"product\": \"PH-PROP-SHOP\", \"asOf\": \"2026-06-30\", \"risk\": \(body)}",
                                           headers: ["Content-Type": "application/json", "Authorization": "Bearer \(clerk)"])
        let bytes = Array(request.utf8)
        let split = bytes.count - 40
        // The client's steps run on a thread of their own, timed with Thread.sleep: an async test
        // resumes only when the shared pool has a thread free, and with the rest of the suite
        // blocking it, "300 ms later" once came after the server's 30-second body limit.
        let response = try await LoopbackHTTP.blocking {
            let connection = try LoopbackHTTP(port: port)
            try connection.send(Array(bytes[..<split]))
            Thread.sleep(forTimeInterval: 0.3)
            server.signal(signal)
            Thread.sleep(forTimeInterval: 0.3)
            try connection.send(Array(bytes[split...]))
            return try connection.readResponse()
        }
        #expect(response.status == 201, "the server's log:\n\(server.log)")
        #expect(response.body.contains("\"premium\":\"810.00\""))
        #expect(try server.waitForExit() == 0)
        #expect(server.log.contains("stopped"))
        // The quote was committed: the book has it after the server is gone.
        #expect(try runner.sqlCount("quote") == 1)
    }

    /// openapi-spec-validator, the served document, and schemathesis against the running server
    /// (scripts/api-contract.sh); it fails when a tool is missing (./scripts/bootstrap.sh).
    @Test func theRunningServerKeepsItsContract() async throws {
        let (status, text) = try await Self.runScript("scripts/api-contract.sh")
        #expect(status == 0, "scripts/api-contract.sh failed:\n\(text.suffix(6000))")
        #expect(text.contains("contract checks passed"))
    }

    /// A customer quotes, applies, reports and uploads; an adjuster decides and pays with
    /// If-Match and an Idempotency-Key; the customer sees the claim paid (scripts/api-e2e.sh).
    @Test func theOnlineServiceWorksEndToEnd() async throws {
        let (status, text) = try await Self.runScript("scripts/api-e2e.sh")
        #expect(status == 0, "scripts/api-e2e.sh failed:\n\(text.suffix(6000))")
        #expect(text.contains("paid once, the retry answered as the first time") && text.contains("end-to-end passed"))
    }

    /// Runs a script of the repository on the built binary, its output collected. The wait is
    /// on a thread of its own: these scripts run for tens of seconds, and a wait on the Swift
    /// concurrency pool (two threads on this machine) would stall every other test meanwhile,
    /// the timing-sensitive ones (signals, body timeouts) failing for it.
    static func runScript(_ path: String) async throws -> (status: Int32, output: String) {
        try await LoopbackHTTP.blocking {
            let script = Process()
            script.executableURL = URL(fileURLWithPath: PuhuiRunner.packageRoot + "/" + path)
            script.arguments = [PuhuiRunner.binary]
            script.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
            let output = Pipe()
            script.standardOutput = output
            script.standardError = output
            try script.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            script.waitUntilExit()
            return (script.terminationStatus, text)
        }
    }
}

/// `puhui serve --port 0` running in the background, its log in a file.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let logPath: String

    init(runner: PuhuiRunner, arguments: [String] = []) throws {
        logPath = runner.directory + "/serve.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: PuhuiRunner.binary)
        process.arguments = ["serve", "--port", "0", "--db", runner.database] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// The port from the log's "listening on 127.0.0.1:PORT", within 20 seconds.
    func waitForPort() throws -> Int {
        for _ in 0..<200 {
            if let match = log.firstMatch(of: /listening on 127\.0\.0\.1:(\d+)/), let port = Int(match.1) { return port }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw LoopbackHTTP.Failure(description: "the server did not start:\n\(log)")
    }

    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// The exit status, within 20 seconds.
    func waitForExit() throws -> Int32 {
        for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        guard !process.isRunning else { throw LoopbackHTTP.Failure(description: "the server did not exit:\n\(log)") }
        return process.terminationStatus
    }

    /// Ends the server if a test left it running.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
