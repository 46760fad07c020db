import Foundation
import Testing
import PuhuiTestSupport
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Changes mid-term: a new version of the cover from its effective date, re-rated on the tables
/// of the policy's start, with the pro-rata premium; claims use the cover of the loss date.
@Suite struct EndorsementTests {
    /// Two more employees of P-000001: P-000012 (born 1993-03-03) and P-000013 (1995-07-07).
    func registerTwoEmployees(_ book: TestBook) throws {
        let registry = try book.engine.parties()
        for (birth, sequence) in [("19930303", 17), ("19950707", 26)] {
            _ = try registry.register(PartyInput(kind: .person, name: "新员工", identifier: TestIdentifiers.identity(birth, sequence: sequence),
                                                 role: .employee, employer: "P-000001"), book.context("admin.li", at: book.at("2026-03-01T09:00")))
        }
    }

    @Test func twoEmployeesJoinOnDay100Of365() throws {
        let book = try TestBook()
        try registerTwoEmployees(book)
        // Cover 2026-01-01 to 2026-12-31, three persons (class 1, 2, 2): 555.00, paid when applied for.
        let result = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"],
                                    risk: #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#,
                                    start: "2026-01-01", at: "2025-12-30T10:00")
        let policy = try #require(result.policy)
        #expect(policy.premium.yuanString == "555.00" && policy.endDate.description == "2026-12-31")
        // Day 100 is 2026-04-10 (31 + 28 + 31 + 10). Two of class 2 join: 975.00 a year; additional
        // premium 420.00 × 266 / 365 = 306.082… → 306.08, due on the effective date.
        let change = EndorsementChange.addInsured([EndorsementChange.JoiningPerson(parsing: "P-000012:2")!, EndorsementChange.JoiningPerson(parsing: "p-000013:2")!])
        let endorsed = try book.engine.endorsements.endorse(policy.number, effective: CivilDate(iso: "2026-04-10")!, change: change,
                                                            book.clerk("2026-04-10T10:00"))
        #expect(endorsed.decision == .accept)
        let e = endorsed.endorsement
        #expect(e.reference == "END-2026-000001" && e.version == 2 && e.status == .inForce)
        #expect(e.premiumBefore.yuanString == "555.00" && e.premium.yuanString == "975.00" && e.adjustment.yuanString == "306.08")
        #expect(e.dueOn.description == "2026-04-10")
        #expect(e.insured.map { "\($0.party) \($0.premium.yuanString)" } == ["P-000005 135.00", "P-000008 210.00", "P-000010 210.00",
                                                                               "P-000012 210.00", "P-000013 210.00"])
        // The worksheet: the rating on the tables of the policy's start, then the pro-rata steps.
        #expect(e.worksheet.contains { $0.table == "accident-class-rate@2026-01-01" })
        #expect(e.worksheet.last?.amount == "306.08" && e.worksheet.last?.factor == "0.728767123288")
        // The policy: version 1 before, version 2 from 2026-04-10, both kept.
        let after = try #require(endorsed.policy)
        #expect(after.cover(on: CivilDate(iso: "2026-04-09")!).insured.count == 3)
        #expect(after.cover(on: CivilDate(iso: "2026-04-10")!).insured.count == 5 && after.versions.map(\.version) == [2])
        // The additional premium is due on the ledger: unpaid on 2026-04-10, in arrears after.
        let ledger = try book.ledger(policy.number, asOf: "2026-04-10")
        #expect(ledger.ledger.dues.last?.due.label == "endorsement END-2026-000001" && ledger.ledger.overdue.yuanString == "306.08")
        // A joining person becomes a customer who may read the policy.
        let joiner = ActionContext(user: AuthenticatedUser(name: "new.one", roles: [.customer], party: "P-000012"), at: book.at("2026-11-23T12:00"))
        #expect(try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-11-23")!, joiner).number == policy.number)
        #expect(try book.actions(policy.number) == ["issued", "premium received", "endorsement accepted"])
        #expect(try book.auditBreak() == nil)
    }

    @Test func aClaimOnALossBeforeAnEndorsementUsesTheOldCover() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        let policy = try #require(try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk).policy) // 752.40, 2026-07-01 to 2027-06-30, paid
        // Sum insured raised to 1500000 from 2026-09-01: 1410.75 a year; 658.35 × 303 / 365 = 546.520… → 546.52.
        let bigger = risk.replacingOccurrences(of: "800000", with: "1500000")
        let endorsed = try book.engine.endorsements.endorse(policy.number, effective: CivilDate(iso: "2026-09-01")!,
                                                            change: .risk(text: bigger, source: "bigger.json"), book.clerk("2026-08-25T10:00"))
        #expect(endorsed.decision == .accept && endorsed.endorsement.adjustment.yuanString == "546.52")
        try book.receive(policy.number, "546.52", at: "2026-09-01T10:00")
        let claims = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        func settle(loss: String, reported: String) throws -> Settlement {
            let report = try claims.report(policy: policy.number, lossDate: CivilDate(iso: loss)!, type: "fire", claimed: Money(yuan: 1_200_000),
                                           description: nil, book.adjuster(reported))
            let reference = report.claim.reference
            _ = try claims.receiveDocuments(reference, codes: report.documents.map(\.code), book.adjuster("2026-09-20T09:00"))
            _ = try claims.decide(reference, covered: true, reason: nil, book.adjuster("2026-09-21T09:00"))
            return try claims.agree(reference, loss: Money(yuan: 1_200_000), book.adjuster("2026-09-22T09:00"))
        }
        // Loss on 2026-08-10, reported after the change: the cover of that day, 800000.
        let before = try settle(loss: "2026-08-10", reported: "2026-09-10T09:00")
        #expect(before.limit.yuanString == "800000.00" && before.payable.yuanString == "800000.00")
        // Loss on 2026-09-05: 1500000; 1200000 less the 1000 deductible is within it.
        let after = try settle(loss: "2026-09-05", reported: "2026-09-10T10:00")
        #expect(after.limit.yuanString == "1500000.00" && after.payable.yuanString == "1199000.00")
        #expect(try book.auditBreak() == nil)
    }

    @Test func referredDeclinedAndRefusedChanges() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        let number = try #require(try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk).policy?.number)
        let service = book.engine.endorsements
        let date = CivilDate(iso: "2026-10-01")!
        // Above 3000000 the product's rule refers: the change waits, nothing of the cover changes.
        let referred = try service.endorse(number, effective: date, change: .risk(text: risk.replacingOccurrences(of: "800000", with: "3500000"), source: "r"),
                                           book.clerk("2026-09-28T10:00"))
        #expect(referred.decision == .refer && referred.endorsement.status == .referred && referred.policy == nil)
        #expect(referred.reasons.first?.hasPrefix("UW-PROP-SI") == true)
        #expect(try service.queue(book.context("li.na", at: book.at("2026-11-23T12:00"))).map(\.reference) == [referred.endorsement.reference])
        #expect(throws: PuhuiError.refused("policy \(number): endorsement END-2026-000001 is waiting for an underwriter; decide it first")) {
            try service.endorse(number, effective: date, change: .risk(text: risk, source: "r"), book.clerk("2026-09-28T11:00"))
        }
        #expect(throws: PuhuiError(.unauthorized, "endorsement END-2026-000001: clerk.ma asked for it and cannot also approve it; another underwriter must")) {
            try service.approve(referred.endorsement.reference, note: nil, book.clerk("2026-09-29T10:00"))
        }
        #expect(throws: PuhuiError(.unauthorized, "endorsement END-2026-000001: clerk.xu holds no underwriting authority on property (sum insured 3500000.00)")) {
            try service.approve(referred.endorsement.reference, note: nil, book.context("clerk.xu", at: book.at("2026-09-29T10:00")))
        }
        let approved = try service.approve(referred.endorsement.reference, note: "survey seen", book.context("zhang.wei", at: book.at("2026-09-29T10:00")))
        #expect(approved.endorsement.status == .inForce && approved.endorsement.version == 2)
        #expect(approved.policy?.cover(on: date).coverages.first?.amount.yuanString == "3500000.00")
        // A change before the version in force, back-dated too far, outside the term, or on a declined risk.
        #expect(throws: PuhuiError.invalid("policy \(number): version 2 of its cover is in force from 2026-10-01; a change takes effect on or after it")) {
            try service.endorse(number, effective: CivilDate(iso: "2026-09-30")!, change: .risk(text: risk, source: "r"), book.clerk("2026-10-02T10:00"))
        }
        #expect(throws: PuhuiError.invalid("a change effective 2026-10-01 is back-dated more than the 30 days PH-PROP-SHOP allows (from 2026-10-24)")) {
            try service.endorse(number, effective: date, change: .risk(text: risk, source: "r"), book.clerk("2026-11-23T10:00"))
        }
        #expect(throws: PuhuiError.invalid("policy \(number) runs 2026-07-01 to 2027-06-30; a change cannot take effect on 2027-07-01")) {
            try service.endorse(number, effective: CivilDate(iso: "2027-07-01")!, change: .risk(text: risk, source: "r"), book.clerk("2026-11-23T10:00"))
        }
        #expect(throws: PuhuiError.invalid("PH-PROP-SHOP (property) does not insure persons")) {
            try service.endorse(number, effective: CivilDate(iso: "2026-11-01")!, change: .addInsured([.init(party: "P-000005")]), book.clerk("2026-11-01T10:00"))
        }
        let declined = try service.endorse(number, effective: CivilDate(iso: "2026-11-01")!,
                                           change: .risk(text: risk.replacingOccurrences(of: "restaurant", with: "fireworks-storage"), source: "r"),
                                           book.clerk("2026-11-01T10:00"))
        #expect(declined.decision == .decline && declined.endorsement.status == .declined && declined.endorsement.adjustment == .zero)
        #expect(try book.actions(number).filter { $0.hasPrefix("endorsement") } == ["endorsement referred", "endorsement approved", "endorsement declined"])
        #expect(try book.auditBreak() == nil)
    }
}

/// A person leaving a group: a return premium, held as credit on the ledger; a group below three
/// is declined by the product's rule.
@Suite struct ReturnPremiumTests {
    @Test func aPersonLeavesTheGroup() throws {
        let book = try TestBook()
        _ = try book.engine.parties().register(PartyInput(kind: .person, name: "新员工", identifier: TestIdentifiers.identity("19930303", sequence: 17),
                                                          role: .employee, employer: "P-000001"), book.context("admin.li", at: book.at("2026-03-01T09:00")))
        // Four persons (class 1, 2, 2, 2): 135.00 + 3 × 210.00 = 765.00 a year from 2026-07-01, paid on application.
        let number = try #require(try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010", "P-000012"],
                                                 risk: #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#).policy?.number)
        // P-000008 (class 2) leaves from 2027-01-01: 555.00 a year; 210.00 × 181 / 365 (to 2027-06-30)
        // = 104.136… → 104.14 returned.
        let result = try book.engine.endorsements.endorse(number, effective: CivilDate(iso: "2027-01-01")!, change: .removeInsured(["p-000008"]),
                                                          book.clerk("2026-11-23T10:00"))
        #expect(result.decision == .accept && result.endorsement.adjustment.yuanString == "-104.14")
        #expect(result.endorsement.insured.map(\.party) == ["P-000005", "P-000010", "P-000012"] && result.endorsement.premium.yuanString == "555.00")
        // On 2027-01-01 the return premium is credit on the ledger (765.00 received, 660.86 owed).
        let ledger = try book.ledger(number, asOf: "2027-01-01")
        #expect(ledger.ledger.credit.yuanString == "104.14" && ledger.ledger.dues.last?.due.amount.yuanString == "-104.14")
        #expect(throws: PuhuiError.invalid("P-000009 is not insured under policy \(number)")) {
            try book.engine.endorsements.endorse(number, effective: CivilDate(iso: "2027-01-02")!, change: .removeInsured(["P-000009"]), book.clerk("2026-11-23T10:00"))
        }
        // Another leaving would leave a group of two: declined (UW-ACC-SIZE), nothing of the cover changes.
        let declined = try book.engine.endorsements.endorse(number, effective: CivilDate(iso: "2027-02-01")!, change: .removeInsured(["P-000010"]),
                                                            book.clerk("2026-11-23T11:00"))
        #expect(declined.decision == .decline && declined.reasons.first?.hasPrefix("UW-ACC-SIZE") == true)
        let policy = try book.engine.policies.policy(number, asOf: CivilDate(iso: "2027-02-01")!, book.clerk("2026-11-23T12:00"))
        #expect(policy.cover(on: CivilDate(iso: "2026-12-31")!).insured.count == 4 && policy.cover(on: CivilDate(iso: "2027-02-01")!).insured.count == 3)
        #expect(try book.auditBreak() == nil)
    }
}
