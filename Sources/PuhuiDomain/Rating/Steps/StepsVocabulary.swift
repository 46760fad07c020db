/// The vocabulary of a steps product: the fields and facts its file declares. The module itself
/// declares only its language (step kinds, field types, key sources), for the reference.
public enum StepsVocabulary {
    /// The risk fields a steps product reads: its declared fields, its insured persons' fields,
    /// and `startDate`.
    public static func riskFields(_ definition: StepsDefinition) -> [RiskFieldSpec] {
        var result = definition.fields.map(spec)
        if let persons = definition.persons {
            var person = RiskFieldSpec.insuredPerson(sex: persons.sex == .required)
            person += persons.fields.map(spec)
            result.append(RiskFieldSpec("insured", .list, meaning: "the insured persons (in batch rating, the row is its one person)",
                                        items: person))
        }
        result.append(.startDate)
        return result
    }

    static func spec(_ field: StepField) -> RiskFieldSpec {
        let kind: RiskFieldSpec.Kind = switch field.kind {
        case .money: .money
        case .integer: .integer
        case .decimal: .decimal
        case .key: .key
        case .date: .date
        case .text: .text
        }
        var allowed = RiskFieldSpec.Allowed.any
        if let values = field.values { allowed = .values(values) }
        if let min = field.min.flatMap({ Int64($0) }), let max = field.max.flatMap({ Int64($0) }) { allowed = .range(lower: min, upper: max) }
        if let code = field.amountOf { allowed = .described("an allowed amount of coverage \(code)") }
        if let code = field.deductibleOf { allowed = .described("one of the deductible options of coverage \(code)") }
        return RiskFieldSpec(field.name, kind, required: field.required && field.defaultValue == nil, unit: field.unit ?? (field.kind == .money ? "yuan" : ""),
                             meaning: field.meaning ?? "", allowed: allowed)
    }

    /// The facts a steps product provides: those its fields name, and its persons' count, ages and sexes.
    public static func facts(_ definition: StepsDefinition) -> [FactSpec] {
        var facts: [FactSpec] = []
        func add(_ field: StepField, perItem: Bool) {
            guard let name = field.fact else { return }
            let kind: FactSpec.Kind = [.key, .text, .date].contains(field.kind) ? .key : .number
            facts.append(FactSpec(name, kind, meaning: field.meaning ?? "field \(field.name)", unit: field.unit ?? (field.kind == .money ? "yuan" : ""),
                                  perItem: perItem))
        }
        definition.fields.forEach { add($0, perItem: false) }
        if let persons = definition.persons {
            if let name = persons.countFact { facts.append(FactSpec(name, .number, meaning: "the number of insured persons")) }
            if let name = persons.ageFact { facts.append(FactSpec(name, .number, meaning: "each insured person's age at the start of cover", unit: "years", perItem: true)) }
            if let name = persons.sexFact { facts.append(FactSpec(name, .key, meaning: "each insured person's sex", perItem: true)) }
            persons.fields.forEach { add($0, perItem: true) }
        }
        return facts
    }

    /// The module's entry in the vocabulary of modules: its names are the product's own.
    public static let vocabulary = RatingVocabulary(
        module: RatingModuleName.steps.rawValue,
        summary: "The premium as ordered steps written in the product file: each part (a coverage, or several priced together) starts from an amount, multiplies it by rates and factors looked up in the product's tables by risk fields, adds terms, prices each insured person, rounds to the fen by a named rule and applies a minimum or maximum; the parts are added and the total may have its own minimum. Each step is a worksheet line with its table, key, factor and running amount. The product declares its risk fields (type, unit, required or optional, allowed values or range), the facts they provide to underwriting rules, and which coverage each part prices.",
        roles: [], parameters: [], fields: [], facts: [], coverages: .declared)
}
