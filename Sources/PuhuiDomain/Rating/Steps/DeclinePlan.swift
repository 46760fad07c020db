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
