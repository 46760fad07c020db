import ArgumentParser
import Foundation
import Logging
import PuhuiDomain
import PuhuiServer
import PuhuiServices

extension Logger.Level: @retroactive ExpressibleByArgument {}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (the contract at GET /openapi.yaml) on the book until SIGTERM or SIGINT.",
        discussion: """
            Listens on --host and --port (port 0 lets the system choose; the log says which). On SIGTERM or
            SIGINT it stops accepting connections, lets requests in flight finish, and exits 0.
            Logs go to standard error: one line per request (method, path template, status, duration,
            request id), never a request's content.
            """)

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("The largest JSON request body accepted, in bytes.", valueName: "bytes"))
    var maxBodyBytes = ServerSettings().maxJSONBodyBytes

    @Option(name: .long, help: ArgumentHelp("Threads for service calls (SQLite blocks them).", valueName: "count"))
    var threads = ServerSettings().serviceThreads

    @Option(name: .long, help: ArgumentHelp("Where uploaded document files are kept (default: beside the book, BOOK.documents).", valueName: "dir"))
    var documents: String?

    @Option(name: .long, help: ArgumentHelp("The largest document file accepted in one upload, in bytes.", valueName: "bytes"))
    var maxDocumentBytes = ServerSettings().maxDocumentBytes

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port \(port) is not a port number (0 to 65535)") }
        if maxBodyBytes < 1024 { throw ValidationError("--max-body-bytes must be at least 1024") }
        if maxDocumentBytes < 1024 { throw ValidationError("--max-document-bytes must be at least 1024") }
        if !(1...256).contains(threads) { throw ValidationError("--threads must be 1 to 256") }
    }

    func run() async throws {
        var opened: PuhuiEngine? = nil
        try CLI.run { opened = try engine.engine() }
        guard let book = opened else { throw ExitCode(1) }
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = ServerLogHandler(label: label)
            handler.logLevel = level
            return handler
        }
        var settings = ServerSettings(host: host, port: port)
        settings.maxJSONBodyBytes = maxBodyBytes
        settings.serviceThreads = threads
        settings.maxDocumentBytes = maxDocumentBytes
        settings.documents = documents.map(DocumentVault.init(directory:)) ?? DocumentVault.beside(book: engine.database.path)
        let logger = Logger(label: "puhui.serve")
        do {
            try await PuhuiServer.run(engine: book, settings: settings, logger: logger)
        } catch let error as PuhuiError {
            CLI.report(error)
            throw ExitCode(1)
        } catch {
            CLI.printError("error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}
