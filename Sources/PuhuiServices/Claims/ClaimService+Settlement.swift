import PuhuiDomain

extension ClaimService {
    /// The decision on cover; a not-covered decision needs its reason (the written notice of
    /// Art. 24 must give it).
    public func decide(_ reference: String, covered: Bool, reason: String?, _ context: ActionContext) throws -> Claim {
        try transaction { session in try decide(reference, covered: covered, reason: reason, context, session) }
    }

    /// The same inside a caller's transaction.
    public func decide(_ reference: String, covered: Bool, reason: String?, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if !covered && (reason ?? "").isEmpty { throw PuhuiError.invalid("a not-covered decision needs a reason", field: "reason") }
        return try act(reference, .decide, context, session) { claim, _ in
            claim.state = .decided
            claim.covered = covered
            claim.decisionReason = reason
            claim.decidedAt = context.at
            if claim.documentsCompleteAt == nil { claim.documentsCompleteAt = context.at }
            if !covered { claim.reserve = .zero }
            return (covered ? "covered" + (reason.map { ": \($0)" } ?? "") : "not covered: \(reason ?? "")", claim)
        }
    }

    /// Agrees the amount of a covered loss; the deductible, indemnity percentage and limit of the
    /// coverage are applied and shown.
    public func agree(_ reference: String, loss: Money, _ context: ActionContext) throws -> Settlement {
        try transaction { session in try agree(reference, loss: loss, context, session) }
    }

    /// The same inside a caller's transaction.
    public func agree(_ reference: String, loss: Money, _ context: ActionContext, _ session: any StorageSession) throws -> Settlement {
        try act(reference, .agree, context, session) { claim, product in
            guard claim.covered == true else {
                throw PuhuiError.refused("claim \(claim.reference) was decided not covered; send the rejection notice (reject-notice) instead")
            }
            // The coverage as it stood on the loss date (an endorsement since does not change it).
            guard let coverage = try session.policies.coverage(policyID: claim.policyID, code: claim.coverage, on: claim.lossDate) else {
                throw PuhuiError.corrupt(table: "policy_coverage", row: claim.policyNumber, "coverage \(claim.coverage) in force on \(claim.lossDate) is missing")
            }
            let used = coverage.aggregateLimit == nil ? Money.zero
                : try session.claims.aggregateUsed(policyID: claim.policyID, coverage: claim.coverage, excludingClaim: claim.id)
            var settlement = Settlement.settle(loss: loss, coverage: coverage, aggregateUsed: used, alreadyPaid: claim.paid,
                                               rule: product.rating.rounding)
            try deductUnpaidPremium(&settlement, claim, product, context, session)
            if settlement.payable < claim.paid {
                throw PuhuiError.refused("claim \(claim.reference): the payable \(settlement.payable.yuanString) is less than the \(claim.paid.yuanString) already paid")
            }
            claim.state = .agreed
            claim.agreedLoss = loss
            claim.payable = settlement.payable
            claim.agreedAt = context.at
            claim.reserve = settlement.remaining
            if settlement.remaining == .zero { claim.paidInFullAt = context.at }
            return (settlement.steps.joined(separator: "; "), settlement)
        }
    }

    /// A payment, or an advance (Art. 25) before the amount is agreed. Above the adjuster's
    /// authority it is recorded as a request waiting for an approver with enough authority.
    public enum PaymentOutcome: Sendable {
        case paid(ClaimPayment)
        case pending(ClaimPayment, approvers: [String], limit: Money)
    }

    public func pay(_ reference: String, amount: Money, advance: Bool, _ context: ActionContext) throws -> PaymentOutcome {
        try transaction { session in try pay(reference, amount: amount, advance: advance, context, session) }
    }

    /// The same inside a caller's transaction.
    public func pay(_ reference: String, amount: Money, advance: Bool, _ context: ActionContext, _ session: any StorageSession) throws -> PaymentOutcome {
        guard amount.fen > 0 else { throw PuhuiError.invalid("a payment must be above zero", field: "amount") }
        return try act(reference, advance ? .advance : .pay, context, session) { claim, product in
            if advance && claim.covered == false {
                throw PuhuiError.refused("claim \(claim.reference) was decided not covered; no advance is owed")
            }
            let ceiling = advance ? Money(fen: claim.reserve.fen) : Money(fen: (claim.payable?.fen ?? 0) - claim.paid.fen)
            if amount > ceiling {
                throw PuhuiError.refused("claim \(claim.reference): \(amount.yuanString) exceeds the \(ceiling.yuanString) \(advance ? "reserved for it" : "that remains to be paid")")
            }
            let payments = try session.claims.payments(claimID: claim.id)
            if payments.contains(where: { $0.status == .pending }) {
                throw PuhuiError.refused("claim \(claim.reference) has a payment waiting for approval; approve it first")
            }
            let number = (payments.map(\.number).max() ?? 0) + 1
            let authority = try authority(session)
            let date = context.at.chinaDate
            let limit = authority.limit(of: context.actor, .claims, on: claim.line, date: date) ?? .zero
            if amount > limit {
                let payment = ClaimPayment(number: number, amount: amount, advance: advance, status: .pending, requestedBy: context.actor,
                                           requestedAt: context.at, approvedBy: nil, paidAt: nil)
                try session.claims.insertPayment(claimID: claim.id, payment)
                let approvers = authority.usersWhoMay(.claims, amount, on: claim.line, date: date,
                                                      among: try session.users.users(withRole: .approver).filter { $0 != context.actor })
                return ("payment \(number) of \(amount.yuanString) exceeds \(context.actor)'s authority of \(limit.yuanString); waiting for approval by \(approvers.joined(separator: " or "))",
                        .pending(payment, approvers: approvers, limit: limit))
            }
            let payment = ClaimPayment(number: number, amount: amount, advance: advance, status: .paid, requestedBy: context.actor,
                                       requestedAt: context.at, approvedBy: context.actor, paidAt: context.at)
            try session.claims.insertPayment(claimID: claim.id, payment)
            claim.record(payment, at: context.at)
            var detail = claim.describe(payment)
            if let letter = try paymentAdvice(payment, claim, product, context, session) { detail += "; " + letter.eventText }
            return (detail, .paid(payment))
        }
    }

    /// Approves the claim's payment waiting for approval; the approver must hold the authority
    /// and must not be the adjuster who asked for it.
    public func approvePayment(_ reference: String, _ context: ActionContext) throws -> ClaimPayment {
        try transaction { session in try approvePayment(reference, context, session) }
    }

    /// The same inside a caller's transaction.
    public func approvePayment(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> ClaimPayment {
        try act(reference, .approvePayment, context, session) { claim, product in
            guard var payment = try session.claims.payments(claimID: claim.id).first(where: { $0.status == .pending }) else {
                throw PuhuiError.refused("claim \(claim.reference) has no payment waiting for approval")
            }
            if payment.requestedBy == context.actor {
                throw PuhuiError(.unauthorized, "claim \(claim.reference): \(context.actor) asked for payment \(payment.number) and cannot also approve it")
            }
            let date = context.at.chinaDate
            let authority = try authority(session)
            let limit = authority.limit(of: context.actor, .claims, on: claim.line, date: date)
            if limit.map({ payment.amount > $0 }) ?? true {
                let others = authority.usersWhoMay(.claims, payment.amount, on: claim.line, date: date,
                                                   among: try session.users.users(withRole: .approver).filter { $0 != context.actor && $0 != payment.requestedBy })
                let who = others.isEmpty ? "nobody has that authority" : "\(others.joined(separator: " or ")) may"
                guard let limit else {
                    throw PuhuiError(.unauthorized, "claim \(claim.reference): \(context.actor) holds no payment authority on \(claim.line.rawValue) (payment \(payment.amount.yuanString)); \(who)")
                }
                throw PuhuiError(.unauthorized, "claim \(claim.reference): payment \(payment.amount.yuanString) exceeds \(context.actor)'s authority of \(limit.yuanString) on \(claim.line.rawValue); \(who)")
            }
            let ceiling = payment.advance ? claim.reserve : Money(fen: (claim.payable?.fen ?? 0) - claim.paid.fen)
            if payment.amount > ceiling {
                throw PuhuiError.refused("claim \(claim.reference): payment \(payment.number) of \(payment.amount.yuanString) now exceeds the \(ceiling.yuanString) left to pay")
            }
            try session.claims.markPaymentPaid(claimID: claim.id, number: payment.number, approvedBy: context.actor, at: context.at)
            payment.status = .paid
            payment.approvedBy = context.actor
            payment.paidAt = context.at
            claim.record(payment, at: context.at)
            var detail = "approved: " + claim.describe(payment)
            if let letter = try paymentAdvice(payment, claim, product, context, session) { detail += "; " + letter.eventText }
            return (detail, payment)
        }
    }

    /// A loss in the grace period of premium still unpaid, under a product that covers it with
    /// the premium deducted: the premium owed by the loss date comes off what remains to pay,
    /// and is received on the policy's ledger as a deduction from the claim.
    func deductUnpaidPremium(_ settlement: inout Settlement, _ claim: Claim, _ product: Product, _ context: ActionContext,
                             _ session: any StorageSession) throws {
        guard claim.line != .pension, product.servicingRules.premiums.lossInGrace == .coveredPremiumDeducted else { return }
        let account = try session.servicing.ledgerPolicy(claim.policyNumber)
        let date = context.at.chinaDate
        let ledger = account.ledger(asOf: max(date, claim.lossDate))
        guard let unpaid = ledger.unpaid(on: claim.lossDate), unpaid.paidOn == nil else { return }
        let deduction = min(ledger.outstanding(dueBy: claim.lossDate), settlement.remaining)
        guard deduction.fen > 0 else { return }
        settlement.deductPremium(deduction, reason: "\(unpaid.due.label) due \(unpaid.due.dueDate), unpaid at the loss in its grace period")
        let entry = PremiumLedger.Entry(kind: .claimDeduction, date: date, amount: deduction, reference: claim.reference,
                                        note: "deducted from the claim payment")
        try PremiumService(storage: storage, clock: clock).record(entry, on: account, context, session, action: "premium deducted from claim")
    }
}
