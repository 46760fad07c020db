import Foundation
import PuhuiDomain
import PuhuiServices

extension DemoBook {
    /// The adjuster by the size of the claim (and sun.hao for export credit).
    func adjuster(for amount: Money, line: LineOfBusiness) -> String {
        if line == .exportCredit { return "sun.hao" }
        if amount <= Money(yuan: 50_000) { return "chen.jie" }
        if amount <= Money(yuan: 200_000) { return "liu.yang" }
        return "zhao.min"
    }

    mutating func seedClaims(_ storage: any PuhuiStorage) throws {
        guard !issued.isEmpty else { return }
        try batches("claims", count: options.claims, batch: 250, storage) { book, _, db in
            try book.addClaim(db)
        }
    }

    /// One claim walked through its life with realistic timings, stopping where the book date
    /// falls (so some are open, and some of those overdue).
    mutating func addClaim(_ db: any StorageSession) throws {
        let bookDate = options.bookDate
        let policy = random.pick(issued)
        let lastLoss = min(policy.end, bookDate.adding(days: -2).chinaDate)
        guard policy.start <= lastLoss else { return }
        let loss = policy.start.adding(days: random.int(0...policy.start.days(to: lastLoss)))
        let types = policy.product.claims.claimTypes.filter { policy.coverages[$0.coverage] != nil }
        guard !types.isEmpty else { return }
        let type = random.pick(types)
        let amount = policy.coverages[type.coverage] ?? Money(yuan: 10_000)
        let small = policy.product.claims.smallClaimThreshold
        var claimed = random.chance(percent: 55) && small.fen > 10_000
            ? Money(fen: Int64(random.int(10...Int(small.fen / 100))) * 100)
            : Money(fen: Int64(random.int(1...max(1, Int(min(amount.fen, 30_000_000) / 100)))) * 100)
        if claimed.fen <= 0 { claimed = Money(yuan: 1000) }
        let adjuster = adjuster(for: claimed, line: policy.line)
        var t = Instant(startOfChinaDay: loss).adding(seconds: random.seconds(8 * 3600...(4 * 86_400)))
        if t > bookDate { return }
        func actor(_ time: Instant, _ who: String = adjuster) -> ActionContext { context(who, at: time) }
        let report = try claimService.report(policy: policy.number, lossDate: loss, type: type.code, claimed: claimed,
                                             description: "demo", actor(t), db)
        summary.claims += 1
        let reference = report.claim.reference
        /// Moves the clock on; false when the book date is reached (the claim stays where it is).
        func advance(_ range: ClosedRange<Int64>) -> Bool {
            t = t.adding(seconds: random.seconds(range))
            return t <= bookDate
        }
        let hour: Int64 = 3600, day: Int64 = 86_400
        // Documents: one request naming all (a few adjusters ask for more later: Art. 22 breaches).
        if random.chance(percent: 90) {
            guard advance(report.claim.small ? hour / 2...30 * hour : hour...48 * hour) else { return countOpen() }
            _ = try claimService.requestDocuments(reference, also: [], actor(t), db)
        }
        let required = report.documents.map(\.code)
        if random.chance(percent: 8), required.count > 2 {
            guard advance(day...5 * day) else { return countOpen() }
            _ = try claimService.receiveDocuments(reference, codes: Array(required.prefix(required.count - 1)), actor(t), db)
            let extra = policy.product.claims.documents.map(\.code).filter { !required.contains($0) }
            guard advance(hour...3 * day) else { return countOpen() }
            _ = try claimService.requestDocuments(reference, also: extra.isEmpty ? [] : [random.pick(extra)], actor(t), db)
        }
        guard advance(day...10 * day) else { return countOpen() }
        let missing = try db.claims.documents(claimID: try db.claims.claim(reference).id).filter { $0.required && $0.receivedAt == nil }.map(\.code)
        if !missing.isEmpty { _ = try claimService.receiveDocuments(reference, codes: missing, actor(t), db) }
        if random.chance(percent: 5) {
            guard advance(day...15 * day) else { return countOpen() }
            _ = try claimService.withdraw(reference, actor(t), db)
            return
        }
        // An advance while the amount is being assessed.
        let slaDays = Int64(policy.product.claims.decisionDays)
        let advanced = claimed > Money(yuan: 20_000) && random.chance(percent: 5)
        if advanced {
            guard advance(10 * day...70 * day) else { return countOpen() }
            try pay(reference, Money(fen: claimed.fen / 5), advance: true, adjuster, &t, db)
        }
        guard advance(hour...(random.chance(percent: 88) ? slaDays * day : (slaDays + 12) * day)) else { return countOpen() }
        if random.chance(percent: 10) {
            _ = try claimService.decide(reference, covered: false, reason: "the loss falls under an exclusion of the policy", actor(t), db)
            guard advance(hour...(random.chance(percent: 85) ? 3 * day : 6 * day)) else { return countOpen() }
            _ = try claimService.rejectNotice(reference, actor(t), db)
            summary.claimsClosed += 1
            return
        }
        _ = try claimService.decide(reference, covered: true, reason: nil, actor(t), db)
        guard advance(hour...4 * day) else { return countOpen() }
        let assessed = advanced ? claimed : Money(fen: max(100, claimed.fen * Int64(random.int(60...100)) / 100))
        let settlement = try claimService.agree(reference, loss: assessed, actor(t), db)
        if settlement.remaining > .zero {
            let paymentDays = Int64(policy.product.claims.paymentDays)
            guard advance(hour...(random.chance(percent: 90) ? paymentDays * day : (paymentDays + 5) * day)) else { return countOpen() }
            try pay(reference, settlement.remaining, advance: false, adjuster, &t, db)
        }
        guard advance(hour...3 * day) else { return countOpen() }
        _ = try claimService.close(reference, actor(t), db)
        summary.claimsClosed += 1
        if random.chance(percent: options.reopenPercent) {
            guard advance(5 * day...40 * day) else { return }
            _ = try claimService.reopen(reference, reason: "the claimant produced a further invoice", actor(t), db)
            summary.claimsOpen += 1
        }
    }

    mutating func countOpen() {
        summary.claimsOpen += 1
    }

    /// Pays; above the adjuster's authority the payment waits and is approved by someone with
    /// enough authority a few hours later.
    mutating func pay(_ reference: String, _ amount: Money, advance: Bool, _ adjuster: String, _ t: inout Instant, _ db: any StorageSession) throws {
        let outcome = try claimService.pay(reference, amount: amount, advance: advance, context(adjuster, at: t), db)
        if case let .pending(_, approvers, _) = outcome, let approver = approvers.first {
            let later = t.adding(seconds: random.seconds(3600...(30 * 3600)))
            guard later <= options.bookDate else { return }
            t = later
            _ = try claimService.approvePayment(reference, context(approver, at: t), db)
        }
        summary.payments += 1
    }
}
