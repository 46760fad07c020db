import PuhuiDomain

/// The regulator extract as one self-contained, printable HTML page for a person to read:
/// Chinese with English labels, the extract's tables, charts drawn as inline SVG (each with its
/// figures in a table beside it), the individual businesses in a section of their own, and
/// every figure linked to its definition at the foot of the page. No script, no external file.
public struct ExtractReportPage: Sendable {
    public var result: ExtractResult

    public init(_ result: ExtractResult) {
        self.result = result
    }

    var extract: RegulatorExtract { result.extract }

    /// `puhui-report-2026-01-01-2026-06-30.html`.
    public var fileName: String { "puhui-report-\(extract.periodFrom)-\(extract.periodTo).html" }

    /// The figures of the summary and of the tables of segments, lines and individual businesses.
    static let policyFigures: [ExtractIndicator] = [.policiesIssued, .premiumIncome, .policiesInForce, .insuredEntitiesInForce, .insuredPersonsInForce, .sumInsuredInForce]
    static let claimFigures: [ExtractIndicator] = [.claimsReported, .claimsClosed, .claimsPaid, .claimsPaidAmount, .paymentRatio, .closureRatio,
                                                   .averageDaysReportToFirstPayment, .averageDaysDocumentsToPayment, .smallClaimFiveDayClosureRatio,
                                                   .medianDaysReportToClose]
    static let dutyFigures: [ExtractIndicator] = ExtractIndicator.allCases.filter { $0.duty != nil }

    /// The page, from `<!DOCTYPE html>` on.
    public func render() -> String {
        HTMLNode.document(title: title, style: Self.style) { content }
    }

    var title: String { "普惠保险监管统计报告 Puhui regulator report \(extract.periodFrom) – \(extract.periodTo)" }

    /// The page's body.
    @HTMLBuilder var content: [HTMLNode] {
        header
        contents
        HTMLNode.element("main") {
            summary
            turnaround
            duties
            smallClaims
            segmentTables
            lineTables
            individualBusiness
            products
            definitions
        }
        HTMLNode.element("footer") {
            HTMLNode.element("p") {
                "由 Puhui \(extract.engineVersion) 生成；所有数字截至 \(extract.asOf.shortDescription)（中国时间），每个案件按其截至该时点的记录重演得出。"
                HTMLNode.element("span", ["lang": "en"]) {
                    " Made by Puhui \(extract.engineVersion); every figure is as of \(extract.asOf.shortDescription) China time, each claim replayed from what was recorded by then. Full figures: the extract (CSV, JSON, XML) and its detail files."
                }
            }
        }
    }

    var header: HTMLNode {
        .element("header") {
            HTMLNode.element("h1") {
                "普惠保险监管统计报告"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Regulator report: small and micro business insurance" }
            }
            HTMLNode.element("dl", ["class": "meta"]) {
                meta("统计期间", "Period", "\(extract.periodFrom) – \(extract.periodTo)")
                meta("数据截至", "As of", "\(extract.asOf.shortDescription)（中国时间 China time）")
                meta("引擎版本", "Engine version", extract.engineVersion)
                meta("内容校验", "Content SHA-256", extract.contentSHA256, code: true)
            }
            if !extract.details.isEmpty {
                HTMLNode.element("div", ["class": "scroll"]) {
                    HTMLNode.element("table", ["class": "files"]) {
                        HTMLNode.element("caption") { "明细文件 Detail files (one row per claim or policy counted)" }
                        HTMLNode.element("thead") {
                            HTMLNode.element("tr") {
                                HTMLNode.element("th", ["scope": "col"]) { "文件 File" }
                                HTMLNode.element("th", ["scope": "col"]) { "行数 Rows" }
                                HTMLNode.element("th", ["scope": "col"]) { "SHA-256" }
                            }
                        }
                        HTMLNode.element("tbody") {
                            for file in extract.details {
                                HTMLNode.element("tr") {
                                    HTMLNode.element("td") { file.name }
                                    HTMLNode.element("td", ["class": "num"]) { ReportText.grouped(Int64(file.rows)) }
                                    HTMLNode.element("td") { HTMLNode.element("code") { file.sha256 } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    func meta(_ zh: String, _ en: String, _ value: String, code: Bool = false) -> HTMLNode {
        .fragment([
            .element("dt") {
                zh
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { en }
            },
            .element("dd") { code ? HTMLNode.element("code") { value } : HTMLNode.text(value) },
        ])
    }

    static let sections: [(id: String, zh: String, en: String)] = [
        ("summary", "概览", "Summary"), ("turnaround", "理赔时效", "Claims turnaround"), ("duties", "法定时钟", "Statutory clocks"),
        ("small-claims", "小额理赔", "Small claims"), ("segments", "客户群", "Segments"), ("lines", "险种", "Lines of business"),
        ("individual-business", "个体工商户", "Individual businesses"), ("products", "产品", "Products"), ("definitions", "指标定义", "Definitions"),
    ]

    var contents: HTMLNode {
        .element("nav", ["aria-label": "目录 Contents"]) {
            HTMLNode.element("ol") {
                for section in Self.sections {
                    HTMLNode.element("li") {
                        HTMLNode.element("a", ["href": "#\(section.id)"]) { "\(section.zh) \(section.en)" }
                    }
                }
            }
        }
    }

    /// A section heading in Chinese with its English label.
    func heading(_ id: String) -> HTMLNode {
        let section = Self.sections.first { $0.id == id }
        return .element("h2") {
            section?.zh ?? id
            HTMLNode.element("span", ["class": "en", "lang": "en"]) { section?.en ?? "" }
        }
    }

    /// An indicator's name linked to its definition.
    func name(_ indicator: ExtractIndicator, short: Bool = false) -> HTMLNode {
        .element("a", ["href": "#def-\(indicator.rawValue)", "class": "def-link"]) {
            indicator.chineseName
            HTMLNode.element("span", ["class": "en", "lang": "en"]) { indicator.englishName }
        }
    }

    var total: ExtractRow? { extract.rows.first { $0.kind == .total } }

    var summary: HTMLNode {
        .element("section", ["id": "summary"]) {
            heading("summary")
            HTMLNode.element("dl", ["class": "cards"]) {
                for indicator in Self.policyFigures + Self.claimFigures {
                    HTMLNode.element("div", ["class": "card"]) {
                        HTMLNode.element("dt") { name(indicator) }
                        HTMLNode.element("dd") { total.map { ReportText.figure($0, indicator) } ?? ReportText.none }
                    }
                }
            }
        }
    }
}
