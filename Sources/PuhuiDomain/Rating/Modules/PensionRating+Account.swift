/// What a pension account needs of the pension rating after issue: the planned contributions
/// the quote was priced on, the product's limits and charges, the crediting-rate bases, and
/// the annuity the account buys at retirement, priced as the quote illustrated it.
extension PensionRating {
    public var annualContributionCap: Money { cap }
    public var minimumPensionContribution: Money { minimumContribution }
    public var contributionCharge: ExactDecimal { charge }
    public var annuityGuaranteedYears: Int { guaranteedYears }
    public var earliestPensionAge: Int { earliestRetirementAge }

    /// The annual rate of a basis of the crediting-rate table (`guaranteed`, `illustrative`).
    public func basisRate(_ basis: String) throws -> ExactDecimal {
        try crediting.lookup(["basis": .key(basis)]).value
    }

    /// The planned contributions by policy year of the risk, as the quote read them.
    public func plannedContributions(_ fields: any InputFields, context: RatingContext) throws -> [Money] {
        var reader = FieldReader(source: "risk")
        guard let risk = read(fields, context: context, reader: &reader) else { throw PuhuiError.riskRejected(reader.problems) }
        return risk.contributions
    }

    /// The monthly life annuity, in advance, guaranteed for the product's years, that `account`
    /// buys at `age` for a person of `sex`: account / (12 × annuity factor).
    public func annuity(account: Money, sex: String?, age: Int) -> PensionAnnuity? {
        let table = sex == "female" ? female : male
        guard age >= table.firstAge, let factor = annuityFactor(table, age: age), factor > .zero,
              let exact = account.yuan.divided(by: ExactDecimal(12) * factor, scale: 10, .halfEven),
              let monthly = Money(yuan: exact, rounding: product.rating.rounding) else { return nil }
        return PensionAnnuity(account: account, age: age, factor: factor, monthly: monthly, guaranteedYears: guaranteedYears,
                              table: "\(table.table) \(table.key)", interest: annuityInterest)
    }

    /// The account at retirement and the annuity it buys, projected from `value` on `date`: to
    /// the next policy anniversary at simple interest with what is still planned for the
    /// current policy year, then year by year as the quote does ((account + contribution × (1 −
    /// charge)) × (1 + rate), to the fen each year).
    public func projection(value: Money, on date: CivilDate, start: CivilDate, planned: [Money], paidThisPolicyYear: Money,
                           rate: ExactDecimal, sex: String?, retirementAge: Int) -> (account: Money, annuity: PensionAnnuity?) {
        let rule = product.rating.rounding
        var year = 0
        while start.adding(years: year + 1) <= date { year += 1 }
        guard year < planned.count else { return (value, annuity(account: value, sex: sex, age: retirementAge)) }
        let anniversary = start.adding(years: year + 1)
        let stillPlanned = Money(fen: max(0, planned[year].fen - paidThisPolicyYear.fen))
        let days = ExactDecimal(date.days(to: anniversary))
        let partial = (days * rate).divided(by: ExactDecimal(PensionAccountTerms.daysInYear), scale: 18, .halfEven) ?? .zero
        var account = Money(yuan: (value.yuan + stillPlanned.yuan * (.one - charge)) * (.one + partial), rounding: rule) ?? value
        for contribution in planned.dropFirst(year + 1) {
            account = Money(yuan: (account.yuan + contribution.yuan * (.one - charge)) * (.one + rate), rounding: rule) ?? account
        }
        return (account, annuity(account: account, sex: sex, age: retirementAge))
    }
}

/// The annuity an account buys at retirement.
public struct PensionAnnuity: Sendable, Hashable, Codable {
    public var account: Money
    public var age: Int
    public var factor: ExactDecimal
    public var monthly: Money
    public var guaranteedYears: Int
    /// `mortality-cl2010-2013@2026-01-01 CL6`.
    public var table: String
    public var interest: ExactDecimal
}
