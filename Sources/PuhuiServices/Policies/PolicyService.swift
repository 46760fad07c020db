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

    /// Whether `user` may see `policy`: staff may; a customer when they hold it or are insured by it.
    public static func mayAccess(_ policy: Policy, _ user: AuthenticatedUser) -> Bool {
        user.mayAccess(parties: [policy.holder] + policy.insured.map(\.party))
    }

    /// Policies, newest first; a customer's list holds their own only.
    public func list(_ filter: PolicyFilter, _ context: ActionContext) throws -> [Policy] {
        try context.authorize(.readPolicies)
        guard context.user.isCustomer else { return try storage.read { try $0.policies.policies(filter) } }
        var own = filter
        own.holder = context.user.party ?? "-"
        return try storage.read { try $0.policies.policies(own) }
    }

    /// Cancels a policy from `date` (cover ends at the end of that day), refunding by the
    /// product's rule.
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
            let shortRate = try product.cancellation.table.flatMap { try session.catalog.rateTable($0, on: policy.startDate) }.map(RateIndex.init)
            let refund = try Cancellation.refund(product: product, start: policy.startDate, end: policy.endDate, premium: policy.premium,
                                                 on: date, shortRateTable: shortRate)
            try session.policies.cancel(policy.number, on: date, refund: refund.amount, at: context.at)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: "cancelled", before: "in-force",
                after: try CanonicalJSON.encode(["on": date.description, "refund": refund.amount.yuanString, "rule": refund.explanation])))
            return (try session.policies.policy(policy.number, asOf: date), refund)
        }
    }
}
