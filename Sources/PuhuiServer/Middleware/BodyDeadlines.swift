import NIOCore
import NIOPosix
import Synchronization

/// The request bodies still arriving, each with the time it must be in by. One timer looks at
/// them all every `interval` while any is outstanding and stops those past their time, so that
/// reading a body costs a lock and a dictionary entry rather than a timer of its own: arming and
/// cancelling a timer per request woke an event loop twice and was a few percent of every
/// request with a body. A body is stopped at most `interval` after its time is up.
final class BodyDeadlines: Sendable {
    private struct Outstanding {
        var deadline: NIODeadline
        var stop: @Sendable () -> Void
    }

    private struct State {
        var nextID: UInt64 = 0
        var outstanding: [UInt64: Outstanding] = [:]
        /// Whether a look is scheduled (one is while anything is outstanding).
        var watching = false
    }

    private let state = Mutex(State())
    let interval: TimeAmount

    /// The process's one watch over bodies (the API's and the pages' uploads).
    static let shared = BodyDeadlines()

    init(interval: TimeAmount = .milliseconds(250)) {
        self.interval = interval
    }

    /// Calls `stop` once `timeout` has passed unless `finish` is called with the returned ticket
    /// first.
    func watch(_ timeout: TimeAmount, stop: @escaping @Sendable () -> Void) -> UInt64 {
        let (ticket, startWatching) = state.withLock { state in
            state.nextID += 1
            state.outstanding[state.nextID] = Outstanding(deadline: .now() + timeout, stop: stop)
            defer { state.watching = true }
            return (state.nextID, !state.watching)
        }
        if startWatching { scheduleLook() }
        return ticket
    }

    /// The body of `ticket` is in (or its request is over).
    func finish(_ ticket: UInt64) {
        _ = state.withLock { $0.outstanding.removeValue(forKey: ticket) }
    }

    private func scheduleLook() {
        NIOSingletons.posixEventLoopGroup.any().scheduleTask(in: interval) { self.look() }
    }

    /// Stops what is past its time; looks again later while anything is outstanding.
    private func look() {
        let now = NIODeadline.now()
        let (expired, again) = state.withLock { state in
            let expired = state.outstanding.filter { $0.value.deadline <= now }
            for ticket in expired.keys { state.outstanding.removeValue(forKey: ticket) }
            state.watching = !state.outstanding.isEmpty
            return (expired.values.map(\.stop), state.watching)
        }
        for stop in expired { stop() }
        if again { scheduleLook() }
    }

    /// How many bodies are being watched (for tests).
    var outstanding: Int { state.withLock { $0.outstanding.count } }
}
