/// Health: per insured person, the annual premium for their age band, sex and plan from the
/// premium table; persons summed. The plan sets the limit of every coverage (product parameters
/// `plan-limit-<plan>`); each coverage's waiting period is carried into the quote as the date
/// cover for it begins.
public struct HealthRating: RatingModule {
    public struct Risk: Sendable {
        var plan: String
        var persons: [InsuredPersonInput]
        var healthDeclaration: String
    }

    public static let line = LineOfBusiness.health
    public static let vocabulary = RatingVocabulary(
        module: "health",
        summary: "Per insured person, the annual premium for their age band, sex and plan from the premium table; the persons added. The plan sets the limit of every coverage (parameters plan-limit-<plan>); each coverage's waiting period gives the date cover for it begins.",
        roles: [TableRole("premium", [("age", .range), ("sex", .key), ("plan", .key)],
                          meaning: "yuan per insured person per year by age band, sex and plan", valueRange: .of("0", "100000"))],
        parameters: [ParameterSpec("plan-limit-", .money, required: false, meaning: "the limit of every coverage under plan <name> (one parameter per plan)",
                                   unit: "yuan", range: .of("0", "100000000"), prefix: true)],
        fields: [
            RiskFieldSpec("plan", .key, meaning: "the plan chosen", allowed: .described("a plan named by a plan-limit-<plan> parameter")),
            RiskFieldSpec("healthDeclaration", .key, required: false, meaning: "the health declaration (default normal)", allowed: .values(["normal", "abnormal"])),
            RiskFieldSpec("insured", .list, meaning: "the insured persons", items: RiskFieldSpec.insuredPerson(sex: true)),
            .startDate,
        ],
        facts: [
            FactSpec("plan", .key, meaning: "the plan chosen"),
            FactSpec("sum-insured", .number, meaning: "the plan's limit", unit: "yuan"),
            FactSpec("health-declaration", .key, meaning: "normal or abnormal"),
            FactSpec("insured-age", .number, meaning: "each insured person's age at the start of cover", unit: "years", perItem: true),
            FactSpec("sex", .key, meaning: "each insured person's sex", perItem: true),
        ],
        coverages: .all("every coverage takes the plan's limit; the premium table prices them together"))
    static let planPrefix = "plan-limit-"

    static func plans(of product: Product) -> [String] {
        product.rating.parameters.keys.filter { $0.hasPrefix(planPrefix) }.map { String($0.dropFirst(planPrefix.count)) }.sorted()
    }

    public static func needs(_ product: Product) -> [TableNeed] {
        let ages = product.acceptedRange(of: "insured-age", fallback: 0...105)
        return [TableNeed(role: "premium", keys: ["plan": plans(of: product), "sex": ["female", "male"]], ranges: ["age": ages],
                          reason: "the insured ages the product accepts (\(ages.lowerBound) to \(ages.upperBound))")]
    }

    public let product: Product
    let premiumTable: RateIndex
    let planLimits: [String: Money]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        premiumTable = try tables.index("premium", product: product)
        let parameters = RatingParameters(product: product)
        var limits: [String: Money] = [:]
        for plan in HealthRating.plans(of: product) {
            limits[plan] = try parameters.money(HealthRating.planPrefix + plan)
        }
        if limits.isEmpty { throw PuhuiError.invalid("product \(product.code): no plan-limit-<plan> parameter names a plan") }
        planLimits = limits
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let plan = reader.key(fields, "plan", allowed: planLimits.keys.sorted())
        let declaration = reader.key(fields, "healthDeclaration", required: false, allowed: ["normal", "abnormal"]) ?? "normal"
        let persons = InsuredPersonInput.readAll(fields, context: context, reader: &reader, needsSex: true, classes: nil)
        if let plan, let limit = planLimits[plan] {
            for coverage in product.coverages where !coverage.amount.allows(limit) {
                reader.fail("plan", "plan \(plan) sets \(coverage.code) to \(limit.yuanString), outside its allowed amounts (\(coverage.amount.allowedDescription))", line: fields.line)
            }
        }
        guard let plan, let persons else { return nil }
        return Risk(plan: plan, persons: persons, healthDeclaration: declaration)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("plan", key: risk.plan)
        facts.set("sum-insured", planLimits[risk.plan] ?? .zero)
        facts.set("health-declaration", key: risk.healthDeclaration)
        for person in risk.persons {
            facts.set("insured-age", person.age)
            if let sex = person.sex { facts.set("sex", key: sex) }
        }
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        var exact = ExactDecimal.zero
        var persons: [InsuredPremium] = []
        for person in risk.persons {
            let lookup = try premiumTable.lookup(["age": .number(Int64(person.age)), "sex": .key(person.sex ?? ""), "plan": .key(risk.plan)])
            exact = exact + lookup.value
            w.record(WorksheetStep(name: "Insured person \(person.index): annual premium", table: lookup.tableVersion,
                                   key: lookup.query, factor: lookup.value.description, amount: exact.yuanText,
                                   note: "age \(person.age) on \(context.startDate)"))
            persons.append(InsuredPremium(index: person.index, party: person.party, age: person.age, sex: person.sex,
                                          occupationClass: nil, premium: try lookup.value.money(rule, product, step: "insured person \(person.index)")))
        }
        let premium = try exact.money(rule, product, step: "premium")
        w.record(WorksheetStep(name: "Premium", amount: premium.yuanString, rounding: rule.worksheetText))
        if details != nil {
            let limit = planLimits[risk.plan] ?? .zero
            for coverage in product.coverages {
                let coverFrom = coverage.waitingPeriodDays.map { context.startDate.adding(days: $0) }
                details?.coverages.append(QuotedCoverage(
                    code: coverage.code, name: coverage.name, amount: limit, deductible: coverage.deductible.amount,
                    deductiblePercent: coverage.deductible.percentOfLoss, indemnityPercent: coverage.indemnityPercent,
                    coverFrom: coverFrom, aggregateLimit: nil, premium: nil))
                if let days = coverage.waitingPeriodDays, let coverFrom {
                    details?.notes.append("\(coverage.code): \(days)-day waiting period; illnesses that begin before \(coverFrom) are not covered")
                }
            }
            details?.insuredPersons = persons
        }
        return premium
    }
}
