import Hummingbird
import PuhuiDomain
import PuhuiServices

/// A claim's page (the customer's view, and for staff the actions their roles allow) and the
/// actions posted from it, each through `ClaimService` with the claim's version as read.
extension Pages {
    /// `/claims/{reference}`: state, documents needed and received, payments, each clock in
    /// plain words; for staff also the timeline and the action forms.
    func claim(_ reference: String, _ visitor: PageVisitor, errors: [String: String] = [:], status: HTTPResponse.Status = .ok,
               received: String? = nil) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let engine = engine
        let staff = context.user.isStaff
        let language = visitor.language
        let (details, events, letters, files) = try await threads.run {
            let claims = try engine.claims()
            let details = try claims.details(reference, asOf: context.at, context)
            return (details, staff ? try claims.timeline(reference, context) : [],
                    try engine.letters().letters(about: details.claim.reference, context), try claims.files(reference, context))
        }
        let claim = details.claim
        var data = visitor.common(title: "\(language.text("claim")) \(claim.reference)")
        data["reference"] = claim.reference
        data["policy"] = claim.policyNumber
        data["state"] = Self.words(claim.state, language)
        data["lossDate"] = language.date(claim.lossDate)
        data["claimed"] = language.money(claim.claimed)
        data["paid"] = language.money(claim.paid)
        data["payable"] = claim.payable.map(language.money)
        data["decision"] = claim.covered.map { covered in language.text(covered ? "covered" : "notCovered") + (claim.decisionReason.map { ": \($0)" } ?? "") }
        data["description"] = claim.description
        data["version"] = String(claim.version)
        let stored = settings.documents == nil ? [] : files
        data["documents"] = details.documents.map { document -> [String: Any] in
            let links = Self.fileLinks(stored.filter { $0.code == document.code }, claim: claim.reference, language)
            return ["code": document.code, "name": language.pick(document.name), "received": document.receivedAt != nil,
                    "receivedOn": document.receivedAt.map { language.date($0.chinaDate) } ?? "", "files": links, "hasFiles": !links.isEmpty]
        }
        data["outstanding"] = details.documents.filter { $0.receivedAt == nil }.map { document -> [String: Any] in
            var entry: [String: Any] = ["code": document.code, "name": language.pick(document.name)]
            entry["error"] = errors["upload-\(document.code)"]
            return entry
        }
        // Files are sent from the page by whoever may send them (the customer, an adjuster),
        // while the claim is open and the server keeps files at all.
        data["uploads"] = settings.documents != nil && !context.user.roles.isDisjoint(with: Step.submitClaimDocuments.roles)
            && claim.state.isOpen && details.documents.contains { $0.receivedAt == nil }
        data["maxFile"] = Self.megabytes(settings.maxDocumentBytes)
        if let received, let document = details.documents.first(where: { $0.code == received }), document.receivedAt != nil {
            data["received"] = language.pick(document.name)
        }
        data["nextStep"] = Self.nextStep(details, now: context.at, language)
        data["letters"] = Self.letterLinks(letters, language)
        data["has_outstanding"] = details.documents.contains { $0.receivedAt == nil }
        data["payments"] = details.payments.map { payment -> [String: Any] in
            ["amount": language.money(payment.amount), "advance": payment.advance,
             "status": language.text(payment.status == .paid ? "paidStatus" : "pending"),
             "date": language.date((payment.paidAt ?? payment.requestedAt).chinaDate)]
        }
        data["clocks"] = details.clocks.map { ClockWords($0, now: context.at, language, staff: staff).data }
        data["staff"] = staff
        if staff {
            let roles = context.user.roles
            data["adjuster"] = roles.contains(.adjuster)
            data["approver"] = roles.contains(.approver)
            data["assignedTo"] = claim.adjuster
            data["unassigned"] = claim.adjuster == ClaimService.unassigned && roles.contains(.adjuster)
            data["events"] = events.reversed().map { event -> [String: Any] in
                ["at": language.time(event.at), "actor": event.actor, "action": event.action, "detail": event.detail]
            }
        }
        data["errors"] = errors
        return try html("claim", data, status: status)
    }

    /// `POST /claims/{reference}`: one action, refused when the claim changed since the page
    /// was read (its version), then back to the claim page (its error beside the form).
    func act(_ reference: String, _ visitor: PageVisitor, _ form: PageForm) async throws -> Response {
        let action = form["action"] ?? ""
        guard let version = form["version"].flatMap({ Int($0) }) else {
            return try await claim(reference, visitor, errors: [action: "the page is out of date; open it again"], status: .badRequest)
        }
        let context = try visitor.context(at: engine.clock.now(), expectedVersion: version)
        let engine = engine
        let language = visitor.language
        do {
            let amount = { (field: String) throws -> Money in
                guard let money = form[field].flatMap({ Money(yuan: $0) }), money.fen > 0 else {
                    throw PuhuiError.invalid(language == .zh ? "请填写大于零的金额，如 1200.00" : "Enter an amount above zero, such as 1200.00", field: field)
                }
                return money
            }
            switch action {
            case "take":
                try await threads.run { _ = try engine.claims().assign(reference, to: context.actor, context) }
            case "receive":
                let codes = form.all("document")
                guard !codes.isEmpty else { throw PuhuiError.invalid(language == .zh ? "请勾选收到的文件" : "Tick the documents received", field: "document") }
                try await threads.run { _ = try engine.claims().receiveDocuments(reference, codes: codes, context) }
            case "decide":
                guard let covered = form["covered"] else { throw PuhuiError.invalid(language == .zh ? "请选择核定结果" : "Choose a decision", field: "covered") }
                try await threads.run { _ = try engine.claims().decide(reference, covered: covered == "yes", reason: form["reason"], context) }
            case "agree":
                let loss = try amount("loss")
                try await threads.run { _ = try engine.claims().agree(reference, loss: loss, context) }
            case "pay":
                let money = try amount("amount")
                try await threads.run { _ = try engine.claims().pay(reference, amount: money, advance: form["advance"] != nil, context) }
            case "approve":
                try await threads.run { _ = try engine.claims().approvePayment(reference, context) }
            case "close":
                try await threads.run { _ = try engine.claims().close(reference, context) }
            default:
                throw PuhuiError.invalid("there is no action '\(action)' on a claim", field: "action")
            }
        } catch let error as PuhuiError where error.code != .notFound && error.code != .unauthenticated {
            // Beside the action's form; a refusal for the role (whose form is not shown) above all.
            let place = action.isEmpty || error.code == .unauthorized ? "page" : action
            return try await claim(reference, visitor, errors: [place: PageErrors.message(error, language)], status: Self.status(error))
        }
        return Self.redirect("/claims/\(Reference.normalized(reference))")
    }

    /// Links to the files received for one document, newest first.
    static func fileLinks(_ files: [ClaimDocumentFile], claim: String, _ language: PageLanguage) -> [[String: Any]] {
        files.reversed().map { file in
            ["href": "/claims/\(claim)/files/\(file.sha256)",
             "name": file.fileName ?? "\(file.code).\(DocumentFileType.fileExtension(file.mediaType))",
             "size": file.byteCount >= 1 << 10 ? "\(file.byteCount >> 10) KB" : "\(file.byteCount) B",
             "on": language.date(file.receivedAt.chinaDate)]
        }
    }

    /// What happens next, in words: the documents still needed and the decision clock they
    /// start; else the first running clock's duty; nil when nothing is running.
    static func nextStep(_ details: ClaimDetails, now: Instant, _ language: PageLanguage) -> String? {
        let outstanding = details.documents.filter { $0.receivedAt == nil }.map { language.pick($0.name) }
        let running = details.clocks.filter { $0.status == .open }.sorted { $0.dueAt < $1.dueAt }
        if !outstanding.isEmpty, [.reported, .awaitingDocuments, .reopened].contains(details.claim.state) {
            return language == .zh
                ? "我们还需要：\(outstanding.joined(separator: "、"))。文件齐全后，我们须在法定期限内作出核定（《保险法》第二十三条）。"
                : "We still need: \(outstanding.joined(separator: ", ")). Once we have every document, we must decide within the time the law sets (Insurance Law Art. 23)."
        }
        guard let clock = running.first else { return nil }
        let words = ClockWords(clock, now: now, language)
        let duty = words.data["duty"] as? String ?? ""
        let basis = words.data["basis"] as? String ?? ""
        return language == .zh ? "下一步：\(duty)（\(basis)）。" : "Next: \(duty) (\(basis))."
    }

    static func words(_ state: ClaimState, _ language: PageLanguage) -> String {
        let zh: [ClaimState: String] = [.reported: "已报案", .awaitingDocuments: "等待文件", .documentsComplete: "文件齐全", .decided: "已核定",
                                        .agreed: "已确定金额", .paid: "已赔付", .closed: "已结案", .rejected: "已拒赔", .withdrawn: "已撤案",
                                        .reopened: "已重开"]
        let en: [ClaimState: String] = [.reported: "reported", .awaitingDocuments: "waiting for documents", .documentsComplete: "documents complete",
                                        .decided: "decided", .agreed: "amount agreed", .paid: "paid", .closed: "closed", .rejected: "rejected",
                                        .withdrawn: "withdrawn", .reopened: "reopened"]
        return (language == .zh ? zh[state] : en[state]) ?? state.rawValue
    }
}

/// A clock in plain words: "we must decide by 23 August 2026 (Insurance Law Art. 23)", and
/// whether it was met, is running, or is late.
struct ClockWords {
    let data: [String: Any]

    /// The clock's legal basis in a few words ("Insurance Law Art. 23"); staff read the whole
    /// basis the engine recorded.
    static func basis(_ kind: ClaimClock.Kind, _ language: PageLanguage) -> String {
        switch (kind, language) {
        case (.decision, .zh), (.payment, .zh): "《保险法》第二十三条"
        case (.rejectionNotice, .zh): "《保险法》第二十四条"
        case (.advancePayment, .zh): "《保险法》第二十五条"
        case (.documentNotice, .zh): "《保险小额理赔服务指引》"
        case (.smallClaimClose, .zh): "产品服务承诺"
        case (.documentNotice, .en): "small-claims service guidance"
        case (.smallClaimClose, .en): "the product's service promise"
        case (_, .en): "Insurance Law \(kind.article ?? "")"
        }
    }

    init(_ clock: ClaimDetails.ClockView, now: Instant, _ language: PageLanguage, staff: Bool = false) {
        let due = language.date(clock.dueAt.chinaDate)
        let duty: String
        switch (clock.kind, language) {
        case (.documentNotice, .zh): duty = "我们须在\(due)前一次性告知所需文件"
        case (.documentNotice, .en): duty = "We must tell you every document we need by \(due)"
        case (.decision, .zh): duty = "我们须在\(due)前作出核定"
        case (.decision, .en): duty = "We must decide by \(due)"
        case (.payment, .zh): duty = "我们须在\(due)前支付赔款"
        case (.payment, .en): duty = "We must pay by \(due)"
        case (.rejectionNotice, .zh): duty = "如拒赔，我们须在\(due)前书面通知并说明理由"
        case (.rejectionNotice, .en): duty = "If we refuse, we must tell you in writing, with reasons, by \(due)"
        case (.advancePayment, .zh): duty = "我们须在\(due)前先行支付可以确定的部分"
        case (.advancePayment, .en): duty = "We must pay the amount already certain by \(due)"
        case (.smallClaimClose, .zh): duty = "小额理赔：我们须在\(due)前结案"
        case (.smallClaimClose, .en): duty = "Small claim: we must settle it by \(due)"
        }
        let status: String
        let late: Bool
        switch clock.status {
        case .met:
            status = language == .zh ? "已按时完成（\(clock.endedAt.map { language.date($0.chinaDate) } ?? "")）" : "met on \(clock.endedAt.map { language.date($0.chinaDate) } ?? "")"
            late = false
        case .missed:
            status = language == .zh ? "已逾期" : "late"
            late = true
        case .stopped:
            status = language == .zh ? "不再适用" : "no longer applies"
            late = false
        case .open:
            late = clock.dueAt <= now
            status = late ? (language == .zh ? "已逾期" : "late") : (language == .zh ? "进行中" : "running")
        }
        data = ["duty": duty, "basis": staff ? clock.basis : Self.basis(clock.kind, language), "status": status, "late": late]
    }
}
