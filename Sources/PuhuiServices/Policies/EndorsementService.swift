import PuhuiDomain

/// Changes to a policy mid-term. Each makes a new version of the cover from its effective date,
/// re-rated on the product version and rate tables of the policy's start, with the pro-rata
/// additional or return premium and its worksheet; underwriting accepts, refers or declines it
/// by the product's own rules. The policy keeps the segment it was issued with.
public struct EndorsementService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    public struct Result: Sendable, Encodable {
        public var endorsement: Endorsement
        public var decision: UnderwritingDecision.Outcome
        public var reasons: [String]
        /// The policy as of the effective date, when the change is in force.
        public var policy: Policy?
    }

    public func endorse(_ number: String, effective: CivilDate, change: EndorsementChange, documents: [String] = [],
                        _ context: ActionContext) throws -> Result {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        return try storage.write { session in try endorse(number, effective: effective, change: change, documents: documents, context, session) }
    }

    /// The same inside a caller's transaction.
    public func endorse(_ number: String, effective: CivilDate, change: EndorsementChange, documents: [String] = [],
                        _ context: ActionContext, _ session: any StorageSession) throws -> Result {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        let today = context.at.chinaDate
        let policy = try session.policies.policy(number, asOf: effective)
        let policyID = try session.policies.policyID(policy.number)
        let stored = try session.catalog.product(code: policy.productCode, version: policy.productVersion)
        let product = stored.product
        try checkChangeable(policy, policyID: policyID, effective: effective, today: today, product: product, session)
        let application = try session.policies.application(policy.application)
        let current = policy.latestCover
        var riskText = try current.endorsement.map { try session.servicing.endorsement($0).riskText } ?? application.riskText
        var insured = current.insured.map(\.party)
        let source: String
        switch change {
        case let .risk(text, file):
            riskText = text
            source = file
        case let .addInsured(persons):
            source = "endorsement of \(policy.number)"
            guard product.line.insuresPersons else { throw PuhuiError.invalid("\(product.code) (\(product.line.rawValue)) does not insure persons", field: "insured") }
            for person in persons {
                let reference = Reference.normalized(person.party)
                if insured.contains(reference) { throw PuhuiError.invalid("\(reference) is already insured under policy \(policy.number)", field: "insured") }
                insured.append(reference)
            }
            riskText = try RiskEdit.addingInsured(persons.map(\.fields), existing: current.insured.count, to: riskText, source: source)
        case let .removeInsured(parties):
            source = "endorsement of \(policy.number)"
            var positions: Set<Int> = []
            for party in parties {
                let reference = Reference.normalized(party)
                guard let index = current.insured.firstIndex(where: { $0.party == reference }) else {
                    throw PuhuiError.invalid("\(reference) is not insured under policy \(policy.number)", field: "insured")
                }
                positions.insert(index + 1)
            }
            insured = current.insured.enumerated().filter { !positions.contains($0.offset + 1) }.map(\.element.party)
            if insured.isEmpty { throw PuhuiError.invalid("policy \(policy.number) would insure nobody; cancel it instead", field: "insured") }
            riskText = try RiskEdit.removingInsured(positions: positions, from: riskText, source: source)
        }
        let parties = try insured.map { reference -> Party in
            let party = try session.parties.party(reference)
            guard party.kind == .person, party.identifier != nil, party.birthDate != nil else {
                throw PuhuiError.invalid("insured \(party.reference) is not a person with a valid resident identity number", field: "insured")
            }
            return party
        }
        let documentCodes = product.underwriting.documents.map(\.code)
        for document in documents where !documentCodes.contains(document) {
            throw PuhuiError.invalid("document '\(document)' is not on \(product.code)'s list (\(documentCodes.joined(separator: ", ")))", field: "documents")
        }
        let underwriting = UnderwritingService(storage: storage, clock: clock)
        let evaluation = try underwriting.evaluate(stored, riskText: riskText, source: source, insured: parties, segment: policy.segment,
                                                   documents: application.documentsProvided + documents, ratingDate: policy.startDate,
                                                   startDate: policy.startDate, session, cache: nil)
        let quote = evaluation.quote, decision = evaluation.decision
        let adjustment = decision.outcome == .decline ? nil
            : try EndorsementPremium.adjustment(before: current.premium, after: quote.premium, start: policy.startDate, end: policy.endDate,
                                                effective: effective, rule: product.rating.rounding)
        let reference = try session.nextReference(.endorsement, year: today.year)
        let premiums = quote.insuredPersons ?? []
        let version = (policy.versions.last?.version ?? 1) + 1
        let status: Endorsement.Status = decision.outcome == .accept ? .inForce : (decision.outcome == .refer ? .referred : .declined)
        var storedQuote = quote
        storedQuote.worksheet = []
        let endorsement = Endorsement(
            reference: reference, policy: policy.number, change: change.name, effectiveFrom: effective, status: status,
            version: status == .inForce ? version : nil, premiumBefore: current.premium, premium: quote.premium,
            sumInsured: SumInsuredRule.of(quote), adjustment: adjustment?.amount ?? .zero, dueOn: max(effective, today), coverages: quote.coverages,
            insured: insured.enumerated().map { index, party in
                Policy.Insured(position: index + 1, party: party, premium: premiums.first { $0.index == index + 1 }?.premium ?? .zero)
            },
            riskText: riskText, quote: storedQuote, worksheet: quote.worksheet + (adjustment?.steps ?? []), firedRules: decision.firedRules,
            requestedAt: context.at, requestedBy: context.actor, decidedAt: status == .referred ? nil : context.at,
            decidedBy: status == .referred ? nil : "rules", decisionNote: nil)
        try session.servicing.insertEndorsement(endorsement, policyID: policyID)
        try session.audit.record(AuditEvent(
            at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number,
            action: "endorsement \(status == .inForce ? "accepted" : decision.outcome == .refer ? "referred" : "declined")",
            after: try CanonicalJSON.encode(["endorsement": reference, "change": change.name, "effective": effective.description,
                                             "premiumBefore": current.premium.yuanString, "premium": quote.premium.yuanString,
                                             "adjustment": (adjustment?.amount ?? .zero).yuanString, "decision": decision.outcome.rawValue])))
        return Result(endorsement: endorsement, decision: decision.outcome, reasons: decision.reasons,
                      policy: status == .inForce ? try session.policies.policy(policy.number, asOf: effective) : nil)
    }

    /// What makes a policy unchangeable on `effective`.
    func checkChangeable(_ policy: Policy, policyID: Int64, effective: CivilDate, today: CivilDate, product: Product,
                         _ session: any StorageSession) throws {
        if policy.line == .pension {
            throw PuhuiError.refused("policy \(policy.number) is a pension account: it changes by its contributions, not by endorsement")
        }
        if let cancelled = policy.cancelledOn { throw PuhuiError.refused("policy \(policy.number) was cancelled from \(cancelled)") }
        guard effective >= policy.startDate, effective <= policy.endDate else {
            throw PuhuiError.invalid("policy \(policy.number) runs \(policy.startDate) to \(policy.endDate); a change cannot take effect on \(effective)", field: "effective")
        }
        if let lapse = policy.lapse(on: effective) {
            throw PuhuiError.refused("policy \(policy.number) lapsed from \(lapse.lapsedFrom); reinstate it before changing it")
        }
        let latest = policy.latestCover
        if effective < latest.effectiveFrom {
            throw PuhuiError.invalid("policy \(policy.number): version \(latest.version) of its cover is in force from \(latest.effectiveFrom); a change takes effect on or after it", field: "effective")
        }
        let earliest = today.adding(days: -product.servicingRules.endorsements.backdateDays)
        if effective < earliest {
            throw PuhuiError.invalid("a change effective \(effective) is back-dated more than the \(product.servicingRules.endorsements.backdateDays) days \(product.code) allows (from \(earliest))", field: "effective")
        }
        if let waiting = try session.servicing.endorsements(policyID: policyID).first(where: { $0.status == .referred }) {
            throw PuhuiError.refused("policy \(policy.number): endorsement \(waiting.reference) is waiting for an underwriter; decide it first")
        }
    }
}
