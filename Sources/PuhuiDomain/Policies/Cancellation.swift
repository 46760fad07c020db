/// The refund when a policyholder cancels, by the rule the product declares, to the fen.
public enum Cancellation {
    public struct Refund: Sendable, Hashable, Codable {
        public var amount: Money
        public var explanation: String

        public init(amount: Money, explanation: String) {
            self.amount = amount
            self.explanation = explanation
        }
    }

    /// `premium` is the annual premium; the refund concerns the policy year the date falls in.
    public static func refund(product: Product, start: CivilDate, end: CivilDate, premium: Money, on date: CivilDate,
                              shortRateTable: RateIndex?) throws -> Refund {
        let rule = product.rating.rounding
        // The policy year containing the cancellation date.
        var yearStart = start
        while yearStart.adding(years: 1) <= date { yearStart = yearStart.adding(years: 1) }
        let yearEnd = min(end, yearStart.adding(years: 1).adding(days: -1))
        switch product.cancellation.refund {
        case .proRata:
            let days = yearStart.days(to: yearEnd) + 1
            let unexpired = date.days(to: yearEnd)
            guard let share = ExactDecimal(unexpired).divided(by: ExactDecimal(days), scale: 12, .halfEven),
                  let amount = Money(yuan: premium.yuan * share, rounding: rule) else {
                throw PuhuiError.invalid("cannot compute the pro-rata refund")
            }
            return Refund(amount: amount, explanation: "pro rata: \(premium.yuanString) × \(unexpired) unexpired days / \(days) days of the policy year (\(yearStart) to \(yearEnd)), \(rule.rawValue) to the fen")
        case .shortRate:
            guard let table = shortRateTable else { throw PuhuiError.invalid("product \(product.code): no short-rate table") }
            var months = 1
            while yearStart.adding(months: months) <= date { months += 1 }
            guard let earned = table.row([.number(Int64(months))])?.value else {
                throw PuhuiError.invalid("short-rate table \(table.table.name) has no row for \(months) months")
            }
            guard let amount = Money(yuan: premium.yuan * (ExactDecimal.one - earned), rounding: rule) else {
                throw PuhuiError.invalid("cannot compute the short-rate refund")
            }
            return Refund(amount: amount, explanation: "short rate: \(months) month\(months == 1 ? "" : "s") in force (part months count as whole) earn \(earned) of the annual premium (table \(table.table.versionLabel)); refund \(premium.yuanString) × (1 − \(earned)), \(rule.rawValue) to the fen")
        case .accountValue:
            let charge = product.rating.parameters["contribution-charge"].flatMap { ExactDecimal(parsing: $0) } ?? .zero
            guard let amount = Money(yuan: premium.yuan * (ExactDecimal.one - charge), rounding: rule) else {
                throw PuhuiError.invalid("cannot compute the account value")
            }
            return Refund(amount: amount, explanation: "account value: contributions paid \(premium.yuanString) less the contribution charge \(charge); interest for the part year is not credited")
        }
    }

    /// The refund from what was actually received: the money held for the policy (received,
    /// less refunds already paid) less the premium earned by the cancellation date, never below
    /// zero. The premium earned is everything charged for the term (instalments and endorsement
    /// premiums) less what the product's rule returns of the annual premium in force on that
    /// date when it has been paid in full; so a policy paid in full gets exactly the rule's
    /// refund, and one paid in part gets back only what it paid beyond what it used.
    public static func refundFromReceived(product: Product, start: CivilDate, end: CivilDate, annualPremium: Money, charged: Money,
                                          received: Money, on date: CivilDate, shortRateTable: RateIndex?) throws -> Refund {
        let (earned, onFull) = try earned(product: product, start: start, end: end, annualPremium: annualPremium, charged: charged, on: date,
                                          shortRateTable: shortRateTable)
        let amount = Money(fen: max(0, received.fen - earned.fen))
        var text = "\(onFull.explanation). Charged for the term \(charged.yuanString); earned \(charged.yuanString) − \(onFull.amount.yuanString) = \(earned.yuanString); "
        if received >= earned {
            text += "received \(received.yuanString); refund \(received.yuanString) − \(earned.yuanString) = \(amount.yuanString)"
        } else {
            text += "received \(received.yuanString), \((earned - received).yuanString) less than earned: no refund"
        }
        return Refund(amount: amount, explanation: text)
    }

    /// The premium earned by the cancellation date: everything charged for the term less what
    /// the product's rule returns of the annual premium in force then, were it paid in full.
    public static func earned(product: Product, start: CivilDate, end: CivilDate, annualPremium: Money, charged: Money, on date: CivilDate,
                              shortRateTable: RateIndex?) throws -> (earned: Money, onFull: Refund) {
        let onFull = try refund(product: product, start: start, end: end, premium: annualPremium, on: date, shortRateTable: shortRateTable)
        return (Money(fen: max(0, charged.fen - onFull.amount.fen)), onFull)
    }
}
