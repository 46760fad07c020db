import PuhuiDomain

/// Referred endorsements: an underwriter with the authority (not the one who asked for the
/// change) approves or declines; and reading endorsements back.
extension EndorsementService {
    public func approve(_ reference: String, note: String?, _ context: ActionContext) throws -> Result {
        try context.authorize(.decideReferral)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            let endorsement = try referred(reference, session)
            if endorsement.requestedBy == context.actor {
                throw PuhuiError(.unauthorized, "endorsement \(endorsement.reference): \(context.actor) asked for it and cannot also approve it; another underwriter must")
            }
            let measure = AuthorityMeasure.of(endorsement.quote, fallback: endorsement.sumInsured)
            let authority = AuthorityBook(grants: try session.users.grants(kind: .underwriting))
            let date = context.at.chinaDate
            let line = endorsement.quote.line
            if let limit = authority.limit(of: context.actor, .underwriting, on: line, date: date) {
                if measure.amount > limit {
                    throw PuhuiError(.unauthorized, "endorsement \(endorsement.reference): \(measure.name) \(measure.amount.yuanString) exceeds \(context.actor)'s authority of \(limit.yuanString) on \(line.rawValue)")
                }
            } else {
                throw PuhuiError(.unauthorized, "endorsement \(endorsement.reference): \(context.actor) holds no underwriting authority on \(line.rawValue) (\(measure.name) \(measure.amount.yuanString))")
            }
            if context.at < endorsement.requestedAt {
                throw PuhuiError.invalid("at \(context.at) is before the endorsement was asked for (\(endorsement.requestedAt))", field: "at")
            }
            let policy = try session.policies.policy(endorsement.policy, asOf: endorsement.effectiveFrom)
            if let cancelled = policy.cancelledOn { throw PuhuiError.refused("policy \(policy.number) was cancelled from \(cancelled)") }
            let version = (policy.versions.last?.version ?? 1) + 1
            try session.servicing.decideEndorsement(endorsement.reference, status: .inForce, version: version, at: context.at, by: context.actor, note: note)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: "endorsement approved", before: "referred",
                after: try CanonicalJSON.encode(["endorsement": endorsement.reference, "version": String(version), "note": note ?? "",
                                                 "authority": "\(measure.name) \(measure.amount.yuanString)"])))
            var decided = try session.servicing.endorsement(endorsement.reference)
            decided.worksheet = endorsement.worksheet
            return Result(endorsement: decided, decision: .accept, reasons: [],
                          policy: try session.policies.policy(policy.number, asOf: endorsement.effectiveFrom))
        }
    }

    public func decline(_ reference: String, reason: String, _ context: ActionContext) throws -> Result {
        try context.authorize(.decideReferral)
        try context.checkNotInFuture(clock)
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("a decline needs a reason", field: "reason") }
        return try storage.write { session in
            let endorsement = try referred(reference, session)
            if context.at < endorsement.requestedAt {
                throw PuhuiError.invalid("at \(context.at) is before the endorsement was asked for (\(endorsement.requestedAt))", field: "at")
            }
            try session.servicing.decideEndorsement(endorsement.reference, status: .declined, version: nil, at: context.at, by: context.actor, note: reason)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: endorsement.policy, action: "endorsement declined", before: "referred",
                after: try CanonicalJSON.encode(["endorsement": endorsement.reference, "reason": reason])))
            return Result(endorsement: try session.servicing.endorsement(endorsement.reference), decision: .decline, reasons: [reason], policy: nil)
        }
    }

    func referred(_ reference: String, _ session: any StorageSession) throws -> Endorsement {
        let endorsement = try session.servicing.endorsement(reference)
        guard endorsement.status == .referred else {
            throw PuhuiError.refused("endorsement \(endorsement.reference) is \(endorsement.status.rawValue), not waiting for an underwriter")
        }
        return endorsement
    }

    /// One endorsement with its worksheet; a customer sees only those of their own policies.
    public func endorsement(_ reference: String, _ context: ActionContext) throws -> Endorsement {
        try context.authorize(.readPolicies)
        return try storage.read { session in
            let endorsement = try session.servicing.endorsement(reference)
            let policy = try session.policies.policy(endorsement.policy, asOf: endorsement.effectiveFrom)
            guard PolicyService.mayAccess(policy, context.user) else {
                throw PuhuiError.notFound("endorsement \(Reference.normalized(reference)) does not exist")
            }
            return endorsement
        }
    }

    /// Every endorsement of a policy, oldest first.
    public func endorsements(policy number: String, _ context: ActionContext) throws -> [Endorsement] {
        try context.authorize(.readPolicies)
        return try storage.read { session in
            let policy = try session.policies.policy(number, asOf: context.at.chinaDate)
            guard PolicyService.mayAccess(policy, context.user) else { throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist") }
            return try session.servicing.endorsements(policyID: try session.policies.policyID(policy.number))
        }
    }

    /// Endorsements waiting for an underwriter, oldest first.
    public func queue(_ context: ActionContext) throws -> [Endorsement] {
        try context.authorize(.readUnderwriting)
        return try storage.read { try $0.servicing.referredEndorsements() }
    }
}
