/// Running the compiled steps on a risk: the running amount, exact until a step rounds it to
/// the fen; every step a worksheet line. Arithmetic is checked: an amount too large for exact
/// arithmetic or for money is an error naming the step, never a trap or a silent zero.
extension StepsProgram {
    struct Running {
        var exact: ExactDecimal = .zero
        var money: Money? = nil
    }

    /// What pricing a risk gives beside the premium.
    struct PartResult {
        var premium: Money
        var ran: Bool
    }

    func overflow(_ id: Int) -> PuhuiError {
        let info = infos[id]
        return PuhuiError(.invalidInput,
                          "\(label) \(info.place) (\(info.label)): the amount exceeds what exact premium arithmetic can hold; a rate, a parameter or the risk is out of range",
                          subject: "product \(label)")
    }

    @inline(__always)
    func operandValue(_ operand: OperandPlan, _ risk: StepsRisk, person: Int) throws(PuhuiError) -> (ExactDecimal, lookup: Int, row: Int) {
        switch operand {
        case let .field(slot):
            guard let number = risk.values[slot].number else { throw PuhuiError.invalid("\(label): field \(fields[slot].name) has no number") }
            return (number, -1, -1)
        case let .personField(slot):
            guard let number = risk.persons[person].values[slot].number else {
                throw PuhuiError.invalid("\(label): field \(personFields[slot].name) has no number")
            }
            return (number, -1, -1)
        case let .constant(value):
            return (value, -1, -1)
        case .personCount:
            return (ExactDecimal(risk.persons.count), -1, -1)
        case let .lookup(l):
            let lookup = lookups[l]
            guard let found = lookup.find(risk, person: person) else { throw lookup.missing(risk, person: person) }
            return (found.value, l, found.row)
        case .none:
            throw PuhuiError.invalid("\(label): a step has no operand")
        }
    }

    /// Runs the steps of `range` for `risk` (person `person` inside `eachPerson`).
    func run<W: WorksheetRecorder>(_ range: Range<Int>, _ risk: StepsRisk, person: Int, rounding: RoundingRule,
                                   worksheet w: inout W, substitute: [String: String]? = nil, start: Running = Running(),
                                   personPremiums: inout [Money]?) throws(PuhuiError) -> Running {
        var running = start
        for i in range {
            let step = steps[i]
            if step.when >= 0, risk.values[step.when].isAbsent { continue }
            switch step.kind {
            case .amount:
                let (value, l, row) = try operandValue(step.operand, risk, person: person)
                running = Running(exact: value, money: nil)
                w.record(self.line(step, value: value, lookup: l, row: row, amount: value.yuanText, risk, person: person, substitute))
            case .multiply:
                var (value, l, row) = try operandValue(step.operand, risk, person: person)
                let shown = value
                if step.complement { value = ExactDecimal.one - value }
                guard let product = running.exact.multipliedChecked(by: value) else { throw overflow(step.id) }
                running = Running(exact: product, money: nil)
                w.record(self.line(step, value: shown, lookup: l, row: row, amount: product.yuanText, risk, person: person, substitute))
            case .add:
                var none: [Money]? = nil
                let term = try run(step.nested, risk, person: person, rounding: rounding, worksheet: &w, substitute: substitute, personPremiums: &none)
                guard let sum = running.exact.addingChecked(term.exact) else { throw overflow(step.id) }
                running = Running(exact: sum, money: nil)
                w.record(WorksheetStep(name: self.name(step, substitute), amount: sum.yuanText))
            case .eachPerson:
                let total = try eachPerson(step, risk, rounding: rounding, worksheet: &w, personPremiums: &personPremiums)
                running = Running(exact: total.yuan, money: total)
            case .round:
                let rule = step.rule ?? rounding
                guard let money = Money(yuan: running.exact, rounding: rule) else { throw overflow(step.id) }
                running = Running(exact: money.yuan, money: money)
                w.record(WorksheetStep(name: self.name(step, substitute), amount: money.yuanString, rounding: rule.worksheetText))
            case .minimum, .maximum:
                let (value, _, _) = try operandValue(step.operand, risk, person: person)
                guard let bound = Money(yuan: value, rounding: .halfUp), let current = running.money else { throw overflow(step.id) }
                let raise = step.kind == .minimum ? current < bound : current > bound
                if raise {
                    running = Running(exact: bound.yuan, money: bound)
                    w.record(WorksheetStep(name: self.name(step, substitute), amount: bound.yuanString,
                                           note: step.kind == .minimum ? "the premium is raised to the product's minimum premium"
                                               : "the premium is lowered to the product's maximum premium"))
                }
            }
        }
        return running
    }

    /// Prices each group of persons alike once, then adds the persons' premiums.
    func eachPerson<W: WorksheetRecorder>(_ step: CompiledStep, _ risk: StepsRisk, rounding: RoundingRule,
                                          worksheet w: inout W, personPremiums: inout [Money]?) throws(PuhuiError) -> Money {
        let info = infos[step.id]
        let count = risk.persons.count
        // Persons alike (the same values of the fields the steps read) pay the same premium.
        var groupOf = [Int](repeating: -1, count: count)
        var leaders: [Int] = []
        for p in 0..<count {
            for leader in leaders where alike(risk.persons[p], risk.persons[leader], info.personSlots) {
                groupOf[p] = groupOf[leader]
                break
            }
            if groupOf[p] < 0 {
                groupOf[p] = leaders.count
                leaders.append(p)
            }
        }
        var order = Array(0..<leaders.count)
        if leaders.count > 1 {
            let keys = leaders.map { groupKey(risk.persons[$0], info.personSlots) }
            order.sort { keys[$0] < keys[$1] }
        }
        var premiums = [Money](repeating: .zero, count: leaders.count)
        var total = Money.zero
        var sizes = [Int](repeating: 0, count: leaders.count)
        for g in groupOf { sizes[g] += 1 }
        for g in order {
            let leader = leaders[g]
            let substitute = W.self == NoWorksheet.self ? nil : substitutions(risk.persons[leader])
            var none: [Money]? = nil
            let result = try run(step.nested, risk, person: leader, rounding: rounding, worksheet: &w, substitute: substitute, personPremiums: &none)
            guard let perPerson = result.money ?? Money(yuan: result.exact, rounding: rounding) else { throw overflow(step.id) }
            premiums[g] = perPerson
            let (groupTotal, o1) = perPerson.fen.multipliedReportingOverflow(by: Int64(sizes[g]))
            let (sum, o2) = total.fen.addingReportingOverflow(groupTotal)
            if o1 || o2 { throw overflow(step.id) }
            total = Money(fen: sum)
            let n = sizes[g]
            w.record(WorksheetStep(name: "\(fill(info.label, substitute)): premium per person × \(n) person\(n == 1 ? "" : "s")",
                                   amount: Money(fen: groupTotal).yuanString, rounding: rounding.worksheetText,
                                   note: "\(perPerson.yuanString) per person"))
        }
        w.record(WorksheetStep(name: "Sum over \(count) insured person\(count == 1 ? "" : "s")", amount: total.yuanString))
        if personPremiums != nil { personPremiums = groupOf.map { premiums[$0] } }
        return total
    }

    @inline(__always)
    func alike(_ a: StepsPerson, _ b: StepsPerson, _ slots: [Int]) -> Bool {
        for slot in slots where !same(a.values[slot], b.values[slot]) { return false }
        return true
    }

    func same(_ a: StepValue, _ b: StepValue) -> Bool {
        switch (a, b) {
        case (.absent, .absent): true
        case let (.key(x), .key(y)): x == y
        case let (.money(x), .money(y)): x == y
        case let (.integer(x), .integer(y)): x == y
        case let (.decimal(x), .decimal(y)): x == y
        case let (.date(x), .date(y)): x == y
        case let (.text(x), .text(y)): x == y
        default: false
        }
    }

    func groupKey(_ person: StepsPerson, _ slots: [Int]) -> String {
        slots.map { personFields[$0].text(person.values[$0]) }.joined(separator: "\u{1F}")
    }

    /// The person's field values by name, for `{name}` in labels.
    func substitutions(_ person: StepsPerson) -> [String: String] {
        var result: [String: String] = ["age": String(person.input.age)]
        if let sex = person.input.sex { result["sex"] = sex }
        for (i, field) in personFields.enumerated() { result[field.name] = field.text(person.values[i]) }
        return result
    }

    func fill(_ label: String, _ substitute: [String: String]?) -> String {
        guard let substitute, label.contains("{") else { return label }
        var text = label
        for (name, value) in substitute { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    func name(_ step: CompiledStep, _ substitute: [String: String]?) -> String {
        fill(infos[step.id].label, substitute)
    }

    /// The worksheet line of an `amount` or `multiply` step.
    func line(_ step: CompiledStep, value: ExactDecimal, lookup: Int, row: Int, amount: String, _ risk: StepsRisk,
              person: Int, _ substitute: [String: String]?) -> WorksheetStep {
        let name = self.name(step, substitute)
        if lookup >= 0 {
            let compiled = lookups[lookup]
            return WorksheetStep(name: name, table: compiled.index.versionLabel, key: compiled.queryText(risk, person: person),
                                 factor: value.description, amount: amount)
        }
        switch step.operand {
        case .constant:
            if step.kind == .amount { return WorksheetStep(name: name, amount: amount) }
            return WorksheetStep(name: name, factor: value.description, amount: amount,
                                 note: infos[step.id].parameter.map { "product parameter \($0)" })
        case .field, .personField, .personCount:
            if step.kind == .amount { return WorksheetStep(name: name, amount: amount) }
            return WorksheetStep(name: name, factor: value.description, amount: amount)
        default:
            return WorksheetStep(name: name, amount: amount)
        }
    }
}
