/// Pension for flexible workers: contributions (regular, or irregular by policy year) within
/// the product's annual cap, less the contribution charge, accumulate in an account credited at
/// the guaranteed rate and, beside it, at the illustrative rate; the account is rounded to the
/// fen each year. At retirement the account buys a monthly life annuity, payable in advance,
/// guaranteed for the product's number of years, priced from the annuity mortality table:
///
///     F = ä⁽¹²⁾ certain for g years + (N_{r+g} − 11/24 · D_{r+g}) / D_r
///     ä⁽¹²⁾ certain = Σ_{k<g} vᵏ − 11/24 · (1 − vᵍ)          (Woolhouse, two terms)
///     monthly annuity = account / (12 · F)
public struct PensionRating: RatingModule {
    public struct Risk: Sendable {
        var person: InsuredPersonInput
        var retirementAge: Int
        /// Contributions by policy year 1 ... years.
        var contributions: [Money]
        var frequency: PaymentFrequency
    }

    public static let line = LineOfBusiness.pension
    public static let vocabulary = RatingVocabulary(
        module: "pension",
        summary: "Contributions (regular, or irregular by policy year) within the annual cap, less the contribution charge, accumulate in an account credited at the guaranteed and, beside it, the illustrative rate, rounded to the fen each year. At retirement the account buys a monthly life annuity in advance, guaranteed for the product's years, priced from the annuity mortality table (Woolhouse, two terms).",
        roles: [
            TableRole("crediting-rate", [("basis", .key)], meaning: "the annual crediting rate by basis (guaranteed, illustrative)", valueRange: .of("0", "0.2")),
            TableRole("annuity-mortality", [("table", .key), ("age", .range)], meaning: "qx of the annuity table by table key and age",
                      valueRange: .of("0", "1"), mortalityCategory: "annuity"),
        ],
        parameters: [
            ParameterSpec("annuity-mortality-male", .key, meaning: "the key of the male annuity table (CL5)", unit: "key"),
            ParameterSpec("annuity-mortality-female", .key, meaning: "the key of the female annuity table (CL6)", unit: "key"),
            ParameterSpec("annuity-interest-rate", .decimal, meaning: "the pricing interest rate of the annuity (预定利率)", unit: "annual rate",
                          range: .of("0", "0.1"), pricingInterestCategory: "ordinary"),
            ParameterSpec("guaranteed-years", .integer, meaning: "years the annuity is paid whether or not the annuitant lives", unit: "years", range: .of("0", "30")),
            ParameterSpec("annual-contribution-cap", .money, meaning: "the most a policy year's contributions may total", unit: "yuan", range: .of("0", "10000000")),
            ParameterSpec("minimum-contribution", .money, meaning: "the least single contribution", unit: "yuan", range: .of("0", "1000000")),
            ParameterSpec("contribution-charge", .decimal, meaning: "the share of each contribution taken as a charge", range: .of("0", "0.5")),
            ParameterSpec("earliest-retirement-age", .integer, meaning: "the earliest age the annuity may start", unit: "years", range: .of("40", "80")),
        ],
        fields: [
            RiskFieldSpec("insured", .list, meaning: "the one insured person", items: RiskFieldSpec.insuredPerson(sex: true)),
            RiskFieldSpec("retirementAge", .integer, unit: "years", meaning: "when the annuity starts", allowed: .described("earliest-retirement-age to 15 years later")),
            RiskFieldSpec("contributionAmount", .money, required: false, unit: "yuan", meaning: "a regular contribution, with contributionFrequency"),
            RiskFieldSpec("contributionFrequency", .key, required: false, meaning: "how often the regular contribution is paid", allowed: .described("a payment frequency of the product")),
            RiskFieldSpec("contributions", .list, required: false, meaning: "irregular contributions by policy year", items: [
                RiskFieldSpec("year", .integer, meaning: "the policy year, from 1"),
                RiskFieldSpec("amount", .money, unit: "yuan", meaning: "the contribution"),
            ]),
            .startDate,
        ],
        facts: [
            FactSpec("insured-age", .number, meaning: "the insured person's age at entry", unit: "years"),
            FactSpec("retirement-age", .number, meaning: "when the annuity starts", unit: "years"),
            FactSpec("years-to-retirement", .number, meaning: "years of accumulation", unit: "years"),
            FactSpec("annual-contribution", .number, meaning: "the largest policy year's contributions", unit: "yuan"),
            FactSpec("sum-insured", .number, meaning: "all planned contributions", unit: "yuan"),
            FactSpec("sex", .key, meaning: "the insured person's sex"),
        ],
        coverages: .one("the pension account and annuity"))

    public static func needs(_ product: Product) -> [TableNeed] {
        let earliest = Int64(product.rating.parameters["earliest-retirement-age"].flatMap { Int($0) } ?? 60)
        let keys = ["annuity-mortality-male", "annuity-mortality-female"].compactMap { product.rating.parameters[$0] }
        return [
            TableNeed(role: "crediting-rate", keys: ["basis": ["guaranteed", "illustrative"]], reason: "the guaranteed and illustrative projections"),
            TableNeed(role: "annuity-mortality", keys: ["table": keys], ranges: ["age": earliest...105], reason: "annuities from age \(earliest) to the end of the table"),
        ]
    }

    public let product: Product
    let crediting: RateIndex
    let male: CommutationTable
    let female: CommutationTable
    let annuityInterest: ExactDecimal
    let guaranteedYears: Int
    let cap: Money
    let minimumContribution: Money
    let charge: ExactDecimal
    let earliestRetirementAge: Int

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        let parameters = RatingParameters(product: product)
        crediting = try tables.index("crediting-rate", product: product)
        annuityInterest = try parameters.decimal("annuity-interest-rate")
        guaranteedYears = try parameters.integer("guaranteed-years")
        cap = try parameters.money("annual-contribution-cap")
        minimumContribution = try parameters.money("minimum-contribution")
        charge = try parameters.decimal("contribution-charge")
        earliestRetirementAge = try parameters.integer("earliest-retirement-age")
        let mortality = try tables.index("annuity-mortality", product: product)
        male = try CommutationTable(index: mortality, key: try parameters.key("annuity-mortality-male"), interest: annuityInterest)
        female = try CommutationTable(index: mortality, key: try parameters.key("annuity-mortality-female"), interest: annuityInterest)
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let persons = InsuredPersonInput.readAll(fields, context: context, reader: &reader, needsSex: true, classes: nil)
        if let persons, persons.count != 1 {
            reader.fail("insured", "a pension insures exactly one person, not \(persons.count)", line: fields.line)
        }
        let retirementAge = reader.integer(fields, "retirementAge", allowed: earliestRetirementAge...(earliestRetirementAge + 15))
        guard let person = persons?.first, persons?.count == 1, let retirementAge else { return nil }
        let years = retirementAge - person.age
        guard years >= 1 else {
            reader.fail("retirementAge", "\(retirementAge) is not after the insured person's age \(person.age)", line: fields.line)
            return nil
        }
        if !product.policyTerm.allows(years) {
            reader.fail("retirementAge", "\(years) years to retirement is outside the allowed accumulation (\(product.policyTerm.allowedDescription))", line: fields.line)
        }
        var contributions = [Money](repeating: .zero, count: years)
        var frequency = PaymentFrequency.flexible
        if case .absent = fields.scalar("contributionAmount") {
            for (i, item) in (reader.list(fields, "contributions") ?? []).enumerated() {
                let p = "contributions[\(i + 1)]"
                let year = reader.integer(item, "year", path: "\(p).year", allowed: 1...years)
                let amount = reader.money(item, "amount", path: "\(p).amount")
                if let amount, amount < minimumContribution {
                    reader.fail("\(p).amount", "\(amount.yuanString) is below the minimum contribution \(minimumContribution.yuanString)", line: item.line)
                }
                // Saturating: a total past what money holds is far above the cap, and refused for it.
                if let year, let amount { contributions[year - 1] = contributions[year - 1].addingSaturated(amount) }
            }
        } else {
            let amount = reader.money(fields, "contributionAmount")
            let text = reader.key(fields, "contributionFrequency", allowed: product.paymentFrequencies.filter { $0 != .flexible }.map(\.rawValue))
            if let amount, amount < minimumContribution {
                reader.fail("contributionAmount", "\(amount.yuanString) is below the minimum contribution \(minimumContribution.yuanString)", line: fields.line)
            }
            if let amount, let text, let parsed = PaymentFrequency(rawValue: text) {
                frequency = parsed
                let (yearly, overflow) = amount.fen.multipliedReportingOverflow(by: Int64(parsed.instalmentsPerYear))
                contributions = Array(repeating: Money(fen: overflow ? Int64.max : yearly), count: years)
            }
        }
        if frequency != .flexible, let yearly = contributions.first, yearly > cap {
            // Regular contributions are the same every year: one message, not one a year.
            reader.fail("contributionAmount", "\(frequency.rawValue) contributions total \(yearly.yuanString) a year, above the product's annual cap of \(cap.yuanString)", line: fields.line)
        } else {
            for (i, total) in contributions.enumerated() where total > cap {
                reader.fail("contributions", "policy year \(i + 1) totals \(total.yuanString), above the product's annual cap of \(cap.yuanString)", line: fields.line)
            }
        }
        if contributions.allSatisfy({ $0 == .zero }) {
            reader.fail("contributions", "no contribution is planned", line: fields.line)
        }
        guard !reader.failed else { return nil }
        return Risk(person: person, retirementAge: retirementAge, contributions: contributions, frequency: frequency)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("insured-age", risk.person.age)
        facts.set("retirement-age", risk.retirementAge)
        facts.set("years-to-retirement", risk.contributions.count)
        facts.set("annual-contribution", risk.contributions.max() ?? .zero)
        facts.set("sum-insured", Money(fen: risk.contributions.reduce(0) { $0 + $1.fen }))
        if let sex = risk.person.sex { facts.set("sex", key: sex) }
        return facts
    }

    /// The monthly annuity-due factor at retirement age `r`, guaranteed for `g` years.
    func annuityFactor(_ table: CommutationTable, age r: Int) -> ExactDecimal? {
        let g = guaranteedYears
        let scale = 20
        guard let v = ExactDecimal.one.divided(by: .one + annuityInterest, scale: scale, .halfEven),
              let woolhouse = ExactDecimal(11).divided(by: ExactDecimal(24), scale: scale, .halfEven) else { return nil }
        var certain = ExactDecimal.zero
        var vk = ExactDecimal.one
        for _ in 0..<g {
            certain = certain + vk
            vk = (vk * v).rounded(scale: scale, .halfEven)
        }
        certain = certain - woolhouse * (.one - vk)
        guard r + g <= table.lastAge + 1 else { return nil }
        let deferredD = r + g <= table.lastAge ? table.D(r + g) : .zero
        let life = (table.N(r + g) - woolhouse * deferredD).divided(by: table.D(r), scale: scale, .halfEven) ?? .zero
        return (certain + life).rounded(scale: 12, .halfEven)
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        let table = risk.person.sex == "female" ? female : male
        guard let factor = annuityFactor(table, age: risk.retirementAge), factor > .zero else {
            throw PuhuiError.declined("the annuity table gives no annuity value at age \(risk.retirementAge)")
        }
        let total = Money(fen: risk.contributions.reduce(0) { $0 + $1.fen })
        w.record(WorksheetStep(name: "Contributions: \(risk.contributions.count) years from age \(risk.person.age) to retirement at \(risk.retirementAge)",
                               amount: total.yuanString, note: "first year \(risk.contributions.first?.yuanString ?? "0.00"), contribution charge \(charge)"))
        var bases: [PensionProjection.Basis] = []
        for basis in ["guaranteed", "illustrative"] {
            let rate = try crediting.lookup(["basis": .key(basis)])
            var account = Money.zero
            for (year, contribution) in risk.contributions.enumerated() {
                let net = contribution.yuan * (.one - charge)
                let grown = (account.yuan + net) * (.one + rate.value)
                account = try grown.money(rule, product, step: "\(basis) account, year \(year + 1)")
                w.record(WorksheetStep(name: "\(basis.capitalized) basis, year \(year + 1): (account + \(contribution.yuanString) × (1 − charge)) × (1 + rate)",
                                       table: year == 0 ? rate.tableVersion : nil, key: year == 0 ? rate.query : nil,
                                       factor: rate.value.description, amount: account.yuanString, rounding: rule.worksheetText))
            }
            guard let monthlyExact = account.yuan.divided(by: ExactDecimal(12) * factor, scale: 10, .halfEven) else {
                throw PuhuiError.declined("the annuity factor is zero")
            }
            let monthly = try monthlyExact.money(rule, product, step: "\(basis) monthly annuity")
            w.record(WorksheetStep(name: "\(basis.capitalized) basis: monthly annuity = account / (12 × annuity factor)",
                                   table: table.table, key: "table=\(table.key), age=\(risk.retirementAge)",
                                   factor: factor.description, amount: monthly.yuanString, rounding: rule.worksheetText,
                                   note: "life annuity, monthly in advance, \(guaranteedYears) years guaranteed, interest \(annuityInterest)"))
            bases.append(PensionProjection.Basis(name: basis, rate: rate.value, accountAtRetirement: account, monthlyAnnuity: monthly))
        }
        let firstYear = risk.contributions.first ?? .zero
        if details != nil, let coverage = product.mainCoverage {
            details?.coverages = [QuotedCoverage(code: coverage.code, name: coverage.name, amount: bases.first?.accountAtRetirement ?? .zero,
                                                 deductible: nil, deductiblePercent: nil, indemnityPercent: nil, coverFrom: nil,
                                                 aggregateLimit: nil, premium: firstYear)]
            details?.pension = PensionProjection(entryAge: risk.person.age, retirementAge: risk.retirementAge,
                                                 years: risk.contributions.count, totalContributions: total, annuityFactor: factor,
                                                 guaranteedYears: guaranteedYears, bases: bases)
            details?.insuredPersons = [InsuredPremium(index: 1, party: risk.person.party, age: risk.person.age, sex: risk.person.sex,
                                                      occupationClass: nil, premium: firstYear)]
            details?.termMonths = risk.contributions.count * 12
            details?.notes.append("The premium shown is the first policy year's planned contributions (\(risk.frequency.rawValue)); the illustrative rate is not guaranteed")
        }
        w.record(WorksheetStep(name: "First-year contributions", amount: firstYear.yuanString))
        return firstYear
    }
}
