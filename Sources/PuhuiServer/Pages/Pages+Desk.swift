import Hummingbird
import PuhuiDomain
import PuhuiServices

/// The staff's claims desk: what is overdue and due soon for me, what waits for my approval,
/// and claims nobody has taken yet.
extension Pages {
    func desk(_ visitor: PageVisitor) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        guard context.user.isStaff else { throw PuhuiError.notFound("there is no desk for \(context.actor)") }
        let engine = engine
        let roles = context.user.roles
        let (overdue, dueSoon, unassigned, approvals) = try await threads.run {
            let claims = try engine.claims()
            var overdue: [ClaimListRow] = [], dueSoon: [ClaimListRow] = [], unassigned: [ClaimListRow] = []
            if roles.contains(.adjuster) {
                overdue = try claims.list(ClaimListFilter(adjuster: context.actor, overdue: true, asOf: context.at, limit: 200), context)
                dueSoon = try claims.list(ClaimListFilter(adjuster: context.actor, dueWithin: 3 * 86_400, asOf: context.at, limit: 200), context)
                unassigned = try claims.list(ClaimListFilter(adjuster: ClaimService.unassigned, asOf: context.at, limit: 200), context)
                    .filter { ![.closed, .withdrawn, .rejected].contains($0.state) }
            }
            let approvals = roles.contains(.approver) ? try claims.approvals(context) : []
            return (overdue, dueSoon, unassigned, approvals)
        }
        let language = visitor.language
        let rows = { (list: [ClaimListRow]) -> [[String: Any]] in
            list.map { row in
                var item: [String: Any] = ["reference": row.claim, "policy": row.policy, "state": Self.words(row.state, language),
                                           "claimed": language.money(row.claimed), "reported": language.date(row.reportedAt.chinaDate)]
                item["clock"] = row.clock.map { "\($0.rawValue)\(row.basis.map { " (\($0))" } ?? "")" }
                item["due"] = row.dueAt.map(language.time)
                return item
            }
        }
        var data = visitor.common(title: language.text("desk"))
        data["showAdjuster"] = roles.contains(.adjuster)
        data["showApprover"] = roles.contains(.approver)
        data["overdue"] = rows(overdue)
        data["dueSoon"] = rows(dueSoon)
        data["unassigned"] = rows(unassigned)
        data["approvals"] = approvals.map { pending -> [String: Any] in
            ["reference": pending.claim, "policy": pending.policy, "amount": language.money(pending.payment.amount),
             "requestedBy": pending.payment.requestedBy, "requested": language.time(pending.payment.requestedAt)]
        }
        return try html("desk", data)
    }
}
