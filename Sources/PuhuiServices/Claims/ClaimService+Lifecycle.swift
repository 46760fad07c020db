import PuhuiDomain

extension ClaimService {
    /// The written rejection notice with reasons after a not-covered decision (Art. 24).
    public func rejectNotice(_ reference: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try rejectNotice(reference, context, session) }
    }

    /// The same inside a caller's transaction.
    public func rejectNotice(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try act(reference, .rejectNotice, context, session) { claim, _ in
            guard claim.covered == false else {
                throw PuhuiError.refused("claim \(claim.reference) was decided covered; agree the amount instead")
            }
            claim.state = .rejected
            claim.rejectionNoticeAt = context.at
            claim.reserve = .zero
            return ("written rejection notice sent: \(claim.decisionReason ?? "")", claim)
        }
    }

    /// Closes a claim paid in full (or agreed at nothing to pay); the reserve is released.
    public func close(_ reference: String, _ context: ActionContext) throws -> Claim {
        try transaction { session in try close(reference, context, session) }
    }

    /// The same inside a caller's transaction.
    public func close(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try act(reference, .close, context, session) { claim, _ in
            let remaining = (claim.payable?.fen ?? 0) - claim.paid.fen
            if remaining > 0 {
                throw PuhuiError.refused("claim \(claim.reference): \(Money(fen: remaining).yuanString) of the payable \(claim.payable?.yuanString ?? "0.00") remains to be paid")
            }
            if try session.claims.payments(claimID: claim.id).contains(where: { $0.status == .pending }) {
                throw PuhuiError.refused("claim \(claim.reference) has a payment waiting for approval")
            }
            let released = claim.reserve
            claim.state = .closed
            claim.closedAt = context.at
            claim.reserve = .zero
            return ("closed; paid \(claim.paid.yuanString); reserve \(released.yuanString) released", claim)
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
