import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The in-force figures at period end follow the policy's servicing: a lapsed policy is not in
/// force while it stays lapsed, and persons and sums insured are those of the cover in force on
/// the period's last day, endorsements included; each known only once recorded by the as-of time.
@Suite struct ExtractServicingTests {
    func accident(_ extract: RegulatorExtract) throws -> [String: Int64] {
        try #require(extract.rows.first { $0.segment == "all" && $0.line == "accident" }).counts
    }

    func period(_ to: String, asOf: String? = nil) -> ExtractPeriod {
        ExtractPeriod(from: CivilDate(iso: "2026-07-01")!, to: CivilDate(iso: to)!, asOf: asOf.flatMap(Instant.init(parsing:)))
    }

    @Test func aLapsedPolicyIsNotInForceUntilReinstated() throws {
        // Group accident, 3 persons, monthly from 2026-07-01: July paid, August's (due 08-01,
        // grace to 08-31) not; lapsed from 2026-08-01 by the run of 2026-09-01 18:00.
        let book = try TestBook()
        let policy = try book.monthlyGroupAccident()
        try book.receive(policy.number, policy.instalments[0].amount.yuanString, at: "2026-07-01T09:00")
        _ = try book.engine.premiums.lapse(asOf: CivilDate(iso: "2026-09-01")!, book.clerk("2026-09-01T18:00"))
        // At the end of July it was in force, with its three persons and 300,000.00 each.
        let july = try accident(try book.storage.extract(period("2026-07-31")))
        #expect(july["policiesInForce"] == 1 && july["insuredPersonsInForce"] == 3 && july["sumInsuredInForce"] == 90_000_000)
        // At the end of August it had lapsed (from 08-01), as known once the lapse run of
        // 09-01 recorded it: as of today ...
        let august = try accident(try book.storage.extract(period("2026-08-31", asOf: "2026-11-23T12:00")))
        #expect(august["policiesInForce"] == 0 && august["insuredPersonsInForce"] == 0 && august["sumInsuredInForce"] == 0)
        // ... but not as of the end of August (the default), nor any time before the run.
        let before = try accident(try book.storage.extract(period("2026-08-31", asOf: "2026-09-01T12:00")))
        #expect(before["policiesInForce"] == 1)
        #expect(try accident(try book.storage.extract(period("2026-08-31")))["policiesInForce"] == 1)
        // Reinstated on 2026-09-10 with the arrears paid: in force again at the end of September.
        try book.receive(policy.number, "92.50", at: "2026-09-10T09:00")
        _ = try book.engine.policies.reinstate(policy.number, book.clerk("2026-09-10T10:00"))
        let september = try accident(try book.storage.extract(period("2026-09-30")))
        #expect(september["policiesInForce"] == 1 && september["insuredPersonsInForce"] == 3)
        #expect(try accident(try book.storage.extract(period("2026-08-31", asOf: "2026-11-23T12:00")))["policiesInForce"] == 0)
    }

    @Test func theCoverInForceOnTheLastDayCountsEndorsementsDecidedByThen() throws {
        let book = try TestBook()
        try EndorsementTests().registerTwoEmployees(book)
        // Cover 2026-07-01 to 2027-06-30, three persons; two more join from 2026-09-01.
        let result = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"],
                                    risk: #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#)
        let policy = try #require(result.policy)
        let change = EndorsementChange.addInsured([EndorsementChange.JoiningPerson(parsing: "P-000012:2")!, EndorsementChange.JoiningPerson(parsing: "P-000013:2")!])
        let endorsed = try book.engine.endorsements.endorse(policy.number, effective: CivilDate(iso: "2026-09-01")!, change: change, book.clerk("2026-08-20T10:00"))
        #expect(endorsed.decision == .accept)
        let august = try accident(try book.storage.extract(period("2026-08-31")))
        #expect(august["policiesInForce"] == 1 && august["insuredPersonsInForce"] == 3)
        let september = try accident(try book.storage.extract(period("2026-09-30")))
        #expect(september["policiesInForce"] == 1 && september["insuredPersonsInForce"] == 5 && september["sumInsuredInForce"] == 150_000_000)
        // As of a time before the endorsement was decided, the cover was still the first.
        let earlier = try accident(try book.storage.extract(period("2026-09-30", asOf: "2026-08-19T12:00")))
        #expect(earlier["insuredPersonsInForce"] == 3)
    }
}
