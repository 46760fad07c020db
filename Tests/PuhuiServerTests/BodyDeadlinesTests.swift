import NIOCore
import Synchronization
import Testing
@testable import PuhuiServer

/// `BodyDeadlines`: a body past its time is stopped, one finished in time never is, and the
/// watch ends when nothing is outstanding.
@Suite struct BodyDeadlinesTests {
    @Test func aBodyPastItsTimeIsStoppedAndOneFinishedInTimeIsNot() async throws {
        let deadlines = BodyDeadlines(interval: .milliseconds(20))
        let stopped = Mutex<[String]>([])
        let late = deadlines.watch(.milliseconds(50)) { stopped.withLock { $0.append("late") } }
        let prompt = deadlines.watch(.seconds(600)) { stopped.withLock { $0.append("prompt") } }
        #expect(deadlines.outstanding == 2)
        deadlines.finish(prompt)
        // Loose: the look runs every 20 ms on a shared event loop; allow the suite's load.
        for _ in 0..<500 where stopped.withLock({ $0.isEmpty }) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(stopped.withLock { $0 } == ["late"])
        #expect(deadlines.outstanding == 0)
        // Finishing a ticket that was already stopped changes nothing.
        deadlines.finish(late)
        #expect(stopped.withLock { $0 } == ["late"])
    }

    @Test func theWatchStartsAgainAfterItEnded() async throws {
        let deadlines = BodyDeadlines(interval: .milliseconds(20))
        let stops = Atomic(0)
        for _ in 0..<2 {
            _ = deadlines.watch(.milliseconds(10)) { stops.add(1, ordering: .relaxed) }
            let before = stops.load(ordering: .relaxed)
            for _ in 0..<500 where stops.load(ordering: .relaxed) == before {
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        #expect(stops.load(ordering: .relaxed) == 2)
        #expect(deadlines.outstanding == 0)
    }
}
