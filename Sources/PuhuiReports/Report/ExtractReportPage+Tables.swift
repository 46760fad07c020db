import PuhuiDomain

extension ExtractReportPage {
    func segmentLabel(_ row: ExtractRow) -> String {
        Segment(rawValue: row.segment).map { "\($0.chineseName) \($0.englishName)" } ?? "合计 All segments"
    }

    func lineLabel(_ row: ExtractRow) -> String {
        LineOfBusiness(rawValue: row.line).map { "\($0.chineseName) \($0.englishName)" } ?? "合计 All lines"
    }

    /// A table of `rows` (one per line of the table, labelled by `label`) × `figures`, each
    /// column headed by the figure's name linked to its definition.
    func figureTable(caption: String, rows: [ExtractRow], label: (ExtractRow) -> String, figures: [ExtractIndicator]) -> HTMLNode {
        .element("div", ["class": "scroll"]) {
            HTMLNode.element("table", ["class": "figures"]) {
                HTMLNode.element("caption") { caption }
                HTMLNode.element("thead") {
                    HTMLNode.element("tr") {
                        HTMLNode.element("th", ["scope": "col"]) { "" }
                        for indicator in figures { HTMLNode.element("th", ["scope": "col"]) { name(indicator) } }
                    }
                }
                HTMLNode.element("tbody") {
                    for row in rows {
                        HTMLNode.element("tr", attributes: row.kind == .cell ? [] : [.init("class", "subtotal")], children: [
                            .element("th", ["scope": "row"]) { label(row) },
                        ] + figures.map { indicator in .element("td", ["class": "num"]) { ReportText.figure(row, indicator) } })
                    }
                }
            }
        }
    }

    /// The statutory clocks of `rows`: a column group per duty (met, missed, open), each
    /// figure's column linked to its definition.
    func dutyTable(caption: String, rows: [ExtractRow], label: (ExtractRow) -> String) -> HTMLNode {
        let groups = StatutoryDuty.allCases.map { duty in (duty, Self.dutyFigures.filter { $0.duty == duty }) }
        return .element("div", ["class": "scroll"]) {
            HTMLNode.element("table", ["class": "figures duties"]) {
                HTMLNode.element("caption") { caption }
                HTMLNode.element("thead") {
                    HTMLNode.element("tr") {
                        HTMLNode.element("td", ["rowspan": "2"]) { "" }
                        for (duty, figures) in groups {
                            HTMLNode.element("th", ["scope": "colgroup", "colspan": String(figures.count)]) {
                                duty.chineseName
                                HTMLNode.element("span", ["class": "en", "lang": "en"]) { duty.englishName }
                            }
                        }
                    }
                    HTMLNode.element("tr") {
                        for (_, figures) in groups {
                            for indicator in figures {
                                HTMLNode.element("th", ["scope": "col"]) {
                                    HTMLNode.element("a", ["href": "#def-\(indicator.rawValue)", "class": "def-link", "title": "\(indicator.chineseName) \(indicator.englishName)"]) {
                                        Self.outcome(indicator)
                                    }
                                }
                            }
                        }
                    }
                }
                HTMLNode.element("tbody") {
                    for row in rows {
                        HTMLNode.element("tr", attributes: row.kind == .cell ? [] : [.init("class", "subtotal")], children: [
                            .element("th", ["scope": "row"]) { label(row) },
                        ] + groups.flatMap(\.1).map { indicator in .element("td", ["class": "num"]) { ReportText.figure(row, indicator) } })
                    }
                }
            }
        }
    }

    /// 按时 met, 超时 missed (违反 for Art. 22), 进行中 open.
    static func outcome(_ indicator: ExtractIndicator) -> String {
        let code = indicator.rawValue
        if code.hasSuffix("Open") { return "进行中 open" }
        if code.hasSuffix("Missed") { return indicator.duty == .art22Notice ? "违反 missed" : "超时 missed" }
        return "按时 met"
    }

    var segmentTables: HTMLNode {
        let rows = extract.rows.filter { $0.kind == .segmentSubtotal || $0.kind == .total }
        return .element("section", ["id": "segments"]) {
            heading("segments")
            figureTable(caption: "保单与保费 Policies and premium", rows: rows, label: segmentLabel, figures: Self.policyFigures)
            figureTable(caption: "理赔与时效 Claims and speed", rows: rows, label: segmentLabel, figures: Self.claimFigures)
        }
    }

    var lineTables: HTMLNode {
        let rows = extract.rows.filter { $0.kind == .lineSubtotal || $0.kind == .total }
        return .element("section", ["id": "lines"]) {
            heading("lines")
            figureTable(caption: "保单与保费 Policies and premium", rows: rows, label: lineLabel, figures: Self.policyFigures)
            figureTable(caption: "理赔与时效 Claims and speed", rows: rows, label: lineLabel, figures: Self.claimFigures)
        }
    }

    /// The individual businesses' (个体工商户) figures in a section of their own.
    var individualBusiness: HTMLNode {
        let rows = extract.individualBusinessRows
        return .element("section", ["id": "individual-business"]) {
            heading("individual-business")
            HTMLNode.element("p", ["class": "note"]) {
                "投保人为个体工商户（统一社会信用代码以 92 开头）的保单及其理赔，按险种列示。"
                HTMLNode.element("span", ["lang": "en"]) { " Policies whose holder is an individual business (a credit code starting 92), and their claims, by line." }
            }
            figureTable(caption: "个体工商户：保单与保费 Individual businesses: policies and premium", rows: rows, label: lineLabel, figures: Self.policyFigures)
            figureTable(caption: "个体工商户：理赔与时效 Individual businesses: claims and speed", rows: rows, label: lineLabel, figures: Self.claimFigures)
            dutyTable(caption: "个体工商户：法定时钟 Individual businesses: statutory clocks", rows: rows, label: lineLabel)
            HTMLNode.element("h3") {
                "个体工商户理赔时效"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Individual businesses: days from report to first payment" }
            }
            histograms(result.individualBusinessSeries, idPrefix: "ib-turnaround")
            smallClaimsFigure(result.individualBusinessSeries, id: "ib-small-claims-rate")
        }
    }

    var products: HTMLNode {
        .element("section", ["id": "products"]) {
            heading("products")
            HTMLNode.element("div", ["class": "scroll"]) {
                HTMLNode.element("table", ["class": "figures"]) {
                    HTMLNode.element("caption") { "所涉产品版本及归口管理部门 Product versions covered, with their owning department" }
                    HTMLNode.element("thead") {
                        HTMLNode.element("tr") {
                            for header in ["产品 Product", "名称 Name", "险种 Line", "归口部门 Department"] {
                                HTMLNode.element("th", ["scope": "col"]) { header }
                            }
                        }
                    }
                    HTMLNode.element("tbody") {
                        for product in extract.products {
                            HTMLNode.element("tr") {
                                HTMLNode.element("th", ["scope": "row"]) { "\(product.code) v\(product.version)" }
                                HTMLNode.element("td") {
                                    product.nameZh
                                    HTMLNode.element("span", ["class": "en", "lang": "en"]) { product.nameEn }
                                }
                                HTMLNode.element("td") { LineOfBusiness(rawValue: product.line).map { "\($0.chineseName) \($0.englishName)" } ?? product.line }
                                HTMLNode.element("td") { product.department }
                            }
                        }
                    }
                }
            }
        }
    }

    var definitions: HTMLNode {
        .element("section", ["id": "definitions"]) {
            heading("definitions")
            HTMLNode.element("p", ["class": "note"]) {
                "统计期间为中国时间（UTC+8）自首日0时至末日24时；只计截至时点前记录的事项。比率为0至1的小数（四位，报表中以百分数显示），天数为经过时长除以24小时（两位），四舍五入。"
                HTMLNode.element("span", ["lang": "en"]) {
                    " The period runs from 00:00 of its first day to 24:00 of its last, China time; only what was recorded by the as-of time counts. Ratios are decimals from 0 to 1 with four places (shown here as percentages); days are elapsed time over 24 hours, two places; rounding half up."
                }
            }
            HTMLNode.element("dl", ["class": "definitions"]) {
                for indicator in ExtractIndicator.allCases {
                    HTMLNode.element("dt", ["id": "def-\(indicator.rawValue)"]) {
                        indicator.chineseName
                        HTMLNode.element("span", ["class": "en", "lang": "en"]) { indicator.englishName }
                        " "
                        HTMLNode.element("code") { indicator.rawValue }
                    }
                    HTMLNode.element("dd") {
                        HTMLNode.element("p") { indicator.definitionZh }
                        HTMLNode.element("p", ["lang": "en"]) { indicator.definition }
                        HTMLNode.element("p", ["class": "unit"]) { "单位 Unit: \(indicator.unit)；小数位 decimals: \(indicator.decimals)" }
                    }
                }
            }
        }
    }
}
