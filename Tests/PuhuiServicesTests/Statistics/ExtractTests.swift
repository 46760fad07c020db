import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// A small book built through the real operations, every figure of the extract worked out by
/// hand below. Period 2026-01-01 to 2026-06-30.
///
/// Policies (cover 2026-01-05 to 2027-01-04 unless said):
///   1. P-000001 (micro) property: 500000 office class-1 sprinklers, deductible 500, 1 claim:
///      500000 × 0.00040 × 0.85 × 1.00 × 1.00 = 170.00 → minimum 300.00.
///   2. P-000002 (small) property: 1000000 retail-shop class-2 extinguishers, deductible 1000, 1 claim:
///      1000000 × 0.00075 × 1.00 × 0.95 × 1.00 = 712.50.
///   3. P-000004 (individual business) property, issued 2026-02-01, cover from 2026-02-01: 200000
///      restaurant class-1 none, deductible 500, 1 claim: 200000 × 0.00090 × 1.20 = 216.00 → 300.00;
///      cancelled 2026-05-15: 4 months in force earn 40% → refund 180.00.
///   4. P-000002 (small) export credit: 2000000 to a HI buyer, OA, 90 days: 2000000 × 0.0016 = 3200.00;
///      maximum liability 1000000.
/// Claims:
///   C1 fire on 1, reported 03-02 09:00, request 10:00, complete 03-03 10:00, covered 03-04,
///      agreed 03-05 at 50000 (payable 49500), paid 03-06 10:00, closed 03-06 12:00.
///   C2 water damage on 2 (small: 4000 ≤ 5000), same times; agreed 4000 → payable 3000.
///   C3 buyer default on 4, reported 03-02 09:00, complete 03-03 10:00, not covered 04-10 10:00
///      (due by the end of 04-02: missed), notice 04-15 10:00 (due by the end of 04-13: missed).
///   C4 water damage on 3 (small: 3000), reported 04-01 09:00, request 10:00, a second request on
///      04-02 adds the police report (Art. 22 breach), withdrawn 04-03 10:00.
///   C5 fire on 2, reported 03-08 09:00, complete 03-10 10:00, advance 50000 on 03-20 10:00,
///      covered 03-25 10:00 (the 10-day contract period ended with 03-20: missed); still open.
@Suite struct ExtractTests {
    struct Book {
        let storage: SQLiteStorage
        let claims: ClaimService
        var db: any DatabaseWriter { storage.writer }

        func extract(_ period: ExtractPeriod) throws -> RegulatorExtract {
            try storage.extract(period)
        }
    }

    static func build() throws -> Book {
        let book = try TestBook()
        let service = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        func property(_ holder: String, _ si: String, _ occupancy: String, _ construction: String, _ fire: String, _ deductible: String,
                      start: String = "2026-01-05", at: String = "2026-01-04T10:00") throws -> String {
            let risk = #"{"sumInsured": "\#(si)", "occupancy": "\#(occupancy)", "construction": "\#(construction)", "fireProtection": "\#(fire)", "deductible": "\#(deductible)", "claimsLast3Years": 1}"#
            return try book.apply("PH-PROP-SHOP", holder: holder, risk: risk, start: start, at: at).policy!.number
        }
        let p1 = try property("P-000001", "500000", "office", "class-1", "sprinklers", "500")
        let p2 = try property("P-000002", "1000000", "retail-shop", "class-2", "extinguishers", "1000")
        let p3 = try property("P-000004", "200000", "restaurant", "class-1", "none", "500", start: "2026-02-01", at: "2026-02-01T09:00")
        let p4 = try book.apply("PH-EXCR-SME", holder: "P-000002", risk: #"{"annualExports": "8000000", "maximumLiability": "1000000", "buyers": [{"name": "A", "country": "DE", "countryClass": "HI", "paymentTerms": "OA", "creditPeriodDays": 90, "declaredTurnover": "2000000", "creditLimit": "500000"}]}"#,
                                start: "2026-01-05", at: "2026-01-04T10:00").policy!.number
        _ = try book.engine.policies.cancel(p3, on: CivilDate(iso: "2026-05-15")!, book.context("clerk.ma", at: Instant(parsing: "2026-05-15T10:00")!))

        func a(_ at: String) -> ActionContext { book.context("liu.yang", at: Instant(parsing: at)!) }
        func report(_ policy: String, _ type: String, _ amount: String, loss: String, at: String) throws -> Claim {
            try service.report(policy: policy, lossDate: CivilDate(iso: loss)!, type: type, claimed: Money(yuan: amount)!, description: nil, a(at)).claim
        }
        func complete(_ claim: Claim, _ at: String) throws {
            let codes = try book.storage.read { try $0.claims.documents(claimID: claim.id) }.filter { $0.required && $0.receivedAt == nil }.map(\.code)
            _ = try service.receiveDocuments(claim.reference, codes: codes, a(at))
        }
        func settle(_ claim: Claim, loss: String, payable: String) throws {
            _ = try service.requestDocuments(claim.reference, also: [], a("2026-03-02T10:00"))
            try complete(claim, "2026-03-03T10:00")
            _ = try service.decide(claim.reference, covered: true, reason: nil, a("2026-03-04T10:00"))
            _ = try service.agree(claim.reference, loss: Money(yuan: loss)!, a("2026-03-05T10:00"))
            _ = try service.pay(claim.reference, amount: Money(yuan: payable)!, advance: false, a("2026-03-06T10:00"))
            _ = try service.close(claim.reference, a("2026-03-06T12:00"))
        }
        try settle(try report(p1, "fire", "60000", loss: "2026-03-01", at: "2026-03-02T09:00"), loss: "50000", payable: "49500")
        try settle(try report(p2, "water-damage", "4000", loss: "2026-03-01", at: "2026-03-02T09:00"), loss: "4000", payable: "3000")
        let c3 = try report(p4, "buyer-default", "400000", loss: "2026-02-28", at: "2026-03-02T09:00")
        try complete(c3, "2026-03-03T10:00")
        _ = try service.decide(c3.reference, covered: false, reason: "commercial dispute over quality", a("2026-04-10T10:00"))
        _ = try service.rejectNotice(c3.reference, a("2026-04-15T10:00"))
        let c4 = try report(p3, "water-damage", "3000", loss: "2026-03-31", at: "2026-04-01T09:00")
        _ = try service.requestDocuments(c4.reference, also: [], a("2026-04-01T10:00"))
        _ = try service.requestDocuments(c4.reference, also: ["police-report"], a("2026-04-02T10:00"))
        _ = try service.withdraw(c4.reference, a("2026-04-03T10:00"))
        let c5 = try report(p2, "fire", "100000", loss: "2026-03-07", at: "2026-03-08T09:00")
        try complete(c5, "2026-03-10T10:00")
        _ = try service.pay(c5.reference, amount: Money(yuan: "50000")!, advance: true, a("2026-03-20T10:00"))
        _ = try service.decide(c5.reference, covered: true, reason: nil, a("2026-03-25T10:00"))
        return Book(storage: book.storage, claims: service)
    }

    static let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)

    func row(_ extract: RegulatorExtract, _ segment: String, _ line: String) -> ExtractRow? {
        extract.rows.first { $0.segment == segment && $0.line == line }
    }

    @Test func everyIndicatorWorkedOutByHand() throws {
        let book = try Self.build()
        let extract = try book.extract(Self.period)
        let total = try #require(row(extract, "all", "all"))
        let c = total.counts, d = total.derived
        #expect(c["policiesIssued"] == 4)
        #expect(c["premiumWritten"] == 451_250)         // 300.00 + 712.50 + 300.00 + 3200.00
        // Each policy's annual premium received when it was applied for (2026-01-04, 02-01); the
        // refund of the cancelled policy 3 is not netted against it.
        #expect(c["premiumReceived"] == 451_250)
        #expect(c["cancellationRefunds"] == 18_000)     // 300.00 × (1 − 0.40)
        #expect(c["premiumIncome"] == 433_250)
        #expect(c["policiesInForce"] == 3 && c["insuredPersonsInForce"] == 0)
        #expect(c["sumInsuredInForce"] == 250_000_000)  // 500000 + 1000000 + 1000000
        #expect(c["insuredEntitiesInForce"] == 2)       // P-000001 and P-000002
        #expect(c["claimsReported"] == 5 && c["claimsClosed"] == 2 && c["rejections"] == 1 && c["withdrawals"] == 1)
        #expect(c["claimsPaid"] == 3 && c["claimsPaidAmount"] == 10_250_000) // 49500 + 3000 + 50000 (advance)
        #expect(c["advancePayments"] == 1 && c["advancePaymentAmount"] == 5_000_000)
        #expect(c["claimsDecided"] == 4 && c["claimsDecidedAndPaid"] == 3)
        #expect(d["paymentRatio"] == "0.7500")          // C1, C2, C5 of C1, C2, C3, C5
        #expect(c["claimsReportedAndClosed"] == 3)
        #expect(d["closureRatio"] == "0.6000")          // C1, C2 closed and C3 rejected, of 5 reported
        #expect(c["smallClaimsReported"] == 2 && c["smallClaimsClosedWithin5Days"] == 1)
        #expect(d["smallClaimFiveDayClosureRatio"] == "0.5000") // C2 closed on day 4; C4 withdrawn
        // Report to first payment: C1 and C2 4 d 1 h, C5 12 d 1 h → 161 h = 6.708 days.
        #expect(d["averageDaysReportToFirstPayment"] == "6.71")
        // Documents complete to payment in full: C1 and C2, 3 days each.
        #expect(d["averageDaysDocumentsToPayment"] == "3.00")
        // Report to close: C1, C2 4.125 days, C3 (rejected) 44.042 days → median 4.13, 90th percentile 44.04.
        #expect(d["medianDaysReportToClose"] == "4.13" && d["p90DaysReportToClose"] == "44.04")
        // Clocks due in the period.
        #expect(c["art22Met"] == 2 && c["art22Missed"] == 1)                     // C1, C2 / C4
        #expect(c["art23DecisionMet"] == 2 && c["art23DecisionMissed"] == 2)     // C1, C2 / C3, C5
        #expect(c["art23PaymentMet"] == 2 && c["art23PaymentMissed"] == 0)
        #expect(c["art24Met"] == 0 && c["art24Missed"] == 1)                     // C3
        #expect(c["art25Met"] == 1 && c["art25Missed"] == 0)                     // C5; C1, C2, C3 stopped

        let micro = try #require(row(extract, "micro-enterprise", "property"))
        #expect(micro.counts["policiesIssued"] == 1 && micro.counts["premiumWritten"] == 30_000 && micro.counts["claimsPaidAmount"] == 4_950_000)
        let shop = try #require(row(extract, "individual-business", "property"))
        #expect(shop.counts["premiumIncome"] == 12_000 && shop.counts["policiesInForce"] == 0 && shop.counts["withdrawals"] == 1 && shop.counts["art22Missed"] == 1)
        let small = try #require(row(extract, "small-enterprise", "all"))
        #expect(small.counts["premiumWritten"] == 391_250 && small.counts["insuredEntitiesInForce"] == 1) // one firm on two lines
        let export = try #require(row(extract, "small-enterprise", "export-credit"))
        #expect(export.counts["rejections"] == 1 && export.counts["art23DecisionMissed"] == 1 && export.counts["art24Missed"] == 1)
        #expect(extract.individualBusinessRows.count == 9) // eight lines and their subtotal
        #expect(extract.products.map(\.code).contains("PH-EXCR-SME"))
    }

    @Test func anEarlierAsOfCountsOnlyWhatWasRecordedByThen() throws {
        let book = try Self.build()
        // As of 2026-03-05 00:00: C1 and C2 not yet paid; the C5 report not yet made.
        let early = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!, asOf: Instant(parsing: "2026-03-05T00:00")!)
        let extract = try book.extract(early)
        let total = try #require(row(extract, "all", "all"))
        #expect(total.counts["claimsReported"] == 3 && total.counts["claimsPaid"] == 0 && total.counts["cancellationRefunds"] == 0)
        #expect(total.counts["policiesInForce"] == 4) // the cancellation was recorded later
    }

    @Test func rerunsAreByteIdenticalInEveryFormat() throws {
        let book = try Self.build()
        let schema = try Fixtures.environment.extractSchema()
        for format in ExtractWriter.Format.allCases {
            let first = try ExtractWriter.render(try book.extract(Self.period), format: format, xmlSchema: schema)
            let second = try ExtractWriter.render(try book.extract(Self.period), format: format, xmlSchema: schema)
            #expect(first == second, "\(format)")
        }
        let csv = try ExtractWriter.render(try book.extract(Self.period), format: .csv, xmlSchema: nil)
        #expect(csv.prefix(3) == Data([0xEF, 0xBB, 0xBF])) // UTF-8 with BOM
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.contains("期内签发保单件数 policiesIssued"))
        #expect(text.contains("个体工商户 Individual businesses"))
    }

    @Test func theContentHashIsTheSameInEveryFormatAndCanBeRecomputed() throws {
        let book = try Self.build()
        let extract = try book.extract(Self.period)
        let json = try ExtractWriter.render(extract, format: .json, xmlSchema: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["contentSha256"] as? String == extract.contentSHA256)
        // Recompute from the text of the extract member as written.
        let text = String(decoding: json, as: UTF8.self)
        let inner = String(text.dropFirst("{\"contentSha256\":\"\(extract.contentSHA256)\",\"extract\":".count).dropLast(2))
        #expect(CanonicalJSON.sha256(inner) == extract.contentSHA256)
        let xml = String(decoding: try ExtractWriter.render(extract, format: .xml, xmlSchema: try Fixtures.environment.extractSchema()), as: UTF8.self)
        #expect(xml.contains("contentSha256=\"\(extract.contentSHA256)\""))
    }

    @Test func anExtractThatDoesNotReconcileIsRefused() throws {
        let book = try Self.build()
        var rows = try book.extract(Self.period).rows
        let index = try #require(rows.firstIndex { $0.segment == "micro-enterprise" && $0.line == "property" })
        rows[index].counts["premiumWritten"] = 30_001
        #expect(throws: PuhuiError(.corrupt, "the extract does not reconcile: premiumWritten of segment micro-enterprise is 30000, its parts add up to 30001; nothing was written")) {
            try ExtractAssembler.reconcile(rows)
        }
    }

    @Test func xmlThatBreaksTheSchemaIsRefused() throws {
        let book = try Self.build()
        let extract = try book.extract(Self.period)
        let schema = try Fixtures.environment.extractSchema()
        let good = ExtractWriter.xml(extract)
        try ExtractWriter.validate(good, schema: schema)
        let bad = Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "<premiumWritten>300.00</premiumWritten>", with: "<premiumWritten>300</premiumWritten>").utf8)
        #expect(throws: PuhuiError.self) { try ExtractWriter.validate(bad, schema: schema) }
    }
}
