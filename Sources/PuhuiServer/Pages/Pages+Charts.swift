import Foundation
import Hummingbird
import NIOCore
import PuhuiDomain
import PuhuiReports
import PuhuiServices

/// The desk's charts: for a period, report-to-payment days per line, the statutory clocks met
/// and missed per article and month, the auto-acceptance rate per line and month, and the
/// small-claim five-day closure rate per month. Each chart is inline SVG drawn by the server
/// (`BarChart`) with its figures in a table beside it; the figures come from
/// `StatisticsService.deskCharts`, which counts claims as the regulator extract does.
extension Pages {
    /// `GET /desk/charts?from=&to=`: the period form and the charts (by default the last six
    /// months, to today).
    func charts(_ visitor: PageVisitor, _ query: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        try context.authorize(.readDeskCharts)
        let language = visitor.language
        let today = context.at.chinaDate
        let sixMonthsAgo = CivilDate(year: today.month > 5 ? today.year : today.year - 1, month: (today.month + 6) % 12 + 1, day: 1)
        let from = query["from"] ?? sixMonthsAgo?.description ?? today.description
        let to = query["to"] ?? today.description
        var data = visitor.common(title: language.text("charts"))
        data["from"] = from
        data["to"] = to
        var body: HTMLNode?
        do {
            let (first, last) = try Self.period(PageForm(fields: [("from", from), ("to", to)]))
            let engine = engine
            let figures = try await threads.run { try engine.statistics.deskCharts(from: first, to: last, context) }
            body = DeskChartsView(figures: figures, language: language).body
        } catch let error as PuhuiError where error.code == .invalidInput {
            data["errors"] = [error.field ?? "from": PageErrors.message(error, language)]
        }
        let head = try renderer.render("charts", data)
        let foot = try renderer.render("footer", data)
        var response = Response(status: data["errors"] == nil ? .ok : .badRequest,
                                body: .init(byteBuffer: ByteBuffer(string: head + (body?.render() ?? "") + foot)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        return response
    }
}

/// The charts of `DeskCharts` in the page's language.
struct DeskChartsView {
    let figures: DeskCharts
    let language: PageLanguage

    static let blue = "#1864ab", green = "#2b8a3e", red = "#c92a2a", grey = "#adb5bd"

    func words(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var months: [String] { figures.claims.months.map(\.description) }

    var body: HTMLNode {
        .fragment([turnaround, duties, autoAcceptance, smallClaims])
    }

    func line(_ line: LineOfBusiness) -> String { language == .zh ? line.chineseName : line.englishName }

    func section(_ id: String, _ title: String, _ note: String, _ content: HTMLNode) -> HTMLNode {
        .element("section", ["id": id, "class": "charts"]) {
            HTMLNode.element("h2") { title }
            HTMLNode.element("p", ["class": "help"]) { note }
            content
        }
    }

    func empty(_ text: String) -> HTMLNode { .element("p", ["class": "empty"]) { text } }

    /// Days from report to first payment, a histogram per line.
    var turnaround: HTMLNode {
        let series = figures.claims.reportToPayment
        let lines = LineOfBusiness.allCases.filter { series[$0] != nil }
        let ranges = ExtractSeries.dayRanges.map(\.label)
        let claims = words("件数", "claims")
        return section("turnaround", words("报案至首次赔付天数", "Days from report to first payment"),
                        words("首次赔付在期内的案件，按自报案至首次赔付的天数分组；无赔付的案件不计入。",
                              "Claims whose first payment falls in the period, by days from report to that payment; claims with no payment are left out."),
                        .element("div", ["class": "grid"]) {
                            if lines.isEmpty { empty(words("本期无首次赔付。", "No first payment in the period.")) }
                            for item in lines {
                                let counts = series[item] ?? []
                                let chart = BarChart(title: "\(line(item))\(words("：", ": "))\(words("报案至首次赔付天数", "days from report to first payment"))",
                                         summary: "\(line(item)): " + zip(ranges, counts).map { "\($0) \(words("天", "days")) \($1)" }.joined(separator: "; "),
                                         categories: ranges, series: [BarChart.Series(name: claims, colour: Self.blue, values: counts.map { $0 })],
                                         valueLabel: claims, categoryLabel: words("天", "days"))
                                figure(chart, id: "turnaround-\(item.rawValue)", caption: line(item), rowHeader: words("天数", "Days"),
                                       rowLabels: ranges, columns: [claims], rows: counts.map { [String($0)] })
                            }
                        })
    }

    /// The statutory clocks met, missed and open per article, by month of their last day.
    var duties: HTMLNode {
        section("duties", words("法定时限：按时与超时", "Statutory clocks met and missed"),
                words("《保险法》规定的理赔时限，按期限末日所在月份统计：按时、超时、截至今日仍在进行。",
                      "The Insurance Law's claim periods, by the month of their last day: met, missed, and still running now (open)."),
                .element("div", ["class": "grid"]) {
                    for duty in StatutoryDuty.allCases {
                        let counts = figures.claims.duties[duty] ?? []
                        let name = language == .zh ? duty.chineseName : duty.englishName
                        let bars = [BarChart.Series(name: words("按时", "met"), colour: Self.green, values: counts.map(\.met)),
                                    BarChart.Series(name: words("超时", "missed"), colour: Self.red, values: counts.map(\.missed))]
                            + (duty.open == nil ? [] : [BarChart.Series(name: words("进行中", "open"), colour: Self.grey, values: counts.map(\.open))])
                        let chart = BarChart(title: name, summary: "\(name): " + zip(months, counts).map { "\($0) \(words("按时", "met")) \($1.met), \(words("超时", "missed")) \($1.missed)" }
                                    .joined(separator: "; "),
                                 categories: months, series: bars, valueLabel: words("件数", "clocks"), categoryLabel: words("期限末日所在月份", "month of the last day"))
                        figure(chart, id: "duty-\(duty.rawValue)", caption: name, columns: bars.map(\.name),
                               rows: counts.map { [String($0.met), String($0.missed)] + (duty.open == nil ? [] : [String($0.open)]) })
                    }
                })
    }

    /// Applications accepted automatically as a share of those decided, per line and month.
    var autoAcceptance: HTMLNode {
        let lines = LineOfBusiness.allCases.filter { figures.autoAcceptance[$0] != nil }
        return section("auto-acceptance", words("自动核保通过率", "Auto-acceptance rate"),
                       words("期内提交的投保申请中，由规则自动承保的件数占已决定件数（自动承保、规则拒保、转人工后已批准、拒绝或过期）的比例，按申请月份统计；仍待人工核保的不计入。",
                             "Of the applications made in each month and decided (accepted or declined by the rules, or referred and then approved, declined or expired), the share the rules accepted automatically; referrals still waiting are left out."),
                       .element("div", ["class": "grid"]) {
                           if lines.isEmpty { empty(words("本期无投保申请。", "No application in the period.")) }
                           for item in lines {
                               let counts = figures.autoAcceptance[item] ?? []
                               let chart = BarChart(title: "\(line(item))\(words("：", ": "))\(words("自动核保通过率", "auto-acceptance rate"))",
                                                    summary: "\(line(item)): " + zip(months, counts).map { "\($0) \($1.autoAccepted)/\($1.decided)" }.joined(separator: "; "),
                                                    categories: months, series: [BarChart.Series(name: words("自动承保", "accepted automatically"), colour: Self.blue,
                                                                                                 values: counts.map { $0.ratio.map(Self.basisPoints) })],
                                                    scale: .percent, valueLabel: words("比率", "share"), categoryLabel: words("申请月份", "month of application"))
                               figure(chart, id: "auto-acceptance-\(item.rawValue)", caption: line(item),
                                      columns: [words("已决定", "decided"), words("自动承保", "accepted automatically"), words("比率", "share")],
                                      rows: counts.map { [String($0.decided), String($0.autoAccepted), Self.percent($0.ratio)] })
                           }
                       })
    }

    /// Small claims closed within five days of the report, per month of report.
    var smallClaims: HTMLNode {
        let counts = figures.claims.smallClaims
        let chart = BarChart(title: words("小额理赔五日结案率", "Small-claim five-day closure rate"),
                             summary: zip(months, counts).map { "\($0) \($1.closedWithin5Days)/\($1.reported)" }.joined(separator: "; "),
                             categories: months, series: [BarChart.Series(name: words("五日内结案", "closed within 5 days"), colour: Self.blue,
                                                                          values: counts.map { $0.ratio.map(Self.basisPoints) })],
                             scale: .percent, valueLabel: words("比率", "share"), categoryLabel: words("报案月份", "month of report"))
        return section("small-claims", chart.title,
                       words("期内报案的小额理赔中，于报案后五日内结案（含拒赔）的比例，按报案月份统计。",
                             "Of the small claims reported in each month, the share closed (or rejected in writing) within five days of the report."),
                       .element("div", ["class": "grid"]) {
                           figure(chart, id: "small-claims-rate", caption: words("按报案月份", "By month of report"),
                                  columns: [words("小额报案", "small claims reported"), words("五日内结案", "closed within 5 days"), words("比率", "share")],
                                  rows: counts.map { [String($0.reported), String($0.closedWithin5Days), Self.percent($0.ratio)] })
                       })
    }

    /// A chart with a table of its counts beside it: a row per category (by default a row per
    /// month), so that the table stays narrow beside the chart instead of scrolling sideways.
    func figure(_ chart: BarChart, id: String, caption: String, rowHeader: String? = nil, rowLabels: [String]? = nil,
                columns: [String], rows: [[String]]) -> HTMLNode {
        .element("figure", ["class": "chart", "id": id]) {
            HTMLNode.element("figcaption") { caption }
            HTMLNode.element("div", ["class": "chart-body"]) {
                HTMLNode.element("div", ["class": "chart-scroll"]) { chart.svg(id: "\(id)-svg") }
                HTMLNode.element("div", ["class": "scroll"]) {
                    HTMLNode.element("table", ["class": "chart-data"]) {
                        HTMLNode.element("caption") { words("数据", "Figures") }
                        HTMLNode.element("thead") {
                            HTMLNode.element("tr") {
                                HTMLNode.element("th", ["scope": "col"]) { rowHeader ?? words("月份", "Month") }
                                for column in columns { HTMLNode.element("th", ["scope": "col", "class": "num"]) { column } }
                            }
                        }
                        HTMLNode.element("tbody") {
                            for (label, row) in zip(rowLabels ?? months, rows) {
                                HTMLNode.element("tr") {
                                    HTMLNode.element("th", ["scope": "row"]) { label }
                                    for cell in row { HTMLNode.element("td", ["class": "num"]) { cell } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A four-place ratio in basis points (0.7500 → 7500).
    static func basisPoints(_ ratio: ExactDecimal) -> Int {
        var divisor: Int128 = 1
        for _ in 0..<max(0, ratio.scale - 4) { divisor *= 10 }
        var multiplier: Int128 = 1
        for _ in 0..<max(0, 4 - ratio.scale) { multiplier *= 10 }
        return Int(ratio.significand * multiplier / divisor)
    }

    /// 75.00%, or — with nothing to divide by.
    static func percent(_ ratio: ExactDecimal?) -> String {
        guard let ratio else { return "—" }
        let points = basisPoints(ratio)
        return "\(points / 100).\(points % 100 < 10 ? "0" : "")\(points % 100)%"
    }
}
