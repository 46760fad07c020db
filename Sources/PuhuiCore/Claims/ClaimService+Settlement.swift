import Foundation
import GRDB

extension ClaimService {
    /// The decision on cover; a not-covered decision needs its reason (the written notice of
    /// Art. 24 must give it).
    public func decide(_ reference: String, covered: Bool, reason: String?, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Claim {
        try writer.write { db in try decide(reference, covered: covered, reason: reason, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func decide(_ reference: String, covered: Bool, reason: String?, _ actor: ClaimActor, _ db: Database) throws -> Claim {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if !covered && (reason ?? "").isEmpty { throw PuhuiError.invalid("a not-covered decision needs --reason") }
        return try act(reference, .decide, actor, db) { claim, _ in
            claim.state = .decided
            claim.covered = covered
            claim.decisionReason = reason
            claim.decidedAt = actor.at
            if claim.documentsCompleteAt == nil { claim.documentsCompleteAt = actor.at }
            if !covered { claim.reserve = .zero }
            return (covered ? "covered" + (reason.map { ": \($0)" } ?? "") : "not covered: \(reason ?? "")", claim)
        }
    }

    /// The steps from an agreed loss to what is payable: deductible, indemnity percentage, limit.
    public struct Settlement: Sendable, Codable, Hashable {
        public var loss: Money
        public var deductible: Money
        public var afterDeductible: Money
        public var indemnityPercent: ExactDecimal?
        public var indemnified: Money
        public var limit: Money
        public var limitNote: String
        public var payable: Money
        public var alreadyPaid: Money
        public var remaining: Money
        public var steps: [String]
    }

    /// Agrees the amount of a covered loss; the deductible, indemnity percentage and limit of the
    /// coverage are applied and shown.
    public func agree(_ reference: String, loss: Money, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Settlement {
        try writer.write { db in try agree(reference, loss: loss, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func agree(_ reference: String, loss: Money, _ actor: ClaimActor, _ db: Database) throws -> Settlement {
        return try act(reference, .agree, actor, db) { claim, product in
            guard claim.covered == true else {
                throw PuhuiError.refused("claim \(claim.reference) was decided not covered; send the rejection notice (reject-notice) instead")
            }
            let settlement = try settle(claim, loss: loss, product: product, db)
            if settlement.payable < claim.paid {
                throw PuhuiError.refused("claim \(claim.reference): the payable \(settlement.payable.yuanString) is less than the \(claim.paid.yuanString) already paid")
            }
            claim.state = .agreed
            claim.agreedLoss = loss
            claim.payable = settlement.payable
            claim.agreedAt = actor.at
            claim.reserve = settlement.remaining
            if settlement.remaining == .zero { claim.paidInFullAt = actor.at }
            return (settlement.steps.joined(separator: "; "), settlement)
        }
    }

    func settle(_ claim: Claim, loss: Money, product: Product, _ db: Database) throws -> Settlement {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM policy_coverage WHERE policy_id = ? AND code = ?"), arguments: [claim.policyID, claim.coverage]) else {
            throw PuhuiError(.corrupt, "policy \(claim.policyNumber) lost coverage \(claim.coverage)")
        }
        let rule = product.rating.rounding
        let amount = Money(fen: row["amount_fen"])
        let fixed = Money(fen: (row["deductible_fen"] as Int64?) ?? 0)
        let percent = (row["deductible_percent"] as String?).flatMap { ExactDecimal(parsing: $0) }
        let indemnity = (row["indemnity_percent"] as String?).flatMap { ExactDecimal(parsing: $0) }
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        var steps = ["agreed loss \(loss.yuanString)"]
        var deductible = fixed
        if let percent {
            let share = Money(yuan: loss.yuan * percent * hundredth, rounding: rule) ?? .zero
            deductible = max(fixed, share)
            steps.append("deductible the larger of \(fixed.yuanString) and \(percent)% of the loss (\(share.yuanString)): \(deductible.yuanString)")
        } else if fixed > .zero {
            steps.append("deductible \(fixed.yuanString)")
        }
        let afterDeductible = Money(fen: max(0, loss.fen - deductible.fen))
        var indemnified = afterDeductible
        if let indemnity, indemnity != ExactDecimal(100) {
            indemnified = Money(yuan: afterDeductible.yuan * indemnity * hundredth, rounding: rule) ?? .zero
            steps.append("× \(indemnity)% indemnity: \(indemnified.yuanString)")
        }
        // Per claim, the coverage amount; where the coverage has an aggregate limit, what other
        // claims of the policy have not used of it.
        var limit = amount
        var limitNote = "the \(claim.coverage) amount \(amount.yuanString)"
        if let aggregate = (row["aggregate_fen"] as Int64?).map({ Money(fen: $0) }) {
            let used = Money(fen: (try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT ifnull(sum(max(ifnull(payable_fen, 0), paid_fen)), 0) FROM claim WHERE policy_id = ? AND coverage = ? AND id != ?
                """), arguments: [claim.policyID, claim.coverage, claim.id])) ?? 0)
            let left = Money(fen: max(0, aggregate.fen - used.fen))
            if left < limit {
                limit = left
                limitNote = "what is left of the aggregate limit \(aggregate.yuanString) after \(used.yuanString) on other claims"
            }
        }
        let payable = min(indemnified, limit)
        steps.append(payable < indemnified ? "capped at \(limitNote): \(payable.yuanString)" : "within \(limitNote): payable \(payable.yuanString)")
        let remaining = Money(fen: max(0, payable.fen - claim.paid.fen))
        if claim.paid > .zero { steps.append("less \(claim.paid.yuanString) already paid: \(remaining.yuanString) to pay") }
        return Settlement(loss: loss, deductible: deductible, afterDeductible: afterDeductible, indemnityPercent: indemnity,
                          indemnified: indemnified, limit: limit, limitNote: limitNote, payable: payable, alreadyPaid: claim.paid,
                          remaining: remaining, steps: steps)
    }

    /// A payment, or an advance (Art. 25) before the amount is agreed. Above the adjuster's
    /// authority it is refused and recorded as a request waiting for approval.
    public enum PaymentOutcome: Sendable {
        case paid(ClaimPayment)
        case pending(ClaimPayment, approvers: [String], limit: Money)
    }

    public func pay(_ reference: String, amount: Money, advance: Bool, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> PaymentOutcome {
        try writer.write { db in try pay(reference, amount: amount, advance: advance, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func pay(_ reference: String, amount: Money, advance: Bool, _ actor: ClaimActor, _ db: Database) throws -> PaymentOutcome {
        guard amount.fen > 0 else { throw PuhuiError.invalid("a payment must be above zero") }
        return try act(reference, advance ? .advance : .pay, actor, db) { claim, _ in
            if advance && claim.covered == false {
                throw PuhuiError.refused("claim \(claim.reference) was decided not covered; no advance is owed")
            }
            let ceiling = advance ? Money(fen: claim.reserve.fen) : Money(fen: (claim.payable?.fen ?? 0) - claim.paid.fen)
            if amount > ceiling {
                throw PuhuiError.refused("claim \(claim.reference): \(amount.yuanString) exceeds the \(ceiling.yuanString) \(advance ? "reserved for it" : "that remains to be paid")")
            }
            if try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM claim_payment WHERE claim_id = ? AND status = 'pending'"), arguments: [claim.id]) ?? 0 > 0 {
                throw PuhuiError.refused("claim \(claim.reference) has a payment waiting for approval; approve it first (puhui claim approve-payment \(claim.reference))")
            }
            let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(number), 0) + 1 FROM claim_payment WHERE claim_id = ?"), arguments: [claim.id])) ?? 1
            let limit = adjusters.limit(of: actor.adjuster, on: claim.line) ?? .zero
            if amount > limit {
                try db.cachedStatement(sql: """
                    INSERT INTO claim_payment (claim_id, number, amount_fen, advance, status, requested_by, requested_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)
                    """).execute(arguments: [claim.id, number, amount.fen, advance, actor.adjuster, actor.at.secondsSinceEpoch])
                let approvers = adjusters.peopleWhoMayApprove(amount, on: claim.line).filter { $0 != actor.adjuster }
                let payment = ClaimPayment(number: number, amount: amount, advance: advance, status: .pending, requestedBy: actor.adjuster,
                                           requestedAt: actor.at, approvedBy: nil, paidAt: nil)
                return ("payment \(number) of \(amount.yuanString) exceeds \(actor.adjuster)'s authority of \(limit.yuanString); waiting for approval by \(approvers.joined(separator: " or "))",
                        .pending(payment, approvers: approvers, limit: limit))
            }
            try db.cachedStatement(sql: """
                INSERT INTO claim_payment (claim_id, number, amount_fen, advance, status, requested_by, requested_at, approved_by, paid_at)
                VALUES (?, ?, ?, ?, 'paid', ?, ?, ?, ?)
                """).execute(arguments: [claim.id, number, amount.fen, advance, actor.adjuster, actor.at.secondsSinceEpoch, actor.adjuster, actor.at.secondsSinceEpoch])
            let payment = ClaimPayment(number: number, amount: amount, advance: advance, status: .paid, requestedBy: actor.adjuster,
                                       requestedAt: actor.at, approvedBy: actor.adjuster, paidAt: actor.at)
            record(payment, on: &claim, at: actor.at)
            return (describe(payment, claim), .paid(payment))
        }
    }

    /// Approves the claim's payment waiting for approval; the approver must hold the authority
    /// and must not be the adjuster who asked for it.
    public func approvePayment(_ reference: String, _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> ClaimPayment {
        try writer.write { db in try approvePayment(reference, actor, db) }
    }

    /// The same inside a caller's transaction.
    public func approvePayment(_ reference: String, _ actor: ClaimActor, _ db: Database) throws -> ClaimPayment {
        return try act(reference, .approvePayment, actor, db) { claim, _ in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM claim_payment WHERE claim_id = ? AND status = 'pending'"), arguments: [claim.id]) else {
                throw PuhuiError.refused("claim \(claim.reference) has no payment waiting for approval")
            }
            var payment = ClaimPayment(number: row["number"], amount: Money(fen: row["amount_fen"]), advance: row["advance"], status: .pending,
                                       requestedBy: row["requested_by"], requestedAt: Instant(secondsSinceEpoch: row["requested_at"]),
                                       approvedBy: nil, paidAt: nil)
            if payment.requestedBy == actor.adjuster {
                throw PuhuiError(.unauthorized, "claim \(claim.reference): \(actor.adjuster) asked for payment \(payment.number) and cannot also approve it")
            }
            try adjusters.check(actor.adjuster, amount: payment.amount, on: claim.line, what: "claim \(claim.reference): payment")
            let ceiling = payment.advance ? claim.reserve : Money(fen: (claim.payable?.fen ?? 0) - claim.paid.fen)
            if payment.amount > ceiling {
                throw PuhuiError.refused("claim \(claim.reference): payment \(payment.number) of \(payment.amount.yuanString) now exceeds the \(ceiling.yuanString) left to pay")
            }
            try db.cachedStatement(sql: "UPDATE claim_payment SET status = 'paid', approved_by = ?, paid_at = ? WHERE claim_id = ? AND number = ?").execute(arguments: [actor.adjuster, actor.at.secondsSinceEpoch, claim.id, payment.number])
            payment.status = .paid
            payment.approvedBy = actor.adjuster
            payment.paidAt = actor.at
            record(payment, on: &claim, at: actor.at)
            return ("approved: " + describe(payment, claim), payment)
        }
    }

    /// A payment's effect on the claim: paid total, reserve released, state, clocks' times.
    func record(_ payment: ClaimPayment, on claim: inout Claim, at: Instant) {
        claim.paid += payment.amount
        claim.reserve = Money(fen: max(0, claim.reserve.fen - payment.amount.fen))
        if claim.firstPaidAt == nil { claim.firstPaidAt = at }
        if payment.advance {
            claim.advancePaid += payment.amount
            if claim.firstAdvanceAt == nil { claim.firstAdvanceAt = at }
        } else {
            claim.state = .paid
        }
        if let payable = claim.payable, claim.paid >= payable, claim.paidInFullAt == nil { claim.paidInFullAt = at }
    }

    func describe(_ payment: ClaimPayment, _ claim: Claim) -> String {
        let kind = payment.advance ? "advance payment" : "payment"
        var text = "\(kind) \(payment.number) of \(payment.amount.yuanString); paid in all \(claim.paid.yuanString)"
        if let payable = claim.payable { text += " of \(payable.yuanString)" }
        return text + "; reserve \(claim.reserve.yuanString)"
    }
}
