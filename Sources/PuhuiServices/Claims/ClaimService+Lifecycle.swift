import PuhuiDomain

extension ClaimService {
    /// The written rejection notice with reasons after a not-covered decision (Art. 24).
    public func rejectNotice(_ reference: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try rejectNotice(reference, context, session) }
    }

    /// The same inside a caller's transaction.
    public func rejectNotice(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try act(reference, .rejectNotice, context, session) { claim, product in
            guard claim.covered == false else {
                throw PuhuiError.refused("claim \(claim.reference) was decided covered; agree the amount instead")
            }
            claim.state = .rejected
            claim.rejectionNoticeAt = context.at
            claim.reserve = .zero
            var detail = "written rejection notice sent: \(claim.decisionReason ?? "")"
            if let letter = try rejectionNotice(claim, product, context, session) { detail += "; " + letter.eventText }
            return (detail, claim)
        }
    }

    /// Closes a claim paid in full (or agreed at nothing to pay); the reserve is released. After a
    /// partial payment the claimant may accept what was paid and waive the rest: with
    /// `waivingRestBecause`, the rest is recorded as waived with the reason, and the payment
    /// duty of Art. 23 ends with this closing (met if it is within the payment period).
    public func close(_ reference: String, waivingRestBecause reason: String? = nil, _ context: ActionContext) throws -> Claim {
        try transaction { session in try close(reference, waivingRestBecause: reason, context, session) }
    }

    /// The same inside a caller's transaction.
    public func close(_ reference: String, waivingRestBecause reason: String? = nil, _ context: ActionContext,
                      _ session: any StorageSession) throws -> Claim {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let reason, reason.isEmpty { throw PuhuiError.invalid("waiving the rest needs a reason", field: "reason") }
        return try act(reference, .close, context, session) { claim, _ in
            let remaining = (claim.payable?.fen ?? 0) - claim.paid.fen
            if try session.claims.payments(claimID: claim.id).contains(where: { $0.status == .pending }) {
                throw PuhuiError.refused("claim \(claim.reference) has a payment waiting for approval")
            }
            var waived: Money? = nil
            if remaining > 0 {
                guard let reason else {
                    throw PuhuiError.refused("claim \(claim.reference): \(Money(fen: remaining).yuanString) of the payable \(claim.payable?.yuanString ?? "0.00") remains to be paid; pay it, or close with the rest waived and the reason")
                }
                guard claim.paid > .zero else {
                    throw PuhuiError.refused("claim \(claim.reference): nothing has been paid; withdraw the claim rather than waive the whole payable amount")
                }
                let amount = Money(fen: remaining)
                try session.claims.insertWaiver(claimID: claim.id, ClaimWaiver(cycle: claim.cycle, amount: amount, reason: reason, at: context.at,
                                                                                actor: context.actor))
                if claim.paidInFullAt == nil { claim.paidInFullAt = context.at }
                waived = amount
            } else if reason != nil {
                throw PuhuiError.refused("claim \(claim.reference): nothing remains to be paid, so there is nothing to waive; close it without")
            }
            let released = claim.reserve
            claim.state = .closed
            claim.closedAt = context.at
            claim.reserve = .zero
            let waiver = waived.map { "; \($0.yuanString) of the payable \(claim.payable?.yuanString ?? "") waived: \(reason ?? "")" } ?? ""
            return ("closed; paid \(claim.paid.yuanString)\(waiver); reserve \(released.yuanString) released", claim)
        }
    }

    /// Reopens a closed, rejected or withdrawn claim: a new cycle whose decision clock runs from
    /// now (the file is complete as it stood); earlier cycles' clocks are kept as they ended.
    public func reopen(_ reference: String, reason: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try reopen(reference, reason: reason, context, session) }
    }

    /// The same inside a caller's transaction.
    public func reopen(_ reference: String, reason: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("reopening needs a reason", field: "reason") }
        return try act(reference, .reopen, context, session) { claim, _ in
            claim.reopen(at: context.at)
            return ("reopened (cycle \(claim.cycle)): \(reason)", claim)
        }
    }

    /// Sets the reserve (what the claim is expected to cost from here) with the reason.
    public func setReserve(_ reference: String, amount: Money, reason: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try setReserve(reference, amount: amount, reason: reason, context, session) }
    }

    /// The same inside a caller's transaction.
    public func setReserve(_ reference: String, amount: Money, reason: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        guard amount.fen >= 0 else { throw PuhuiError.invalid("a reserve cannot be negative", field: "amount") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("a reserve change needs a reason", field: "reason") }
        return try act(reference, .reserve, context, session) { claim, _ in
            let before = claim.reserve
            claim.reserve = amount
            return ("reserve \(before.yuanString) → \(amount.yuanString): \(reason)", claim)
        }
    }

    /// The claimant withdraws the claim (before anything was paid).
    public func withdraw(_ reference: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try withdraw(reference, context, session) }
    }

    /// The same inside a caller's transaction.
    public func withdraw(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try act(reference, .withdraw, context, session) { claim, _ in
            if claim.paid > .zero {
                throw PuhuiError.refused("claim \(claim.reference): \(claim.paid.yuanString) has been paid; close it instead of withdrawing")
            }
            claim.state = .withdrawn
            claim.withdrawnAt = context.at
            claim.reserve = .zero
            return ("withdrawn by the claimant", claim)
        }
    }
}
