/// Turns steps into the flat compiled form, resolving names to slots and tables.
struct StepsCompiler {
    let product: Product
    let definition: StepsDefinition
    let tables: ResolvedTables
    var steps: [StepsProgram.CompiledStep] = []
    var infos: [StepsProgram.StepInfo] = []
    var lookups: [CompiledLookup] = []

    init(product: Product, definition: StepsDefinition, tables: ResolvedTables) {
        self.product = product
        self.definition = definition
        self.tables = tables
    }

    func invalid(_ message: String) -> PuhuiError {
        PuhuiError.invalid("product \(product.code) v\(product.version): \(message)")
    }

    /// Compiles `list` into consecutive steps; nested steps are placed after their parent's
    /// siblings. Returns the range of the list's own steps.
    mutating func compile(_ list: [PremiumStep], place: String, inPerson: Bool) throws(PuhuiError) -> Range<Int> {
        let start = steps.count
        // Reserve the list's own slots first, so that it is contiguous.
        for _ in list { steps.append(StepsProgram.CompiledStep(kind: .round, operand: .none, complement: false, rule: nil, nested: 0..<0, id: 0)) }
        for (n, step) in list.enumerated() {
            let stepPlace = "\(place), step \(n + 1)"
            let id = infos.count
            infos.append(StepsProgram.StepInfo(label: "", place: stepPlace, parameter: nil, personSlots: []))
            var compiled = StepsProgram.CompiledStep(kind: step.kind, operand: .none, complement: step.complement ?? false, rule: step.rule,
                                                     nested: 0..<0, id: id)
            if let name = step.when {
                guard let slot = definition.fields.firstIndex(where: { $0.name == name }) else { throw invalid("when='\(name)' is not a field") }
                compiled.when = slot
            }
            var parameter: String? = nil
            var personSlots: [Int] = []
            if let operand = step.operand {
                compiled.operand = try self.operand(operand, inPerson: inPerson, asMoney: step.kind == .minimum || step.kind == .maximum)
                parameter = operand.parameter
            }
            if let nested = step.steps {
                let nestedInPerson = inPerson || step.kind == .eachPerson
                compiled.nested = try compile(nested, place: "\(stepPlace) (\(step.kind.rawValue))", inPerson: nestedInPerson)
                if step.kind == .eachPerson { personSlots = personSlotsUsed(in: nested) }
            }
            infos[id] = StepsProgram.StepInfo(label: step.label ?? defaultLabel(step), place: stepPlace, parameter: parameter,
                                              personSlots: personSlots)
            steps[start + n] = compiled
        }
        return start..<(start + list.count)
    }

    func defaultLabel(_ step: PremiumStep) -> String {
        let what = step.operand.map { $0.table ?? $0.parameter ?? $0.field ?? $0.count.map { "number of \($0)" } ?? $0.value ?? "" } ?? ""
        switch step.kind {
        case .amount: return what
        case .multiply: return step.complement == true ? "× (1 − \(what))" : "× \(what)"
        case .add: return "+"
        case .eachPerson: return "Each insured person"
        case .round: return "Round to the fen"
        case .minimum: return "Minimum premium"
        case .maximum: return "Maximum premium"
        }
    }

    /// The person fields a list of steps reads, directly or in lookups.
    func personSlotsUsed(in list: [PremiumStep]) -> [Int] {
        var names: Set<String> = []
        func visit(_ steps: [PremiumStep]) {
            for step in steps {
                if let field = step.operand?.field { names.insert(field) }
                for key in step.operand?.keys ?? [] { if let field = key.field { names.insert(field) } }
                visit(step.steps ?? [])
            }
        }
        visit(list)
        return (definition.persons?.fields ?? []).enumerated().filter { names.contains($0.element.name) }.map(\.offset)
    }

    mutating func operand(_ operand: Operand, inPerson: Bool, asMoney: Bool) throws(PuhuiError) -> StepsProgram.OperandPlan {
        if let name = operand.field {
            if inPerson, let slot = definition.persons?.fields.firstIndex(where: { $0.name == name }) { return .personField(slot) }
            guard let slot = definition.fields.firstIndex(where: { $0.name == name }) else { throw invalid("unknown field '\(name)'") }
            return .field(slot)
        }
        if let name = operand.parameter {
            guard let text = product.rating.parameters[name], let value = ExactDecimal(parsing: text) else {
                throw invalid("rating parameter '\(name)' is missing or not a number")
            }
            if asMoney && Money(yuan: text) == nil { throw invalid("rating parameter '\(name)' = '\(text)' is not an amount in yuan") }
            return .constant(value)
        }
        if let text = operand.value {
            guard let value = ExactDecimal(parsing: text) else { throw invalid("value '\(text)' is not a number") }
            return .constant(value)
        }
        if operand.count != nil { return .personCount }
        if operand.table != nil { return .lookup(try lookup(operand, inPerson: inPerson)) }
        throw invalid("a step has no operand")
    }

    mutating func lookup(_ operand: Operand, inPerson: Bool) throws(PuhuiError) -> Int {
        let role = operand.table ?? ""
        let index = try tables.index(role, product: product)
        let table = index.table
        var sources: [CompiledLookup.Source] = []
        var texts: [String] = []
        var keyTexts: [Int: [String]] = [:]
        let keys = operand.keys ?? []
        for (position, dimension) in table.dimensions.enumerated() {
            guard let key = keys.first(where: { $0.dimension == dimension.name }) else {
                throw invalid("the lookup in table role '\(role)' gives no key for dimension '\(dimension.name)' of \(table.versionLabel)")
            }
            let ordinal = index.keyDimensionPositions.firstIndex(of: position)
            if let name = key.field {
                var slot: Int? = nil, person = false, field: StepField? = nil
                if inPerson, let s = definition.persons?.fields.firstIndex(where: { $0.name == name }) {
                    (slot, person, field) = (s, true, definition.persons?.fields[s])
                } else if let s = definition.fields.firstIndex(where: { $0.name == name }) {
                    (slot, field) = (s, definition.fields[s])
                }
                guard let slot, let field else { throw invalid("the lookup in table role '\(role)' names unknown field '\(name)'") }
                if dimension.kind == .key {
                    let values = field.values ?? []
                    let digits = values.map { value in ordinal.flatMap { index.keyDigit(value, ordinal: $0) } ?? -1 }
                    sources.append(.keyField(slot: slot, person: person, digits: digits))
                    keyTexts[position] = values
                } else {
                    sources.append(.numberField(slot: slot, person: person))
                }
                texts.append(name)
            } else if let value = key.value {
                if dimension.kind == .key {
                    sources.append(.keyConstant(digit: ordinal.flatMap { index.keyDigit(value, ordinal: $0) } ?? -1))
                } else {
                    guard let number = Int64(value) else { throw invalid("key '\(value)' for range dimension '\(dimension.name)' is not a whole number") }
                    sources.append(.numberConstant(number))
                }
                texts.append(value)
            } else if key.count != nil {
                sources.append(.personCount)
                texts.append("persons")
            } else {
                throw invalid("a key of table role '\(role)' has no field, value or count")
            }
        }
        lookups.append(CompiledLookup(index: index, role: role, sources: sources, sourceTexts: texts, keyValueTexts: keyTexts))
        return lookups.count - 1
    }
}
