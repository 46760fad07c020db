/// Term life: a level annual premium for an n-year term on sum insured S at entry age x, from
/// the product's mortality table and pricing interest rate. Net premium (benefit at the end of
/// the year of death, premiums annually in advance):
///
///     P = S · (Mₓ − Mₓ₊ₙ) / (Nₓ − Nₓ₊ₙ)
///
/// rounded to the fen; gross premium G = (P + policy fee) / (1 − proportional loading), rounded
/// to the fen. The worksheet shows both.
public struct TermLifeRating: RatingModule {
    public struct Risk: Sendable {
        var sumInsured: Money
        var termYears: Int
        var person: InsuredPersonInput
        var healthDeclaration: String
    }

    public static let line = LineOfBusiness.termLife
    public static let vocabulary = RatingVocabulary(
        module: "term-life",
        summary: "A level annual premium for an n-year term on sum insured S at entry age x from commutation functions of the mortality table at the pricing interest rate: net premium P = S · (Mₓ − Mₓ₊ₙ) / (Nₓ − Nₓ₊ₙ), rounded to the fen; gross premium G = (P + policy fee) / (1 − proportional loading), rounded to the fen.",
        roles: [TableRole("mortality", [("table", .key), ("age", .range)], meaning: "qx, the probability of dying within the year at age x, by table key",
                          valueRange: .of("0", "1"), mortalityCategory: "non-annuity")],
        parameters: [
            ParameterSpec("mortality-male", .key, meaning: "the key of the male table in the mortality table (CL1)", unit: "key"),
            ParameterSpec("mortality-female", .key, meaning: "the key of the female table (CL2)", unit: "key"),
            ParameterSpec("interest-rate", .decimal, meaning: "the pricing interest rate (预定利率)", unit: "annual rate", range: .of("0", "0.1"),
                          pricingInterestCategory: "ordinary"),
            ParameterSpec("proportional-loading", .decimal, meaning: "the share of the gross premium for expenses and profit", range: .of("0", "0.99")),
            ParameterSpec("policy-fee", .money, meaning: "a fixed loading per policy and year", unit: "yuan", range: .of("0", "10000")),
        ],
        fields: [
            RiskFieldSpec("sumInsured", .money, unit: "yuan", meaning: "the death benefit", allowed: .described("an allowed amount of the coverage")),
            RiskFieldSpec("termYears", .integer, unit: "years", meaning: "the term", allowed: .described("an allowed policy term")),
            RiskFieldSpec("healthDeclaration", .key, required: false, meaning: "the health declaration (default normal)", allowed: .values(["normal", "abnormal"])),
            RiskFieldSpec("insured", .list, meaning: "the one insured person", items: RiskFieldSpec.insuredPerson(sex: true)),
            .startDate,
        ],
        facts: [
            FactSpec("sum-insured", .number, meaning: "the death benefit", unit: "yuan"),
            FactSpec("insured-age", .number, meaning: "the insured person's age at entry", unit: "years"),
            FactSpec("expiry-age", .number, meaning: "the age at the end of the term", unit: "years"),
            FactSpec("term-years", .number, meaning: "the term", unit: "years"),
            FactSpec("sex", .key, meaning: "the insured person's sex"),
            FactSpec("health-declaration", .key, meaning: "normal or abnormal"),
        ],
        coverages: .one("the death benefit"))

    public static func needs(_ product: Product) -> [TableNeed] {
        let entry = product.acceptedRange(of: "insured-age", fallback: 0...105)
        let expiry = product.acceptedRange(of: "expiry-age", fallback: 0...106)
        let keys = ["mortality-male", "mortality-female"].compactMap { product.rating.parameters[$0] }
        return [TableNeed(role: "mortality", keys: ["table": keys], ranges: ["age": entry.lowerBound...max(entry.lowerBound, expiry.upperBound - 1)],
                          reason: "entry ages from \(entry.lowerBound) to an expiry age of \(expiry.upperBound)")]
    }

    public let product: Product
    let coverage: Coverage
    let male: CommutationTable
    let female: CommutationTable
    let interest: ExactDecimal
    let loading: ExactDecimal
    let policyFee: Money

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        let main = try product.requireMainCoverage()
        coverage = main
        let parameters = RatingParameters(product: product)
        interest = try parameters.decimal("interest-rate")
        loading = try parameters.decimal("proportional-loading")
        policyFee = try parameters.money("policy-fee")
        guard loading >= .zero, loading < .one else {
            throw PuhuiError.invalid("product \(product.code): proportional-loading \(loading) must be at least 0 and below 1")
        }
        let mortality = try tables.index("mortality", product: product)
        male = try CommutationTable(index: mortality, key: try parameters.key("mortality-male"), interest: interest)
        female = try CommutationTable(index: mortality, key: try parameters.key("mortality-female"), interest: interest)
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let sumInsured = reader.money(fields, "sumInsured")
        if let sumInsured { _ = reader.check(sumInsured, within: coverage, path: "sumInsured", line: fields.line) }
        let term = reader.integer(fields, "termYears")
        if let term, !product.policyTerm.allows(term) {
            reader.fail("termYears", "\(term) is not an allowed term (\(product.policyTerm.allowedDescription))", line: fields.line)
        }
        let declaration = reader.key(fields, "healthDeclaration", required: false, allowed: ["normal", "abnormal"]) ?? "normal"
        let persons = InsuredPersonInput.readAll(fields, context: context, reader: &reader, needsSex: true, classes: nil)
        if let persons, persons.count != 1 {
            reader.fail("insured", "term life insures exactly one person, not \(persons.count)", line: fields.line)
        }
        guard let sumInsured, let term, let person = persons?.first, persons?.count == 1 else { return nil }
        let table = person.sex == "female" ? female : male
        if !table.covers(age: person.age, years: term) {
            reader.fail("insured[1]", "age \(person.age) with a \(term)-year term runs past the mortality table \(table.key) (ages \(table.firstAge) to \(table.lastAge))", line: fields.line)
            return nil
        }
        return Risk(sumInsured: sumInsured, termYears: term, person: person, healthDeclaration: declaration)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("sum-insured", risk.sumInsured)
        facts.set("insured-age", risk.person.age)
        facts.set("expiry-age", risk.person.age + risk.termYears)
        facts.set("term-years", risk.termYears)
        if let sex = risk.person.sex { facts.set("sex", key: sex) }
        facts.set("health-declaration", key: risk.healthDeclaration)
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        let x = risk.person.age, n = risk.termYears
        let table = risk.person.sex == "female" ? female : male
        let mDifference = table.M(x) - table.M(x + n)
        let nDifference = table.N(x) - table.N(x + n)
        w.record(WorksheetStep(
            name: "Insured age \(x) (\(risk.person.sex ?? "")), \(n)-year term, sum insured \(risk.sumInsured.yuanString)",
            table: table.table, key: "table=\(table.key), age=\(x) to \(x + n)", factor: interest.description,
            note: "commutation functions at interest \(interest), radix l₀ = 1,000,000"))
        w.record(WorksheetStep(name: "Mₓ − Mₓ₊ₙ", factor: mDifference.rounded(scale: 10, .halfEven).description,
                               note: "M\(x) = \(table.M(x).rounded(scale: 10, .halfEven)), M\(x + n) = \(table.M(x + n).rounded(scale: 10, .halfEven))"))
        w.record(WorksheetStep(name: "Nₓ − Nₓ₊ₙ", factor: nDifference.rounded(scale: 10, .halfEven).description,
                               note: "N\(x) = \(table.N(x).rounded(scale: 10, .halfEven)), N\(x + n) = \(table.N(x + n).rounded(scale: 10, .halfEven))"))
        guard let ratio = mDifference.divided(by: nDifference, scale: 24, .halfEven) else {
            throw PuhuiError.declined("the mortality table gives no annuity value for age \(x) and term \(n)")
        }
        let netExact = risk.sumInsured.yuan * ratio
        w.record(WorksheetStep(name: "Net premium P = S · (Mₓ − Mₓ₊ₙ) / (Nₓ − Nₓ₊ₙ)", factor: ratio.rounded(scale: 12, .halfEven).description,
                               amount: netExact.rounded(scale: 6, .halfEven).description))
        let net = try netExact.money(rule, product, step: "net premium")
        w.record(WorksheetStep(name: "Net premium rounded", amount: net.yuanString, rounding: rule.worksheetText))
        let loaded = net.yuan + policyFee.yuan
        w.record(WorksheetStep(name: "+ policy fee", factor: policyFee.yuanString, amount: loaded.yuanText))
        let divisor = ExactDecimal.one - loading
        guard let grossExact = loaded.divided(by: divisor, scale: 12, .halfEven) else {
            throw PuhuiError.declined("the proportional loading leaves nothing to divide by")
        }
        w.record(WorksheetStep(name: "÷ (1 − proportional loading)", factor: loading.description, amount: grossExact.yuanText,
                               note: "G = (P + fee) / (1 − \(loading))"))
        let gross = try grossExact.money(rule, product, step: "gross premium")
        w.record(WorksheetStep(name: "Gross annual premium", amount: gross.yuanString, rounding: rule.worksheetText))
        if details != nil {
            let coverFrom = coverage.waitingPeriodDays.map { context.startDate.adding(days: $0) }
            details?.coverages = [QuotedCoverage(code: coverage.code, name: coverage.name, amount: risk.sumInsured, deductible: nil,
                                                 deductiblePercent: nil, indemnityPercent: nil, coverFrom: coverFrom,
                                                 aggregateLimit: nil, premium: gross)]
            details?.insuredPersons = [InsuredPremium(index: 1, party: risk.person.party, age: x, sex: risk.person.sex,
                                                      occupationClass: nil, premium: gross)]
            details?.netPremium = net
            details?.termMonths = n * 12
            details?.notes.append("Level annual premium payable for \(n) years; cover ends \(context.startDate.adding(years: n).adding(days: -1))")
            if let days = coverage.waitingPeriodDays, let coverFrom {
                details?.notes.append("\(days)-day waiting period for death from illness (accidents covered at once); full cover from \(coverFrom)")
            }
        }
        return gross
    }
}
