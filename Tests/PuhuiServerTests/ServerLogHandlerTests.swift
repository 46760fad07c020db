#if canImport(Glibc)
import Glibc
#endif
import Logging
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer

/// `ServerLogHandler`: `StreamLogHandler`'s line shape, keys in order, the request's and the
/// event's metadata together, the time as the engine writes instants.
@Suite struct ServerLogHandlerTests {
    @Test func aLineHasTheTimeLevelLabelSortedMetadataSourceAndMessage() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        var handler = ServerLogHandler(label: "puhui.serve", output: LogOutput(descriptor: ends[1]))
        handler[metadataKey: "request_id"] = "abc"
        var logger = Logger(label: "puhui.serve") { _ in handler }
        logger.logLevel = .info
        logger.debug("not written")  // below the level
        logger.info("request", metadata: ["status": .stringConvertible(200), "method": "GET", "path": "/healthz"])
        close(ends[1])
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &bytes, bytes.count)
        let line = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
        // 2026-11-25T03:46:32+08:00 info puhui.serve: method=GET path=/healthz request_id=abc status=200 [PuhuiServerTests] request
        let time = try #require(line.split(separator: " ").first)
        #expect(Instant(parsing: String(time)) != nil && time.hasSuffix("+08:00"))
        #expect(line.dropFirst(time.count) == " info puhui.serve: method=GET path=/healthz request_id=abc status=200 [PuhuiServerTests] request\n")
    }
}
