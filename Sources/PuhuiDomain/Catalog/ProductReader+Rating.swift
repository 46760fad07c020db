/// Reading `<rating>`: the module, its tables and parameters, open fields and, for the steps
/// module, the risk fields and premium steps. What the names mean is checked against the
/// module's vocabulary later (`RatingRequirements`), with the whole catalog at hand.
extension ProductReader {
    mutating func readRating(_ element: XMLElement, line: LineOfBusiness, coverages: [Coverage])
        -> (RatingSpec?, [String: Int], [String: Int]) {
        let moduleText = element.attribute("module") ?? ""
        remember("module", element, attribute: "module")
        let module = RatingModuleName(moduleText)
        if module != .steps {
            if RatingModules.retired.contains(moduleText) {
                error(element, attribute: "module", "the coded rating module '\(moduleText)' was replaced by the steps module: write the rating as <rating module=\"steps\"> with <risk> and <premium> (see docs/product-reference.md)")
            } else if let coded = RatingModules.coded(named: moduleText) {
                if coded.line != line {
                    error(element, attribute: "module", "rating module '\(moduleText)' rates line '\(coded.line.rawValue)', not '\(line.rawValue)'; use module=\"steps\" or the module of the line")
                }
            } else {
                error(element, attribute: "module", "unknown rating module '\(moduleText)'\(NameSuggestion.hintAndList(for: moduleText, in: RatingModules.names, what: "modules"))")
            }
        }
        let roundingText = element.attribute("rounding") ?? "half-up"
        let rules = RoundingRule.allCases.map(\.rawValue)
        if RoundingRule(rawValue: roundingText) == nil {
            error(element, attribute: "rounding", "rounding '\(roundingText)' is not a rounding rule\(NameSuggestion.hintAndList(for: roundingText, in: rules, what: "rules"))")
        }
        let rounding = RoundingRule(rawValue: roundingText)
            ?? NameSuggestion.closest(to: roundingText, in: rules).flatMap(RoundingRule.init(rawValue:)) ?? .halfUp
        var tables: [String: String] = [:], tableLines: [String: Int] = [:]
        for table in element.children(named: "table") {
            let role = table.attribute("role") ?? "", name = table.attribute("name") ?? ""
            if tables[role] != nil { error(table, attribute: "role", "rating role '\(role)' is given twice") }
            tables[role] = name
            tableLines[role] = table.line
            remember("table:\(role)", table, attribute: "role")
            remember("table-name:\(role)", table, attribute: "name")
        }
        var parameters: [String: String] = [:], parameterLines: [String: Int] = [:]
        for parameter in element.children(named: "parameter") {
            let name = parameter.attribute("name") ?? ""
            if parameters[name] != nil { error(parameter, attribute: "name", "rating parameter '\(name)' is given twice") }
            parameters[name] = parameter.attribute("value") ?? ""
            parameterLines[name] = parameter.line
            remember("parameter:\(name)", parameter, attribute: "name")
            remember("parameter-value:\(name)", parameter, attribute: "value")
        }
        var openFields: [String] = []
        for open in element.children(named: "openField") {
            let name = open.attribute("name") ?? ""
            if openFields.contains(name) { error(open, attribute: "name", "open field '\(name)' is given twice") }
            openFields.append(name)
            remember("open-field:\(name)", open, attribute: "name")
        }
        var steps: StepsDefinition? = nil
        let stepElements = ["risk", "term", "premium"].compactMap { element.child(named: $0) }
        if module == .steps {
            steps = readSteps(element)
        } else if let first = stepElements.first {
            error(first, "<\(first.name)> belongs to the steps module; the \(moduleText) module reads its own risk fields (see docs/product-reference.md)")
        }
        let spec = RatingSpec(module: module, rounding: rounding, tables: tables, parameters: parameters,
                              openFields: openFields.isEmpty ? nil : openFields, steps: steps)
        return (spec, tableLines, parameterLines)
    }

    // MARK: - Steps

    mutating func readSteps(_ rating: XMLElement) -> StepsDefinition {
        let risk = rating.child(named: "risk")
        if risk == nil { error(rating, "the steps module needs <risk> declaring the risk fields") }
        let premium = rating.child(named: "premium")
        if premium == nil { error(rating, "the steps module needs <premium> with the steps of each part") }
        let fields = (risk?.children(named: "field") ?? []).compactMap { readField($0) }
        let persons = risk?.child(named: "persons").map { readPersons($0) }
        let checks = (risk?.children(named: "check") ?? []).map { check in
            RiskCheckSpec(field: check.attribute("field") ?? "", atLeast: check.attribute("atLeast"), atMost: check.attribute("atMost"),
                          when: check.attribute("when"), reason: check.attribute("reason") ?? "",
                          spot: check.spot(["field", "atLeast", "atMost", "when"]))
        }
        let term = rating.child(named: "term").map { element in
            TermSpec(months: element.attribute("months").flatMap { Int($0) }, field: element.attribute("field"),
                     lookup: element.attribute("table") == nil ? nil : readOperand(element),
                     spot: element.spot(["months", "field", "table"]))
        }
        let parts = (premium?.children(named: "part") ?? []).map { part in
            PremiumPart(coverages: (part.attribute("coverage") ?? "").split(separator: " ").map(String.init), when: part.attribute("when"),
                        steps: readStepList(part.children.filter { $0.name != "aggregate" }),
                        aggregate: part.child(named: "aggregate").map { readStepList($0.children) },
                        spot: part.spot(["coverage", "when"]))
        }
        let total = premium?.child(named: "total").map { element in
            TotalSpec(label: element.attribute("label"), steps: readStepList(element.children), spot: element.spot(["label"]))
        }
        return StepsDefinition(fields: fields, persons: persons, checks: checks, term: term, parts: parts, total: total)
    }

    static let fieldAttributes = ["name", "type", "required", "default", "values", "min", "max", "amountOf", "deductibleOf", "fact", "unit"]

    mutating func readField(_ element: XMLElement) -> StepField? {
        let name = element.attribute("name") ?? ""
        let typeText = element.attribute("type") ?? ""
        let kinds = StepField.Kind.allCases.map(\.rawValue)
        var kind = StepField.Kind(rawValue: typeText) ?? .text
        if StepField.Kind(rawValue: typeText) == nil {
            error(element, attribute: "type", "field \(name): type '\(typeText)' is not a field type\(NameSuggestion.hintAndList(for: typeText, in: kinds, what: "types"))")
            // Read on as the type meant, so that the field's other uses are not reported too.
            kind = NameSuggestion.closest(to: typeText, in: kinds).flatMap(StepField.Kind.init(rawValue:)) ?? .text
        }
        let required = element.attribute("required").map { $0 == "true" || $0 == "1" } ?? true
        let values = element.attribute("values").map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) }
        let meaning = element.child(named: "meaning")?.text
        return StepField(name: name, kind: kind, required: required, defaultValue: element.attribute("default"), values: values,
                         min: element.attribute("min"), max: element.attribute("max"), amountOf: element.attribute("amountOf"),
                         deductibleOf: element.attribute("deductibleOf"), fact: element.attribute("fact"), unit: element.attribute("unit"),
                         meaning: meaning, spot: element.spot(Self.fieldAttributes))
    }

    mutating func readPersons(_ element: XMLElement) -> PersonsSpec {
        let sexText = element.attribute("sex") ?? "optional"
        let sex = PersonsSpec.SexUse(rawValue: sexText) ?? .optional
        if PersonsSpec.SexUse(rawValue: sexText) == nil {
            error(element, attribute: "sex", "persons: sex must be required or optional, not '\(sexText)'")
        }
        func count(_ attribute: String, _ fallback: Int) -> Int {
            guard let text = element.attribute(attribute) else { return fallback }
            guard let value = Int(text), value >= 1 else {
                error(element, attribute: attribute, "persons: \(attribute) '\(text)' is not a positive whole number")
                return fallback
            }
            return value
        }
        let min = count("min", 1), max = count("max", 10_000)
        if min > max { error(element, attribute: "min", "persons: min \(min) is greater than max \(max)") }
        return PersonsSpec(list: element.attribute("list") ?? "insured", min: min, max: max, sex: sex,
                           countFact: element.attribute("countFact"), ageFact: element.attribute("ageFact"), sexFact: element.attribute("sexFact"),
                           fields: element.children(named: "field").compactMap { readField($0) },
                           spot: element.spot(["list", "min", "max", "sex", "countFact", "ageFact", "sexFact"]))
    }

    mutating func readStepList(_ elements: [XMLElement]) -> [PremiumStep] {
        elements.compactMap { readStep($0) }
    }

    static let operandAttributes = ["field", "parameter", "value", "count", "table", "label", "complement", "rule", "when"]

    mutating func readStep(_ element: XMLElement) -> PremiumStep? {
        guard let kind = PremiumStep.Kind(rawValue: element.name) else {
            error(element, "<\(element.name)> is not a rating step\(NameSuggestion.hintAndList(for: element.name, in: PremiumStep.Kind.allCases.map(\.rawValue), what: "steps"))")
            return nil
        }
        var step = PremiumStep(kind: kind, label: element.attribute("label"), spot: element.spot(Self.operandAttributes))
        switch kind {
        case .amount, .multiply, .minimum, .maximum:
            step.operand = readOperand(element)
            if kind == .multiply, let complement = element.attribute("complement") { step.complement = complement == "true" || complement == "1" }
        case .round:
            if let text = element.attribute("rule") {
                step.rule = RoundingRule(rawValue: text)
                if step.rule == nil {
                    error(element, attribute: "rule", "round: rule '\(text)' is not one of \(RoundingRule.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
        case .add, .eachPerson:
            step.steps = readStepList(element.children)
            step.when = element.attribute("when")
        }
        return step
    }

    mutating func readOperand(_ element: XMLElement) -> Operand {
        let keys = element.children(named: "key").map { key in
            LookupKey(dimension: key.attribute("dimension") ?? "", field: key.attribute("field"), value: key.attribute("value"),
                      count: key.attribute("count"), spot: key.spot(["dimension", "field", "value", "count"]))
        }
        return Operand(field: element.attribute("field"), parameter: element.attribute("parameter"), value: element.attribute("value"),
                       count: element.attribute("count"), table: element.attribute("table"), keys: keys.isEmpty ? nil : keys)
    }
}
