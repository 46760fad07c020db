import Foundation
import PuhuiDomain
import PuhuiServices

extension DemoBook {
    /// How a policyholder pays.
    enum Payer {
        /// A few days before each due date.
        case onTime
        /// Some days after each due date, within the grace period.
        case late
        /// On time, but the last instalment fallen due only in part.
        case partial
        /// On time for a while, then no more.
        case stops
        /// On time, the first instalment with something extra (held as credit).
        case overpays
    }

    struct PlannedReceipt {
        var policy: String
        var amount: Money
        var at: Instant
        var reference: String?
        var clerk: String
    }

    /// Premiums received for the policies issued (most on time, some late, a few part-paid or
    /// stopped, a few overpaid), pension contributions regular or irregular, then the
    /// month-end lapse run of the month before the book date: the policies whose premium stayed
    /// unpaid past grace by then lapse (the book date's month is still open). Every receipt goes through the premium ledger as a clerk records it.
    mutating func seedPremiums(_ storage: any PuhuiStorage) throws {
        let bookDate = options.bookDate, today = bookDate.chinaDate
        var planned: [PlannedReceipt] = []
        var late = 0
        for policy in issued {
            let due = policy.instalments.filter { $0.dueDate <= today }
            guard !due.isEmpty else { continue }
            let clerk = random.pick(["clerk.ma", "clerk.xu"])
            func receipt(_ amount: Money, on day: CivilDate, _ k: Int) {
                let at = max(Instant(startOfChinaDay: day).adding(seconds: random.seconds(9 * 3600...17 * 3600)), policy.issuedAt.adding(seconds: 600))
                guard at <= bookDate, amount.fen > 0 else { return }
                let reference = random.chance(percent: 70) ? "BK\(policy.number.replacingOccurrences(of: "-", with: ""))\(k)" : nil
                planned.append(PlannedReceipt(policy: policy.number, amount: amount, at: at, reference: reference, clerk: clerk))
            }
            if policy.line == .pension {
                // Contributions when the worker can: most planned months paid, some skipped, some doubled.
                for (k, instalment) in due.enumerated() {
                    let draw = random.int(1...100)
                    if draw <= 15 { continue }
                    let amount = draw > 92 && due.count > 1 ? Money(fen: instalment.amount.fen * 2) : instalment.amount
                    receipt(amount, on: instalment.dueDate.adding(days: random.int(0...20)), k)
                }
                continue
            }
            let draw = random.int(1...100)
            let payer: Payer = draw <= 80 ? .onTime : draw <= 92 ? .late : draw <= 95 ? .partial : draw <= 98 ? .stops : .overpays
            if payer == .late { late += 1 }
            let stopAfter = payer == .stops ? random.int(0...(due.count - 1)) : due.count
            for (k, instalment) in due.enumerated() where k < stopAfter {
                var amount = instalment.amount
                var day = instalment.dueDate.adding(days: -random.int(0...7))
                switch payer {
                case .late: day = instalment.dueDate.adding(days: random.int(1...25))
                case .partial where k == due.count - 1: amount = Money(fen: instalment.amount.fen / 2)
                case .overpays where k == 0: amount = Money(fen: instalment.amount.fen + Int64(random.int(1...50)) * 100)
                default: break
                }
                receipt(amount, on: day, k)
            }
        }
        try batches("premiums", count: planned.count, batch: 1000, storage) { book, i, db in
            let r = planned[i]
            _ = try book.premiums.receive(r.policy, amount: r.amount, reference: r.reference, book.context(r.clerk, at: r.at), db, cache: book.servicingCache)
            book.summary.premiumsReceived += 1
        }
        summary.paidLate = late
        // Last month's month-end run (the book date's own month is still open).
        guard let first = CivilDate(year: today.year, month: today.month, day: 1) else { return }
        let monthEnd = first.adding(days: -1)
        let run = try premiums.lapse(asOf: monthEnd, context("clerk.xu", at: min(bookDate, Instant(startOfChinaDay: monthEnd).adding(seconds: 23 * 3600))))
        summary.lapsed = run.lapsed.count
        progress("lapse run", run.inArrears, run.inArrears)
    }
}
