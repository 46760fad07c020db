import Foundation

/// The tables of a steps product: complete for every value the product accepts, values within
/// the table's declared range, and no combination of the largest values too large for money.
extension StepsChecker {
    /// A lookup in the steps, where it is.
    struct LookupUse {
        var operand: Operand
        var place: String
        var inPerson: Bool
    }

    /// Every lookup of every chain and of the term.
    func lookups() -> [LookupUse] {
        var result: [LookupUse] = []
        func visit(_ steps: [PremiumStep], _ place: String, _ inPerson: Bool) {
            for (n, step) in steps.enumerated() {
                let stepPlace = "\(place), step \(n + 1)"
                if let operand = step.operand, operand.table != nil { result.append(LookupUse(operand: operand, place: stepPlace, inPerson: inPerson)) }
                visit(step.steps ?? [], stepPlace, inPerson || step.kind == .eachPerson)
            }
        }
        for (n, part) in definition.parts.enumerated() {
            let place = part.coverages.isEmpty ? "part \(n + 1)" : "part \(part.coverages.joined(separator: " "))"
            visit(part.steps, place, false)
            visit(part.aggregate ?? [], "\(place) aggregate", false)
        }
        visit(definition.total?.steps ?? [], "total", false)
        if let lookup = definition.term?.lookup { result.append(LookupUse(operand: lookup, place: "<term>", inPerson: false)) }
        return result
    }

    func checkTables(_ d: inout DiagnosticCollector) {
        var rangeReported: Set<String> = []
        for use in lookups() {
            guard let role = use.operand.table, let tableName = product.rating.tables[role] else { continue }
            for table in RatingRequirements.versionsInUse(tableName, by: product, catalog) {
                if table.valueRange == nil, rangeReported.insert(table.versionLabel).inserted {
                    d.error("table \(table.name) has no '# value-range:' line; a table a steps product uses declares the plausible range of its values (such as # value-range: 0-0.05), which every value must fall in",
                            path: table.path, line: table.headerLine)
                }
                let keys = use.operand.keys ?? []
                guard Set(keys.map(\.dimension)) == Set(table.dimensions.map(\.name)), keys.count == table.dimensions.count else { continue }
                for need in needs(use, table: table) {
                    RatingRequirements.checkCoverage(table, need, label, &d)
                }
            }
        }
        checkOverflow(&d)
    }

    // MARK: - Completeness

    /// The values a lookup can be asked for: the keys its fields accept (less those a decline
    /// rule refuses), and the numbers its range keys can reach, one need per combination of
    /// amount options.
    func needs(_ use: LookupUse, table: RateTable) -> [TableNeed] {
        var keys: [String: [String]] = [:]
        var rangeOptions: [(String, [ClosedRange<Int64>])] = []
        var described: [String] = []
        for key in use.operand.keys ?? [] {
            guard let dimension = table.dimensions.first(where: { $0.name == key.dimension }) else { continue }
            if let value = key.value {
                if dimension.kind == .key { keys[dimension.name] = [value] } else if let n = Int64(value) { rangeOptions.append((dimension.name, [n...n])) }
                continue
            }
            if key.count != nil, let persons = definition.persons {
                let accepted = persons.countFact.map { product.acceptedRange(of: $0, fallback: Int64(persons.min)...Int64(persons.max)) }
                    ?? Int64(persons.min)...Int64(persons.max)
                let lower = max(accepted.lowerBound, Int64(persons.min)), upper = min(accepted.upperBound, Int64(persons.max))
                rangeOptions.append((dimension.name, [lower...max(lower, upper)]))
                described.append("the number of insured persons")
                continue
            }
            guard let name = key.field, let field = (use.inPerson ? definition.personField(name) : nil) ?? definition.field(name) else { continue }
            described.append(name)
            if dimension.kind == .key {
                let declined = field.fact.map { product.declinedKeys(fact: $0) } ?? []
                keys[dimension.name] = (field.values ?? []).filter { !declined.contains($0) }
            } else {
                rangeOptions.append((dimension.name, numberRanges(field)))
            }
        }
        var combinations: [[String: ClosedRange<Int64>]] = [[:]]
        for (dimension, options) in rangeOptions {
            combinations = combinations.flatMap { prefix in options.map { var next = prefix; next[dimension] = $0; return next } }
        }
        let reason = "\(use.place) (the values of \(described.isEmpty ? "its keys" : described.joined(separator: ", ")) it accepts)"
        return combinations.map { TableNeed(role: use.operand.table ?? "", keys: keys, ranges: $0, reason: reason) }
    }

    /// The whole numbers a field can take: a coverage's amount options (or bounds) in yuan, a
    /// deductible's options, or the field's own bounds narrowed by decline rules.
    func numberRanges(_ field: StepField) -> [ClosedRange<Int64>] {
        func yuan(_ money: Money) -> Int64 { money.fen / 100 }
        if let code = field.deductibleOf, let coverage = product.coverage(code), !coverage.deductible.options.isEmpty {
            return coverage.deductible.options.map { yuan($0)...yuan($0) }
        }
        if let code = field.amountOf, let coverage = product.coverage(code) {
            if !coverage.amount.options.isEmpty { return coverage.amount.options.map { yuan($0)...yuan($0) } }
            return [yuan(coverage.amount.min ?? .zero)...(coverage.amount.max.map(yuan) ?? Int64.max)]
        }
        let lower = field.min.flatMap { ExactDecimal(parsing: $0) }.map { Int64(exactly: $0.roundedToInteger(.down)) ?? Int64.min } ?? (field.kind == .money ? 0 : Int64.min)
        let upper = field.max.flatMap { ExactDecimal(parsing: $0) }.map { Int64(exactly: $0.roundedToInteger(.down)) ?? Int64.max } ?? Int64.max
        var range = lower...max(lower, upper)
        if let fact = field.fact { range = product.acceptedRange(of: fact, fallback: range) }
        return [range]
    }

    // MARK: - Overflow

    /// The largest amount money can hold, in yuan.
    static let largestMoney = Money(fen: Int64.max).yuan
    /// What an amount field without an upper bound is assumed to reach: 10 trillion yuan, the
    /// largest amount a product file can write.
    static let largestAmount = ExactDecimal(significand: 10_000_000_000_000, scale: 0)

    func checkOverflow(_ d: inout DiagnosticCollector) {
        for (n, part) in definition.parts.enumerated() {
            let place = part.coverages.isEmpty ? "part \(n + 1)" : "part \(part.coverages.joined(separator: " "))"
            _ = bound(part.steps, place: place, start: .zero, inPerson: false, &d)
        }
    }

    /// The largest magnitude the running amount of `steps` can reach; the first step past what
    /// money holds is reported with the values that take it there.
    func bound(_ steps: [PremiumStep], place: String, start: ExactDecimal, inPerson: Bool, _ d: inout DiagnosticCollector) -> ExactDecimal? {
        var current = start
        var because: [String] = []
        for (n, step) in steps.enumerated() {
            let stepPlace = "\(place), step \(n + 1)"
            switch step.kind {
            case .amount:
                guard let (value, why) = largest(step.operand, inPerson: inPerson) else { return nil }
                current = value
                because = [why]
            case .multiply:
                guard let (found, why) = largest(step.operand, inPerson: inPerson) else { return nil }
                let value = step.complement == true ? found + .one : found
                current = current * value
                because.append(why)
            case .add:
                guard let term = bound(step.steps ?? [], place: stepPlace, start: .zero, inPerson: inPerson, &d) else { return nil }
                current = current + term
            case .eachPerson:
                guard let each = bound(step.steps ?? [], place: stepPlace, start: .zero, inPerson: true, &d) else { return nil }
                current = each * ExactDecimal(definition.persons?.max ?? 1)
                because = ["\(definition.persons?.max ?? 1) persons"]
            case .round:
                break
            case .minimum, .maximum:
                if let (value, _) = largest(step.operand, inPerson: inPerson) { current = max(current, value) }
            }
            if current > Self.largestMoney {
                d.error("\(stepPlace) (\(step.label ?? step.kind.rawValue)): with \(because.joined(separator: " and ")) the amount could reach \(current.rounded(scale: 0, .up)) yuan, more than an amount can hold; narrow the table's value-range or the field's bounds",
                        path: path, at: step.spot.place())
                return nil
            }
        }
        return current
    }

    /// The largest magnitude an operand can have, and where it comes from.
    func largest(_ operand: Operand?, inPerson: Bool) -> (ExactDecimal, String)? {
        guard let operand else { return nil }
        func magnitude(_ value: ExactDecimal) -> ExactDecimal { value.isNegative ? -value : value }
        if let name = operand.field, let field = (inPerson ? definition.personField(name) : nil) ?? definition.field(name) {
            var value = field.max.flatMap { ExactDecimal(parsing: $0) }.map(magnitude) ?? Self.largestAmount
            if let code = field.amountOf, let largest = product.coverage(code)?.amount.largest { value = largest.yuan }
            if let code = field.deductibleOf, let largest = product.coverage(code)?.deductible.options.max() { value = largest.yuan }
            return (value, "\(name) up to \(value)")
        }
        if let name = operand.parameter, let value = product.rating.parameters[name].flatMap({ ExactDecimal(parsing: $0) }) {
            return (magnitude(value), "parameter \(name) = \(value)")
        }
        if let text = operand.value, let value = ExactDecimal(parsing: text) { return (magnitude(value), text) }
        if operand.count != nil { return (ExactDecimal(definition.persons?.max ?? 1), "the number of persons") }
        if let role = operand.table, let tableName = product.rating.tables[role] {
            var best: (value: ExactDecimal, table: RateTable, row: RateTable.Row)? = nil
            for table in RatingRequirements.versionsInUse(tableName, by: product, catalog) {
                for row in table.rows where best.map({ magnitude(row.value) > $0.value }) ?? true {
                    best = (magnitude(row.value), table, row)
                }
            }
            return best.map { ($0.value, "\($0.table.name) \($0.row.value) (\(($0.table.path as NSString).lastPathComponent):\($0.row.line))") }
        }
        return nil
    }
}
