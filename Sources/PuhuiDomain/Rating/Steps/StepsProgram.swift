/// A steps product compiled for one rating date: field readers, lookups bound to the table
/// versions in force, and the steps as a flat array of plain values, so that pricing a risk
/// looks nothing up by name and builds no strings unless a worksheet is being written.
final class StepsProgram: Sendable {
    enum OperandPlan: Sendable {
        case none
        case field(Int)
        case personField(Int)
        case constant(ExactDecimal)
        case personCount
        case lookup(Int)
    }

    struct CompiledStep: Sendable {
        var kind: Step.Kind
        var operand: OperandPlan
        var complement: Bool
        var rule: RoundingRule?
        /// Nested steps of `add` and `eachPerson`, as a range of `steps`.
        var nested: Range<Int>
        /// Index of the step's texts in `infos`.
        var id: Int
        /// The field that must be given for the step to run (-1: always runs).
        var when: Int = -1
    }

    struct StepInfo: Sendable {
        var label: String
        /// Where the step is: `part PROPERTY, step 2`.
        var place: String
        /// For parameters: the parameter's name (worksheet note).
        var parameter: String?
        /// For `eachPerson`: the person fields the nested steps use (persons alike share a premium).
        var personSlots: [Int]
    }

    struct CompiledPart: Sendable {
        var coverages: [Int]
        var when: Int?
        var steps: Range<Int>
        var aggregate: Range<Int>?
        var label: String
    }

    struct CompiledCheck: Sendable {
        var slot: Int
        var atLeast: ExactDecimal?
        var atMost: ExactDecimal?
        var when: Int?
        var field: String
        var reason: String
    }

    enum TermPlan: Sendable {
        case months(Int)
        case field(Int)
        case lookup(Int)
    }

    let product: Product
    let label: String
    let fields: [FieldPlan]
    let personFields: [FieldPlan]
    let persons: PersonsSpec?
    let checks: [CompiledCheck]
    let steps: [CompiledStep]
    let infos: [StepInfo]
    let lookups: [CompiledLookup]
    let parts: [CompiledPart]
    let total: Range<Int>
    let totalLabel: String
    let term: TermPlan
    let declines: [DeclinePlan]
    let declineRules: [UnderwritingEngine.CompiledRule]

    init(product: Product, definition: StepsDefinition, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        label = "\(product.code) v\(product.version)"
        var compiler = StepsCompiler(product: product, definition: definition, tables: tables)
        fields = definition.fields.map { FieldPlan($0, product: product) }
        personFields = (definition.persons?.fields ?? []).map { FieldPlan($0, product: product) }
        persons = definition.persons
        checks = try definition.checks.map { check throws(PuhuiError) in
            guard let slot = definition.fields.firstIndex(where: { $0.name == check.field }) else {
                throw compiler.invalid("check names unknown field '\(check.field)'")
            }
            return CompiledCheck(slot: slot, atLeast: check.atLeast.flatMap { ExactDecimal(parsing: $0) },
                                 atMost: check.atMost.flatMap { ExactDecimal(parsing: $0) },
                                 when: check.when.flatMap { name in definition.fields.firstIndex { $0.name == name } },
                                 field: check.field, reason: check.reason)
        }
        var parts: [CompiledPart] = []
        for (n, part) in definition.parts.enumerated() {
            let partLabel = part.coverages.isEmpty ? "part \(n + 1)" : "part \(part.coverages.joined(separator: " "))"
            let range = try compiler.compile(part.steps, place: partLabel, inPerson: false)
            let aggregate = try part.aggregate.map { steps throws(PuhuiError) in try compiler.compile(steps, place: "\(partLabel) aggregate", inPerson: false) }
            let coverages = part.coverages.compactMap { code in product.coverages.firstIndex { $0.code == code } }
            var when = part.when.flatMap { name in definition.fields.firstIndex { $0.name == name } }
            if when == nil, coverages.count == 1, !product.coverages[coverages[0]].mandatory {
                let code = product.coverages[coverages[0]].code
                when = definition.fields.firstIndex { $0.amountOf == code }
            }
            parts.append(CompiledPart(coverages: coverages, when: when, steps: range, aggregate: aggregate, label: partLabel))
        }
        total = try compiler.compile(definition.total?.steps ?? [], place: "total", inPerson: false)
        totalLabel = definition.total?.label ?? "Total premium"
        if let spec = definition.term {
            if let months = spec.months {
                term = .months(months)
            } else if let name = spec.field, let slot = definition.fields.firstIndex(where: { $0.name == name }) {
                term = .field(slot)
            } else if let lookup = spec.lookup {
                term = .lookup(try compiler.lookup(lookup, inPerson: false))
            } else {
                throw compiler.invalid("<term> needs months, field or table")
            }
        } else {
            term = .months(12)
        }
        self.parts = parts
        steps = compiler.steps
        infos = compiler.infos
        lookups = compiler.lookups
        declineRules = UnderwritingEngine.declineRules(product)
        declines = declineRules.map { DeclinePlan($0.rule, definition: definition) }
    }
}

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
    mutating func compile(_ list: [Step], place: String, inPerson: Bool) throws(PuhuiError) -> Range<Int> {
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

    func defaultLabel(_ step: Step) -> String {
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
    func personSlotsUsed(in list: [Step]) -> [Int] {
        var names: Set<String> = []
        func visit(_ steps: [Step]) {
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

/// A decline rule tested directly on a steps risk's values, so that batch rating builds no
/// facts for risks no rule declines.
struct DeclinePlan: Sendable {
    enum Source: Sendable {
        case field(Int, key: [Bool]?)
        case personField(Int, key: [Bool]?)
        case count
        case age
        case sex
        case unknown
    }

    let sources: [Source]
    let rule: UnderwritingRule
    let threshold: ExactDecimal?
    let listed: Set<String>
    let listedNumbers: [ExactDecimal]

    init(_ rule: UnderwritingRule, definition: StepsDefinition) {
        self.rule = rule
        threshold = ExactDecimal(parsing: rule.value)
        let values = rule.value.split(separator: " ").map(String.init)
        listed = Set(values)
        listedNumbers = values.compactMap { ExactDecimal(parsing: $0) }
        var sources: [Source] = []
        let listed = self.listed
        for (i, field) in definition.fields.enumerated() where field.fact == rule.fact {
            sources.append(.field(i, key: field.values.map { $0.map { listed.contains($0) } }))
        }
        if let persons = definition.persons {
            for (i, field) in persons.fields.enumerated() where field.fact == rule.fact {
                sources.append(.personField(i, key: field.values.map { $0.map { listed.contains($0) } }))
            }
            if persons.countFact == rule.fact { sources.append(.count) }
            if persons.ageFact == rule.fact { sources.append(.age) }
            if persons.sexFact == rule.fact { sources.append(.sex) }
        }
        self.sources = sources.isEmpty ? [.unknown] : sources
    }

    /// Whether the rule fires on `risk` (as `UnderwritingEngine` would on its facts).
    func fires(_ risk: StepsRisk) -> Bool {
        for source in sources {
            switch source {
            case let .field(slot, key):
                if test(risk.values[slot], key) { return true }
            case let .personField(slot, key):
                for person in risk.persons where test(person.values[slot], key) { return true }
            case .count:
                if testNumber(ExactDecimal(risk.persons.count)) { return true }
            case .age:
                for person in risk.persons where testNumber(ExactDecimal(person.input.age)) { return true }
            case .sex:
                for person in risk.persons { if let sex = person.input.sex, testKey(sex) { return true } }
            case .unknown:
                return false
            }
        }
        return false
    }

    @inline(__always)
    func test(_ value: StepValue, _ key: [Bool]?) -> Bool {
        switch value {
        case .absent: return false
        case let .key(i):
            guard let key else { return false }
            switch rule.test {
            case .in: return key[i]
            case .notIn: return !key[i]
            default: return false
            }
        case let .text(text): return testKey(text)
        default:
            guard let number = value.number else { return false }
            return testNumber(number)
        }
    }

    func testKey(_ text: String) -> Bool {
        switch rule.test {
        case .in: listed.contains(text)
        case .notIn: !listed.contains(text)
        default: false
        }
    }

    func testNumber(_ number: ExactDecimal) -> Bool {
        switch rule.test {
        case .above: threshold.map { number > $0 } ?? false
        case .below: threshold.map { number < $0 } ?? false
        case .in: listedNumbers.contains(number)
        case .notIn: !listedNumbers.contains(number)
        }
    }
}
