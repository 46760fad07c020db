import Foundation
import PuhuiReports
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The three rules of issue 19, on claims written out by hand (ClaimBook: the property policy
/// has a fixed deductible of 1000.00; PH-PROP-SHOP decides within 10 days and pays within 5,
/// PH-LIAB-MICRO decides within 15; the Insurance Law's rejection notice is due within 3 days).
///
///   R1 fire on property, claimed 30000: reported 08-03 09:00, documents asked 08-03 10:00 and
///      complete 08-05 10:00, covered 08-07 10:00 (two days later), agreed 08-10 10:00 at 20000
///      (payable 19000), paid 08-12 10:00, closed 08-12 12:00. Later: reopened 09-10 10:00,
///      covered again 09-15 10:00, agreed 09-20 10:00 at 25000 (payable 24000: 5000 more), the
///      5000 paid 10-05 10:00 (payment due by the end of 09-25: late), closed 10-06 10:00.
///   R2 water damage on property, claimed 800 (a small claim): reported 08-04 09:00, complete
///      08-06 10:00, covered 08-08 10:00, agreed 08-09 10:00 at 800, below the deductible:
///      payable 0.00, nothing paid; closed 08-09 11:00.
///   R3 third-party property damage on liability, claimed 12000: reported 08-05 09:00, complete
///      08-06 10:00, not covered 08-20 10:00 (decision due by the end of 08-21), written notice
///      08-22 10:00 (due by the end of 08-23).
@Suite struct ExtractAsOfTests {
    struct Book {
        let claims: ClaimBook
        let r1: String, r2: String, r3: String
        var storage: SQLiteStorage { claims.book.storage }

        func extract(_ from: String, _ to: String, asOf: String? = nil) throws -> RegulatorExtract {
            try storage.extract(ExtractPeriod(from: CivilDate(iso: from)!, to: CivilDate(iso: to)!, asOf: asOf.map { Instant(parsing: $0)! }))
        }

        /// R1's later cycle: reopened, decided, agreed, paid late and closed.
        func laterEvents() throws {
            let s = claims.service
            _ = try s.reopen(r1, reason: "the claimant produced a further invoice", claims.actor("2026-09-10T10:00"))
            _ = try s.decide(r1, covered: true, reason: nil, claims.actor("2026-09-15T10:00"))
            _ = try s.agree(r1, loss: Money(yuan: 25_000), claims.actor("2026-09-20T10:00"))
            _ = try s.pay(r1, amount: Money(yuan: 5_000), advance: false, claims.actor("2026-10-05T10:00"))
            _ = try s.close(r1, claims.actor("2026-10-06T10:00"))
        }
    }

    /// The book up to the end of August.
    static func august() throws -> Book {
        let cb = try ClaimBook()
        let s = cb.service
        let r1 = try cb.report(.property, type: "fire", claimed: "30000", loss: "2026-08-02", at: "2026-08-03T09:00")
        _ = try s.requestDocuments(r1.reference, also: [], cb.actor("2026-08-03T10:00"))
        let r2 = try cb.report(.property, type: "water-damage", claimed: "800", loss: "2026-08-03", at: "2026-08-04T09:00")
        let r3 = try cb.report(.liability, type: "public-property-damage", claimed: "12000", loss: "2026-08-04", at: "2026-08-05T09:00")
        try cb.completeDocuments(r1, at: "2026-08-05T10:00")
        try cb.completeDocuments(r2, at: "2026-08-06T10:00")
        try cb.completeDocuments(r3, at: "2026-08-06T10:00")
        _ = try s.decide(r1.reference, covered: true, reason: nil, cb.actor("2026-08-07T10:00"))
        _ = try s.decide(r2.reference, covered: true, reason: nil, cb.actor("2026-08-08T10:00"))
        let nothing = try s.agree(r2.reference, loss: Money(yuan: 800), cb.actor("2026-08-09T10:00"))
        precondition(nothing.payable == .zero)
        _ = try s.close(r2.reference, cb.actor("2026-08-09T11:00"))
        let settlement = try s.agree(r1.reference, loss: Money(yuan: 20_000), cb.actor("2026-08-10T10:00"))
        precondition(settlement.payable == Money(yuan: 19_000))
        _ = try s.pay(r1.reference, amount: Money(yuan: 19_000), advance: false, cb.actor("2026-08-12T10:00"))
        _ = try s.close(r1.reference, cb.actor("2026-08-12T12:00"))
        _ = try s.decide(r3.reference, covered: false, reason: "the damage was done on purpose", cb.actor("2026-08-20T10:00"))
        _ = try s.rejectNotice(r3.reference, cb.actor("2026-08-22T10:00"))
        return Book(claims: cb, r1: r1.reference, r2: r2.reference, r3: r3.reference)
    }

    func total(_ extract: RegulatorExtract) throws -> ExtractRow {
        try #require(extract.rows.first { $0.kind == .total })
    }

    @Test func augustWorkedOutByHand() throws {
        let book = try Self.august()
        let t = try total(try book.extract("2026-08-01", "2026-08-31"))
        let c = t.counts, d = t.derived
        #expect(c["claimsReported"] == 3 && c["claimsDecided"] == 3 && c["claimsDecidedAndPaid"] == 1)
        #expect(d["paymentRatio"] == "0.3333")                  // R1 of R1, R2, R3
        #expect(c["claimsClosed"] == 2 && c["rejections"] == 1 && c["claimsReportedAndClosed"] == 3)
        #expect(d["closureRatio"] == "1.0000")
        #expect(c["claimsPaid"] == 1 && c["claimsPaidAmount"] == 1_900_000)
        #expect(c["smallClaimsReported"] == 1 && c["smallClaimsClosedWithin5Days"] == 1) // R2 closed 08-09 11:00, within the end of 08-09
        // Report to first payment: R1 only, 08-03 09:00 → 08-12 10:00 = 9 d 1 h = 9.04 days.
        #expect(d["averageDaysReportToFirstPayment"] == "9.04")
        // Report to close: R2 5.083, R1 9.125, R3 (rejected) 17.042 days.
        #expect(d["medianDaysReportToClose"] == "9.13" && d["p90DaysReportToClose"] == "17.04")
        #expect(c["art22Met"] == 1 && c["art22Missed"] == 0)
        #expect(c["art23DecisionMet"] == 3 && c["art23DecisionMissed"] == 0 && c["art23DecisionOpen"] == 0)
        #expect(c["art24Met"] == 1 && c["art25Met"] == 0 && c["art25Missed"] == 0)
    }

    /// Rule 2: R2 was agreed at nothing to pay and closed; it paid nothing, so it stays out of
    /// every payment-time figure, and owed no payment within 10 days.
    @Test func claimsWithNoPaymentStayOutOfEveryPaymentTimeFigure() throws {
        let book = try Self.august()
        let t = try total(try book.extract("2026-08-01", "2026-08-31"))
        // Complete documents to payment: R1 only, 08-05 10:00 → 08-12 10:00 = 7.00 days (R2, 3 days
        // from complete documents to its agreement at 0.00, would have made it 5.00).
        #expect(t.derived["averageDaysDocumentsToPayment"] == "7.00")
        #expect(t.counts["art23PaymentMet"] == 1 && t.counts["art23PaymentMissed"] == 0 && t.counts["art23PaymentOpen"] == 0)
        let water = try #require(try book.extract("2026-08-01", "2026-08-31").rows.first { $0.segment == "micro-enterprise" && $0.line == "property" })
        #expect(water.counts["claimsPaid"] == 1 && water.derived["averageDaysReportToFirstPayment"] == "9.04")
    }

    /// Rule 3: as of 08-10 00:00, R1 and R2 were decided on time (due by the end of 08-15 and
    /// 08-16): met, though not yet due; R3's decision (due by the end of 08-21) still runs: open.
    @Test func aDutyDoneInTimeIsMetWhateverTheAsOfTime() throws {
        let book = try Self.august()
        let t = try total(try book.extract("2026-08-01", "2026-08-31", asOf: "2026-08-10T00:00"))
        #expect(t.counts["art23DecisionMet"] == 2 && t.counts["art23DecisionMissed"] == 0 && t.counts["art23DecisionOpen"] == 1)
        #expect(t.counts["claimsDecided"] == 2 && t.counts["claimsReported"] == 3 && t.counts["claimsClosed"] == 1)
        // As of 08-22 00:00, R3's decision was made 08-20, within its 15 days: met; its notice
        // (due by the end of 08-23) not yet sent: open.
        let later = try total(try book.extract("2026-08-01", "2026-08-31", asOf: "2026-08-22T00:00"))
        #expect(later.counts["art23DecisionMet"] == 3 && later.counts["art23DecisionOpen"] == 0)
        #expect(later.counts["art24Met"] == 0 && later.counts["art24Open"] == 1 && later.counts["art24Missed"] == 0)
    }

    /// Rule 1, the case: decided, paid and closed in August, reopened in September,
    /// paid and closed again in October. August run again in November gives the same bytes in
    /// every layout (JSON, CSV, long CSV, XML), the same detail files and the same report page.
    @Test func anEarlierPeriodRunAgainAfterLaterEventsGivesByteIdenticalFigures() throws {
        let book = try Self.august()
        let period = ExtractPeriod(from: CivilDate(iso: "2026-08-01")!, to: CivilDate(iso: "2026-08-31")!)
        let schema = try Fixtures.environment.extractSchema()
        func outputs() throws -> [String: Data] {
            let result = try book.storage.statistics.extract(period)
            var files: [String: Data] = [:]
            for format in ExtractWriter.Format.allCases {
                files[format.rawValue] = try ExtractWriter.render(result.extract, format: format, xmlSchema: schema)
            }
            files["details"] = Data(result.extract.details.map { "\($0.name) \($0.rows) \($0.sha256)" }.joined(separator: "\n").utf8)
            files["report"] = Data(ExtractReportPage(result).render().utf8)
            return files
        }
        let before = try outputs()
        try book.laterEvents()
        let after = try outputs()
        for (name, data) in before {
            #expect(after[name] == data, "\(name) changed after the later events")
        }
        // The figures the old extract lost: R1 still counts as decided and closed in August.
        let t = try total(try book.extract("2026-08-01", "2026-08-31"))
        #expect(t.counts["claimsDecided"] == 3 && t.counts["claimsClosed"] == 2 && t.derived["closureRatio"] == "1.0000")
        let cell = try #require(try book.extract("2026-08-01", "2026-08-31").rows.first { $0.segment == "micro-enterprise" && $0.line == "property" })
        #expect(cell.counts["claimsDecided"] == 2 && cell.counts["claimsClosed"] == 2 && cell.derived["closureRatio"] == "1.0000")
    }

    @Test func theLaterCycleCountsInTheMonthsItHappenedIn() throws {
        let book = try Self.august()
        try book.laterEvents()
        // September: R1 decided again (reopening 09-10, due by the end of 09-20: met); its payment
        // due by the end of 09-25 is not made by the end of September: missed.
        let september = try total(try book.extract("2026-09-01", "2026-09-30"))
        #expect(september.counts["claimsReported"] == 0 && september.counts["claimsDecided"] == 1 && september.counts["claimsDecidedAndPaid"] == 1)
        #expect(september.counts["claimsClosed"] == 0 && september.counts["claimsPaid"] == 0)
        #expect(september.counts["art23DecisionMet"] == 1 && september.counts["art23PaymentMissed"] == 1 && september.counts["art23PaymentMet"] == 0)
        // October: the 5000 paid and R1 closed again; complete documents (the reopening, 09-10
        // 10:00) to the payment completing the 24000 (10-05 10:00) = 25.00 days; report to its
        // latest closing 08-03 09:00 → 10-06 10:00 = 64 d 1 h = 64.04 days.
        let october = try total(try book.extract("2026-10-01", "2026-10-31"))
        #expect(october.counts["claimsPaid"] == 1 && october.counts["claimsPaidAmount"] == 500_000 && october.counts["claimsClosed"] == 1)
        #expect(october.derived["averageDaysDocumentsToPayment"] == "25.00" && (october.derived["averageDaysReportToFirstPayment"] ?? nil) == nil)
        #expect(october.derived["medianDaysReportToClose"] == "64.04")
        #expect(october.counts["art23PaymentMissed"] == 0) // its last day, 09-25, is in September
        // August as of the end of October (a later cut-off, on purpose): R1 counts by its latest
        // decision and closing, both after August; it is closed at that as-of time, so it still
        // counts as reported in August and closed.
        let august = try total(try book.extract("2026-08-01", "2026-08-31", asOf: "2026-10-31T23:59:59"))
        #expect(august.counts["claimsClosed"] == 1 && august.counts["claimsReportedAndClosed"] == 3 && august.counts["claimsDecided"] == 2)
    }

    @Test func aPeriodEndingAfterTodayOrAnAsOfInTheFutureIsRefused() throws {
        let book = try Self.august()
        // The test books' clock reads 2026-11-23 12:00.
        #expect(throws: PuhuiError(.invalidInput, "the period ends on 2026-11-30, after today (2026-11-23); an extract covers only days that have passed", field: "to")) {
            try book.extract("2026-11-01", "2026-11-30")
        }
        #expect(throws: PuhuiError(.invalidInput, "as of 2026-11-23T12:00:01+08:00 is in the future (now 2026-11-23T12:00:00+08:00); an extract counts only what has been recorded", field: "asOf")) {
            try book.extract("2026-08-01", "2026-08-31", asOf: "2026-11-23T12:00:01")
        }
        // A period ending today is counted as of now, and says so.
        let today = try book.storage.statistics.period(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-23")!, asOf: nil)
        #expect(today.asOf == Instant(parsing: "2026-11-23T12:00")!)
        #expect(try book.storage.statistics.extract(today).extract.asOf == Instant(parsing: "2026-11-23T12:00")!)
        #expect(throws: PuhuiError.self) {
            try book.storage.statistics.period(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-24")!, asOf: nil)
        }
        #expect(throws: PuhuiError(.invalidInput, "as of 2026-07-31T00:00:00+08:00 is before the period starts (2026-08-01); nothing in it could have been recorded", field: "asOf")) {
            try book.extract("2026-08-01", "2026-08-31", asOf: "2026-07-31T00:00")
        }
    }
}
