import PuhuiDomain

/// Who writes a letter to whom, when, under which reference.
public struct LetterHeader: Sendable, Hashable {
    public var insurer: InsurerProfile
    public var kind: LetterKind
    /// `LTR-2026-000001`.
    public var reference: String
    /// The day the letter is sent (China date).
    public var date: CivilDate
    /// Whom it is addressed to, named in full (it is their letter).
    public var addressee: String
    /// The addressee's part in the matter: `索赔申请人`, `投保人`.
    public var addresseeRole: String

    public init(insurer: InsurerProfile, kind: LetterKind, reference: String, date: CivilDate, addressee: String, addresseeRole: String) {
        self.insurer = insurer
        self.kind = kind
        self.reference = reference
        self.date = date
        self.addressee = addressee
        self.addresseeRole = addresseeRole
    }
}

/// The frame every letter shares: the insurer's letterhead, the title in Chinese with its
/// English label, the reference and date, the addressee, the facts of the matter as a list,
/// the body, the signature, and the legal basis at the foot. One self-contained printable HTML
/// page (A4), escaped by construction, no script and no external file.
struct LetterPage {
    var header: LetterHeader
    /// The facts of the matter: Chinese label, English label, value.
    var facts: [(zh: String, en: String, value: String)]
    var body: [HTMLNode]
    /// The legal basis, one paragraph each.
    var basis: [String]

    func render() -> String {
        HTMLNode.document(title: title, style: LetterStyle.sheet) { content }
    }

    var title: String { "\(header.kind.chineseTitle) \(header.reference)" }

    /// The page's body.
    var content: HTMLNode {
HTMLNode.element("article", ["class": "letter"]) {
            letterhead
            HTMLNode.element("h1") {
                header.kind.chineseTitle
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { header.kind.englishTitle }
            }
            HTMLNode.element("p", ["class": "ref"]) {
                "编号 No. \(header.reference)　　日期 Date \(LetterText.date(header.date))"
            }
            HTMLNode.element("p", ["class": "to"]) { "致 \(header.addressee)（\(header.addresseeRole)）：" }
            HTMLNode.element("dl", ["class": "facts"]) {
                for fact in facts {
                    HTMLNode.element("dt") {
                        fact.zh
                        HTMLNode.element("span", ["class": "en", "lang": "en"]) { fact.en }
                    }
                    HTMLNode.element("dd") { fact.value }
                }
            }
            body
            signature
            HTMLNode.element("footer", ["class": "basis"]) {
                HTMLNode.element("h2") {
                    "法律依据"
                    HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Legal basis" }
                }
                for paragraph in basis { HTMLNode.element("p") { paragraph } }
                HTMLNode.element("p", ["class": "small"]) {
                    "本函由\(header.insurer.nameZh)理赔与保单服务系统出具，编号 \(header.reference)，其内容的 SHA-256 记录于相应的案件或保单事件中，可供核验。"
                }
            }
        }
    }

    var letterhead: HTMLNode {
        let insurer = header.insurer
        return .element("header", ["class": "letterhead"]) {
            HTMLNode.element("p", ["class": "insurer"]) { insurer.nameZh }
            HTMLNode.element("p", ["class": "insurer-en", "lang": "en"]) { insurer.nameEn }
            HTMLNode.element("p", ["class": "contact"]) {
                "地址：\(insurer.address)" + (insurer.postcode.map { "（邮编 \($0)）" } ?? "") + "　客服电话：\(insurer.servicePhone)"
                    + (insurer.website.map { "　网址：\($0)" } ?? "")
            }
        }
    }

    var signature: HTMLNode {
        .element("div", ["class": "signature"]) {
            HTMLNode.element("p") { header.insurer.nameZh }
            if let department = header.insurer.department { HTMLNode.element("p") { department } }
            HTMLNode.element("p") { LetterText.date(header.date) }
            HTMLNode.element("p", ["class": "seal"]) { "（盖章）" }
        }
    }
}

/// Figures and dates as a Chinese letter writes them.
enum LetterText {
    /// `2026年3月2日`.
    static func date(_ date: CivilDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }

    /// `12,345.00 元`.
    static func yuan(_ money: Money) -> String { "\(money.grouped) 元" }

    /// A paragraph.
    static func paragraph(_ text: String) -> HTMLNode { .element("p") { text } }

    /// A table with a header row of Chinese labels and their English ones.
    static func table(_ columns: [(zh: String, en: String, numeric: Bool)], _ rows: [[String]], caption: String? = nil) -> HTMLNode {
        .element("table") {
            if let caption { HTMLNode.element("caption") { caption } }
            HTMLNode.element("thead") {
                HTMLNode.element("tr") {
                    for column in columns {
                        HTMLNode.element("th", ["scope": "col"]) {
                            column.zh
                            HTMLNode.element("span", ["class": "en", "lang": "en"]) { column.en }
                        }
                    }
                }
            }
            HTMLNode.element("tbody") {
                for row in rows {
                    HTMLNode.element("tr") {
                        for (index, cell) in row.enumerated() {
                            if index < columns.count && columns[index].numeric {
                                HTMLNode.element("td", ["class": "num"]) { cell }
                            } else {
                                HTMLNode.element("td") { cell }
                            }
                        }
                    }
                }
            }
        }
    }
}

enum LetterStyle {
    /// Written as escaped text like everything else: no `>`, `<` or `&`. A4 in print.
    static let sheet = """
        :root { color-scheme: light; }
        body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Songti SC", "SimSun", serif;
          margin: 0 auto; max-width: 800px; padding: 24px 16px; color: #111; line-height: 1.7; font-size: 15px; background: #fff; }
        .letterhead { border-bottom: 2px solid #1864ab; padding-bottom: 6px; margin-bottom: 18px; }
        .letterhead p { margin: 0; }
        .insurer { font-size: 1.35em; font-weight: bold; letter-spacing: .08em; }
        .insurer-en { font-size: .8em; color: #495057; font-family: system-ui, sans-serif; }
        .contact { font-size: .82em; color: #343a40; }
        h1 { text-align: center; font-size: 1.5em; margin: .6em 0 .2em; letter-spacing: .15em; }
        h1 .en { display: block; font-size: .55em; letter-spacing: 0; font-weight: normal; color: #495057; font-family: system-ui, sans-serif; }
        h2 { font-size: 1em; margin: 1.2em 0 .3em; }
        h2 .en, dt .en, th .en { margin-left: .4em; font-size: .78em; font-weight: normal; color: #495057; font-family: system-ui, sans-serif; }
        .ref { text-align: right; font-size: .85em; color: #343a40; margin: 0 0 1em; }
        .to { font-weight: bold; margin: 1em 0 .5em; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1.2em; margin: .5em 0 1em; padding: .5em .8em;
          border: 1px solid #ced4da; border-radius: 4px; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        p { margin: .5em 0; text-indent: 0; }
        .body p { text-indent: 2em; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
        caption { text-align: left; font-weight: bold; padding: 2px 0; }
        th, td { border: 1px solid #adb5bd; padding: 4px 6px; vertical-align: top; text-align: left; }
        thead th { background: #f1f3f5; font-weight: bold; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        ol.rights li { margin: .3em 0; }
        .signature { margin: 2.5em 0 1.5em auto; width: max-content; max-width: 100%; text-align: right; }
        .signature p { margin: .1em 0; }
        .seal { color: #868e96; font-size: .85em; }
        footer.basis { border-top: 1px solid #ced4da; margin-top: 2em; font-size: .85em; color: #343a40; }
        .small { font-size: .85em; color: #495057; }
        .notice { border-left: 3px solid #1864ab; padding: .3em .8em; background: #f8f9fa; }
        @media (max-width: 600px) {
          body { padding: 12px 8px; font-size: 14px; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: .3em; }
          table { font-size: .82em; }
        }
        @media print {
          @page { size: A4; margin: 18mm 16mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          tr, .signature { break-inside: avoid; }
          h2 { break-after: avoid; }
        }
        """
}
