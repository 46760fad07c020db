import Foundation

/// Which days are working days in mainland China: Monday to Friday, less public holidays, plus
/// the weekend days worked in their place (调休), as listed in a data file per year.
public struct WorkingDayCalendar: Sendable {
    public let holidays: Set<CivilDate>
    public let workdays: Set<CivilDate>
    /// Years the file lists; outside them only weekends are days off.
    public let coveredYears: ClosedRange<Int>?

    public static let fileName = "holidays-cn.csv"

    public init(holidays: Set<CivilDate> = [], workdays: Set<CivilDate> = [], coveredYears: ClosedRange<Int>? = nil) {
        self.holidays = holidays
        self.workdays = workdays
        self.coveredYears = coveredYears
    }

    /// Reads `date,kind,name` rows (kind holiday or workday) from the calendar file.
    public static func parse(_ source: SourceText) throws(PuhuiError) -> WorkingDayCalendar {
        let path = source.path
        var diagnostics = DiagnosticCollector()
        var holidays: Set<CivilDate> = [], workdays: Set<CivilDate> = []
        var headerSeen = false
        for line in TextLines.split(source.text) {
            let n = line.number - 1
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !headerSeen { headerSeen = true; continue }
            let cells = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let date = CivilDate(iso: cells[0]) else {
                diagnostics.error("expected date,kind,name with a date YYYY-MM-DD", path: path, line: n + 1)
                continue
            }
            switch cells[1] {
            case "holiday": holidays.insert(date)
            case "workday": workdays.insert(date)
            default: diagnostics.error("kind must be holiday or workday, not '\(cells[1])'", path: path, line: n + 1)
            }
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        let years = (holidays.union(workdays)).map(\.year)
        return WorkingDayCalendar(holidays: holidays, workdays: workdays,
                                  coveredYears: years.min().flatMap { low in years.max().map { low...$0 } })
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if workdays.contains(date) { return true }
        if holidays.contains(date) { return false }
        return date.weekday <= 5
    }

    /// The `count`-th working day after `date` (not counting `date` itself).
    public func workingDay(_ count: Int, after date: CivilDate) -> CivilDate {
        var day = date
        var found = 0
        while found < count {
            day = day.adding(days: 1)
            if isWorkingDay(day) { found += 1 }
        }
        return day
    }
}
