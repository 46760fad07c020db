import Foundation
import PuhuiAPI
import PuhuiTestSupport
import ServiceLifecycle
import Testing
@testable import PuhuiServer
@testable import PuhuiServices

/// Graceful shutdown (what SIGTERM and SIGINT trigger in `puhui serve`): the server stops
/// accepting connections, and a request already under way is answered and committed.
@Suite struct ShutdownTests {
    @Test func aRequestInFlightIsAnsweredAndKeptWhenTheServerShutsDown() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        let threads = ServiceThreads(count: 2)
        let log = LogRecord()
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        // A body limit far above what the test waits for: it is not what is tested here.
        let app = try PuhuiServer.application(engine: ServerFixtures.engine(book), settings: ServerSettings(port: 0, bodyTimeout: .seconds(300)), threads: threads,
                                              logger: log.logger(), onServerRunning: { port in if let port { announce.yield(port) } })
        let group = ServiceGroup(configuration: .init(services: [app], logger: log.logger()))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var announced = ports.makeAsyncIterator()
            let port = try #require(await announced.next())
            let body = try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop")
            let request = LoopbackHTTP.request("POST", "/api/v1/quotes", body: body, headers: ["Content-Type": "application/json", "Authorization": "Bearer \(clerk)"])
            let split = request.utf8.count - body.utf8.count / 2
            // The headers and half the body arrive; then the server is told to stop.
            // (Timed on a thread of its own: an async test resumes only when the shared pool has a
            // thread free, which under the whole suite can take longer than a time limit.)
            let connection = try await LoopbackHTTP.blocking {
                let connection = try LoopbackHTTP(port: port, timeout: 120)
                try connection.send(Array(request.utf8.prefix(split)))
                Thread.sleep(forTimeInterval: 0.3)
                return connection
            }
            await group.triggerGracefulShutdown()
            // It stops listening. The server runs on this test process's concurrency pool, which
            // the rest of the suite keeps busy (CLI tests block its threads waiting for puhui), so
            // the bound is loose: it only tells "stops" from "never stops".
            let refused = try await LoopbackHTTP.blocking {
                for _ in 0..<1200 {
                    if !LoopbackHTTP.isListening(port: port) { return true }
                    Thread.sleep(forTimeInterval: 0.1)
                }
                return false
            }
            #expect(refused, "the server still accepts connections while shutting down")
            // The rest of the body arrives: the quote is made and answered.
            let response = try await LoopbackHTTP.blocking {
                try connection.send(Array(request.utf8.dropFirst(split)))
                return try connection.readResponse()
            }
            #expect(response.status == 201)
            #expect(response.headers["location"] == "/api/v1/quotes/Q-000001")
            try await tasks.waitForAll()
        }
        try await threads.shutdown()
        #expect(try ServerFixtures.storedQuote(book, "Q-000001").quote.premium.yuanString == "810.00")
    }
}
