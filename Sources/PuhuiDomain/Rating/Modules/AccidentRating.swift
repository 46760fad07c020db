/// Accident: per insured person, death and disability benefit × class rate per mille, plus the
/// medical sum insured × medical rate when chosen; persons summed, less the group-size
/// discount, not below the minimum premium. The uninsurable class is declined with its reason.
public struct AccidentRating: RatingModule {
    public struct Risk: Sendable {
        var deathBenefit: Money
        var medicalSumInsured: Money?
        var persons: [InsuredPersonInput]
    }

    public static let uninsurableClass = "uninsurable"
    public static let line = LineOfBusiness.accident
    public static let vocabulary = RatingVocabulary(
        module: "accident", summary: "",
        roles: [
            TableRole("class-rate", [("class", .key)], meaning: "", valueRange: .of("0", "1000")),
            TableRole("medical-rate", [("class", .key)], meaning: "", valueRange: .of("0", "1")),
            TableRole("group-discount", [("insured-persons", .range)], meaning: "", valueRange: .of("0", "1")),
        ],
        parameters: [ParameterSpec("minimum-premium", .money, meaning: "")],
        fields: [RiskFieldSpec("deathBenefit", .text, meaning: ""), RiskFieldSpec("medicalSumInsured", .text, meaning: ""),
                 RiskFieldSpec("insured", .list, meaning: "", items: RiskFieldSpec.insuredPerson(sex: false, extra: [RiskFieldSpec("occupationClass", .key, meaning: "")])),
                 .startDate],
        facts: ["sum-insured", "medical-sum-insured", "group-size", "insured-age"].map { FactSpec($0, .number, meaning: "") } + ["occupation-class"].map { FactSpec($0, .key, meaning: "") },
        coverages: .all(""))

    public static func needs(_ product: Product) -> [TableNeed] {
        let smallest = product.acceptedRange(of: "group-size", fallback: 1...Int64.max)
        return [TableNeed(role: "group-discount", ranges: ["insured-persons": smallest.lowerBound...Int64.max], reason: "any group of \(smallest.lowerBound) or more persons")]
    }

    public let product: Product
    let deathCoverage: Coverage
    let medicalCoverage: Coverage?
    let classRate: RateIndex
    let medicalRate: RateIndex
    let groupDiscount: RateIndex
    let minimumPremium: Money
    let classes: [String]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        let main = try product.requireMainCoverage()
        deathCoverage = main
        medicalCoverage = product.coverages.first { $0.code != main.code }
        classRate = try tables.index("class-rate", product: product)
        medicalRate = try tables.index("medical-rate", product: product)
        groupDiscount = try tables.index("group-discount", product: product)
        minimumPremium = try RatingParameters(product: product).money("minimum-premium")
        classes = classRate.keys(of: "class")
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let death = reader.money(fields, "deathBenefit")
        let medical = reader.money(fields, "medicalSumInsured", required: false)
        if let death { _ = reader.check(death, within: deathCoverage, path: "deathBenefit", line: fields.line) }
        if let medical {
            if let medicalCoverage { _ = reader.check(medical, within: medicalCoverage, path: "medicalSumInsured", line: fields.line) }
            else { reader.fail("medicalSumInsured", "the product has no medical coverage", line: fields.line) }
        }
        let persons = InsuredPersonInput.readAll(fields, context: context, reader: &reader, needsSex: false,
                                                 classes: classes + [AccidentRating.uninsurableClass])
        guard let death, let persons else { return nil }
        return Risk(deathBenefit: death, medicalSumInsured: medical, persons: persons)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("sum-insured", risk.deathBenefit)
        if let medical = risk.medicalSumInsured { facts.set("medical-sum-insured", medical) }
        facts.set("group-size", risk.persons.count)
        for person in risk.persons {
            facts.set("insured-age", person.age)
            if let occupationClass = person.occupationClass { facts.set("occupation-class", key: occupationClass) }
        }
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        if let refused = risk.persons.first(where: { $0.occupationClass == AccidentRating.uninsurableClass }) {
            throw PuhuiError.declined("insured person \(refused.index) is in the uninsurable occupation class; the product has no rate for it")
        }
        // Persons of one class pay the same: price per class, then count.
        var perClass: [String: Money] = [:]
        for occupationClass in Set(risk.persons.compactMap(\.occupationClass)).sorted() {
            let count = risk.persons.filter { $0.occupationClass == occupationClass }.count
            let perMille = try classRate.lookup(["class": .key(occupationClass)])
            var exact = risk.deathBenefit.yuan * perMille.value * ExactDecimal.perMille
            w.record(WorksheetStep(name: "Class \(occupationClass): death benefit \(risk.deathBenefit.yuanString) × rate per mille × 0.001",
                                   table: perMille.tableVersion, key: perMille.query, factor: perMille.value.description, amount: exact.yuanText))
            if let medical = risk.medicalSumInsured {
                let medicalLookup = try medicalRate.lookup(["class": .key(occupationClass)])
                let medicalPart = medical.yuan * medicalLookup.value
                exact = exact + medicalPart
                w.record(WorksheetStep(name: "Class \(occupationClass): + medical \(medical.yuanString) × medical rate",
                                       table: medicalLookup.tableVersion, key: medicalLookup.query,
                                       factor: medicalLookup.value.description, amount: exact.yuanText))
            }
            let perPerson = Money(yuan: exact, rounding: rule) ?? .zero
            perClass[occupationClass] = perPerson
            w.record(WorksheetStep(name: "Class \(occupationClass): premium per person × \(count) person\(count == 1 ? "" : "s")",
                                   amount: Money(fen: perPerson.fen * Int64(count)).yuanString, rounding: rule.worksheetText,
                                   note: "\(perPerson.yuanString) per person"))
        }
        let gross = risk.persons.reduce(Money.zero) { $0 + (perClass[$1.occupationClass ?? ""] ?? .zero) }
        w.record(WorksheetStep(name: "Sum over \(risk.persons.count) insured person\(risk.persons.count == 1 ? "" : "s")", amount: gross.yuanString))
        let discount = try groupDiscount.lookup(["insured-persons": .number(Int64(risk.persons.count))])
        let discounted = gross.yuan * (ExactDecimal.one - discount.value)
        var premium = Money(yuan: discounted, rounding: rule) ?? .zero
        w.record(WorksheetStep(name: "× (1 − group-size discount)", table: discount.tableVersion, key: discount.query,
                               factor: discount.value.description, amount: premium.yuanString, rounding: rule.worksheetText))
        premium = premium.atLeast(minimumPremium, &w)
        if details != nil {
            details?.coverages.append(QuotedCoverage(
                code: deathCoverage.code, name: deathCoverage.name, amount: risk.deathBenefit, deductible: nil,
                deductiblePercent: nil, indemnityPercent: nil, coverFrom: nil, aggregateLimit: nil, premium: nil))
            if let medicalCoverage, let medical = risk.medicalSumInsured {
                details?.coverages.append(QuotedCoverage(
                    code: medicalCoverage.code, name: medicalCoverage.name, amount: medical, deductible: medicalCoverage.deductible.amount,
                    deductiblePercent: nil, indemnityPercent: medicalCoverage.indemnityPercent, coverFrom: nil, aggregateLimit: nil, premium: nil))
            }
            details?.insuredPersons = risk.persons.map {
                InsuredPremium(index: $0.index, party: $0.party, age: $0.age, sex: nil, occupationClass: $0.occupationClass,
                               premium: perClass[$0.occupationClass ?? ""] ?? .zero)
            }
            if discount.value > .zero {
                details?.notes.append("Group of \(risk.persons.count): \(discount.value) discount on the sum of the persons' premiums")
            }
        }
        return premium
    }
}
