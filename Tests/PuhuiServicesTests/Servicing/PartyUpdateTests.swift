import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Parties change with their history kept; classification and segment are derived again for new
/// business while policies keep the segment they were issued with.
@Suite struct PartyUpdateTests {
    @Test func aFirmGrowsItsPolicyKeepsItsSegmentNewBusinessDoesNot() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        let policy = try #require(try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, start: "2026-01-05", at: "2026-01-04T10:00").policy)
        #expect(policy.segment == .microEnterprise)
        let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)
        let before = try book.storage.extract(period)
        let parties = try book.engine.parties()
        // Catering (H6210): 400 employees and 12000 万元 are above both SME limits (300 / 10000): large → other.
        let update = try parties.update("P-000001", PartyChanges(employees: 400, revenue: "12000", figuresYear: 2026), book.clerk("2026-11-20T10:00"))
        #expect(update.changes == ["employees 8 → 400", "revenue 90 → 12000", "year 2025 → 2026", "size micro → large", "segment micro-enterprise → other"])
        #expect(update.party.segment == .other && update.party.sizeClass == .large)
        // Its employees are no longer employees of a small firm: derived again, with their history.
        #expect(update.relinked.map(\.reference) == ["P-000005", "P-000008", "P-000009", "P-000010"])
        #expect(try parties.party("P-000005", book.clerk("2026-11-23T12:00")).segment == .other)
        let history = try parties.history("P-000001", book.clerk("2026-11-23T12:00"))
        #expect(history.count == 1 && history.first?.before.figures?.employees == 8 && history.first?.changedBy == "clerk.ma")
        // The policy keeps micro-enterprise, and the extract of the period does not move.
        #expect(try book.engine.policies.policy(policy.number, asOf: CivilDate(iso: "2026-11-23")!, book.clerk("2026-11-23T12:00")).segment == .microEnterprise)
        let after = try book.storage.extract(period)
        #expect(after.rows == before.rows)
        // New business is in the new segment, which the product does not serve.
        #expect(throws: PuhuiError.invalid("holder P-000001 is in segment other, which PH-PROP-SHOP does not serve (it serves small-enterprise, micro-enterprise, individual-business)")) {
            try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, start: "2026-12-01", at: "2026-11-21T10:00")
        }
        #expect(try book.actions("P-000001") == ["registered", "updated"])
    }

    @Test func badUpdatesAreRefusedAndNothingIsWritten() throws {
        let book = try TestBook()
        let parties = try book.engine.parties()
        #expect(throws: PuhuiError.invalid("nothing to change: give a name, phone, employees, revenue, assets or year")) {
            try parties.update("P-000001", PartyChanges(), book.clerk("2026-11-20T10:00"))
        }
        #expect(throws: PuhuiError(.invalidInput, "party P-000001: revenue: 'lots' is not an amount in 万元")) {
            try parties.update("P-000001", PartyChanges(revenue: "lots"), book.clerk("2026-11-20T10:00"))
        }
        #expect(throws: PuhuiError(.invalidInput, "party P-000005: industry: size figures belong to firms, not persons")) {
            try parties.update("P-000005", PartyChanges(employees: 3), book.clerk("2026-11-20T10:00"))
        }
        #expect(throws: PuhuiError.refused("party P-000001 already has these figures; nothing changes")) {
            try parties.update("P-000001", PartyChanges(employees: 8), book.clerk("2026-11-20T10:00"))
        }
        #expect(throws: PuhuiError(.unauthorized, "chen.jie may not update parties: role admin or underwriter needed")) {
            try parties.update("P-000001", PartyChanges(employees: 9), book.context("chen.jie", at: book.at("2026-11-20T10:00")))
        }
        #expect(try book.count("party_history") == 0)
    }

    @Test func searchByNameCodePhoneOrReferenceAndShowByCode() throws {
        let book = try TestBook()
        let parties = try book.engine.parties()
        _ = try parties.update("P-000007", PartyChanges(phone: "138-0013-8000"), book.clerk("2026-11-20T10:00"))
        let clerk = book.clerk("2026-11-23T12:00")
        #expect(try parties.search("小禾", clerk).map(\.reference) == ["P-000001"])
        #expect(try parties.search("13800138000", clerk).map(\.reference) == ["P-000007"])
        #expect(try parties.search("p-000004", clerk).map(\.reference) == ["P-000004"])
        let code = try parties.party("P-000002", clerk).identifier ?? ""
        #expect(try parties.search(code, clerk).map(\.reference) == ["P-000002"])
        #expect(try parties.party(code, clerk).reference == "P-000002") // show accepts a credit code
        #expect(try parties.search("%", clerk).isEmpty)                  // a LIKE wildcard is searched for, not matched
        let customer = ActionContext(user: AuthenticatedUser(name: "c", roles: [.customer], party: "P-000001"), at: book.at("2026-11-23T12:00"))
        #expect(throws: PuhuiError(.unauthorized, "c may not search the registry: a staff role is needed")) { try parties.search("小禾", customer) }
    }
}
