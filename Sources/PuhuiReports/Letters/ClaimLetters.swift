import PuhuiDomain

/// What every claim letter says about the claim: its references, product, the loss.
public struct ClaimLetterFacts: Sendable, Hashable {
    public var claim: Claim
    public var productName: LocalizedName
    public var claimTypeName: LocalizedName
    /// The policyholder's name (a firm in full; a person as the letter's reader may see it).
    public var holderName: String

    public init(claim: Claim, productName: LocalizedName, claimTypeName: LocalizedName, holderName: String) {
        self.claim = claim
        self.productName = productName
        self.claimTypeName = claimTypeName
        self.holderName = holderName
    }

    var rows: [(zh: String, en: String, value: String)] {
        [("赔案号", "Claim", claim.reference), ("保单号", "Policy", claim.policyNumber),
         ("投保人", "Policyholder", holderName),
         ("保险产品", "Product", "\(productName.zh)（\(claim.productCode) 第\(claim.productVersion)版）"),
         ("出险日期", "Date of loss", LetterText.date(claim.lossDate)), ("索赔类型", "Claim type", claimTypeName.zh),
         ("报案日期", "Reported", LetterText.date(claim.reportedAt.chinaDate)), ("索赔金额", "Amount claimed", LetterText.yuan(claim.claimed))]
    }
}

/// Art. 22: the one-time request for every document still missing, each named once, in one
/// letter (a later request may only name what could not have been named in this one).
public struct DocumentRequestLetter: Sendable {
    public var header: LetterHeader
    public var facts: ClaimLetterFacts
    public var request: DocumentRequest
    /// The documents asked for, each once, with the names the product gives them.
    public var missing: [ClaimDocument]
    /// What has been received already.
    public var received: [ClaimDocument]
    /// The product's period for the decision once the documents are complete (at most the law's 30 days).
    public var decisionDays: Int

    public init(header: LetterHeader, facts: ClaimLetterFacts, request: DocumentRequest, missing: [ClaimDocument], received: [ClaimDocument],
                decisionDays: Int) {
        self.header = header
        self.facts = facts
        self.request = request
        self.missing = missing
        self.received = received
        self.decisionDays = decisionDays
    }

    public func render() -> String {
        var seen = Set<String>()
        let once = missing.filter { seen.insert($0.code).inserted }
        let days = min(decisionDays, ClaimLaw.decisionDays)
        let body: [HTMLNode] = [
            .element("div", ["class": "body"]) {
                if request.number == 1 {
                    LetterText.paragraph("您于\(LetterText.date(facts.claim.reportedAt.chinaDate))报案的\(facts.claimTypeName.zh)索赔（赔案号 \(facts.claim.reference)）我公司已收悉。经审核，按照保险合同的约定，您已提供的有关证明和资料尚不完整。现依照《中华人民共和国保险法》第二十二条，一次性通知您补充提供下列全部材料（共 \(once.count) 项）：")
                } else {
                    LetterText.paragraph("关于您的\(facts.claimTypeName.zh)索赔（赔案号 \(facts.claim.reference)），继我公司此前的补充材料通知之后，现通知您补充提供下列材料（共 \(once.count) 项）：")
                }
            },
            LetterText.table([("序号", "No.", true), ("材料名称", "Document", false), ("代码", "Code", false)],
                             once.enumerated().map { [String($0.offset + 1), "\($0.element.name.zh)（\($0.element.name.en)）", $0.element.code] }),
            .element("div", ["class": "body"]) {
                LetterText.paragraph("以上为本案目前需要补充的全部材料，我公司不会就本次已知缺少的材料再次要求补充。我公司收到上述全部材料后，将在\(days)日内作出是否属于保险责任的核定" + (days < ClaimLaw.decisionDays ? "（保险法第二十三条规定的期限为三十日，本产品合同约定为\(days)日）" : "（保险法第二十三条）") + "，并将核定结果通知您。")
                if !received.isEmpty {
                    LetterText.paragraph("已收到的材料：" + received.map { "\($0.name.zh)（\($0.receivedAt.map { LetterText.date($0.chinaDate) } ?? "")收到）" }.joined(separator: "、") + "。")
                }
                LetterText.paragraph("材料可交至我公司地址 \(header.insurer.address)，如有疑问请致电客服电话 \(header.insurer.servicePhone)，并注明赔案号 \(facts.claim.reference)。")
            },
        ]
        return LetterPage(
            header: header, facts: facts.rows + [("补充通知", "Request", "第 \(request.number) 次（\(request.at.shortDescription)）")], body: body,
            basis: ["《中华人民共和国保险法》第二十二条：保险事故发生后请求赔偿或者给付保险金时，投保人、被保险人或者受益人应当提供其所能提供的与确认保险事故的性质、原因、损失程度等有关的证明和资料；保险人按照合同的约定认为有关的证明和资料不完整的，应当及时一次性通知补充提供。",
                    "《中华人民共和国保险法》第二十三条：保险人收到赔偿或者给付保险金的请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定，但合同另有约定的除外。"]).render()
    }
}

/// Art. 24: the written rejection, with the reasons and what the claimant may do about it.
public struct RejectionNoticeLetter: Sendable {
    public var header: LetterHeader
    public var facts: ClaimLetterFacts

    public init(header: LetterHeader, facts: ClaimLetterFacts) {
        self.header = header
        self.facts = facts
    }

    public func render() -> String {
        let claim = facts.claim
        let insurer = header.insurer
        let years = ClaimLaw.limitationYears(claim.line)
        let decided = claim.decidedAt.map { LetterText.date($0.chinaDate) } ?? LetterText.date(header.date)
        let body: [HTMLNode] = [
            .element("div", ["class": "body"]) {
                LetterText.paragraph("您就保单 \(claim.policyNumber) 提出的索赔（赔案号 \(claim.reference)，出险日期 \(LetterText.date(claim.lossDate))，索赔金额 \(LetterText.yuan(claim.claimed))）已经我公司审核。我公司于\(decided)作出核定：本次事故不属于保险责任，决定拒绝赔偿（拒绝给付保险金）。")
            },
            .element("h2") {
                "拒赔理由"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Reasons" }
            },
            .element("p", ["class": "notice"]) { claim.decisionReason ?? "" },
            .element("h2") {
                "您的权利"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Your rights" }
            },
            .element("ol", ["class": "rights"]) {
                HTMLNode.element("li") { "如对本决定有异议，您可以向我公司提出复核申请或投诉：客服电话 \(insurer.servicePhone)，地址 \(insurer.address)。请提供赔案号 \(claim.reference) 及您的意见和依据。" }
                HTMLNode.element("li") { "您可以向\(insurer.regulatorName)反映或投诉，消费者投诉热线 \(insurer.regulatorHotline)。" }
                HTMLNode.element("li") { "您可以依照保险合同约定的争议处理方式申请仲裁，或者依法向人民法院提起诉讼。" }
                HTMLNode.element("li") { "向保险人请求赔偿或者给付保险金的诉讼时效期间为\(years == 5 ? "五" : "二")年，自您知道或者应当知道保险事故发生之日起计算（《保险法》第二十六条）。" }
            },
        ]
        return LetterPage(
            header: header, facts: facts.rows + [("核定日期", "Decision", decided)], body: body,
            basis: ["《中华人民共和国保险法》第二十四条：保险人依照第二十三条作出核定后，对不属于保险责任的，应当自作出核定之日起三日内向被保险人或者受益人发出拒绝赔偿或者拒绝给付保险金通知书，并说明理由。",
                    "《中华人民共和国保险法》第二十六条：人寿保险以外的其他保险的诉讼时效期间为二年，人寿保险为五年，自知道或者应当知道保险事故发生之日起计算。"]).render()
    }
}

/// A payment made on a claim: the amount, where it went, and where the claim's settlement stands.
public struct PaymentAdviceLetter: Sendable {
    public var header: LetterHeader
    public var facts: ClaimLetterFacts
    public var payment: ClaimPayment
    /// The payee as recorded, masked for the letter: the name in full when they are the
    /// addressee, the account to its last four digits.
    public var payee: ClaimParty?
    /// The product's period for payment after the agreement (at most the law's 10 days).
    public var paymentDays: Int

    public init(header: LetterHeader, facts: ClaimLetterFacts, payment: ClaimPayment, payee: ClaimParty?, paymentDays: Int) {
        self.header = header
        self.facts = facts
        self.payment = payment
        self.payee = payee
        self.paymentDays = paymentDays
    }

    public func render() -> String {
        let claim = facts.claim
        let kind = payment.advance ? "预付赔款" : "赔款"
        let paidOn = LetterText.date((payment.paidAt ?? header.date.startInstant).chinaDate)
        var rows: [[String]] = []
        if let loss = claim.agreedLoss { rows.append(["协议损失金额 Agreed loss", LetterText.yuan(loss)]) }
        if let payable = claim.payable { rows.append(["应付赔款 Payable", LetterText.yuan(payable)]) }
        rows.append(["本次支付 This payment（第 \(payment.number) 笔）", LetterText.yuan(payment.amount)])
        rows.append(["累计已付 Paid so far", LetterText.yuan(claim.paid)])
        if let payable = claim.payable { rows.append(["尚待支付 Still to pay", LetterText.yuan(Money(fen: max(0, payable.fen - claim.paid.fen)))]) }
        let days = min(paymentDays, ClaimLaw.paymentDays)
        let body: [HTMLNode] = [
            .element("div", ["class": "body"]) {
                LetterText.paragraph("您的赔案（赔案号 \(claim.reference)，保单号 \(claim.policyNumber)）我公司已于\(paidOn)支付\(kind) \(LetterText.yuan(payment.amount))。")
            },
            LetterText.table([("项目", "Item", false), ("金额", "Amount", true)], rows),
            .element("h2") {
                "收款信息"
                HTMLNode.element("span", ["class": "en", "lang": "en"]) { "Paid to" }
            },
            payeeFacts,
            .element("div", ["class": "body"]) {
                if payment.advance {
                    LetterText.paragraph("本笔为先行支付的预付赔款：赔偿数额尚不能最终确定，我公司根据已有证明和资料可以确定的数额先予支付；最终确定赔偿数额后，将支付相应的差额。")
                } else {
                    LetterText.paragraph("我公司与您达成赔偿协议后，应在\(days)日内履行赔偿义务" + (days < ClaimLaw.paymentDays ? "（保险法第二十三条规定为十日，本产品合同约定为\(days)日）。" : "（保险法第二十三条）。"))
                }
                LetterText.paragraph("如款项未到账或您对金额有疑问，请致电客服电话 \(header.insurer.servicePhone)，并注明赔案号 \(claim.reference)。")
            },
        ]
        let basis = payment.advance
            ? "《中华人民共和国保险法》第二十五条：保险人自收到赔偿或者给付保险金的请求和有关证明、资料之日起六十日内，对其赔偿或者给付保险金的数额不能确定的，应当根据已有证明和资料可以确定的数额先予支付；最终确定赔偿或者给付保险金的数额后，应当支付相应的差额。"
            : "《中华人民共和国保险法》第二十三条：对属于保险责任的，在与被保险人或者受益人达成赔偿或者给付保险金的协议后十日内，履行赔偿或者给付保险金义务；保险合同对赔偿或者给付保险金的期限有约定的，保险人应当按照约定履行。"
        return LetterPage(header: header, facts: facts.rows + [("支付日期", "Paid on", paidOn)], body: body, basis: [basis]).render()
    }

    var payeeFacts: HTMLNode {
        guard let payee else {
            return .element("p") { "收款人：投保人 \(facts.holderName)（案件未登记其他领款人）。" }
        }
        return .element("dl", ["class": "facts"]) {
            HTMLNode.element("dt") { "收款人" }
            HTMLNode.element("dd") { payee.name == header.addressee ? payee.name : PersonalDataMask.name(payee.name) }
            HTMLNode.element("dt") { "与被保险人关系" }
            HTMLNode.element("dd") { payee.relation.chinese }
            if let bank = payee.bankName, let account = payee.bankAccount {
                HTMLNode.element("dt") { "开户行" }
                HTMLNode.element("dd") { bank }
                HTMLNode.element("dt") { "账号" }
                HTMLNode.element("dd") { PersonalDataMask.bankAccount(account) + "（仅显示后四位）" }
            }
        }
    }
}

extension CivilDate {
    var startInstant: Instant { Instant(startOfChinaDay: self) }
}
