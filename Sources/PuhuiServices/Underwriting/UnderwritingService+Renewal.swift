import PuhuiDomain

/// Renewals: policies ending soon, and the next term offered on the product version and rate
/// tables in force at its start, with the loss-history factor from the policy's own claims;
/// accepted automatically within the product's renewal terms, else referred.
extension UnderwritingService {
    /// Renewable policies (not cancelled, not lapsed) ending from `asOf` to `days` later,
    /// soonest first.
    public func renewalsDue(within days: Int, asOf: CivilDate, _ context: ActionContext) throws -> [RenewalDue] {
        try context.authorize(.readArrears)
        guard days >= 0 else { throw PuhuiError.invalid("the days ahead must be 0 or more, not \(days)", field: "dueWithin") }
        return try storage.read { session in
            let cache = ServicingCache()
            return try session.servicing.renewalsDue(endingFrom: asOf, to: asOf.adding(days: days)).filter { due in
                try cache.product(code: due.productCode, version: due.productVersion, session.catalog).servicingRules.renewal.allowed
            }
        }
    }

    func renewalRows(endingFrom from: CivilDate, to: CivilDate, _ session: any StorageSession) throws -> [RenewalStats.Row] {
        let cache = ServicingCache()
        return try session.servicing.renewalOutcomes(endingFrom: from, to: to).filter {
            try cache.product(code: $0.productCode, version: $0.productVersion, session.catalog).servicingRules.renewal.allowed
        }.map(\.row)
    }

    /// A renewal offered: the application for the next term and what underwriting decided.
    public struct RenewalOffer: Sendable, Encodable {
        public var previous: String
        public var previousPremium: Money
        /// The claims counted for the loss-history factor.
        public var claimsCounted: Int
        public var lossHistoryField: String?
        public var result: ApplicationResult
    }

    /// Offers the next term of policy `number`.
    public func renew(_ number: String, _ context: ActionContext) throws -> RenewalOffer {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        return try storage.write { session in try renew(number, context, session) }
    }

    /// The same inside a caller's transaction; bulk work passes its caches.
    public func renew(_ number: String, _ context: ActionContext, _ session: any StorageSession, cache: RatingCache? = nil,
                      products: ServicingCache = ServicingCache()) throws -> RenewalOffer {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        let today = context.at.chinaDate
        let previous = try session.policies.policy(number, asOf: today)
        let terms = try products.product(code: previous.productCode, version: previous.productVersion, session.catalog).servicingRules.renewal
        guard terms.allowed else {
            throw PuhuiError.refused("policy \(previous.number): \(previous.productCode) v\(previous.productVersion) is not renewed (\(previous.line.rawValue) runs its own term)")
        }
        if previous.cancelledOn != nil { throw PuhuiError.refused("policy \(previous.number) was cancelled from \(previous.cancelledOn?.description ?? ""); it is not renewed") }
        if let lapse = previous.openLapse { throw PuhuiError.refused("policy \(previous.number) lapsed from \(lapse.lapsedFrom) and was not reinstated; it is not renewed") }
        let offerFrom = previous.endDate.adding(days: -terms.offerDays)
        if today < offerFrom {
            throw PuhuiError.refused("policy \(previous.number) ends on \(previous.endDate); renewal is offered from \(offerFrom) (\(terms.offerDays) days before)")
        }
        if today > previous.endDate {
            throw PuhuiError.refused("policy \(previous.number) ended on \(previous.endDate); apply for new cover instead")
        }
        let policyID = try session.policies.policyID(previous.number)
        if let live = try session.servicing.renewalApplications(previousPolicyID: policyID).last(where: { $0.status != .declined }) {
            throw PuhuiError.refused("policy \(previous.number) is already renewed by application \(live.application) (\(live.status.rawValue))")
        }
        let start = previous.endDate.adding(days: 1)
        let stored = try cache?.product(code: previous.productCode, on: start, session.catalog) ?? session.catalog.product(code: previous.productCode, on: start)
        let product = stored.product
        let application = try session.policies.application(previous.application)
        let cover = previous.latestCover
        var riskText = application.riskText
        if let endorsement = cover.endorsement { riskText = try session.servicing.endorsement(endorsement).riskText }
        let claims = RenewalRules.countedClaims(try session.servicing.lossHistory(policyID: policyID), start: start, years: terms.lossHistoryYears)
        let source = "renewal of \(previous.number)"
        if let field = terms.lossHistoryField {
            riskText = try RiskEdit.setting(field, to: .number(String(claims), line: 1, column: 1), in: riskText, source: source)
        }
        let holder = try session.parties.party(previous.holder)
        let insured = try cover.insured.map { try session.parties.party($0.party) }
        // A renewal is new business: the segment is derived again from the parties as they are now.
        let segment = ApplicationRisk.policySegment(holder: holder, insured: insured, line: product.line)
        guard product.segments.contains(segment) else {
            throw PuhuiError.refused("policy \(previous.number): \(segment == holder.segment ? "holder \(holder.reference)" : "the insured person") is now in segment \(segment.rawValue), which \(product.code) v\(product.version) does not serve; it is not renewed")
        }
        let frequency = product.paymentFrequencies.contains(previous.frequency) ? previous.frequency : product.paymentFrequencies.first ?? .annual
        let documents = application.documentsProvided.filter { code in product.underwriting.documents.contains { $0.code == code } }
        let evaluation = try evaluate(stored, riskText: riskText, source: source, insured: insured, segment: segment, documents: documents,
                                      ratingDate: start, startDate: start, session, cache: cache)
        var renewalRules = evaluation.decision.outcome == .decline ? []
            : RenewalRules.fired(product.servicingRules.renewal, claims: claims, previousPremium: cover.premium, premium: evaluation.quote.premium)
        if evaluation.decision.outcome != .decline, let arrears = RenewalRules.arrears(try session.servicing.ledgerPolicy(previous.number).ledger(asOf: today)) {
            renewalRules.append(arrears)
        }
        let decision = RenewalRules.combine(evaluation.decision, with: renewalRules)
        let result = try file(stored, holder: holder, insured: insured, segment: segment, startDate: start, frequency: frequency,
                              quote: evaluation.quote, decision: decision, riskText: riskText, documents: documents, context, session) { reference in
            try session.servicing.recordRenewal(application: reference, previousPolicyID: policyID, claims: claims, previousPremium: cover.premium,
                                                at: context.at, by: context.actor)
            try audit(session, context.at, context.actor, previous.number, "renewal offered",
                      after: try CanonicalJSON.encode(["application": reference, "start": start.description, "claimsCounted": String(claims),
                                                       "premium": evaluation.quote.premium.yuanString, "previousPremium": cover.premium.yuanString,
                                                       "decision": decision.outcome.rawValue]))
        }
        return RenewalOffer(previous: previous.number, previousPremium: cover.premium, claimsCounted: claims, lossHistoryField: terms.lossHistoryField,
                            result: result)
    }

    /// What a renewal run came to.
    public struct RenewalRun: Sendable, Encodable {
        public var asOf: CivilDate
        public var due: Int
        public var offers: [RenewalOffer]
        /// Policies the run could not renew, each with the reason.
        public var refused: [Refusal]

        public struct Refusal: Sendable, Encodable {
            public var policy: String
            public var reason: String
        }
    }

    /// Offers renewal to every renewable policy ending within `days` of the day of the context
    /// not yet renewed, each in a savepoint: one refused leaves the others standing.
    public func renewAll(dueWithin days: Int, _ context: ActionContext) throws -> RenewalRun {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        let today = context.at.chinaDate
        return try storage.write { session in
            let products = ServicingCache()
            let cache = RatingCache()
            let due = try session.servicing.renewalsDue(endingFrom: today, to: today.adding(days: days)).filter { due in
                try products.product(code: due.productCode, version: due.productVersion, session.catalog).servicingRules.renewal.allowed
                    && (due.renewalStatus == nil || due.renewalStatus == ApplicationRecord.Status.declined.rawValue)
            }
            var run = RenewalRun(asOf: today, due: due.count, offers: [], refused: [])
            for policy in due {
                do {
                    run.offers.append(try session.savepoint { try renew(policy.policy, context, session, cache: cache, products: products) })
                } catch let error as PuhuiError where error.code != .storage && error.code != .corrupt {
                    run.refused.append(.init(policy: policy.policy, reason: error.message))
                }
            }
            return run
        }
    }
}
