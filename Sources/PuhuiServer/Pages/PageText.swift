import PuhuiDomain

/// The pages' language: Chinese first, English when the `lang` cookie says so.
enum PageLanguage: String, Sendable {
    case zh
    case en

    /// The other language, which the switch in the header offers.
    var other: PageLanguage { self == .zh ? .en : .zh }

    /// Which language a `lang` cookie asks for (Chinese unless it says English).
    init(cookie: String?) { self = cookie == "en" ? .en : .zh }

    var htmlTag: String { self == .zh ? "zh-CN" : "en" }

    func pick(_ name: LocalizedName) -> String { self == .zh ? name.zh : name.en }

    /// A date in words: 2026年8月23日, or 23 August 2026.
    func date(_ date: CivilDate) -> String {
        switch self {
        case .zh: "\(date.year)年\(date.month)月\(date.day)日"
        case .en: "\(date.day) \(Self.months[date.month - 1]) \(date.year)"
        }
    }

    /// An instant as a China date and time: 2026年8月23日 14:05, or 23 August 2026 14:05.
    func time(_ instant: Instant) -> String {
        let local = instant.secondsSinceEpoch + Instant.chinaOffsetSeconds
        let seconds = ((local % 86_400) + 86_400) % 86_400
        let clock = String(format: "%02d:%02d", Int(seconds / 3600), Int(seconds % 3600 / 60))
        return "\(date(instant.chinaDate)) \(clock)"
    }

    /// An amount in yuan with its sign: ¥1,234.50.
    func money(_ amount: Money) -> String { "¥" + amount.yuanString }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]

    /// Every fixed text of the pages, by key, in this language (templates read them as `t.key`).
    var texts: [String: String] { self == .zh ? PageText.zh : PageText.en }

    func text(_ key: String) -> String { texts[key] ?? key }
}


/// The fixed texts of the pages. A key missing in one language shows the key, which the page
/// tests would catch.
enum PageText {
    static let zh: [String: String] = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.zh) })
    static let en: [String: String] = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.en) })

    static let entries: [(key: String, zh: String, en: String)] = [
        ("brand", "普惠保险", "Puhui Insurance"),
        ("switchLanguage", "English", "中文"),
        ("signOut", "退出登录", "Sign out"),
        ("signedInAs", "已登录：", "Signed in as "),
        ("skip", "跳到正文", "Skip to content"),
        ("signInTitle", "登录", "Sign in"),
        ("signInHelp", "请使用保险公司发给您的一次性登录链接。链接只能使用一次，过期后请联系您的客户经理重新获取。",
         "Open the one-time sign-in link your insurer sent you. A link works once; when it has expired, ask your account manager for a new one."),
        ("signInFailed", "无法登录", "Could not sign in"),
        ("myPolicies", "我的保单", "My policies"),
        ("noPolicies", "您还没有保单。", "You have no policies yet."),
        ("policy", "保单", "Policy"),
        ("holder", "投保人", "Policyholder"),
        ("product", "产品", "Product"),
        ("cover", "保障期间", "Cover"),
        ("to", "至", "to"),
        ("premium", "保费", "Premium"),
        ("sumInsured", "保险金额", "Sum insured"),
        ("status", "状态", "Status"),
        ("coverages", "保障项目", "What is covered"),
        ("limit", "限额", "Limit"),
        ("deductible", "免赔额", "Deductible"),
        ("instalments", "分期保费", "Instalments"),
        ("dueDate", "应缴日", "Due"),
        ("amount", "金额", "Amount"),
        ("paid", "已缴", "Paid"),
        ("outstanding", "未缴", "Outstanding"),
        ("paidOn", "缴清日", "Paid on"),
        ("received", "已收保费", "Premium received"),
        ("documents", "文件", "Documents"),
        ("letters", "我们寄给您的文件", "Letters we sent"),
        ("noLetters", "暂无。", "None yet."),
        ("claims", "理赔", "Claims"),
        ("noClaims", "这张保单没有理赔。", "No claims on this policy."),
        ("reportLoss", "报案", "Report a loss"),
        ("open", "查看", "Open"),
        ("claim", "赔案", "Claim"),
        ("lossDate", "出险日期", "Date of the loss"),
        ("lossType", "出险类型", "What kind of loss"),
        ("whatHappened", "经过", "What happened"),
        ("claimed", "索赔金额（元）", "Amount claimed (yuan)"),
        ("submit", "提交", "Submit"),
        ("state", "状态", "State"),
        ("whatWeNeed", "我们需要您提供的文件", "What we need from you"),
        ("whatWeNeedHelp", "以下是处理这个赔案所需的全部文件（《保险法》第二十二条：一次性告知）。",
         "Every document we need for this claim, all at once (Insurance Law Art. 22)."),
        ("receivedOn", "已收到", "received"),
        ("notYet", "尚未收到", "not yet received"),
        ("charts", "图表", "Charts"),
        ("chartsHelp", "选择期间（最长24个月）：理赔时效、法定时限、自动核保与小额理赔，每张图旁附数据表。",
         "Pick a period (at most 24 months): claim turnaround, statutory clocks, auto-acceptance and small claims, each chart with its figures beside it."),
        ("sendDocuments", "上传文件", "Send your documents"),
        ("sendDocumentsHelp", "请为每份文件选择一个 PDF、JPEG 或 PNG 文件上传，每个文件不超过", "Choose a PDF, JPEG or PNG file for each document; each file at most"),
        ("sendFile", "上传", "Send"),
        ("fileReceived", "我们已收到：", "We have received: "),
        ("whatNext", "接下来：", "What happens next:"),
        ("payments", "赔款", "Payments"),
        ("noPayments", "尚无赔款。", "No payments yet."),
        ("ourDeadlines", "我们的期限", "Our deadlines"),
        ("timeline", "处理记录", "Timeline"),
        ("notFound", "找不到", "Not found"),
        ("notFoundHelp", "没有这个页面，或者您无权查看。", "There is no such page, or it is not yours to see."),
        ("forbidden", "无权操作", "Not permitted"),
        ("problem", "出错了", "Something went wrong"),
        ("back", "返回首页", "Back to the start"),
        ("desk", "理赔工作台", "Claims desk"),
        ("overdue", "已逾期的时限", "Overdue clocks"),
        ("dueSoon", "三天内到期的时限", "Clocks due in the next 3 days"),
        ("approvals", "待我审批的赔款", "Payments awaiting my approval"),
        ("unassigned", "待分配的赔案", "Unassigned claims"),
        ("nothing", "没有。", "None."),
        ("due", "到期", "Due"),
        ("deadline", "时限", "Clock"),
        ("adjuster", "理赔员", "Adjuster"),
        ("actions", "操作", "Actions"),
        ("version", "版本", "Version"),
        ("takeClaim", "由我处理", "Assign to me"),
        ("receiveDocs", "登记收到的文件", "Record documents received"),
        ("decide", "核定", "Decide"),
        ("covered", "属于保险责任", "Covered"),
        ("notCovered", "不属于保险责任", "Not covered"),
        ("reason", "理由", "Reason"),
        ("agree", "确定损失金额", "Agree the loss"),
        ("agreedLoss", "损失金额（元）", "Loss agreed (yuan)"),
        ("pay", "支付赔款", "Pay"),
        ("payAmount", "支付金额（元）", "Amount to pay (yuan)"),
        ("advance", "预付赔款", "Advance payment"),
        ("approve", "批准赔款", "Approve payment"),
        ("close", "结案", "Close the claim"),
        ("payable", "应赔金额", "Payable"),
        ("decision", "核定结果", "Decision"),
        ("pending", "待审批", "awaiting approval"),
        ("paidStatus", "已支付", "paid"),
        ("actionDone", "已完成。", "Done."),
        ("customerSide", "客户", "Customer"),
        ("uwQueue", "核保队列", "Underwriting queue"),
        ("regulator", "监管统计", "Regulator's figures"),
        ("periodFrom", "统计期间起", "First day"),
        ("periodTo", "统计期间止", "Last day"),
        ("choosePeriod", "选定期间", "Choose the period"),
        ("preview", "预览报告（含图表）", "Preview the report (with charts)"),
        ("authorityOn", "核保权限依据", "Authority checked on"),
        ("openUntil", "报价有效至", "Offer open until"),
        ("uwApprove", "同意承保", "Approve"),
        ("uwDecline", "拒绝承保", "Decline"),
        ("getQuote", "报价与投保", "Get a quote"),
        ("noProducts", "目前没有适合您的产品。", "No product is open to your business at present."),
        ("optional", "选填", "optional"),
        ("priceIt", "计算保费", "Price it"),
        ("yourQuote", "您的报价", "Your quote"),
        ("quoteNumber", "报价编号", "Quote"),
        ("howPriced", "保费是怎样算出来的", "How the premium was worked out"),
        ("apply", "投保", "Apply"),
        ("reducedList", "小微企业和个体工商户只需提供精简的材料清单。", "Micro businesses and individual businesses give the shorter list of documents."),
        ("startDate", "起保日期", "Cover starts"),
        ("documentsEnclosed", "我已备好的材料", "Documents I have ready"),
        ("applicationNumber", "投保单号", "Application"),
        ("why", "原因", "Why"),
        ("stillNeeded", "还需要的材料", "Documents still needed"),
        ("decision.accept", "已承保", "Accepted"),
        ("decision.refer", "需人工核保", "Referred to an underwriter"),
        ("decision.decline", "未能承保", "Declined"),
        ("explain.accept", "您的保单已签发，保障自起保日开始。请按期缴纳保费。", "Your policy is issued; cover starts on the start date. Please pay the premium when it falls due."),
        ("explain.refer", "核保人员将审核您的投保申请，并在报价有效期内答复您；无需再次提交。", "An underwriter will look at your application and answer while the offer is open; you need not apply again."),
        ("explain.decline", "很抱歉，这项风险超出了本产品的承保范围。原因如下。", "We are sorry: this risk is outside what the product covers, for the reasons below."),
        ("paidOut", "已赔付", "Paid to you"),
        ("noClocksYet", "收齐全部文件后，我们须在30日内（合同约定更短的，从其约定）作出核定（《保险法》第二十三条）；需要补充文件的，我们会一次性告知（第二十二条）。",
         "Once every document is in, we must decide within 30 days, or sooner if your contract says so (Insurance Law Art. 23); if anything is missing we tell you everything at once (Art. 22)."),
        ("choosePolicy", "请选择出险的保单：", "Choose the policy the loss falls under:"),
        ("otherPolicy", "换一张保单", "another policy"),
    ]
}
