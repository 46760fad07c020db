import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct StopwatchTests {
    @Test func secondsAreShownWithFixedDecimalsRoundedHalfUp() {
        #expect(Stopwatch.secondsText(2_154_999_999, decimals: 2) == "2.15")
        #expect(Stopwatch.secondsText(2_155_000_000, decimals: 2) == "2.16")
        #expect(Stopwatch.secondsText(50_000_000, decimals: 1) == "0.1")
        #expect(Stopwatch.secondsText(49_999_999, decimals: 1) == "0.0")
        #expect(Stopwatch.secondsText(3_007_000_000, decimals: 2) == "3.01")
        #expect(Stopwatch.secondsText(918_400_000_000, decimals: 1) == "918.4")
        #expect(Stopwatch.secondsText(1_499_999_999, decimals: 0) == "1")
    }
}
