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
        var kind: PremiumStep.Kind
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
