/// The monthly crediting rates an insurer declares for its pension accounts (结算利率), read
/// from a rate table keyed by month (`2026-03`).
public struct DeclaredRates: Sendable, Hashable {
    /// `pension-declared-rate@2026-01-01`, or nil when the product declares none.
    public let table: String?
    let byMonth: [Int: ExactDecimal]

    public init(table: RateTable?) {
        self.table = table?.versionLabel
        var rates: [Int: ExactDecimal] = [:]
        for row in table?.rows ?? [] {
            if case let .key(text) = row.cells.first, let month = Self.month(text) {
                rates[month.year * 12 + month.month - 1] = row.value
            }
        }
        byMonth = rates
    }

    /// `2026-03` as year and month.
    public static func month(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        return (year, month)
    }

    public func rate(year: Int, month: Int) -> ExactDecimal? { byMonth[year * 12 + month - 1] }
}

/// What the account is credited and charged by.
public struct PensionAccountTerms: Sendable, Hashable {
    /// Share of each contribution taken as a charge (0.01 is 1%).
    public var contributionCharge: ExactDecimal
    public var monthlyCharge: Money
    public var guaranteedRate: ExactDecimal
    public var declared: DeclaredRates
    public var rounding: RoundingRule

    /// Interest is simple within a month on the daily balance, over a year of 365 days.
    public static let daysInYear = 365

    public init(contributionCharge: ExactDecimal, monthlyCharge: Money, guaranteedRate: ExactDecimal, declared: DeclaredRates, rounding: RoundingRule) {
        self.contributionCharge = contributionCharge
        self.monthlyCharge = monthlyCharge
        self.guaranteedRate = guaranteedRate
        self.declared = declared
        self.rounding = rounding
    }

    /// The rate month `year-month` is credited at: the declared rate, never below the guaranteed.
    public func creditingRate(year: Int, month: Int) -> (rate: ExactDecimal, note: String) {
        let label = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let declaredRate = declared.rate(year: year, month: month) else {
            return (guaranteedRate, "no rate declared for \(label): the guaranteed \(guaranteedRate)")
        }
        if declaredRate < guaranteedRate {
            return (guaranteedRate, "declared \(declaredRate) for \(label) is below the guaranteed \(guaranteedRate): the guaranteed")
        }
        return (declaredRate, "declared for \(label)")
    }
}

/// A pension account's movements to a date: each contribution and its charge, and at the end
/// of every month the interest on the month's daily balances at that month's crediting rate,
/// rounded to the fen by the product's rule, and the monthly charge.
public struct PensionStatement: Sendable, Hashable, Codable {
    public struct Contribution: Sendable, Hashable, Codable {
        public var date: CivilDate
        public var amount: Money
        public var reference: String?

        public init(date: CivilDate, amount: Money, reference: String? = nil) {
            self.date = date
            self.amount = amount
            self.reference = reference
        }
    }

    public struct Movement: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case contribution
            case contributionCharge = "contribution-charge"
            case interest
            case administrationCharge = "administration-charge"
        }
        public var date: CivilDate
        public var kind: Kind
        /// Signed: charges are negative.
        public var amount: Money
        public var balance: Money
        public var rate: ExactDecimal?
        public var note: String?
    }

    public var asOf: CivilDate
    public var movements: [Movement]
    /// The account after the last month credited.
    public var balance: Money
    /// Interest of the month running, from its first day to the statement date, not yet
    /// credited (it is credited at the month's end, or when the account is surrendered or
    /// converted).
    public var accruedInterest: Money
    public var accruedRate: ExactDecimal?
    public var contributions: Money
    public var charges: Money
    public var interest: Money

    /// The account with the interest accrued this month.
    public var value: Money { balance + accruedInterest }

    /// The statement of `contributions` at the end of `asOf`.
    public static func of(_ contributions: [Contribution], terms: PensionAccountTerms, asOf: CivilDate) -> PensionStatement {
        let paid = contributions.enumerated().filter { $0.element.date <= asOf }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var statement = PensionStatement(asOf: asOf, movements: [], balance: .zero, accruedInterest: .zero, accruedRate: nil,
                                         contributions: .zero, charges: .zero, interest: .zero)
        guard let first = paid.first else { return statement }
        let rule = terms.rounding
        var balance = Money.zero
        var next = 0
        var year = first.date.year, month = first.date.month
        while true {
            let days = CivilDate.daysInMonth(year: year, month: month)
            guard let monthStart = CivilDate(year: year, month: month, day: 1), let monthEnd = CivilDate(year: year, month: month, day: days),
                  monthStart <= asOf else { break }
            let end = min(monthEnd, asOf)
            // Balance-days: the opening balance for every day of the month to `end`, each
            // contribution net of its charge from its day.
            var weighted = ExactDecimal(balance.fen) * ExactDecimal(monthStart.days(to: end) + 1)
            while next < paid.count, paid[next].date <= end {
                let contribution = paid[next]
                next += 1
                let charge = Money(yuan: contribution.amount.yuan * terms.contributionCharge, rounding: rule) ?? .zero
                balance += contribution.amount
                statement.contributions += contribution.amount
                statement.movements.append(Movement(date: contribution.date, kind: .contribution, amount: contribution.amount, balance: balance,
                                                    rate: nil, note: contribution.reference))
                if charge.fen > 0 {
                    balance -= charge
                    statement.charges += charge
                    statement.movements.append(Movement(date: contribution.date, kind: .contributionCharge, amount: Money(fen: -charge.fen),
                                                        balance: balance, rate: terms.contributionCharge, note: "contribution charge"))
                }
                weighted += ExactDecimal(contribution.amount.fen - charge.fen) * ExactDecimal(contribution.date.days(to: end) + 1)
            }
            let (rate, note) = terms.creditingRate(year: year, month: month)
            // Interest in fen: balance-days (fen) × rate / 365, then to the fen by the rule.
            let exact = (weighted * rate).divided(by: ExactDecimal(PensionAccountTerms.daysInYear * 100), scale: 18, .halfEven) ?? .zero
            let interest = Money(yuan: exact, rounding: rule) ?? .zero
            if monthEnd > asOf {
                statement.accruedInterest = interest
                statement.accruedRate = rate
                break
            }
            if interest.fen != 0 {
                balance += interest
                statement.interest += interest
                statement.movements.append(Movement(date: monthEnd, kind: .interest, amount: interest, balance: balance, rate: rate,
                                                    note: "\(note); \(exact.rounded(scale: 6, .halfEven).normalized) yuan on the month's daily balances, \(rule.rawValue) to the fen"))
            }
            if terms.monthlyCharge.fen > 0 && balance.fen > 0 {
                let charge = Money(fen: min(terms.monthlyCharge.fen, balance.fen))
                balance -= charge
                statement.charges += charge
                statement.movements.append(Movement(date: monthEnd, kind: .administrationCharge, amount: Money(fen: -charge.fen), balance: balance,
                                                    rate: nil, note: "monthly charge"))
            }
            month += 1
            if month == 13 { month = 1; year += 1 }
        }
        statement.balance = balance
        return statement
    }
}

/// The limits on a contribution: the product's minimum and its annual cap per policy year, and
/// where it applies the private-pension cap per person and calendar year (12,000 yuan).
public enum PensionContributionRule {
    public struct Context: Sendable {
        public var minimum: Money
        public var annualCap: Money
        /// First day of the policy year the contribution falls in, and what was contributed in it.
        public var policyYear: Int
        public var policyYearStart: CivilDate
        public var paidInPolicyYear: Money
        /// With the private-pension cap: the cap and what the person contributed this calendar year.
        public var privateCap: Money?
        public var paidInCalendarYear: Money

        public init(minimum: Money, annualCap: Money, policyYear: Int, policyYearStart: CivilDate, paidInPolicyYear: Money,
                    privateCap: Money?, paidInCalendarYear: Money) {
            self.minimum = minimum
            self.annualCap = annualCap
            self.policyYear = policyYear
            self.policyYearStart = policyYearStart
            self.paidInPolicyYear = paidInPolicyYear
            self.privateCap = privateCap
            self.paidInCalendarYear = paidInCalendarYear
        }
    }

    /// Refuses a contribution outside the limits, saying which and by how much.
    public static func check(_ amount: Money, on date: CivilDate, _ c: Context) throws(PuhuiError) {
        if amount < c.minimum {
            throw PuhuiError.invalid("a contribution of \(amount.yuanString) is below the product's minimum of \(c.minimum.yuanString)", field: "amount")
        }
        let yearTotal = c.paidInPolicyYear + amount
        if yearTotal > c.annualCap {
            throw PuhuiError.invalid("a contribution of \(amount.yuanString) on \(date) would bring policy year \(c.policyYear) (from \(c.policyYearStart)) to \(yearTotal.yuanString), above the product's annual cap of \(c.annualCap.yuanString) (\(c.paidInPolicyYear.yuanString) contributed so far; at most \(Money(fen: max(0, c.annualCap.fen - c.paidInPolicyYear.fen)).yuanString) more)", field: "amount")
        }
        if let cap = c.privateCap {
            let calendarTotal = c.paidInCalendarYear + amount
            if calendarTotal > cap {
                throw PuhuiError.invalid("a contribution of \(amount.yuanString) would bring the person's private-pension contributions in \(date.year) to \(calendarTotal.yuanString), above the private-pension cap of \(cap.yuanString) a year (\(c.paidInCalendarYear.yuanString) contributed so far; at most \(Money(fen: max(0, cap.fen - c.paidInCalendarYear.fen)).yuanString) more)", field: "amount")
            }
        }
    }
}
