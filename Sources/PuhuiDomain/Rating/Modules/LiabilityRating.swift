/// Liability: public liability on annual revenue (revenue × rate by industry hazard class ×
/// limit factor × deductible factor) plus, when chosen, employer's liability on headcount
/// (employees × premium per employee × limit factor); the total not below the minimum premium.
/// The aggregate limit of public liability is the per-occurrence limit × the aggregate multiple.
public struct LiabilityRating: RatingModule {
    public struct Risk: Sendable {
        var hazardClass: String
        var annualRevenue: Money
        var employees: Int
        var publicLimit: Money
        var employerLimit: Money?
        var deductible: Money
    }

    public static let line = LineOfBusiness.liability
    public static let vocabulary = RatingVocabulary(
        module: "liability", summary: "",
        roles: [
            TableRole("public-rate", [("hazard", .key)], meaning: "", valueRange: .of("0", "1")),
            TableRole("employer-rate", [("hazard", .key)], meaning: "", valueRange: .of("0", "100000")),
            TableRole("limit-factor", [("coverage", .key), ("limit", .range)], meaning: "", valueRange: .of("0", "10")),
            TableRole("deductible-factor", [("deductible", .range)], meaning: "", valueRange: .of("0", "10")),
        ],
        parameters: [ParameterSpec("minimum-premium", .money, meaning: ""), ParameterSpec("aggregate-multiple", .decimal, meaning: "")],
        fields: ["industryHazardClass", "annualRevenue", "employees", "publicLimit", "employerLimit", "deductible", "startDate"].map {
            RiskFieldSpec($0, .text, meaning: "")
        },
        facts: ["sum-insured", "employer-limit", "annual-revenue", "employees"].map { FactSpec($0, .number, meaning: "") } + ["industry-hazard-class"].map { FactSpec($0, .key, meaning: "") },
        coverages: .all(""))

    public static func needs(_ product: Product) -> [TableNeed] {
        var needs: [TableNeed] = []
        for (index, coverage) in product.coverages.prefix(2).enumerated() {
            let key = index == 0 ? "public" : "employer"
            for option in coverage.amount.options {
                let yuan = option.fen / 100
                needs.append(TableNeed(role: "limit-factor", keys: ["coverage": [key]], ranges: ["limit": yuan...yuan],
                                       reason: "the limit options of \(coverage.code)"))
            }
        }
        needs += TableNeed.deductibleOptions(of: product)
        return needs
    }

    public let product: Product
    let publicCoverage: Coverage
    let employerCoverage: Coverage?
    let publicRate: RateIndex
    let employerRate: RateIndex
    let limitFactor: RateIndex
    let deductibleFactor: RateIndex
    let minimumPremium: Money
    let aggregateMultiple: ExactDecimal
    let hazardClasses: [String]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        let main = try product.requireMainCoverage()
        publicCoverage = main
        employerCoverage = product.coverages.first { $0.code != main.code }
        publicRate = try tables.index("public-rate", product: product)
        employerRate = try tables.index("employer-rate", product: product)
        limitFactor = try tables.index("limit-factor", product: product)
        deductibleFactor = try tables.index("deductible-factor", product: product)
        let parameters = RatingParameters(product: product)
        minimumPremium = try parameters.money("minimum-premium")
        aggregateMultiple = try parameters.decimal("aggregate-multiple")
        hazardClasses = publicRate.keys(of: "hazard")
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let hazard = reader.key(fields, "industryHazardClass", allowed: hazardClasses)
        let revenue = reader.money(fields, "annualRevenue")
        let employees = reader.integer(fields, "employees", allowed: 0...100_000)
        let publicLimit = reader.money(fields, "publicLimit")
        let employerLimit = reader.money(fields, "employerLimit", required: false)
        let deductible = reader.money(fields, "deductible", required: false) ?? publicCoverage.deductible.options.first ?? .zero
        if let publicLimit { _ = reader.check(publicLimit, within: publicCoverage, path: "publicLimit", line: fields.line) }
        if let employerLimit {
            if let employerCoverage { _ = reader.check(employerLimit, within: employerCoverage, path: "employerLimit", line: fields.line) }
            else { reader.fail("employerLimit", "the product has no employer's liability", line: fields.line) }
            if employees == 0 { reader.fail("employees", "employer's liability needs at least one employee", line: fields.line) }
        }
        if !publicCoverage.deductible.options.isEmpty && !publicCoverage.deductible.options.contains(deductible) {
            reader.fail("deductible", "\(deductible.yuanString) is not one of \(publicCoverage.deductible.options.map(\.yuanString).joined(separator: ", "))", line: fields.line)
        }
        guard let hazard, let revenue, let employees, let publicLimit else { return nil }
        return Risk(hazardClass: hazard, annualRevenue: revenue, employees: employees, publicLimit: publicLimit,
                    employerLimit: employerLimit, deductible: deductible)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("industry-hazard-class", key: risk.hazardClass)
        facts.set("sum-insured", risk.publicLimit)
        if let employerLimit = risk.employerLimit { facts.set("employer-limit", employerLimit) }
        facts.set("annual-revenue", risk.annualRevenue)
        facts.set("employees", risk.employees)
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        // Public liability on revenue.
        var amount = risk.annualRevenue.yuan
        w.record(WorksheetStep(name: "Public liability: annual revenue", amount: amount.yuanText))
        let rate = try publicRate.lookup(["hazard": .key(risk.hazardClass)])
        amount = amount * rate.value
        w.record(rate.step("× public liability rate", amount: amount))
        let publicLimitFactor = try limitFactor.lookup(["coverage": .key("public"), "limit": .number(risk.publicLimit.fen / 100)])
        amount = amount * publicLimitFactor.value
        w.record(publicLimitFactor.step("× limit factor", amount: amount))
        let deductible = try deductibleFactor.lookup(["deductible": .number(risk.deductible.fen / 100)])
        amount = amount * deductible.value
        w.record(deductible.step("× deductible factor", amount: amount))
        let publicPremium = Money(yuan: amount, rounding: rule) ?? .zero
        w.record(WorksheetStep(name: "Public liability premium", amount: publicPremium.yuanString, rounding: rule.worksheetText))
        var total = publicPremium

        var employerPremium: Money? = nil
        if let employerLimit = risk.employerLimit {
            var employer = ExactDecimal(risk.employees)
            w.record(WorksheetStep(name: "Employer's liability: employees", amount: nil, note: "\(risk.employees) employees"))
            let perHead = try employerRate.lookup(["hazard": .key(risk.hazardClass)])
            employer = employer * perHead.value
            w.record(perHead.step("× premium per employee", amount: employer))
            let factor = try limitFactor.lookup(["coverage": .key("employer"), "limit": .number(employerLimit.fen / 100)])
            employer = employer * factor.value
            w.record(factor.step("× limit factor", amount: employer))
            let rounded = Money(yuan: employer, rounding: rule) ?? .zero
            employerPremium = rounded
            w.record(WorksheetStep(name: "Employer's liability premium", amount: rounded.yuanString, rounding: rule.worksheetText))
            total += rounded
            w.record(WorksheetStep(name: "Sum of the coverages", amount: total.yuanString))
        }
        total = total.atLeast(minimumPremium, &w)
        if details != nil {
            let aggregate = Money(yuan: risk.publicLimit.yuan * aggregateMultiple, rounding: rule)
            details?.coverages.append(QuotedCoverage(
                code: publicCoverage.code, name: publicCoverage.name, amount: risk.publicLimit, deductible: risk.deductible,
                deductiblePercent: nil, indemnityPercent: nil, coverFrom: nil, aggregateLimit: aggregate, premium: publicPremium))
            if let employerCoverage, let employerLimit = risk.employerLimit {
                details?.coverages.append(QuotedCoverage(
                    code: employerCoverage.code, name: employerCoverage.name, amount: employerLimit, deductible: nil,
                    deductiblePercent: nil, indemnityPercent: nil, coverFrom: nil,
                    aggregateLimit: Money(fen: employerLimit.fen * Int64(risk.employees)), premium: employerPremium))
            }
            details?.notes.append("Public liability aggregate limit: \(risk.publicLimit.yuanString) × \(aggregateMultiple) per policy year")
        }
        return total
    }
}
