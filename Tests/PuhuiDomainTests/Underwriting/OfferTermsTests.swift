import Testing
@testable import PuhuiDomain

@Suite struct OfferTermsTests {
    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func anOfferIsOpenToTheEndOfItsLastDayChinaTime() {
        // Applied 2026-01-10 at 23:30 China time, 30 days: open until 24:00 on 2026-02-09.
        let until = OfferTerms.openUntil(appliedAt: Instant(parsing: "2026-01-10T23:30")!, days: 30)
        #expect(until == Instant(parsing: "2026-02-10T00:00")!)
        #expect(OfferTerms.openUntil(appliedAt: Instant(parsing: "2026-01-10T00:00")!, days: 1) == Instant(parsing: "2026-01-12T00:00")!)
    }

    @Test func aTermKeepsItsLengthWhenItMoves() {
        #expect(OfferTerms.months(from: date("2026-01-05"), to: date("2027-01-04")) == 12)
        #expect(OfferTerms.months(from: date("2026-01-31"), to: date("2026-02-27")) == 1) // 31 Jan + 1 month = 28 Feb, less a day
        #expect(OfferTerms.months(from: date("2026-01-05"), to: date("2026-01-20")) == nil)
        #expect(OfferTerms.end(of: date("2026-01-05"), date("2027-01-04"), movedTo: date("2026-02-28")) == date("2027-02-27"))
        // Twelve months from 2027-02-28 end on 2028-02-27 (2028 is a leap year: not on the 28th, nor the 29th).
        #expect(OfferTerms.end(of: date("2026-01-05"), date("2027-01-04"), movedTo: date("2027-02-28")) == date("2028-02-27"))
        // Not whole months: the same number of days (15 days, 2026-01-05 to 2026-01-20).
        #expect(OfferTerms.end(of: date("2026-01-05"), date("2026-01-20"), movedTo: date("2026-03-01")) == date("2026-03-16"))
    }

    @Test func aRiskReadsAsOneLinePerValue() {
        let lines = RiskLines.lines(#"{"a": "1", "b": {"c": 2, "d": [true, null]}, "e": []}"#)
        #expect(lines.map { "\($0.field)=\($0.value)" } == ["a=1", "b.c=2", "b.d[1]=true", "b.d[2]=null", "e=[]"])
        #expect(RiskLines.lines("{").first?.field == "risk")
    }
}
