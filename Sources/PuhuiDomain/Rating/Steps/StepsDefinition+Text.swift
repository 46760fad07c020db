/// A steps definition in words, one line each, for `catalog show` and the product reference.
extension StepsDefinition {
    /// `sumInsured: money, required, yuan; amount of PROPERTY; fact sum-insured — meaning`.
    static func fieldText(_ field: StepField) -> String {
        var parts = [field.kind.rawValue, field.required ? "required" : "optional"]
        if let unit = field.unit { parts.append(unit) }
        if let value = field.defaultValue { parts.append("default \(value)") }
        if let values = field.values { parts.append("one of " + values.joined(separator: ", ")) }
        if field.min != nil || field.max != nil { parts.append("\(field.min ?? "…") to \(field.max ?? "…")") }
        if let code = field.amountOf { parts.append("amount of \(code)") }
        if let code = field.deductibleOf { parts.append("deductible of \(code)") }
        if let fact = field.fact { parts.append("fact \(fact)") }
        return "\(field.name): \(parts.joined(separator: ", "))" + (field.meaning.map { " — \($0)" } ?? "")
    }

    /// `× table base-rate (occupancy=occupancy, construction=construction)`.
    static func stepText(_ step: PremiumStep) -> String {
        func operand(_ o: Operand?) -> String {
            guard let o else { return "" }
            if let table = o.table {
                let keys = (o.keys ?? []).map { "\($0.dimension)=\($0.field ?? $0.value.map { "'\($0)'" } ?? "number of \($0.count ?? "")")" }
                return "table \(table) (\(keys.joined(separator: ", ")))"
            }
            return o.text
        }
        let when = step.when.map { " when \($0) is given" } ?? ""
        switch step.kind {
        case .amount: return "start from \(operand(step.operand))"
        case .multiply: return (step.complement == true ? "× (1 − \(operand(step.operand)))" : "× \(operand(step.operand))")
        case .add: return "+ (" + (step.steps ?? []).map(stepText).joined(separator: " ") + ")" + when
        case .eachPerson: return "for each insured person: " + (step.steps ?? []).map(stepText).joined(separator: " ") + "; persons added"
        case .round: return "round to the fen" + (step.rule.map { " (\($0.rawValue))" } ?? "")
        case .minimum: return "at least \(operand(step.operand))"
        case .maximum: return "at most \(operand(step.operand))"
        }
    }

    /// The whole definition as indented lines.
    public var lines: [String] {
        var out = ["risk fields:"]
        out += fields.map { "  " + Self.fieldText($0) }
        if let persons {
            var facts: [String] = []
            if let f = persons.countFact { facts.append("\(f) (number of persons)") }
            if let f = persons.ageFact { facts.append("\(f) (each age)") }
            if let f = persons.sexFact { facts.append("\(f) (each sex)") }
            out.append("  insured: \(persons.min) to \(persons.max) persons, each with birthDate or age, sex \(persons.sex.rawValue)" + (facts.isEmpty ? "" : "; facts " + facts.joined(separator: ", ")))
            out += persons.fields.map { "    " + Self.fieldText($0) }
        }
        return out + premiumLines
    }

    /// The checks, term and premium steps as lines.
    public var premiumLines: [String] {
        var out: [String] = []
        for check in checks {
            out.append("check: \(check.field)\(check.atLeast.map { " ≥ \($0)" } ?? "")\(check.atMost.map { " ≤ \($0)" } ?? "")\(check.when.map { " when \($0) is given" } ?? ""): \(check.reason)")
        }
        if let term {
            out.append("term: " + (term.months.map { "\($0) months" } ?? term.field.map { "months from field \($0)" } ?? "months from " + Self.stepText(PremiumStep(kind: .amount, operand: term.lookup)).replacingOccurrences(of: "start from ", with: "")))
        }
        out.append("premium:")
        for part in parts {
            let when = part.when.map { " (when \($0) is given)" } ?? ""
            out.append("  part \(part.coverages.joined(separator: " + "))\(when): " + part.steps.map(Self.stepText).joined(separator: ", "))
            if let aggregate = part.aggregate { out.append("    aggregate limit: " + aggregate.map(Self.stepText).joined(separator: ", ")) }
        }
        if let total, !total.steps.isEmpty { out.append("  total: " + total.steps.map(Self.stepText).joined(separator: ", ")) }
        return out
    }
}
