#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging
import PuhuiDomain
import Synchronization

/// The server's log: one line per event on standard error, in the shape of swift-log's
/// `StreamLogHandler` (`TIME LEVEL LABEL: KEY=VALUE … [SOURCE] MESSAGE`), with the time in
/// China Standard Time as the engine writes every instant.
///
/// It exists because the access log writes a line for every request. `StreamLogHandler` asks
/// the C library for the local time on each line, and glibc's `localtime` looks at
/// `/etc/localtime` again every time, then flushes a `FILE` stream; on the release server that
/// was a few percent of every request. Here the time is formatted once a second and each line
/// is one `write(2)` of its bytes, whole, under a lock (lines of two requests never
/// interleave). Nothing is buffered, so a line is on its way when the request is answered.
public struct ServerLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let output: LogOutput

    public init(label: String, output: LogOutput = .standardError) {
        self.label = label
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = ""
        line.reserveCapacity(256)
        line += output.timestamp()
        line += " "
        line += event.level.rawValue
        line += " "
        line += label
        line += ":"
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " "
            line += key
            line += "="
            line += Self.text(value)
        }
        line += " ["
        line += event.source
        line += "] "
        line += event.message.description
        line += "\n"
        output.emit(line)
    }

    /// A metadata value as `StreamLogHandler` prints it; the two kinds every line has without
    /// the dynamic casts of string interpolation.
    static func text(_ value: Logger.MetadataValue) -> String {
        switch value {
        case let .string(text): text
        case let .stringConvertible(convertible): convertible.description
        default: value.description
        }
    }
}

/// Where `ServerLogHandler` writes: a file descriptor, with the second it last formatted.
public final class LogOutput: Sendable {
    private struct Clock {
        var second: Int64 = -1
        var text = ""
    }

    private let descriptor: Int32
    private let clock = Mutex(Clock())
    private let lock = Mutex(())

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static let standardError = LogOutput(descriptor: 2)

    /// Now, to the second, as the engine writes instants (`2026-11-24T19:03:13+08:00`).
    func timestamp() -> String {
        let now = Int64(time(nil))
        return clock.withLock { clock in
            if clock.second != now {
                clock.second = now
                clock.text = Instant(secondsSinceEpoch: now).description
            }
            return clock.text
        }
    }

    /// The line's bytes in one piece, retried on a partial write or an interruption; a
    /// descriptor that fails otherwise loses the line (logging never stops a request).
    func emit(_ line: String) {
        var line = line
        line.withUTF8 { buffer in
            lock.withLock { _ in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written > 0 {
                        offset += written
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
        }
    }
}
