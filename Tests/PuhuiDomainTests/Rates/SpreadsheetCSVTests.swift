import Foundation
import Testing
@testable import PuhuiDomain

/// CSV as spreadsheets save it: CR LF line ends (Excel on Windows), a byte-order mark, a lone CR
/// (old Mac), and empty cells after the last column. Every reader of the engine takes them.
@Suite struct SpreadsheetCSVTests {
    func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    @Test func linesEndAtLFCRLFAndALoneCR() {
        let lines = TextLines.split("\u{FEFF}a,b\r\nc\rd\n\ne")
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(lines.map { String($0.text) } == ["a,b", "c", "d", "", "e"])
        #expect(TextLines.split("x\r\n").map { String($0.text) } == ["x"])
    }

    @Test func everyShippedRateTableReadsTheSameWithCRLFAndABOM() throws {
        let directory = Fixtures.rates
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).filter({ $0.hasSuffix(".csv") }) {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            var plain = RateTableReader(path: name), excel = RateTableReader(path: name)
            let read = plain.read(text: text), readExcel = excel.read(text: "\u{FEFF}" + crlf(text))
            let expected = try #require(read)
            let saved = try #require(readExcel, "\(name): \(excel.diagnostics.sorted)")
            #expect(excel.diagnostics.diagnostics.isEmpty, "\(name)")
            #expect(saved.rows == expected.rows && saved.contentDigest == expected.contentDigest, "\(name)")
        }
    }

    @Test func emptyCellsAfterTheLastColumnAreIgnoredButNotInside() throws {
        var reader = RateTableReader(path: "t.csv")
        let read = reader.read(text: "# table: t\r\nage:range,rate:value,,\r\n18-40,0.0012,,\r\n41-,0.0030\r\n")
        let table = try #require(read)
        #expect(reader.diagnostics.diagnostics.isEmpty)
        #expect(table.rows.map(\.value.description) == ["0.0012", "0.0030"])
        var strict = RateTableReader(path: "t.csv")
        _ = strict.read(text: "# table: t\nage:range,rate:value\n18-40,0.0012,x\n")
        #expect(strict.diagnostics.sorted.map(\.description) == ["t.csv:3: error: row has 3 cells, the header has 2"])
    }

    @Test func referenceDataAndStaffFilesReadTheSameWithCRLF() throws {
        func both(_ relative: String) -> (SourceText, SourceText) {
            let source = Fixtures.text(relative)
            return (source, SourceText(path: source.path, text: "\u{FEFF}" + crlf(source.text)))
        }
        let (calendar, calendarCRLF) = both("data/holidays-cn.csv")
        #expect(try WorkingDayCalendar.parse(calendarCRLF).holidays == WorkingDayCalendar.parse(calendar).holidays)
        let (adjusters, adjustersCRLF) = both("config/adjusters.csv")
        let today = CivilDate(iso: "2026-11-23")!
        #expect(try StaffSeed.grants(adjustersCRLF, kind: .claims, defaultFrom: today) == StaffSeed.grants(adjusters, kind: .claims, defaultFrom: today))
        let (staff, staffCRLF) = both("config/staff.csv")
        #expect(try StaffSeed.people(staffCRLF).map(\.name) == StaffSeed.people(staff).map(\.name))
        let (standard, standardCRLF) = both("data/size-standard-2011.csv")
        let (mapping, mappingCRLF) = both("data/industry-groups-2011.csv")
        let (sections, sectionsCRLF) = both("data/gbt4754-2017-sections.csv")
        let excel = try SizeStandard.parse(standard: standardCRLF, mapping: mappingCRLF, sections: sectionsCRLF)
        let plain = try SizeStandard.parse(standard: standard, mapping: mapping, sections: sections)
        #expect(excel.groups == plain.groups)
    }

    @Test func partyImportReadsCRLFWithTrailingEmptyCells() throws {
        var registered: [PartyInput] = []
        let csv = "\u{FEFF}kind,name,identifier,,\r\nperson,王芳,110105194912310021,,\r\nperson,陈晨,110105199805200053\r\n"
        let report = try PartyImport.run(SourceText(path: "p.csv", text: csv), skipInvalid: false) { input in
            registered.append(input)
            return .registered(Party(reference: "P-00000\(registered.count)", kind: input.kind, name: input.name, segment: .other,
                                     segmentBasis: "", createdAt: Instant(secondsSinceEpoch: 0)))
        }
        #expect(registered.map(\.name) == ["王芳", "陈晨"])
        #expect(registered.map(\.identifier) == ["110105194912310021", "110105199805200053"])
        #expect(report.added.count == 2 && report.header == "kind,name,identifier")
    }
}
