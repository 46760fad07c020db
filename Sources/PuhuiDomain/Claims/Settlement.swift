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
    /// Premium unpaid at a loss in its grace period, deducted from what is payable.
    public var premiumDeducted: Money = .zero

    public init(loss: Money, deductible: Money, afterDeductible: Money, indemnityPercent: ExactDecimal? = nil, indemnified: Money, limit: Money, limitNote: String, payable: Money, alreadyPaid: Money, remaining: Money, steps: [String]) {
        self.loss = loss
        self.deductible = deductible
        self.afterDeductible = afterDeductible
        self.indemnityPercent = indemnityPercent
        self.indemnified = indemnified
        self.limit = limit
        self.limitNote = limitNote
        self.payable = payable
        self.alreadyPaid = alreadyPaid
        self.remaining = remaining
        self.steps = steps
    }

    /// Settles `loss` on `coverage` of a policy: the larger of the fixed deductible and its
    /// percentage of the loss, then the indemnity percentage, then the coverage amount or what
    /// other claims (`aggregateUsed`) left of its aggregate limit; less what was already paid.
    /// Each rounding goes through `rule`.
    public static func settle(loss: Money, coverage: QuotedCoverage, aggregateUsed: Money, alreadyPaid: Money,
                              rule: RoundingRule) -> Settlement {
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        let fixed = coverage.deductible ?? .zero
        var steps = ["agreed loss \(loss.yuanString)"]
        var deductible = fixed
        if let percent = coverage.deductiblePercent {
            let share = Money(yuan: loss.yuan * percent * hundredth, rounding: rule) ?? .zero
            deductible = max(fixed, share)
            steps.append("deductible the larger of \(fixed.yuanString) and \(percent)% of the loss (\(share.yuanString)): \(deductible.yuanString)")
        } else if fixed > .zero {
            steps.append("deductible \(fixed.yuanString)")
        }
        let afterDeductible = Money(fen: max(0, loss.fen - deductible.fen))
        var indemnified = afterDeductible
        if let indemnity = coverage.indemnityPercent, indemnity != ExactDecimal(100) {
            indemnified = Money(yuan: afterDeductible.yuan * indemnity * hundredth, rounding: rule) ?? .zero
            steps.append("× \(indemnity)% indemnity: \(indemnified.yuanString)")
        }
        var limit = coverage.amount
        var limitNote = "the \(coverage.code) amount \(coverage.amount.yuanString)"
        if let aggregate = coverage.aggregateLimit {
            let left = Money(fen: max(0, aggregate.fen - aggregateUsed.fen))
            if left < limit {
                limit = left
                limitNote = "what is left of the aggregate limit \(aggregate.yuanString) after \(aggregateUsed.yuanString) on other claims"
            }
        }
        let payable = min(indemnified, limit)
        steps.append(payable < indemnified ? "capped at \(limitNote): \(payable.yuanString)" : "within \(limitNote): payable \(payable.yuanString)")
        let remaining = Money(fen: max(0, payable.fen - alreadyPaid.fen))
        if alreadyPaid > .zero { steps.append("less \(alreadyPaid.yuanString) already paid: \(remaining.yuanString) to pay") }
        return Settlement(loss: loss, deductible: deductible, afterDeductible: afterDeductible, indemnityPercent: coverage.indemnityPercent,
                          indemnified: indemnified, limit: limit, limitNote: limitNote, payable: payable, alreadyPaid: alreadyPaid,
                          remaining: remaining, steps: steps)
    }
}

extension Settlement {
    /// Takes `amount` of unpaid premium off the payable and what remains to pay.
    public mutating func deductPremium(_ amount: Money, reason: String) {
        premiumDeducted += amount
        payable -= amount
        remaining -= amount
        steps.append("less unpaid premium \(amount.yuanString) (\(reason)): payable \(payable.yuanString)")
    }
}

extension Claim {
    /// A payment's effect on the claim: paid total, reserve released, state, clocks' times.
    public mutating func record(_ payment: ClaimPayment, at: Instant) {
        paid += payment.amount
        reserve = Money(fen: max(0, reserve.fen - payment.amount.fen))
        if firstPaidAt == nil { firstPaidAt = at }
        if payment.advance {
            advancePaid += payment.amount
            if firstAdvanceAt == nil { firstAdvanceAt = at }
        } else {
            state = .paid
        }
        if let payable, paid >= payable, paidInFullAt == nil { paidInFullAt = at }
    }

    /// The payment and where the claim stands after it, for the event and the adjuster.
    public func describe(_ payment: ClaimPayment) -> String {
        let kind = payment.advance ? "advance payment" : "payment"
        var text = "\(kind) \(payment.number) of \(payment.amount.yuanString); paid in all \(paid.yuanString)"
        if let payable { text += " of \(payable.yuanString)" }
        return text + "; reserve \(reserve.yuanString)"
    }
}

extension Claim {
    /// A new cycle: the file is complete as it stood, so the decision clock runs from `at`;
    /// what the previous cycle decided, agreed and closed is cleared (its clocks are kept).
    public mutating func reopen(at: Instant) {
        state = .reopened
        cycle += 1
        reopenedAt = at
        documentsCompleteAt = at
        decidedAt = nil
        covered = nil
        decisionReason = nil
        agreedAt = nil
        agreedLoss = nil
        payable = nil
        paidInFullAt = nil
        firstAdvanceAt = nil
        rejectionNoticeAt = nil
        closedAt = nil
        withdrawnAt = nil
    }
}
