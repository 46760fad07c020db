import Hummingbird
import PuhuiDomain
import PuhuiServices

/// A customer's pages: their policies, one policy, and reporting a loss.
extension Pages {
    /// `/`: a customer's policies; staff go to their desk; anyone else is asked to sign in.
    func home(_ visitor: PageVisitor) async throws -> Response {
        guard let user = visitor.user else { return try signInPage(visitor, message: nil, status: .ok) }
        if user.isStaff && !user.isCustomer { return Self.redirect(PageVisitor.staffHome(user)) }
        let context = try visitor.context(at: engine.clock.now())
        let policies = engine.policies
        let list = try await threads.run { try policies.list(PolicyFilter(asOf: context.at.chinaDate), context) }
        let language = visitor.language
        var data = visitor.common(title: language.text("myPolicies"))
        data["policies"] = list.map { policy -> [String: Any] in
            ["number": policy.number, "product": policy.productCode, "start": language.date(policy.startDate), "end": language.date(policy.endDate),
             "premium": language.money(policy.premium), "status": Self.words(policy.status, language)]
        }
        return try html("home", data)
    }

    /// `/policies/{number}`: cover, dates, premium, instalments and what is paid, its claims.
    func policy(_ number: String, _ visitor: PageVisitor) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let engine = engine
        let language = visitor.language
        let (policy, ledger, claims, holder, letters) = try await threads.run {
            let policy = try engine.policies.policy(number, asOf: context.at.chinaDate, context)
            let ledger = try? engine.premiums.ledger(policy.number, asOf: context.at.chinaDate, context)
            let claims = try engine.claims().claims(onPolicy: policy.number, context)
            let holder = try? engine.parties().party(policy.holder, context).name
            let letters = try engine.letters().letters(about: policy.number, context)
            return (policy, ledger, claims, holder, letters)
        }
        var data = visitor.common(title: "\(language.text("policy")) \(policy.number)")
        data["number"] = policy.number
        data["product"] = "\(policy.productCode) v\(policy.productVersion)"
        data["holder"] = holder
        data["letters"] = Self.letterLinks(letters, language)
        data["start"] = language.date(policy.startDate)
        data["end"] = language.date(policy.endDate)
        data["premium"] = language.money(policy.premium)
        data["sumInsured"] = language.money(policy.sumInsured)
        data["status"] = Self.words(policy.status, language)
        data["mayReport"] = visitor.user?.isCustomer == true && policy.status == .inForce
        data["coverages"] = policy.latestCover.coverages.map { coverage -> [String: Any] in
            ["name": language.pick(coverage.name), "limit": language.money(coverage.amount),
             "deductible": coverage.deductible.map(language.money) ?? "—"]
        }
        if let ledger {
            data["has_dues"] = !ledger.ledger.dues.isEmpty
            data["received"] = language.money(ledger.ledger.received)
            data["dues"] = ledger.ledger.dues.map { due -> [String: Any] in
                ["label": Self.words(instalment: due.due.label, language), "date": language.date(due.due.dueDate), "amount": language.money(due.due.amount),
                 "paid": language.money(due.paid), "outstanding": language.money(due.outstanding),
                 "paidOn": due.paidOn.map(language.date) ?? "—"]
            }
        }
        data["claims"] = claims.map { row -> [String: Any] in
            ["reference": row.claim, "state": Self.words(row.state, language), "claimed": language.money(row.claimed),
             "paid": language.money(row.paid), "reported": language.date(row.reportedAt.chinaDate)]
        }
        return try html("policy", data)
    }

    // MARK: - Reporting a loss

    /// `GET /report?policy=…`: the form, for the customer's policies in force.
    func reportForm(_ visitor: PageVisitor, form: PageForm, errors: [String: String] = [:],
                    status: HTTPResponse.Status = .ok) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        try context.authorize(.reportClaim)
        let engine = engine
        let choices: [(policy: Policy, types: [ClaimTypeSpec])] = try await threads.run {
            var filter = PolicyFilter(asOf: context.at.chinaDate)
            filter.status = .inForce
            return try engine.policies.list(filter, context).map { policy in
                let product = try engine.catalog.product(code: policy.productCode, version: policy.productVersion, on: policy.startDate).product
                return (policy, product.claims.claimTypes)
            }
        }
        let language = visitor.language
        let values = form.values
        let chosen = choices.first { $0.policy.number == values["policy"] }
        var data = visitor.common(title: language.text("reportLoss"))
        // Without script, the claim types follow the policy: first the policy, then its form.
        data["policies"] = choices.map { choice -> [String: Any] in
            ["number": choice.policy.number, "product": choice.policy.productCode, "start": language.date(choice.policy.startDate),
             "end": language.date(choice.policy.endDate)]
        }
        if let chosen {
            data["chosen"] = ["number": chosen.policy.number, "product": chosen.policy.productCode] as [String: Any]
            data["types"] = chosen.types.map { type -> [String: Any] in
                ["code": type.code, "name": language.pick(type.name), "selected": type.code == values["type"]]
            }
        }
        data["values"] = values
        data["errors"] = errors
        data["hasErrors"] = !errors.isEmpty
        data["hasPolicies"] = !choices.isEmpty
        return try html("report", data, status: status)
    }

    /// `POST /report`: opens the claim, then shows it with every document needed (Art. 22).
    func report(_ visitor: PageVisitor, _ form: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        var errors: [String: String] = [:]
        let language = visitor.language
        let lossDate = form["lossDate"].flatMap { CivilDate(iso: $0) }
        if lossDate == nil { errors["lossDate"] = language == .zh ? "请填写日期，格式为 2026-08-10" : "Enter a date such as 2026-08-10" }
        let claimed = form["claimed"].flatMap { Money(yuan: $0) }
        if claimed.map({ $0.fen <= 0 }) ?? true { errors["claimed"] = language == .zh ? "请填写大于零的金额，如 60000.00" : "Enter an amount above zero, such as 60000.00" }
        let policy = form["policy"] ?? ""
        let type = form["type"] ?? ""
        if type.isEmpty { errors["type"] = language == .zh ? "请选择出险类型" : "Choose what kind of loss" }
        guard errors.isEmpty, let lossDate, let claimed else {
            return try await reportForm(visitor, form: form, errors: errors, status: .badRequest)
        }
        let engine = engine
        do {
            let report = try await threads.run {
                try engine.claims().report(policy: policy, lossDate: lossDate, type: type, claimed: claimed, description: form["description"], context)
            }
            return Self.redirect("/claims/\(report.claim.reference)")
        } catch let error as PuhuiError where error.code == .invalidInput || error.code == .refused {
            let field = ["lossDate", "type", "claimed", "policy"].contains(error.field ?? "") ? error.field! : "policy"
            return try await reportForm(visitor, form: form, errors: [field: PageErrors.message(error, language)], status: Self.status(error))
        }
    }

    /// "instalment 2" in the page's language (other labels as the ledger has them).
    static func words(instalment label: String, _ language: PageLanguage) -> String {
        guard language == .zh, label.hasPrefix("instalment "), let number = Int(label.dropFirst("instalment ".count)) else { return label }
        return "第\(number)期"
    }

    static func words(_ status: Policy.Status, _ language: PageLanguage) -> String {
        switch (status, language) {
        case (.inForce, .zh): "有效"
        case (.inForce, .en): "in force"
        case (.cancelled, .zh): "已退保"
        case (.cancelled, .en): "cancelled"
        case (.expired, .zh): "已到期"
        case (.expired, .en): "expired"
        case (.lapsed, .zh): "已失效（欠缴保费）"
        case (.lapsed, .en): "lapsed (premium unpaid)"
        }
    }
}
