import PuhuiDomain

/// Reading policies back, and cancelling them with the refund the product's rule gives.
public struct PolicyService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// A policy; a customer sees only policies they hold or are insured by (any other is
    /// "not found", not a hint that it exists).
    public func policy(_ number: String, asOf: CivilDate, _ context: ActionContext) throws -> Policy {
        try context.authorize(.readPolicies)
        let policy = try storage.read { try $0.policies.policy(number, asOf: asOf) }
        guard Self.mayAccess(policy, context.user) else { throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist") }
        return policy
    }

    /// Whether `user` may see `policy`: staff may; a customer when they hold it or are (or
    /// were) insured by it.
    public static func mayAccess(_ policy: Policy, _ user: AuthenticatedUser) -> Bool {
        user.mayAccess(parties: [policy.holder] + policy.everInsured)
    }

    /// Policies, newest first; a customer's list holds their own only.
    public func list(_ filter: PolicyFilter, _ context: ActionContext) throws -> [Policy] {
        try context.authorize(.readPolicies)
        guard context.user.isCustomer else { return try storage.read { try $0.policies.policies(filter) } }
        var own = filter
        own.holder = context.user.party ?? "-"
        return try storage.read { try $0.policies.policies(own) }
    }

    /// Cancels a policy from `date` (cover ends at the end of that day). The refund is what was
    /// received less the premium earned by the product's rule (`Cancellation.refundFromReceived`);
    /// a pension account is surrendered for its value less the surrender charge. The refund is
    /// paid out on the premium ledger, and the dues falling due after the date are no longer owed.
    public func cancel(_ number: String, on date: CivilDate, _ context: ActionContext) throws -> (Policy, Cancellation.Refund) {
        try context.authorize(.cancelPolicy)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            let policy = try session.policies.policy(number, asOf: date)
            if policy.status == .cancelled {
                throw PuhuiError.refused("policy \(policy.number) was already cancelled on \(policy.cancelledOn?.description ?? "")")
            }
            guard date >= policy.startDate, date <= policy.endDate else {
                throw PuhuiError.invalid("policy \(policy.number) runs \(policy.startDate) to \(policy.endDate); it cannot be cancelled on \(date)", field: "date")
            }
            let product = try session.catalog.product(code: policy.productCode, version: policy.productVersion).product
            let account = try session.servicing.ledgerPolicy(policy.number)
            let refund: Cancellation.Refund
            if policy.line == .pension {
                refund = try PensionService(storage: storage, clock: clock).surrender(account, on: date, session)
            } else {
                let shortRate = try product.cancellation.table.flatMap { try session.catalog.rateTable($0, on: policy.startDate) }.map(RateIndex.init)
                let charged = Money(fen: account.dues.reduce(0) { $0 + $1.amount.fen })
                let received = Money(fen: account.entries.reduce(0) { $0 + $1.signedAmount.fen })
                refund = try Cancellation.refundFromReceived(product: product, start: policy.startDate, end: policy.endDate,
                                                             annualPremium: policy.cover(on: date).premium, charged: charged, received: received,
                                                             on: date, shortRateTable: shortRate)
                // The dues owed become the premium earned: what falls due after the date is not owed.
                let owedBefore = account.dues.filter { $0.dueDate <= date }.reduce(0) { $0 + $1.amount.fen }
                let earned = try Cancellation.earned(product: product, start: policy.startDate, end: policy.endDate,
                                                     annualPremium: policy.cover(on: date).premium, charged: charged, on: date,
                                                     shortRateTable: shortRate).earned
                try session.servicing.insertDue(policyID: account.id, PremiumLedger.Due(
                    kind: .cancellation, label: "cancellation from \(date)", dueDate: date, amount: Money(fen: earned.fen - owedBefore)), at: context.at)
            }
            if refund.amount.fen > 0 {
                try session.servicing.insertEntry(NewPremiumEntry(
                    policyID: account.id, entry: PremiumLedger.Entry(kind: .refund, date: context.at.chinaDate, amount: refund.amount,
                                                                     reference: "cancellation", note: policy.line == .pension ? "surrender value" : "cancellation refund"),
                    at: context.at, recordedAt: clock.now(), recordedBy: context.actor))
            }
            try session.policies.cancel(policy.number, on: date, refund: refund.amount, at: context.at)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: "cancelled", before: "in-force",
                after: try CanonicalJSON.encode(["on": date.description, "refund": refund.amount.yuanString, "rule": refund.explanation])))
            return (try session.policies.policy(policy.number, asOf: date), refund)
        }
    }
}
