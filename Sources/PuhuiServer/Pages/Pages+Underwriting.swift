import Hummingbird
import PuhuiDomain
import PuhuiServices

/// The underwriting queue: referred applications with the figure authority is checked on,
/// approved or declined through `UnderwritingService`.
extension Pages {
    /// `/desk/underwriting`.
    func underwritingQueue(_ visitor: PageVisitor, errors: [String: String] = [:], status: HTTPResponse.Status = .ok) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        guard context.user.isStaff else { throw PuhuiError.notFound("there is no underwriting queue for \(context.actor)") }
        let engine = engine
        let queue = try await threads.run { try engine.underwriting.queue(context) }
        let language = visitor.language
        var data = visitor.common(title: language.text("uwQueue"))
        data["mayDecide"] = context.user.roles.contains(.underwriter)
        data["applications"] = queue.map { referral -> [String: Any] in
            var entry: [String: Any] = [
                "reference": referral.application, "product": "\(referral.productCode) v\(referral.productVersion)", "holder": referral.holder,
                "segment": referral.segment.rawValue, "premium": language.money(referral.premium),
                "measure": Self.words(measure: referral.authorityMeasure, language), "figure": language.money(referral.authorityFigure),
                "reasons": referral.reasons, "applied": language.time(referral.appliedAt), "start": language.date(referral.startDate),
            ]
            entry["openUntil"] = referral.openUntil.map(language.time)
            entry["error"] = errors[referral.application]
            return entry
        }
        data["error"] = errors[""]
        return try html("underwriting", data, status: status)
    }

    /// `POST /desk/underwriting`: approve or decline one referral.
    func decideReferral(_ visitor: PageVisitor, _ form: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let reference = form["application"] ?? ""
        let engine = engine
        do {
            switch form["decision"] {
            case "approve":
                _ = try await threads.run { try engine.underwriting.approve(reference, note: form["note"], context) }
            case "decline":
                guard let reason = form["note"] else {
                    throw PuhuiError.invalid(visitor.language == .zh ? "拒保须说明理由" : "Give the reason for declining", field: "note")
                }
                try await threads.run { try engine.underwriting.decline(reference, reason: reason, context) }
            default:
                throw PuhuiError.invalid("choose approve or decline", field: "decision")
            }
        } catch let error as PuhuiError where error.code != .unauthenticated {
            return try await underwritingQueue(visitor, errors: [reference: error.message], status: Self.status(error))
        }
        return Self.redirect("/desk/underwriting")
    }

    static func words(measure: String, _ language: PageLanguage) -> String {
        switch (measure, language) {
        case ("sum-insured", .zh), ("sum insured", .zh): "保险金额"
        case ("per-occurrence-limit", .zh), ("per-occurrence limit", .zh): "每次事故限额"
        case ("sum-insured", .en), ("sum insured", .en): "sum insured"
        case ("per-occurrence-limit", .en), ("per-occurrence limit", .en): "per-occurrence limit"
        default: measure
        }
    }
}
