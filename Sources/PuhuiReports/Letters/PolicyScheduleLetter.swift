import PuhuiDomain

/// The policy schedule (保险单明细表): what was agreed, as the policyholder keeps it — the
/// parties, the term, the premium and its instalments, each coverage with its amount,
/// deductible, share paid and waiting period, the exclusions, and the claims service levels.
public struct PolicyScheduleLetter: Sendable {
    public var header: LetterHeader
    public var policy: Policy
    public var product: Product
    public var holder: Party
    /// Insured persons, in position order.
    public var insured: [Party]

    public init(header: LetterHeader, policy: Policy, product: Product, holder: Party, insured: [Party]) {
        self.header = header
        self.policy = policy
        self.product = product
        self.holder = holder
        self.insured = insured
    }

    static let frequencies: [PaymentFrequency: String] = [.single: "趸交", .annual: "年交", .semiAnnual: "半年交", .quarterly: "季交",
                                                          .monthly: "月交", .flexible: "灵活交费"]

    public func render() -> String {
        let facts: [(zh: String, en: String, value: String)] = [
            ("保险单号", "Policy", policy.number), ("保险人", "Insurer", header.insurer.nameZh),
            ("保险产品", "Product", "\(product.name.zh)（\(policy.productCode) 第\(policy.productVersion)版，\(policy.line.chineseName)）"),
            ("投保人", "Policyholder", "\(holder.name)（\(holder.reference)\(holder.shownIdentifier(reveal: false).map { "，\($0)" } ?? "")）"),
            ("保险期间", "Period of cover", "自\(LetterText.date(policy.startDate))零时起至\(LetterText.date(policy.endDate))二十四时止"),
            ("保险费", "Premium", "\(LetterText.yuan(policy.premium))（\(Self.frequencies[policy.frequency] ?? policy.frequency.rawValue)）"),
            ("签发时间", "Issued", policy.issuedAt.shortDescription),
        ] + (policy.cancelledOn.map { [("退保生效日期", "Cancelled from", LetterText.date($0))] } ?? [])
        var body: [HTMLNode] = []
        if !insured.isEmpty {
            body.append(LetterText.table([("序号", "No.", true), ("被保险人", "Insured person", false), ("证件号码", "Identity number", false),
                                          ("保险费", "Premium", true)],
                                         insured.enumerated().map { index, person in
                                             [String(index + 1), person.shownName(reveal: false), person.shownIdentifier(reveal: false) ?? "",
                                              policy.insured.first { $0.party == person.reference }.map { LetterText.yuan($0.premium) } ?? ""]
                                         }, caption: "被保险人 Insured persons"))
        }
        body.append(LetterText.table(
            [("保障项目", "Coverage", false), ("保险金额/限额", "Amount", true), ("免赔额", "Deductible", true), ("赔付比例", "Share paid", true),
             ("累计限额", "Aggregate", true), ("保障起始", "Cover from", false)],
            policy.coverages.map { coverage in
                [coverage.name.zh, LetterText.yuan(coverage.amount),
                 [coverage.deductible.map(LetterText.yuan), coverage.deductiblePercent.map { "损失的 \($0)%" }].compactMap { $0 }.joined(separator: " 与 ").nonEmpty.map { $0.contains(" 与 ") ? $0 + "，取高者" : $0 } ?? "无",
                 coverage.indemnityPercent.map { "\($0)%" } ?? "100%", coverage.aggregateLimit.map(LetterText.yuan) ?? "—",
                 coverage.coverFrom.map { "\(LetterText.date($0))（等待期后）" } ?? "保险期间开始"]
            }, caption: "保障项目 Coverages"))
        if policy.instalments.count > 1 || policy.frequency != .single {
            body.append(LetterText.table([("期次", "Instalment", true), ("应缴日期", "Due", false), ("金额", "Amount", true)],
                                         policy.instalments.map { [String($0.number), LetterText.date($0.dueDate), LetterText.yuan($0.amount)] },
                                         caption: "保险费缴纳计划 Premium instalments"))
        }
        let exclusions = product.coverages.filter { spec in policy.coverages.contains { $0.code == spec.code } }
            .flatMap { spec in spec.exclusions.filter { $0.lang == "zh" }.map { "\(spec.name.zh)：\($0.text)" } }
        if !exclusions.isEmpty {
            body.append(.element("h2") {
                "责任免除"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Exclusions" }
            })
            body.append(.element("ol") { for exclusion in exclusions { HTMLNode.element("li") { exclusion } } })
        }
        let claims = product.claims
        body.append(.element("h2") {
            "理赔服务"
            HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Claims service" }
        })
        body.append(.element("div", ["class": "body"]) {
            LetterText.paragraph("发生保险事故请及时报案（客服电话 \(header.insurer.servicePhone)）。我公司收到齐全的索赔材料后\(min(claims.decisionDays, ClaimLaw.decisionDays))日内作出核定，达成赔偿协议后\(min(claims.paymentDays, ClaimLaw.paymentDays))日内支付；\(LetterText.yuan(claims.smallClaimThreshold))以内的小额案件，报案后\(claims.smallClaimNoticeWorkingDays)个工作日内告知所需材料、\(claims.smallClaimCloseDays)日内结案。")
            LetterText.paragraph("退保：按\(product.cancellation.refund == .proRata ? "未到期天数比例" : product.cancellation.refund == .shortRate ? "短期费率表" : "保单账户价值")退还保险费。")
        })
        return LetterPage(header: header, facts: facts, body: body,
                          basis: ["《中华人民共和国保险法》第十三条：投保人提出保险要求，经保险人同意承保，保险合同成立；保险人应当及时向投保人签发保险单或者其他保险凭证，并在其中载明当事人双方约定的合同内容。",
                                  "《中华人民共和国保险法》第十八条：保险合同应当包括保险人、投保人、被保险人的名称和住所，保险标的，保险责任和责任免除，保险期间和保险责任开始时间，保险金额，保险费以及支付办法，保险金赔偿或者给付办法，违约责任和争议处理等事项。"]).render()
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
