/// Property: sum insured × base rate (occupancy, construction) × fire protection factor ×
/// deductible factor × loss history factor, rounded to the fen, not below the minimum premium;
/// plus the theft extension at its flat rate when chosen.
public struct PropertyRating: RatingModule {
    public struct Risk: Sendable {
        var sumInsured: Money
        var occupancy: String
        var construction: String
        var fireProtection: String
        var deductible: Money
        var claimsLast3Years: Int
        var theftSumInsured: Money?
    }

    public static let line = LineOfBusiness.property
    public static let vocabulary = RatingVocabulary(
        module: "property", summary: "",
        roles: [
            TableRole("base-rate", [("occupancy", .key), ("construction", .key)], meaning: "", valueRange: .of("0", "1")),
            TableRole("fire-protection-factor", [("protection", .key)], meaning: "", valueRange: .of("0", "10")),
            TableRole("deductible-factor", [("deductible", .range)], meaning: "", valueRange: .of("0", "10")),
            TableRole("loss-history-factor", [("claims", .range)], meaning: "", valueRange: .of("0", "10")),
        ],
        parameters: [ParameterSpec("minimum-premium", .money, meaning: ""), ParameterSpec("theft-rate", .decimal, required: false, meaning: "")],
        fields: ["sumInsured", "occupancy", "construction", "fireProtection", "deductible", "claimsLast3Years", "theftSumInsured", "startDate"].map {
            RiskFieldSpec($0, .text, meaning: "")
        },
        facts: ["sum-insured", "claims-last-3-years"].map { FactSpec($0, .number, meaning: "") } + ["occupancy", "construction", "fire-protection"].map { FactSpec($0, .key, meaning: "") },
        coverages: .all(""))

    public static func needs(_ product: Product) -> [TableNeed] {
        var needs = [TableNeed(role: "loss-history-factor", ranges: ["claims": 0...Int64.max], reason: "any number of past claims")]
        needs += TableNeed.deductibleOptions(of: product)
        return needs
    }

    public let product: Product
    let main: Coverage
    let theft: Coverage?
    let baseRate: RatePlan
    let fireFactor: RatePlan
    let deductibleFactor: RatePlan
    let lossFactor: RatePlan
    let minimumPremium: Money
    let theftRate: ExactDecimal?
    let occupancies: [String]
    let constructions: [String]
    let protections: [String]
    /// Occupancies and constructions a decline rule names: read, then refused by the rule.
    let declinedOccupancies: [String]
    let declinedConstructions: [String]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        let main = try product.requireMainCoverage()
        self.main = main
        theft = product.coverages.first { !$0.mandatory }
        let base = try tables.index("base-rate", product: product)
        let fire = try tables.index("fire-protection-factor", product: product)
        baseRate = base.plan(["occupancy", "construction"])
        fireFactor = fire.plan(["protection"])
        deductibleFactor = try tables.index("deductible-factor", product: product).plan(["deductible"])
        lossFactor = try tables.index("loss-history-factor", product: product).plan(["claims"])
        let parameters = RatingParameters(product: product)
        minimumPremium = try parameters.money("minimum-premium")
        theftRate = product.rating.parameters["theft-rate"] == nil ? nil : try parameters.decimal("theft-rate")
        occupancies = base.keys(of: "occupancy")
        constructions = base.keys(of: "construction")
        protections = fire.keys(of: "protection")
        declinedOccupancies = product.declinedKeys(fact: "occupancy")
        declinedConstructions = product.declinedKeys(fact: "construction")
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let sumInsured = reader.money(fields, "sumInsured")
        let occupancy = reader.key(fields, "occupancy", allowed: occupancies, accepted: declinedOccupancies)
        let construction = reader.key(fields, "construction", allowed: constructions, accepted: declinedConstructions)
        let protection = reader.key(fields, "fireProtection", allowed: protections)
        let deductible = reader.money(fields, "deductible", required: main.deductible.options.count > 1) ?? main.deductible.options.first
        let claims = reader.integer(fields, "claimsLast3Years", required: false, allowed: 0...1000) ?? 0
        let theftSum = reader.money(fields, "theftSumInsured", required: false)
        if let sumInsured { _ = reader.check(sumInsured, within: main, path: "sumInsured", line: fields.line) }
        if let deductible, !main.deductible.options.isEmpty, !main.deductible.options.contains(deductible) {
            reader.fail("deductible", "\(deductible.yuanString) is not one of \(main.deductible.options.map(\.yuanString).joined(separator: ", "))", line: fields.line)
        }
        if let theftSum {
            if let theft { _ = reader.check(theftSum, within: theft, path: "theftSumInsured", line: fields.line) }
            else { reader.fail("theftSumInsured", "the product has no theft extension", line: fields.line) }
        }
        guard let sumInsured, let occupancy, let construction, let protection, let deductible else { return nil }
        return Risk(sumInsured: sumInsured, occupancy: occupancy, construction: construction, fireProtection: protection,
                    deductible: deductible, claimsLast3Years: claims, theftSumInsured: theftSum)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("sum-insured", risk.sumInsured)
        facts.set("occupancy", key: risk.occupancy)
        facts.set("construction", key: risk.construction)
        facts.set("fire-protection", key: risk.fireProtection)
        facts.set("claims-last-3-years", risk.claimsLast3Years)
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        var amount = risk.sumInsured.yuan
        w.record(WorksheetStep(name: "Sum insured (\(main.code))", amount: amount.yuanText))
        let baseKey: [RateQueryValue] = [.key(risk.occupancy), .key(risk.construction)]
        let base = try baseRate.value(.key(risk.occupancy), .key(risk.construction))
        amount = amount * base
        w.record(baseRate.step("× base rate", baseKey, factor: base, amount: amount))
        let fire = try fireFactor.value(.key(risk.fireProtection))
        amount = amount * fire
        w.record(fireFactor.step("× fire protection factor", [.key(risk.fireProtection)], factor: fire, amount: amount))
        let deductibleKey = RateQueryValue.number(risk.deductible.fen / 100)
        let deductible = try deductibleFactor.value(deductibleKey)
        amount = amount * deductible
        w.record(deductibleFactor.step("× deductible factor", [deductibleKey], factor: deductible, amount: amount))
        let claimsKey = RateQueryValue.number(Int64(risk.claimsLast3Years))
        let loss = try lossFactor.value(claimsKey)
        amount = amount * loss
        w.record(lossFactor.step("× loss history factor", [claimsKey], factor: loss, amount: amount))
        var premium = Money(yuan: amount, rounding: rule) ?? .zero
        w.record(WorksheetStep(name: "Round to the fen", amount: premium.yuanString, rounding: rule.worksheetText))
        premium = premium.atLeast(minimumPremium, &w)
        var total = premium
        var theftPremium: Money? = nil
        if let theftSum = risk.theftSumInsured, let theftRate {
            let theftAmount = theftSum.yuan * theftRate
            let rounded = Money(yuan: theftAmount, rounding: rule) ?? .zero
            theftPremium = rounded
            total += rounded
            w.record(WorksheetStep(name: "Theft extension: \(theftSum.yuanString) × theft rate", factor: theftRate.description,
                                   amount: rounded.yuanString, rounding: rule.worksheetText,
                                   note: "product parameter theft-rate"))
            w.record(WorksheetStep(name: "Total premium", amount: total.yuanString))
        }
        if details != nil {
            details?.coverages.append(QuotedCoverage(
                code: main.code, name: main.name, amount: risk.sumInsured, deductible: risk.deductible,
                deductiblePercent: nil, indemnityPercent: main.indemnityPercent, coverFrom: nil, aggregateLimit: nil, premium: premium))
            if let theft, let theftSum = risk.theftSumInsured {
                details?.coverages.append(QuotedCoverage(
                    code: theft.code, name: theft.name, amount: theftSum, deductible: theft.deductible.amount,
                    deductiblePercent: theft.deductible.percentOfLoss, indemnityPercent: theft.indemnityPercent,
                    coverFrom: nil, aggregateLimit: nil, premium: theftPremium))
            }
        }
        return total
    }
}
