import Foundation

/// A bar chart drawn as inline SVG: categories along the bottom, one bar per series in each
/// category (grouped), a value axis with round ticks, and a legend. Used for the turnaround
/// histogram (one series), the statutory duties per month (met, missed, open) and the
/// small-claim closure rate per month (percentages).
public struct BarChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// Fill colour (chosen to be told apart in grey print as well: dark, mid, light).
        public var colour: String
        /// One value per category; nil where there is nothing to show (drawn as no bar).
        public var values: [Int?]

        public init(name: String, colour: String, values: [Int?]) {
            self.name = name
            self.colour = colour
            self.values = values
        }
    }

    public enum Scale: Sendable {
        /// Counts: the axis runs from 0 to a round number above the largest value.
        case count
        /// Ratios in basis points (1/10,000): the axis runs from 0% to 100%.
        case percent
    }

    /// The chart's title, for its `title` element and the figure's caption.
    public var title: String
    /// What the chart shows, for readers who cannot see it (its `desc` element).
    public var summary: String
    public var categories: [String]
    public var series: [Series]
    public var scale: Scale
    /// The value axis' label: `件数 claims`, `比率 share`.
    public var valueLabel: String
    /// The category axis' label, under the categories: `天 days`, `月份 month`.
    public var categoryLabel: String

    public init(title: String, summary: String, categories: [String], series: [Series], scale: Scale = .count, valueLabel: String,
                categoryLabel: String) {
        self.title = title
        self.summary = summary
        self.categories = categories
        self.series = series
        self.scale = scale
        self.valueLabel = valueLabel
        self.categoryLabel = categoryLabel
    }

    // The geometry in tenths of a pixel, whole numbers: the SVG needs no more precision.
    static let width = 6400, height = 2600
    static let left = 520, right = 120, top = 300, bottom = 560

    /// The top of the value axis and its ticks.
    var axis: (top: Int, ticks: [Int]) {
        switch scale {
        case .percent: return (10_000, [0, 2_500, 5_000, 7_500, 10_000])
        case .count:
            let largest = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
            guard largest > 0 else { return (1, [0, 1]) }
            var step = 1, magnitude = 1
            search: while true {
                for factor in [1, 2, 5] where largest <= factor * magnitude * 5 {
                    step = factor * magnitude
                    break search
                }
                magnitude *= 10
            }
            let top = ((largest + step - 1) / step) * step
            return (top, Array(stride(from: 0, through: top, by: step)))
        }
    }

    func label(_ value: Int) -> String {
        switch scale {
        case .count: String(value)
        case .percent: ReportText.percent(basisPoints: value)
        }
    }

    /// An axis tick: whole percentages without decimals ("100%"), so that the widest fits
    /// the left margin.
    func tickLabel(_ value: Int) -> String {
        scale == .percent && value % 100 == 0 ? "\(value / 100)%" : label(value)
    }

    /// Tenths of a pixel as an SVG number: 1234 → "123.4".
    static func number(_ tenths: Int) -> String {
        let magnitude = tenths.magnitude
        return "\(tenths < 0 ? "-" : "")\(magnitude / 10).\(magnitude % 10)"
    }

    /// The chart as an `svg` element labelled by its title and summary (ids from `id`).
    public func svg(id: String) -> HTMLNode {
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let (top, ticks) = axis
        let scaleTop = max(top, 1)
        func y(_ value: Int) -> Int { Self.top + plotHeight - (plotHeight * value + scaleTop / 2) / scaleTop }
        let groupWidth = plotWidth / max(categories.count, 1)
        let barWidth = groupWidth * 8 / 10 / max(series.count, 1)
        let rotate = categories.count > 12 || (categories.map(\.count).max() ?? 0) * categories.count > 90
        var nodes: [HTMLNode] = [
            .element("title", ["id": "\(id)-title"]) { title },
            .element("desc", ["id": "\(id)-desc"]) { summary },
        ]
        for tick in ticks {
            let ty = Self.number(y(tick))
            nodes.append(.element("line", ["x1": Self.number(Self.left), "x2": Self.number(Self.width - Self.right), "y1": ty, "y2": ty,
                                           "stroke": tick == 0 ? "#495057" : "#dee2e6", "stroke-width": "1"]))
            nodes.append(.element("text", ["x": Self.number(Self.left - 60), "y": Self.number(y(tick) + 40), "text-anchor": "end", "font-size": "12",
                                           "fill": "#495057"]) { tickLabel(tick) })
        }
        nodes.append(.element("text", ["x": "8", "y": Self.number(Self.top - 140), "font-size": "12", "fill": "#495057"]) { valueLabel })
        nodes.append(.element("text", ["x": Self.number(Self.left + plotWidth / 2), "y": Self.number(Self.height - 60), "font-size": "12", "fill": "#495057",
                                       "text-anchor": "middle"]) { categoryLabel })
        for (c, category) in categories.enumerated() {
            let x0 = Self.left + groupWidth * c + groupWidth / 10
            for (s, series) in series.enumerated() {
                guard c < series.values.count, let value = series.values[c] else { continue }
                let barTop = y(value), x = x0 + barWidth * s
                nodes.append(.element("rect", ["x": Self.number(x), "y": Self.number(barTop), "width": Self.number(max(barWidth - 10, 10)),
                                               "height": Self.number(Self.top + plotHeight - barTop), "fill": series.colour]) {
                    .element("title") { "\(category) \(series.name): \(label(value))" }
                })
            }
            let lx = Self.left + groupWidth * c + groupWidth / 2, ly = Self.top + plotHeight + 170
            if rotate {
                nodes.append(.element("text", ["x": Self.number(lx), "y": Self.number(ly), "font-size": "11", "fill": "#212529", "text-anchor": "end",
                                               "transform": "rotate(-40 \(Self.number(lx)) \(Self.number(ly)))"]) { category })
            } else {
                nodes.append(.element("text", ["x": Self.number(lx), "y": Self.number(ly), "font-size": "12", "fill": "#212529",
                                               "text-anchor": "middle"]) { category })
            }
        }
        var legendX = Self.width - Self.right
        for series in series.reversed() where self.series.count > 1 {
            // CJK characters are about twice as wide as Latin ones.
            let textWidth = series.name.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 120 : 66) } + 80
            legendX -= textWidth + 140
            nodes.append(.element("rect", ["x": Self.number(legendX), "y": "6", "width": "10", "height": "10", "fill": series.colour]))
            nodes.append(.element("text", ["x": Self.number(legendX + 140), "y": "15", "font-size": "12", "fill": "#212529"]) { series.name })
        }
        return .element("svg", attributes: [
            .init("xmlns", "http://www.w3.org/2000/svg"), .init("viewBox", "0 0 \(Self.width / 10) \(Self.height / 10)"),
            .init("role", "img"), .init("aria-labelledby", "\(id)-title \(id)-desc"), .init("class", "chart-svg"),
        ], children: nodes)
    }

    /// The same figures as a table beside the chart: the categories across, a row per series.
    public func table(caption: String) -> HTMLNode {
        .element("table", ["class": "chart-data"]) {
            HTMLNode.element("caption") { caption }
            HTMLNode.element("thead") {
                HTMLNode.element("tr") {
                    HTMLNode.element("td") { "" }
                    for category in categories { HTMLNode.element("th", ["scope": "col"]) { category } }
                }
            }
            HTMLNode.element("tbody") {
                for s in series {
                    HTMLNode.element("tr") {
                        HTMLNode.element("th", ["scope": "row"]) { s.name }
                        for c in categories.indices {
                            HTMLNode.element("td", ["class": "num"]) { c < s.values.count ? s.values[c].map(label) ?? "—" : "—" }
                        }
                    }
                }
            }
        }
    }

    /// The chart in a figure with its caption (linking to the definition at `definition`) and
    /// its table of figures.
    public func figure(id: String, caption: String, definition: String?) -> HTMLNode {
        .element("figure", ["class": "chart", "id": id]) {
            HTMLNode.element("figcaption") {
                caption
                if let definition {
                    " "
                    HTMLNode.element("a", ["href": "#def-\(definition)", "class": "def-link"]) { "定义 definition" }
                }
            }
            HTMLNode.element("div", ["class": "chart-body"]) {
                svg(id: "\(id)-svg")
                HTMLNode.element("div", ["class": "scroll"]) { table(caption: "数据 Figures") }
            }
        }
    }
}
