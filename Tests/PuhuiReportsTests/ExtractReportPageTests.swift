import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiReports

/// The charts and the report page, from an extract built in memory from one policy of an
/// individual business and one claim on it (paid 12 d 1 h after its report, in March).
@Suite struct ExtractReportPageTests {
    static func t(_ text: String) -> Instant { Instant(parsing: text)! }

    static let result: ExtractResult = {
        let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)
        var builder = ExtractBuilder(period)
        let policy = PolicyFacts(number: "PL-2026-000001", productCode: "PH-PROP-SHOP", productVersion: 1, segment: .individualBusiness, line: .property,
                                 holderID: 4, holder: "P-000004", issuedAt: t("2026-01-04T10:00"), startDate: CivilDate(iso: "2026-01-05")!,
                                 endDate: CivilDate(iso: "2027-01-04")!, premium: Money(yuan: 300), insuredPersons: 0, sumInsured: Money(yuan: 200_000))
        if let record = PolicyExtractRecord.make(policy, period: period) { builder.add(record) }
        func event(_ action: String, _ at: String, _ state: ClaimState, covered: Bool? = nil, payable: Int64? = nil) -> ClaimHistory.Event {
            ClaimHistory.Event(action: action, at: t(at), stateAfter: state, covered: covered, payable: payable.map { Money(yuan: $0) })
        }
        let history = ClaimHistory(reference: "CLM-2026-000001", policyNumber: "PL-2026-000001", productCode: "PH-PROP-SHOP", productVersion: 1,
                                   segment: .individualBusiness, line: .property, small: true, reportedAt: t("2026-03-02T09:00"), events: [
                                       event("report", "2026-03-02T09:00", .reported),
                                       event("receive-docs", "2026-03-03T10:00", .documentsComplete),
                                       event("decide", "2026-03-04T10:00", .decided, covered: true),
                                       event("agree", "2026-03-05T10:00", .agreed, payable: 3_000),
                                       event("pay", "2026-03-14T10:00", .paid),
                                       event("close", "2026-03-14T12:00", .closed),
                                   ], payments: [ClaimHistory.Payment(paidAt: t("2026-03-14T10:00"), amount: Money(yuan: 3_000), advance: false)])
        let spec = ClaimsSpec(decisionDays: 10, paymentDays: 5, smallClaimThreshold: Money(yuan: 5000), smallClaimNoticeWorkingDays: 1,
                              smallClaimCloseDays: 5, documents: [], claimTypes: [])
        if let claim = ClaimReplay.replay(history, asOf: period.asOf) {
            builder.noteReplayed()
            if let record = ClaimExtractRecord.make(claim, period: period, claims: spec) { builder.add(record) }
        }
        let product = RegulatorExtract.ProductVersion(code: "PH-PROP-SHOP", version: 1, line: "property", department: "普惠部 <script>alert(1)</script> & co",
                                                      nameZh: "小微商铺财产保险", nameEn: "Shop property")
        let details = [RegulatorExtract.DetailFile(name: "puhui-extract-2026-01-01-2026-06-30-claims.csv", rows: 1, sha256: String(repeating: "a", count: 64))]
        do {
            let extract = try builder.assemble(products: [product], details: details, controls: ExtractControls(claimsOnFile: 1, totals: [.claimsReported: 1]))
            return ExtractResult(extract: extract, series: builder.series, individualBusinessSeries: builder.individualBusinessSeries)
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    @Test func theSeriesAreGatheredWithTheExtract() {
        let series = Self.result.series
        #expect(series.months.map(\.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        // Report 03-02 09:00 to payment 03-14 10:00: 12 d 1 h, in the 10–15 days range.
        #expect(series.reportToPayment[.property] == [0, 0, 0, 0, 1, 0, 0, 0, 0])
        // Payment agreed 03-05, due by the end of 03-10, made 03-14: missed in March; the decision met.
        #expect(series.duties[.art23Payment]?[2] == ExtractSeries.DutyCounts(met: 0, missed: 1, open: 0))
        #expect(series.duties[.art23Decision]?[2] == ExtractSeries.DutyCounts(met: 1, missed: 0, open: 0))
        // A small claim reported 03-02, closed 03-14: not within five days.
        #expect(series.smallClaims[2] == ExtractSeries.SmallClaims(reported: 1, closedWithin5Days: 0))
        #expect(Self.result.individualBusinessSeries == series)
    }

    @Test func aCountAxisEndsOnTheFirstRoundStepAtOrAboveTheLargestValue() {
        func axis(_ largest: Int) -> (Int, [Int]) {
            BarChart(title: "", summary: "", categories: ["a"], series: [BarChart.Series(name: "n", colour: "#000", values: [largest])],
                     valueLabel: "", categoryLabel: "").axis
        }
        #expect(axis(8) == (8, [0, 2, 4, 6, 8]))
        #expect(axis(9) == (10, [0, 2, 4, 6, 8, 10]))
        #expect(axis(213) == (250, [0, 50, 100, 150, 200, 250]))
        #expect(axis(5) == (5, [0, 1, 2, 3, 4, 5]))
        #expect(axis(0) == (1, [0, 1]))
    }

    @Test func aChartHasItsFiguresInATableBesideIt() {
        let chart = BarChart(title: "T", summary: "S", categories: ["2026-01", "2026-02"],
                             series: [BarChart.Series(name: "met", colour: "#2b8a3e", values: [3, nil]), BarChart.Series(name: "missed", colour: "#c92a2a", values: [1, 2])],
                             valueLabel: "件数", categoryLabel: "月份")
        let html = chart.figure(id: "x", caption: "Caption", definition: "art23DecisionMet").render()
        #expect(html.components(separatedBy: "<rect x=").count - 1 == 3 + 2) // three bars, two legend keys
        #expect(html.contains("role=\"img\" aria-labelledby=\"x-svg-title x-svg-desc\""))
        #expect(html.contains("<th scope=\"row\">met</th><td class=\"num\">3</td><td class=\"num\">—</td>"))
        #expect(html.contains("<th scope=\"row\">missed</th><td class=\"num\">1</td><td class=\"num\">2</td>"))
        #expect(html.contains("href=\"#def-art23DecisionMet\""))
        let percent = BarChart(title: "R", summary: "", categories: ["a"], series: [BarChart.Series(name: "r", colour: "#000", values: [7_512])],
                               scale: .percent, valueLabel: "", categoryLabel: "").table(caption: "c").render()
        #expect(percent.contains(">75.12%<"))
    }

    @Test func thePageIsSelfContainedEscapedAndLinksEveryFigureToItsDefinition() throws {
        let html = ExtractReportPage(Self.result).render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"))
        #expect(!html.contains("<script") && html.contains("普惠部 &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        // No external resource: the only URL is the SVG namespace.
        let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") })
        #expect(!html.contains(" src=") && !html.contains("<link"))
        // Every indicator is defined once, and every link to a definition has its target.
        for indicator in ExtractIndicator.allCases {
            #expect(html.components(separatedBy: "id=\"def-\(indicator.rawValue)\"").count == 2, "\(indicator)")
        }
        let targets = html.components(separatedBy: "href=\"#def-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Set(targets).isSubset(of: Set(ExtractIndicator.allCases.map(\.rawValue))) && targets.count > 100)
        for section in ["summary", "turnaround", "duties", "small-claims", "segments", "lines", "individual-business", "products", "definitions"] {
            #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
        }
        // Charts: property turnaround (whole book and individual businesses), five duties, two small-claim rates.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2 + 5 + 2)
        // The one claim was reported and closed: a closure ratio of 1.0000, shown as a percentage.
        #expect(html.contains("<a href=\"#def-closureRatio\" class=\"def-link\">立案结案率<span class=\"en\" lang=\"en\">Closure ratio</span></a></dt><dd>100.00%</dd>"))
        #expect(ExtractReportPage(Self.result).render() == html)
        #expect(ExtractReportPage(Self.result).fileName == "puhui-report-2026-01-01-2026-06-30.html")
    }

    @Test func theStyleSheetNeedsNoEscaping() {
        #expect(!ExtractReportPage.style.contains(">") && !ExtractReportPage.style.contains("<") && !ExtractReportPage.style.contains("&"))
    }

    @Test func figuresReadAsAPersonReadsThem() {
        #expect(ReportText.percent(ratio: "0.7500") == "75.00%" && ReportText.percent(ratio: "1.0000") == "100.00%")
        #expect(ReportText.percent(ratio: "0.0512") == "5.12%" && ReportText.percent(ratio: "") == "—")
        #expect(ReportText.grouped(1_234_567) == "1,234,567" && ReportText.grouped(999) == "999" && ReportText.grouped(-1000) == "-1,000")
    }
}
