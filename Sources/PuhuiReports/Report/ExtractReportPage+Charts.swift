import PuhuiDomain

extension ExtractReportPage {
    static let blue = "#1864ab", green = "#2b8a3e", red = "#c92a2a", grey = "#adb5bd"

    /// Days from report to first payment, a histogram per line with payments in the period.
    var turnaround: HTMLNode {
        .element("section", ["id": "turnaround"]) {
            heading("turnaround")
            HTMLNode.element("p", ["class": "note"]) {
                "首次支付在期内的案件，自报案至首次赔付的天数分布；无赔付的案件不计入。"
                HTMLNode.element("span", ["lang": "en"]) { " Claims whose first payment falls in the period, by days from report to that payment; claims with no payment are left out. " }
                name(.averageDaysReportToFirstPayment)
            }
            histograms(result.series, idPrefix: "turnaround")
        }
    }

    func histograms(_ series: ExtractSeries, idPrefix: String) -> HTMLNode {
        let lines = LineOfBusiness.allCases.filter { series.reportToPayment[$0] != nil }
        return .element("div", ["class": "grid"]) {
            if lines.isEmpty {
                HTMLNode.element("p", ["class": "empty"]) { "本期无首次赔付。 No first payment in the period." }
            }
            for line in lines {
                BarChart(title: "\(line.chineseName) \(line.englishName)：报案至首次赔付天数 days from report to first payment",
                         summary: "A histogram of \(line.englishName.lowercased()) claims by days from report to first payment: "
                            + zip(ExtractSeries.dayRanges, series.reportToPayment[line] ?? []).map { "\($0.label) days \($1)" }.joined(separator: "; ") + ".",
                         categories: ExtractSeries.dayRanges.map(\.label),
                         series: [BarChart.Series(name: "件数 claims", colour: Self.blue, values: (series.reportToPayment[line] ?? []).map { $0 })],
                         valueLabel: "件数 claims", categoryLabel: "报案至首次赔付天数 days from report to first payment")
                    .figure(id: "\(idPrefix)-\(line.rawValue)", caption: "\(line.chineseName) \(line.englishName)", definition: ExtractIndicator.averageDaysReportToFirstPayment.rawValue)
            }
        }
    }

    /// The statutory duties met, missed and still open, per month of their last day.
    var duties: HTMLNode {
        .element("section", ["id": "duties"]) {
            heading("duties")
            HTMLNode.element("p", ["class": "note"]) {
                "《保险法》规定的理赔时限，按期限末日所在月份统计：按时、超时、截至时点仍在进行。"
                HTMLNode.element("span", ["lang": "en"]) {
                    " The Insurance Law's claim periods, counted in the month of their last day: met, missed, and still running at the as-of time (open)."
                }
            }
            HTMLNode.element("div", ["class": "grid"]) {
                for duty in StatutoryDuty.allCases {
                    dutyChart(duty, result.series, id: "duty-\(duty.rawValue)")
                }
            }
            dutyTable(caption: "法定时钟按险种 Statutory clocks by line", rows: extract.rows.filter { $0.kind == .lineSubtotal || $0.kind == .total },
                      label: lineLabel)
        }
    }

    func dutyChart(_ duty: StatutoryDuty, _ series: ExtractSeries, id: String) -> HTMLNode {
        let counts = series.duties[duty] ?? []
        var bars = [BarChart.Series(name: "按时 met", colour: Self.green, values: counts.map(\.met)),
                    BarChart.Series(name: "超时 missed", colour: Self.red, values: counts.map(\.missed))]
        if duty.open != nil { bars.append(BarChart.Series(name: "进行中 open", colour: Self.grey, values: counts.map(\.open))) }
        let months = series.months.map(\.description)
        let described = zip(months, counts).map { "\($0): met \($1.met), missed \($1.missed)" + (duty.open == nil ? "" : ", open \($1.open)") }
        return BarChart(title: "\(duty.chineseName) \(duty.englishName)", summary: "\(duty.englishName) per month of its last day: " + described.joined(separator: "; ") + ".",
                        categories: months, series: bars, valueLabel: "件数 clocks", categoryLabel: "期限末日所在月份 month of the last day")
            .figure(id: id, caption: "\(duty.chineseName) \(duty.englishName)", definition: duty.met.indicator?.rawValue)
    }

    /// The small-claim five-day closure rate per month of report.
    var smallClaims: HTMLNode {
        .element("section", ["id": "small-claims"]) {
            heading("small-claims")
            smallClaimsFigure(result.series, id: "small-claims-rate")
        }
    }

    func smallClaimsFigure(_ series: ExtractSeries, id: String) -> HTMLNode {
        let months = series.months.map(\.description)
        let rates: [Int?] = series.smallClaims.map { month in month.ratio.map { Int($0.significand * Int128(10_000) / Self.power(of: $0.scale)) } }
        let chart = BarChart(title: "小额理赔五日结案率 Small-claim five-day closure ratio, by month of report",
                             summary: "Small claims closed within five days of the report, as a share of those reported, per month: "
                                + zip(months, series.smallClaims).map { "\($0): \($1.closedWithin5Days) of \($1.reported)" }.joined(separator: "; ") + ".",
                             categories: months, series: [BarChart.Series(name: "五日结案率 closed within 5 days", colour: Self.blue, values: rates)],
                             scale: .percent, valueLabel: "比率 share", categoryLabel: "报案月份 month of report")
        return .element("figure", ["class": "chart wide", "id": id]) {
            HTMLNode.element("figcaption") {
                chart.title
                " "
                HTMLNode.element("a", ["href": "#def-\(ExtractIndicator.smallClaimFiveDayClosureRatio.rawValue)", "class": "def-link"]) { "定义 definition" }
            }
            HTMLNode.element("div", ["class": "chart-body"]) {
                chart.svg(id: "\(id)-svg")
                HTMLNode.element("div", ["class": "scroll"]) {
                    HTMLNode.element("table", ["class": "chart-data"]) {
                        HTMLNode.element("caption") { "数据 Figures" }
                        HTMLNode.element("thead") {
                            HTMLNode.element("tr") {
                                HTMLNode.element("th", ["scope": "col"]) { "报案月份 Month of report" }
                                HTMLNode.element("th", ["scope": "col"]) { name(.smallClaimsReported) }
                                HTMLNode.element("th", ["scope": "col"]) { name(.smallClaimsClosedWithin5Days) }
                                HTMLNode.element("th", ["scope": "col"]) { name(.smallClaimFiveDayClosureRatio) }
                            }
                        }
                        HTMLNode.element("tbody") {
                            for (month, figures) in zip(months, series.smallClaims) {
                                HTMLNode.element("tr") {
                                    HTMLNode.element("th", ["scope": "row"]) { month }
                                    HTMLNode.element("td", ["class": "num"]) { String(figures.reported) }
                                    HTMLNode.element("td", ["class": "num"]) { String(figures.closedWithin5Days) }
                                    HTMLNode.element("td", ["class": "num"]) { figures.ratio.map { ReportText.percent(ratio: $0.description) } ?? ReportText.none }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func power(of scale: Int) -> Int128 {
        var value: Int128 = 1
        for _ in 0..<max(0, scale) { value *= 10 }
        return value
    }
}
