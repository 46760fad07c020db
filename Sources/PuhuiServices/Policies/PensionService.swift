import PuhuiDomain

/// The flexible worker's pension account: its statement (every movement, the surrender value,
/// the pension projected at the guaranteed and the illustrative rate), its surrender, and its
/// conversion at retirement into the monthly life annuity the quote illustrated.
public struct PensionService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    public struct Projection: Sendable, Hashable, Encodable {
        /// `guaranteed` or `illustrative`.
        public var basis: String
        public var rate: ExactDecimal
        public var accountAtRetirement: Money
        public var annuity: PensionAnnuity?
    }

    public struct Statement: Sendable, Encodable {
        public var policy: String
        public var product: String
        public var insured: String
        public var startDate: CivilDate
        /// The day the account converts: the day after the policy's last day.
        public var retirementDate: CivilDate
        public var retirementAge: Int
        public var guaranteedRate: ExactDecimal
        /// The table of declared crediting rates used, `name@effective-from`.
        public var declaredRates: String?
        public var account: PensionStatement
        public var policyYear: Int
        public var surrenderPercent: ExactDecimal
        public var surrenderCharge: Money
        public var surrenderValue: Money
        public var projections: [Projection]
        public var conversion: PensionConversion?
    }

    /// What the account is worked out from.
    struct Account {
        var policy: LedgerPolicy
        var product: Product
        var rating: PensionRating
        var terms: PensionAccountTerms
        var person: Party
        var retirementAge: Int
        var planned: [Money]

        var contributions: [PensionStatement.Contribution] {
            policy.entries.filter { $0.kind == .received }.map { PensionStatement.Contribution(date: $0.date, amount: $0.amount, reference: $0.reference) }
        }

        func policyYear(on date: CivilDate) -> Int {
            var year = 1
            while policy.startDate.adding(years: year) <= date { year += 1 }
            return year
        }
    }

    func account(_ policy: LedgerPolicy, asOf: CivilDate, _ session: any StorageSession, _ cache: ServicingCache) throws -> Account {
        guard policy.line == .pension else { throw PuhuiError.invalid("policy \(policy.number) is \(policy.line.rawValue) cover, not a pension account") }
        let product = try cache.product(code: policy.productCode, version: policy.productVersion, session.catalog)
        let rating = try cache.pensionRating(product, on: policy.startDate, session.catalog)
        let rules = product.servicingRules.pensionAccount ?? ProductServicing.PensionAccount()
        let declared = try rules.declaredRates.flatMap { try cache.table($0, on: asOf, session.catalog) }
        let terms = PensionAccountTerms(contributionCharge: rating.contributionCharge, monthlyCharge: rules.monthlyCharge,
                                        guaranteedRate: try rules.guaranteedRate ?? rating.basisRate("guaranteed"),
                                        declared: DeclaredRates(table: declared), rounding: product.rating.rounding)
        let number = try session.policies.policy(policy.number, asOf: asOf)
        let application = try session.policies.application(number.application)
        let person = try session.parties.party(policy.insured.first ?? policy.holder)
        let fields = try ApplicationRisk.mergedRisk(application.riskText, source: application.reference, insured: [person])
        let planned = try rating.plannedContributions(fields, context: RatingContext(asOf: policy.startDate, startDate: policy.startDate,
                                                                                      rounding: product.rating.rounding))
        return Account(policy: policy, product: product, rating: rating, terms: terms, person: person,
                       retirementAge: application.quote.pension?.retirementAge ?? rating.earliestPensionAge, planned: planned)
    }

    /// The statement at the end of `asOf`; a customer sees only their own.
    public func statement(_ number: String, asOf: CivilDate, _ context: ActionContext) throws -> Statement {
        try context.authorize(.readLedger)
        return try storage.read { session in
            let policy = try session.servicing.ledgerPolicy(number)
            guard context.user.mayAccess(parties: [policy.holder] + policy.insured) else {
                throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist")
            }
            let cache = ServicingCache()
            let conversion = try session.servicing.conversion(policyID: policy.id)
            let date = conversion.map { min(asOf, $0.convertedOn.adding(days: -1)) } ?? asOf
            let a = try account(policy, asOf: date, session, cache)
            let statement = PensionStatement.of(a.contributions, terms: a.terms, asOf: date)
            let year = a.policyYear(on: date)
            let surrender = surrenderValue(statement.value, a, policyYear: year)
            let yearStart = policy.startDate.adding(years: year - 1)
            let paidThisYear = a.contributions.filter { $0.date >= yearStart && $0.date <= date }.reduce(Money.zero) { $0 + $1.amount }
            var projections: [Projection] = []
            for (basis, rate) in [("guaranteed", a.terms.guaranteedRate), ("illustrative", try a.rating.basisRate("illustrative"))] {
                let projected = a.rating.projection(value: statement.value, on: date, start: policy.startDate, planned: a.planned,
                                                    paidThisPolicyYear: paidThisYear, rate: rate, sex: a.person.sex?.rawValue,
                                                    retirementAge: a.retirementAge)
                projections.append(Projection(basis: basis, rate: rate, accountAtRetirement: projected.account, annuity: projected.annuity))
            }
            return Statement(policy: policy.number, product: "\(policy.productCode) v\(policy.productVersion)", insured: a.person.reference,
                             startDate: policy.startDate, retirementDate: policy.endDate.adding(days: 1), retirementAge: a.retirementAge,
                             guaranteedRate: a.terms.guaranteedRate, declaredRates: a.terms.declared.table, account: statement, policyYear: year,
                             surrenderPercent: surrender.percent, surrenderCharge: surrender.charge, surrenderValue: surrender.value,
                             projections: projections, conversion: conversion)
        }
    }

    func surrenderValue(_ value: Money, _ a: Account, policyYear year: Int) -> (percent: ExactDecimal, charge: Money, value: Money) {
        let percent = (a.product.servicingRules.pensionAccount ?? ProductServicing.PensionAccount()).surrenderPercent(policyYear: year)
        let charge = Money(yuan: value.yuan * percent * ExactDecimal(significand: 1, scale: 2), rounding: a.product.rating.rounding) ?? .zero
        return (percent, charge, value - charge)
    }

    /// The surrender of the account on `date` (a cancellation): its value with the interest of
    /// the month to that day, less the surrender charge of the policy year.
    func surrender(_ policy: LedgerPolicy, on date: CivilDate, _ session: any StorageSession) throws -> Cancellation.Refund {
        if try session.servicing.conversion(policyID: policy.id) != nil {
            throw PuhuiError.refused("policy \(policy.number): the account was converted into its annuity; it cannot be surrendered")
        }
        let a = try account(policy, asOf: date, session, ServicingCache())
        let statement = PensionStatement.of(a.contributions, terms: a.terms, asOf: date)
        let year = a.policyYear(on: date)
        let s = surrenderValue(statement.value, a, policyYear: year)
        return Cancellation.Refund(amount: s.value, explanation: "surrender value: account \(statement.balance.yuanString) + interest of the month to \(date) \(statement.accruedInterest.yuanString) = \(statement.value.yuanString), less the surrender charge of policy year \(year) (\(s.percent)%) \(s.charge.yuanString)")
    }

    /// Converts the account into its annuity on the day of the context, on or after the
    /// retirement date: the account with interest to the day before, priced from the annuity
    /// table at the insured person's age that day, as the quote illustrated.
    public func convert(_ number: String, _ context: ActionContext) throws -> PensionConversion {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            let policy = try session.servicing.ledgerPolicy(number)
            let date = context.at.chinaDate
            if let existing = try session.servicing.conversion(policyID: policy.id) {
                throw PuhuiError.refused("policy \(policy.number) was converted into its annuity on \(existing.convertedOn)")
            }
            if let cancelled = policy.cancelledOn { throw PuhuiError.refused("policy \(policy.number) was surrendered from \(cancelled)") }
            let retirement = policy.endDate.adding(days: 1)
            guard date >= retirement else {
                throw PuhuiError.refused("policy \(policy.number): the account converts at retirement, on \(retirement) or later, not on \(date)")
            }
            let a = try account(policy, asOf: date.adding(days: -1), session, ServicingCache())
            let statement = PensionStatement.of(a.contributions, terms: a.terms, asOf: date.adding(days: -1))
            let age = a.person.birthDate?.age(on: date) ?? a.retirementAge
            guard let annuity = a.rating.annuity(account: statement.value, sex: a.person.sex?.rawValue, age: age) else {
                throw PuhuiError.refused("policy \(policy.number): the annuity table gives no annuity at age \(age)")
            }
            let conversion = PensionConversion(convertedOn: date, annuity: annuity, recordedAt: context.at, recordedBy: context.actor)
            try session.servicing.recordConversion(policyID: policy.id, conversion)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: "converted to annuity",
                after: try CanonicalJSON.encode(["on": date.description, "account": annuity.account.yuanString, "age": String(age),
                                                 "factor": annuity.factor.description, "monthlyAnnuity": annuity.monthly.yuanString,
                                                 "guaranteedYears": String(annuity.guaranteedYears)])))
            return conversion
        }
    }
}
