import Dispatch

/// Wall time elapsed for progress and summary lines, on the monotonic clock, kept in whole
/// nanoseconds and shown as seconds with fixed decimals (no floating point).
public struct Stopwatch: Sendable {
    private let startedAt: UInt64

    public init() { startedAt = DispatchTime.now().uptimeNanoseconds }

    public var nanoseconds: UInt64 { DispatchTime.now().uptimeNanoseconds - startedAt }

    /// `nanoseconds` as seconds with `decimals` places, rounded half up: `2.15`.
    public static func secondsText(_ nanoseconds: UInt64, decimals: Int) -> String {
        var unit: UInt64 = 1_000_000_000
        for _ in 0..<decimals { unit /= 10 }
        let scaled = (nanoseconds + unit / 2) / unit
        guard decimals > 0 else { return String(scaled) }
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let fraction = String(scaled % divisor)
        return "\(scaled / divisor)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// The time since the stopwatch started, as `secondsText`.
    public func secondsText(decimals: Int) -> String { Self.secondsText(nanoseconds, decimals: decimals) }
}
