import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The list of possible duplicates has a bound: at most `PossibleDuplicates.listedAtMost` (10)
/// claims named, the most recent by id, oldest first, and the total beside them, in the report's
/// answer, its notes, its audit event and the case file. Every report here is a fire on the
/// property policy with loss 2026-03-01, so the k-th is CLM-2026-00000k and has k - 1 earlier ones.
@Suite struct PossibleDuplicateBoundTests {
    /// Reports fires number `from` through `to` (one minute apart from 09:00); the report of the last.
    @discardableResult
    func reportFires(_ b: ClaimBook, _ range: ClosedRange<Int>) throws -> ClaimService.Report? {
        var last: ClaimService.Report?
        for k in range {
            last = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire",
                                        claimed: Money(yuan: 1000 + Int64(k)), description: nil,
                                        b.actor("2026-03-02T" + String(format: "%02d:%02d", 9 + k / 60, k % 60)))
        }
        return last
    }

    func name(_ k: Int) -> String { "CLM-2026-" + String(format: "%06d", k) }

    func detail(_ b: ClaimBook, _ report: ClaimService.Report) throws -> String {
        try #require(try b.service.timeline(report.claim.reference, b.actor("2026-11-23T12:00")).first { $0.action == "report" }).detail
    }

    func duplicateNotes(_ report: ClaimService.Report) -> [String] { report.notes.filter { $0.hasPrefix("possible duplicate of ") } }

    @Test func theBoundIsTen() {
        #expect(PossibleDuplicates.listedAtMost == 10)
    }

    @Test func noneAndOne() throws {
        let b = try ClaimBook()
        let first = try #require(try reportFires(b, 1...1))
        #expect(first.possibleDuplicates.isEmpty && first.possibleDuplicateCount == 0)
        #expect(duplicateNotes(first).isEmpty)
        #expect(try !detail(b, first).contains("duplicate"))

        let second = try #require(try reportFires(b, 2...2))
        #expect(second.possibleDuplicates.map(\.claim) == [name(1)])
        #expect(second.possibleDuplicateCount == 1)
        #expect(duplicateNotes(second) == ["possible duplicate of CLM-2026-000001 (reported, reported 2026-03-02 09:01, claimed 1001.00): same policy, loss date and claim type"])
        #expect(try detail(b, second).hasSuffix("; possible duplicate of CLM-2026-000001 (same policy, loss date and type)"))
    }

    /// The 11th report has exactly 10 earlier ones: all listed, no "more claims" phrase.
    @Test func exactlyTenAreAllListed() throws {
        let b = try ClaimBook()
        let eleventh = try #require(try reportFires(b, 1...11))
        #expect(eleventh.possibleDuplicates.map(\.claim) == (1...10).map(name))
        #expect(eleventh.possibleDuplicateCount == 10)
        #expect(duplicateNotes(eleventh).count == 10)
        #expect(!eleventh.notes.contains { $0.contains("more claim") })
        #expect(try detail(b, eleventh).hasSuffix("; possible duplicate of \((1...10).map(name).joined(separator: ", ")) (same policy, loss date and type)"))
    }

    /// The 12th has 11: the most recent 10 (2 to 11) listed, and "1 more claim" for CLM-…01.
    @Test func elevenListTenAndCountOne() throws {
        let b = try ClaimBook()
        let twelfth = try #require(try reportFires(b, 1...12))
        #expect(twelfth.possibleDuplicates.map(\.claim) == (2...11).map(name))
        #expect(twelfth.possibleDuplicateCount == 11)
        let notes = duplicateNotes(twelfth)
        #expect(notes.count == 11)
        #expect(notes.first == "possible duplicate of CLM-2026-000002 (reported, reported 2026-03-02 09:02, claimed 1002.00): same policy, loss date and claim type")
        #expect(notes.last == "possible duplicate of 1 more claim as well: same policy, loss date and claim type (the 10 most recent are listed)")
        #expect(try detail(b, twelfth).hasSuffix("; possible duplicate of \((2...11).map(name).joined(separator: ", ")) and 1 more claim (same policy, loss date and type)"))
    }

    /// 25 fires, then a theft on the same day, a fire on another day and a fire on another
    /// property policy (CLM-…26 to 28, more recent than every fire), then a 29th report: a fire
    /// again. Its earlier fires are 1 to 25: 25 in all, 16 to 25 listed, 15 earlier.
    @Test func manyListTheMostRecentTenAndCountTheRest() throws {
        let b = try ClaimBook()
        try reportFires(b, 1...25)
        let otherPolicy = try #require(try b.book.apply("PH-PROP-SHOP", holder: "P-000004",
            risk: #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "theftSumInsured": "20000"}"#,
            start: "2026-01-05", at: "2026-01-04T10:00").policy).number
        let theft = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "theft", claimed: Money(yuan: 500),
                                         description: nil, b.actor("2026-03-02T10:00"))
        let otherDay = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-02-28")!, type: "fire", claimed: Money(yuan: 500),
                                            description: nil, b.actor("2026-03-02T10:01"))
        let elsewhere = try b.service.report(policy: otherPolicy, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 500),
                                             description: nil, b.actor("2026-03-02T10:02"))
        #expect([theft, otherDay, elsewhere].map(\.claim.reference) == (26...28).map(name))
        #expect([theft, otherDay, elsewhere].allSatisfy { $0.possibleDuplicateCount == 0 && $0.possibleDuplicates.isEmpty })

        let last = try b.service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 900),
                                        description: nil, b.actor("2026-03-02T10:03"))
        #expect(last.claim.reference == name(29))
        #expect(last.possibleDuplicates.map(\.claim) == (16...25).map(name))
        #expect(last.possibleDuplicateCount == 25)
        let notes = duplicateNotes(last)
        #expect(notes.count == 11)
        #expect(notes.last == "possible duplicate of 15 more claims as well: same policy, loss date and claim type (the 10 most recent are listed)")
        let eventDetail = try detail(b, last)
        #expect(eventDetail.hasSuffix("; possible duplicate of \((16...25).map(name).joined(separator: ", ")) and 15 more claims (same policy, loss date and type)"))

        // The case file of the 20th: the 25 other fires (1 to 19, 21 to 25, 29: 19 + 5 + 1), the
        // 10 most recent 16 … 19, 21 … 25, 29; the theft, the other day and the other policy left out.
        let asOf = Instant(parsing: "2026-11-23T12:00")!
        let details = try b.service.details(name(20), asOf: asOf, b.actor("2026-11-23T12:00"))
        #expect(details.possibleDuplicates.map(\.claim) == (Array(16...19) + Array(21...25) + [29]).map(name))
        #expect(details.possibleDuplicateCount == 25)
        #expect(try b.service.details(name(26), asOf: asOf, b.actor("2026-11-23T12:00")).possibleDuplicateCount == 0)
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    /// The bound as the old code lacked it, seen through what it already had (notes, the event):
    /// 25 fires, the 25th lists 10 of its 24 earlier ones and counts 14 (the old code named all 24).
    @Test func theTwentyFifthReportNamesTenNotTwentyFour() throws {
        let b = try ClaimBook()
        let last = try #require(try reportFires(b, 1...25))
        #expect(last.possibleDuplicates.count == 10)
        #expect(last.notes.filter { $0.hasPrefix("possible duplicate of CLM-") }.count == 10)
        let eventDetail = try detail(b, last)
        #expect(!eventDetail.contains(name(14)) && eventDetail.contains(name(15)) && eventDetail.contains(name(24)))
        #expect(eventDetail.contains(" and 14 more claims (same policy, loss date and type)"))
    }

    /// Both queries use the index on (policy_id, loss_date, claim_type), which carries the id:
    /// no table scan, no sort for ORDER BY id DESC, and the count read from the index alone.
    @Test func theQueriesUseTheLossIndex() throws {
        let b = try ClaimBook()
        let recent = "SELECT reference, state, reported_at, claimed_fen FROM claim WHERE policy_id = ? AND loss_date = ? AND claim_type = ? AND id != ? ORDER BY id DESC LIMIT ?"
        let count = "SELECT COUNT(*) FROM claim WHERE policy_id = ? AND loss_date = ? AND claim_type = ? AND id != ?"
        let plans = try b.book.storage.writer.read { db in
            [try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + recent, arguments: [1, "2026-03-01", "fire", 1, 10]).map { $0["detail"] as String? ?? "" },
             try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + count, arguments: [1, "2026-03-01", "fire", 1]).map { $0["detail"] as String? ?? "" }]
        }
        #expect(plans[0] == ["SEARCH claim USING INDEX claim_loss (policy_id=? AND loss_date=? AND claim_type=?)"])
        #expect(plans[1] == ["SEARCH claim USING COVERING INDEX claim_loss (policy_id=? AND loss_date=? AND claim_type=?)"])
    }
}
