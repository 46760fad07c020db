import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The desk's charts over `ExtractTests`' hand-worked book (period 2026-01-01 to 2026-06-30),
/// with two more property applications referred in March: one declined by an underwriter on
/// 03-11, one still waiting.
@Suite struct DeskChartsTests {
    static let clerk = ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: Instant(parsing: "2026-03-10T10:00")!)

    static func build() throws -> (ExtractTests.Book, StatisticsService) {
        let book = try ExtractTests.build()
        let underwriting = UnderwritingService(storage: book.storage, clock: TestBook.clock)
        let big = #"{"sumInsured": "3500000", "occupancy": "office", "construction": "class-1", "fireProtection": "sprinklers", "deductible": "500"}"#
        func refer(_ at: String) throws -> String {
            var context = clerk
            context.at = Instant(parsing: at)!
            let result = try underwriting.apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: "P-000001", riskText: big, riskSource: "r",
                                                                   start: CivilDate(iso: "2026-04-01"), documents: ["application-form", "business-licence"]), context)
            #expect(result.decision.outcome == .refer)
            return result.application
        }
        let declined = try refer("2026-03-10T10:00")
        try underwriting.decline(declined, reason: "outside appetite",
                                 ActionContext(user: AuthenticatedUser(name: "li.na", roles: [.underwriter]), at: Instant(parsing: "2026-03-11T10:00")!))
        _ = try refer("2026-03-12T10:00")
        return (book, StatisticsService(storage: book.storage, environment: Fixtures.environment, clock: TestBook.clock))
    }

    static let staff = ActionContext(user: AuthenticatedUser(name: "chen.jie", roles: [.adjuster]), at: TestBook.clock.now())

    @Test func theFiguresWorkedOutByHand() throws {
        let (book, statistics) = try Self.build()
        let charts = try statistics.deskCharts(from: ExtractTests.period.from, to: ExtractTests.period.to, Self.staff)
        #expect(charts.claims.months.map(\.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        // Report to first payment: C1 and C2 03-02 09:00 → 03-06 10:00, 4 days 1 hour (3–5);
        // C5 03-08 09:00 → advance 03-20 10:00, 12 days 1 hour (10–15). No export-credit payment.
        #expect(charts.claims.reportToPayment == [.property: [0, 0, 2, 0, 1, 0, 0, 0, 0]])
        // Art. 23 decision: C1, C2 complete 03-03, decided 03-04 within the 10-day contract
        // period (met, March); C5 complete 03-10, due with 03-20, decided 03-25 (missed, March);
        // C3 complete 03-03, due with 04-02 (30 days), decided 04-10 (missed, April).
        let decision = try #require(charts.claims.duties[.art23Decision])
        #expect(decision[2] == ExtractSeries.DutyCounts(met: 2, missed: 1, open: 0))
        #expect(decision[3] == ExtractSeries.DutyCounts(met: 0, missed: 1, open: 0))
        #expect(decision[0] == ExtractSeries.DutyCounts() && decision[5] == ExtractSeries.DutyCounts())
        // Art. 24: C3 not covered 04-10, due with 04-13, notice 04-15: missed in April.
        #expect(charts.claims.duties[.art24RejectionNotice]?[3] == ExtractSeries.DutyCounts(met: 0, missed: 1, open: 0))
        // Small claims: C2 (4000) reported 03-02, closed 03-06 (within five days); C4 (3000)
        // reported 04-01, withdrawn (not closed).
        #expect(charts.claims.smallClaims[2] == ExtractSeries.SmallClaims(reported: 1, closedWithin5Days: 1))
        #expect(charts.claims.smallClaims[3] == ExtractSeries.SmallClaims(reported: 1, closedWithin5Days: 0))
        #expect(charts.claims.smallClaims[3].ratio?.description == "0.0000" && charts.claims.smallClaims[0].ratio == nil)
        // The same series as the regulator's extract: one replay, one set of definitions.
        let extract = try statistics.extract(ExtractTests.period, ActionContext(user: AuthenticatedUser(name: "regulator.guo", roles: [.regulator]),
                                                                                  at: TestBook.clock.now()))
        #expect(charts.claims == extract.series)
        // Auto-acceptance, by month of application: property P1, P2 on 01-04 and P3 on 02-01
        // accepted by the rules; in March one referral declined (decided, not automatic) and
        // one waiting (left out): 0 of 1. Export credit P4 on 01-04: 1 of 1.
        let property = try #require(charts.autoAcceptance[.property])
        #expect(property.map(\.decided) == [2, 1, 1, 0, 0, 0])
        #expect(property.map(\.autoAccepted) == [2, 1, 0, 0, 0, 0])
        #expect(property.map { $0.ratio?.description } == ["1.0000", "1.0000", "0.0000", nil, nil, nil])
        #expect(charts.autoAcceptance[.exportCredit]?.map(\.decided) == [1, 0, 0, 0, 0, 0])
        #expect(charts.autoAcceptance.count == 2)
        _ = book
    }

    @Test func aPeriodBeforeTheApplicationsOrClaimsIsEmptyAndAPeriodTooLongIsRefused() throws {
        let (_, statistics) = try Self.build()
        let early = try statistics.deskCharts(from: CivilDate(iso: "2025-11-01")!, to: CivilDate(iso: "2025-12-31")!, Self.staff)
        #expect(early.autoAcceptance.isEmpty && early.claims.reportToPayment.isEmpty)
        #expect(early.claims.smallClaims == [ExtractSeries.SmallClaims(), ExtractSeries.SmallClaims()])
        // 24 months are charted; 25 are not. The period may not end after today (2026-11-23).
        #expect(throws: Never.self) { try statistics.deskCharts(from: CivilDate(iso: "2024-12-01")!, to: CivilDate(iso: "2026-11-23")!, Self.staff) }
        #expect(throws: PuhuiError.invalid("a period of at most 24 months is charted", field: "from")) {
            try statistics.deskCharts(from: CivilDate(iso: "2024-11-30")!, to: CivilDate(iso: "2026-11-23")!, Self.staff)
        }
        #expect(throws: PuhuiError.self) { try statistics.deskCharts(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-24")!, Self.staff) }
    }

    @Test(arguments: Role.allCases)
    func theChartsAreForStaffWhoWorkOrOverseeTheBook(role: Role) throws {
        let (_, statistics) = try Self.build()
        let context = ActionContext(user: AuthenticatedUser(name: "u", roles: [role], party: role == .customer ? "P-000001" : nil), at: TestBook.clock.now())
        let allowed: Set<Role> = [.adjuster, .approver, .underwriter, .admin, .regulator]
        do {
            _ = try statistics.deskCharts(from: ExtractTests.period.from, to: ExtractTests.period.to, context)
            #expect(allowed.contains(role))
        } catch let error as PuhuiError {
            #expect(!allowed.contains(role) && error.code == .unauthorized, "\(role): \(error)")
        }
    }
}
