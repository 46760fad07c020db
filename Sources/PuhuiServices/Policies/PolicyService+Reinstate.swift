import PuhuiDomain

extension PolicyService {
    /// Reinstates a lapsed policy on the day of the context, within the product's reinstatement
    /// window and with the arrears paid. Cover resumes that day; losses between the end of the
    /// grace period and the reinstatement stay uncovered.
    public func reinstate(_ number: String, _ context: ActionContext) throws -> Policy {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            let account = try session.servicing.ledgerPolicy(number)
            guard let lapse = account.openLapse else {
                throw PuhuiError.refused("policy \(account.number) has not lapsed; there is nothing to reinstate")
            }
            let date = context.at.chinaDate
            let product = try session.catalog.product(code: account.productCode, version: account.productVersion).product
            let rules = product.servicingRules.premiums
            let window = lapse.lapsedFrom.adding(days: rules.reinstatementDays)
            if date > window {
                throw PuhuiError.refused("policy \(account.number) lapsed from \(lapse.lapsedFrom); \(product.code) allows reinstatement within \(rules.reinstatementDays) days, to \(window)")
            }
            if date > account.endDate {
                throw PuhuiError.refused("policy \(account.number): its term ended on \(account.endDate); renew it or apply anew instead")
            }
            if date <= lapse.lapsedFrom {
                throw PuhuiError.invalid("policy \(account.number) lapsed from \(lapse.lapsedFrom); a reinstatement comes after it, not on \(date)", field: "at")
            }
            let ledger = account.ledger(asOf: date)
            if let unpaid = ledger.firstOverdue {
                throw PuhuiError.refused("policy \(account.number): \(ledger.overdue.yuanString) of arrears is unpaid (the oldest, \(unpaid.due.label), fell due on \(unpaid.due.dueDate)); receive it before reinstating")
            }
            try session.servicing.reinstate(policyID: account.id, lapsedFrom: lapse.lapsedFrom, on: date, at: context.at, by: context.actor)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: account.number, action: "reinstated", before: "lapsed",
                after: try CanonicalJSON.encode(["on": date.description, "lapsedFrom": lapse.lapsedFrom.description,
                                                 "notCovered": "\(lapse.graceEnd.adding(days: 1)) to \(date.adding(days: -1))"])))
            return try session.policies.policy(account.number, asOf: date)
        }
    }
}
