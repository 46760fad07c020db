/// A rate table lookup of a steps product, bound to the table version in force: each dimension
/// knows where its value comes from, and key fields are mapped once to the table's key digits,
/// so that a lookup is integer arithmetic and one binary search, with no strings compared.
final class CompiledLookup: Sendable {
    enum Source: Sendable {
        /// A key field: `digits[i]` is the table's digit for the field's i-th value (-1: none).
        case keyField(slot: Int, person: Bool, digits: [Int])
        case keyConstant(digit: Int)
        case numberField(slot: Int, person: Bool)
        case numberConstant(Int64)
        case personCount
    }

    let index: RateIndex
    let role: String
    /// Per table dimension, in the table's order.
    let sources: [Source]
    /// The text of each source for worksheets: field name, constant.
    let sourceTexts: [String]
    /// For key sources, in digit order: position in `sources` and stride.
    let keyParts: [(source: Int, stride: Int)]
    let rangeSource: Int?
    let fast: Bool

    /// Per key-field source (by position), the field's values, for messages.
    let keyValueTexts: [Int: [String]]

    init(index: RateIndex, role: String, sources: [Source], sourceTexts: [String], keyValueTexts: [Int: [String]]) {
        self.index = index
        self.role = role
        self.sources = sources
        self.sourceTexts = sourceTexts
        self.keyValueTexts = keyValueTexts
        let strides = index.digitStrides
        keyParts = index.keyDimensionPositions.enumerated().map { (source: $0.element, stride: strides[$0.offset]) }
        rangeSource = index.rangeDimensionPosition
        fast = index.supportsDigitLookup
    }

    /// The value and row found for `risk` (and person `person` where a source is a person
    /// field), or nil when the table has no row for it.
    @inline(__always)
    func find(_ risk: StepsRisk, person: Int) -> (value: ExactDecimal, row: Int)? {
        guard fast else { return slowFind(risk, person: person) }
        var group = 0
        for part in keyParts {
            let digit: Int
            switch sources[part.source] {
            case let .keyField(slot, isPerson, digits):
                let value = isPerson ? risk.persons[person].values[slot] : risk.values[slot]
                guard case let .key(i) = value else { return nil }
                digit = digits[i]
            case let .keyConstant(d):
                digit = d
            default:
                return nil
            }
            if digit < 0 { return nil }
            group += digit * part.stride
        }
        var number: Int64 = 0
        if let rangeSource {
            guard let value = self.number(sources[rangeSource], risk, person: person) else { return nil }
            number = value
        }
        return index.band(group: group, value: number)
    }

    @inline(__always)
    func number(_ source: Source, _ risk: StepsRisk, person: Int) -> Int64? {
        switch source {
        case let .numberField(slot, isPerson):
            return (isPerson ? risk.persons[person].values[slot] : risk.values[slot]).wholeNumber
        case let .numberConstant(value):
            return value
        case .personCount:
            return Int64(risk.persons.count)
        default:
            return nil
        }
    }

    /// Lookups in sparse tables or with several range dimensions go through the general index.
    func slowFind(_ risk: StepsRisk, person: Int) -> (value: ExactDecimal, row: Int)? {
        let values = queryValues(risk, person: person)
        guard values.count == sources.count, let row = index.rowIndex(values) else { return nil }
        return (index.table.rows[row].value, row)
    }

    /// The values looked up, in the table's order (for messages and the general index).
    func queryValues(_ risk: StepsRisk, person: Int) -> [RateQueryValue] {
        var values: [RateQueryValue] = []
        for (position, source) in sources.enumerated() {
            switch source {
            case let .keyField(slot, isPerson, _):
                let value = isPerson ? risk.persons[person].values[slot] : risk.values[slot]
                values.append(.key(keyText(position, value)))
            case let .keyConstant(digit):
                values.append(.key(index.keyText(ordinal: index.keyDimensionPositions.firstIndex(of: position) ?? 0, digit: digit)))
            default:
                if let number = number(source, risk, person: person) { values.append(.number(number)) }
            }
        }
        return values
    }

    /// The key of a key field for messages: the field's own value text.
    private func keyText(_ position: Int, _ value: StepValue) -> String {
        guard case let .key(i) = value else { return "" }
        return keyValueTexts[position]?[i] ?? ""
    }

    /// `occupancy=retail-shop, construction=class-2`.
    func queryText(_ risk: StepsRisk, person: Int) -> String {
        index.queryText(queryValues(risk, person: person))
    }

    /// The error for a lookup that found no row.
    func missing(_ risk: StepsRisk, person: Int) -> PuhuiError {
        index.missing(queryValues(risk, person: person))
    }
}

