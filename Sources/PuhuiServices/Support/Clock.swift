import Foundation
import PuhuiDomain

/// Where "now" comes from. Use cases take one clock, so that tests, the demo book and back-dated
/// entry all run on the same rule: nothing may be entered in the future.
public protocol Clock: Sendable {
    func now() -> Instant
}

/// The system's wall clock, to the second.
public struct SystemClock: Clock {
    public init() {}

    public func now() -> Instant {
        Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }
}

/// A clock that stands still (tests, a book seeded as of a date).
public struct FixedClock: Clock {
    public let instant: Instant

    public init(_ instant: Instant) {
        self.instant = instant
    }

    public func now() -> Instant { instant }
}
