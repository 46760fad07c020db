import Foundation
import GRDB

extension ClaimService {
    /// The written rejection notice with reasons after a not-covered decision (Art. 24).
    public func rejectNotice(_ reference: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try rejectNotice(reference, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func rejectNotice(_ reference: String, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        return try act(reference, .rejectNotice, actor, db) { claim, _ in
            guard claim.covered == false else {
                throw PuhuiError.refused("claim \(claim.reference) was decided covered; agree the amount instead")
            }
            claim.state = .rejected
            claim.rejectionNoticeAt = actor.at
            claim.reserve = .zero
            return ("written rejection notice sent: \(claim.decisionReason ?? "")", claim)
        }
    }

    /// Closes a claim paid in full (or agreed at nothing to pay); the reserve is released.
    public func close(_ reference: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try close(reference, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func close(_ reference: String, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        return try act(reference, .close, actor, db) { claim, _ in
            let remaining = (claim.payable?.fen ?? 0) - claim.paid.fen
            if remaining > 0 {
                throw PuhuiError.refused("claim \(claim.reference): \(Money(fen: remaining).yuanString) of the payable \(claim.payable?.yuanString ?? "0.00") remains to be paid")
            }
            if try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM claim_payment WHERE claim_id = ? AND status = 'pending'"), arguments: [claim.id]) ?? 0 > 0 {
                throw PuhuiError.refused("claim \(claim.reference) has a payment waiting for approval")
            }
            let released = claim.reserve
            claim.state = .closed
            claim.closedAt = actor.at
            claim.reserve = .zero
            return ("closed; paid \(claim.paid.yuanString); reserve \(released.yuanString) released", claim)
        }
    }

    /// Reopens a closed, rejected or withdrawn claim: a new cycle whose decision clock runs from
    /// now (the file is complete as it stood); earlier cycles' clocks are kept as they ended.
    public func reopen(_ reference: String, reason: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try reopen(reference, reason: reason, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func reopen(_ reference: String, reason: String, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("reopening needs --reason") }
        return try act(reference, .reopen, actor, db) { claim, _ in
            claim.state = .reopened
            claim.cycle += 1
            claim.reopenedAt = actor.at
            claim.documentsCompleteAt = actor.at
            claim.decidedAt = nil
            claim.covered = nil
            claim.decisionReason = nil
            claim.agreedAt = nil
            claim.agreedLoss = nil
            claim.payable = nil
            claim.paidInFullAt = nil
            claim.firstAdvanceAt = nil
            claim.rejectionNoticeAt = nil
            claim.closedAt = nil
            claim.withdrawnAt = nil
            return ("reopened (cycle \(claim.cycle)): \(reason)", claim)
        }
    }

    /// Sets the reserve (what the claim is expected to cost from here) with the reason.
    public func setReserve(_ reference: String, amount: Money, reason: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try setReserve(reference, amount: amount, reason: reason, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func setReserve(_ reference: String, amount: Money, reason: String, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        guard amount.fen >= 0 else { throw PuhuiError.invalid("a reserve cannot be negative") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("a reserve change needs --reason") }
        return try act(reference, .reserve, actor, db) { claim, _ in
            let before = claim.reserve
            claim.reserve = amount
            return ("reserve \(before.yuanString) → \(amount.yuanString): \(reason)", claim)
        }
    }

    /// The claimant withdraws the claim (before anything was paid).
    public func withdraw(_ reference: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try withdraw(reference, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func withdraw(_ reference: String, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        return try act(reference, .withdraw, actor, db) { claim, _ in
            if claim.paid > .zero {
                throw PuhuiError.refused("claim \(claim.reference): \(claim.paid.yuanString) has been paid; close it instead of withdrawing")
            }
            claim.state = .withdrawn
            claim.withdrawnAt = actor.at
            claim.reserve = .zero
            return ("withdrawn by the claimant", claim)
        }
    }
}
