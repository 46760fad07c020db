import Testing
@testable import PuhuiDomain

/// How a bounded list of possible duplicates reads: the figures of the load test (28,000
/// reports on one policy and day: the last has 27,999 others, 10 listed, 27,989 more).
@Suite struct PossibleDuplicatesTextTests {
    func duplicate(_ k: Int) -> PossibleDuplicate {
        PossibleDuplicate(claim: "CLM-2026-" + String(repeating: "0", count: 6 - String(k).count) + String(k), state: .reported,
                          reportedAt: Instant(parsing: "2026-03-02T09:00")!, claimed: Money(yuan: 100))
    }

    @Test func theCountIsGroupedInThousands() {
        let listed = (27990...27999).map(duplicate)
        let duplicates = PossibleDuplicates(listed: listed, total: 27_999)
        #expect(duplicates.unlisted == 27_989)
        #expect(duplicates.summary == "possible duplicate of 27,989 more claims as well: same policy, loss date and claim type (the 10 most recent are listed)")
        #expect(duplicates.eventSuffix.hasSuffix("CLM-2026-027999 and 27,989 more claims (same policy, loss date and type)"))
        #expect(duplicates.notes.count == 11)
        #expect(PossibleDuplicates.grouped(0) == "0" && PossibleDuplicates.grouped(999) == "999" && PossibleDuplicates.grouped(1000) == "1,000"
                && PossibleDuplicates.grouped(1_234_567) == "1,234,567")
    }

    @Test func noneListedSaysNothing() {
        #expect(PossibleDuplicates.none.eventSuffix == "" && PossibleDuplicates.none.notes.isEmpty && PossibleDuplicates.none.summary == nil)
        // A total below the listed count (never from the store) is raised to it, not shown negative.
        #expect(PossibleDuplicates(listed: [duplicate(1)], total: 0).total == 1)
    }
}
