import Testing
@testable import PuhuiDomain

@Suite struct CivilDateTests {
    @Test func roundTripsDayNumbersOverFourCenturies() {
        for day in stride(from: -200_000, through: 200_000, by: 97) {
            let date = CivilDate(dayNumber: day)
            #expect(date.dayNumber == day)
        }
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(CivilDate(iso: "2026-11-23")!.dayNumber == 20_780)
    }

    @Test(arguments: ["1900-02-29", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1", "2026/01/01"])
    func refusesDatesThatDoNotExist(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
    }

    @Test func addsMonthsClampingToMonthEnd() {
        #expect(CivilDate(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(CivilDate(iso: "2026-03-15")!.adding(months: 12).description == "2027-03-15")
        #expect(CivilDate(iso: "2024-02-29")!.adding(years: 1).description == "2025-02-28")
    }

    @Test func countsAgeInCompletedYears() {
        let birth = CivilDate(iso: "1990-06-15")!
        #expect(birth.age(on: CivilDate(iso: "2026-06-14")!) == 35)
        #expect(birth.age(on: CivilDate(iso: "2026-06-15")!) == 36)
    }

    @Test func knowsWeekdays() {
        #expect(CivilDate(iso: "2026-11-23")!.weekday == 1) // Monday
        #expect(CivilDate(iso: "2026-11-22")!.weekday == 7) // Sunday
    }
}

@Suite struct InstantTests {
    @Test func parsesChinaTimeByDefault() throws {
        let instant = try #require(Instant(parsing: "2026-03-01T09:30"))
        #expect(instant == Instant(parsing: "2026-03-01T01:30:00Z"))
        #expect(instant == Instant(parsing: "2026-03-01 09:30:00+08:00"))
        #expect(instant.description == "2026-03-01T09:30:00+08:00")
        #expect(instant.chinaDate.description == "2026-03-01")
    }

    @Test func aDateAloneIsChinaMidnight() throws {
        let instant = try #require(Instant(parsing: "2026-03-01"))
        #expect(instant.description == "2026-03-01T00:00:00+08:00")
        #expect(instant.adding(seconds: -1).chinaDate.description == "2026-02-28")
    }

    @Test(arguments: ["2026-03-01T25:00", "2026-02-30T10:00", "2026-03-01T09:60", "yesterday", "2026-03-01T9:30"])
    func refusesMalformedTimestamps(text: String) {
        #expect(Instant(parsing: text) == nil)
    }
}

/// Dates and instants as text, written byte by byte: every digit position, each field at its
/// smallest and largest, the day's last second, and years outside four digits spelled out.
@Suite struct DateTextTests {
    @Test(arguments: [("0001-01-01", 1, 1, 1), ("0987-09-09", 987, 9, 9), ("1999-12-31", 1999, 12, 31),
                      ("2026-10-01", 2026, 10, 1), ("9999-12-31", 9999, 12, 31)])
    func aCivilDateIsYearMonthDayWithZeros(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.description == text)
    }

    @Test func aYearOfFiveDigitsIsWrittenWhole() {
        // 10000-01-01 is 2,932,897 days after 1970-01-01.
        #expect(CivilDate(dayNumber: 2_932_897).description == "10000-01-01")
    }

    @Test func anInstantIsChinaTimeToTheSecond() {
        // 2026-11-24T15:59:59Z is 23:59:59 in China; one second later the China date changes.
        let last = Instant(secondsSinceEpoch: 1_795_535_999)
        #expect(last.description == "2026-11-24T23:59:59+08:00")
        #expect(last.adding(seconds: 1).description == "2026-11-25T00:00:00+08:00")
        #expect(Instant(secondsSinceEpoch: 0).description == "1970-01-01T08:00:00+08:00")
        #expect(Instant(secondsSinceEpoch: 1_795_535_999 - 86_400 * 365 + 3_600 * 10 + 61).description == "2025-11-25T10:01:00+08:00")
    }
}
