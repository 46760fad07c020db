/// Checks, when a catalog is validated, that each product's `<rating>` gives its module what it
/// needs: a table for every role with the dimensions the module looks up (no unknown or missing
/// dimension), every required parameter with a valid value, and tables that cover every value
/// the product can ask for (no gap in a band the product needs, no missing key).
enum RatingRequirements {
    static func check(_ source: ProductSource, _ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        let product = source.product
        if product.rating.module == .steps {
            guard let definition = product.rating.steps else { return }
            var checker = StepsChecker(source: source, definition: definition, catalog: catalog)
            checker.check(&diagnostics)
            checkRules(source, facts: StepsVocabulary.facts(definition), module: "steps", &diagnostics)
            checkOpenFields(source, declared: StepsVocabulary.riskFields(definition), &diagnostics)
            checkShortRate(source, catalog, &diagnostics)
            return
        }
        guard let module = RatingModules.coded(named: product.rating.module.rawValue) else { return }
        let vocabulary = module.vocabulary
        let name = vocabulary.module
        let label = "\(product.code) v\(product.version)"
        let roleNames = vocabulary.roles.map(\.role)

        // A misspelt name is reported once, as not declared, not also as the declared one missing.
        let meantRoles = Set(product.rating.tables.keys.filter { vocabulary.role($0) == nil }.compactMap { NameSuggestion.closest(to: $0, in: roleNames) })
        let parameterNames = vocabulary.parameters.filter { !$0.prefix }.map(\.name)
        let meantParameters = Set(product.rating.parameters.keys.filter { vocabulary.parameter($0) == nil }.compactMap { NameSuggestion.closest(to: $0, in: parameterNames) })
        for role in vocabulary.roles where role.required && product.rating.tables[role.role] == nil && !meantRoles.contains(role.role) {
            diagnostics.error("rating module \(name) needs a rate table for role '\(role.role)' (\(role.meaning))", path: source.path,
                              at: source.place("module", else: source.ratingLine))
        }
        for (role, _) in product.rating.tables.sorted(by: { $0.key < $1.key }) where vocabulary.role(role) == nil {
            diagnostics.error("rating module \(name) has no table role '\(role)'\(NameSuggestion.hintAndList(for: role, in: roleNames, what: "its roles"))",
                              path: source.path, at: source.place("table:\(role)", else: source.ratingTableLines[role] ?? source.ratingLine))
        }
        for spec in vocabulary.parameters where spec.required && !spec.prefix && product.rating.parameters[spec.name] == nil && !meantParameters.contains(spec.name) {
            diagnostics.error("rating module \(name) needs parameter '\(spec.name)' (\(spec.meaning))", path: source.path,
                              at: source.place("module", else: source.ratingLine))
        }
        for (parameter, value) in product.rating.parameters.sorted(by: { $0.key < $1.key }) {
            guard let spec = vocabulary.parameter(parameter) else {
                diagnostics.error("rating module \(name) has no parameter '\(parameter)'\(NameSuggestion.hintAndList(for: parameter, in: vocabulary.parameters.map(\.displayName), what: "its parameters"))",
                                  path: source.path, at: source.place("parameter:\(parameter)", else: source.parameterLines[parameter]))
                continue
            }
            if let problem = parameterProblem(value, spec) {
                diagnostics.error("rating parameter '\(parameter)' = '\(value)' \(problem)", path: source.path,
                                  at: source.place("parameter-value:\(parameter)", else: source.parameterLines[parameter]))
            }
        }
        checkRules(source, facts: vocabulary.facts, module: name, &diagnostics)
        checkOpenFields(source, declared: vocabulary.fields, &diagnostics)
        if case let .one(what) = vocabulary.coverages, product.coverages.count > 1 {
            for coverage in product.coverages.dropFirst() {
                diagnostics.error("rating module \(name) prices exactly one coverage (\(what)); coverage \(coverage.code) would not be priced",
                                  path: source.path, at: source.place("coverage:\(coverage.code)"))
            }
        }

        let needs = module.needs(product)
        for role in vocabulary.roles {
            guard let tableName = product.rating.tables[role.role] else { continue }
            for table in versionsInUse(tableName, by: product, catalog) {
                let expected = Set(role.dimensions.map { "\($0.name):\($0.kind.rawValue)" })
                let actual = Set(table.dimensions.map { "\($0.name):\($0.kind.rawValue)" })
                for (position, dimension) in table.dimensions.enumerated() where !expected.contains("\(dimension.name):\(dimension.kind.rawValue)") {
                    diagnostics.error("dimension '\(dimension.name):\(dimension.kind.rawValue)' is unknown to role '\(role.role)' of the \(name) rating module, which \(label) uses this table for (expected \(role.dimensionText))",
                                      path: table.path, line: table.headerLine, column: table.dimensionColumns[safe: position])
                }
                for missing in expected.subtracting(actual).sorted() {
                    diagnostics.error("table \(table.name) lacks dimension '\(missing)', which role '\(role.role)' of the \(name) rating module looks up for \(label)",
                                      path: table.path, line: table.headerLine)
                }
                checkValues(table, within: role.valueRange, role: "role '\(role.role)' of the \(name) rating module", &diagnostics)
                guard expected == actual else { continue }
                for need in needs where need.role == role.role {
                    checkCoverage(table, need, label, &diagnostics)
                }
            }
        }
        checkShortRate(source, catalog, &diagnostics)
    }

    /// Every underwriting rule names a fact the module provides, tested the way its kind allows.
    static func checkRules(_ source: ProductSource, facts: [FactSpec], module: String, _ diagnostics: inout DiagnosticCollector) {
        let names = facts.map(\.name)
        for rule in source.product.underwriting.rules {
            let place = source.place("rule-fact:\(rule.code)", else: source.ruleLines[rule.code])
            guard let fact = facts.first(where: { $0.name == rule.fact }) else {
                let provider = module == "steps" ? "the product's risk fields provide" : "the \(module) rating module provides"
                diagnostics.error("rule \(rule.code): fact '\(rule.fact)' is not a fact \(provider), so the rule would never fire\(NameSuggestion.hintAndList(for: rule.fact, in: names, what: "facts"))",
                                  path: source.path, at: place)
                continue
            }
            if fact.kind == .key && (rule.test == .above || rule.test == .below) {
                diagnostics.error("rule \(rule.code): fact '\(rule.fact)' is a key; test '\(rule.test.rawValue)' needs a number (use in or not-in)",
                                  path: source.path, at: place)
            }
        }
    }

    /// Open fields are extra names; a declared field cannot be one.
    static func checkOpenFields(_ source: ProductSource, declared: [RiskFieldSpec], _ diagnostics: inout DiagnosticCollector) {
        for name in source.product.rating.openFields ?? [] where declared.contains(where: { $0.name == name }) {
            diagnostics.error("open field '\(name)' is a risk field the rating reads; an open field is one it does not read",
                              path: source.path, at: source.place("open-field:\(name)"))
        }
    }

    /// Each row's value within `range`, at the row's line and value column.
    static func checkValues(_ table: RateTable, within range: ValueRange, role: String, _ diagnostics: inout DiagnosticCollector) {
        for row in table.rows where !range.contains(row.value) {
            diagnostics.error("\(table.valueColumn) \(row.value) is outside \(range), the plausible values for \(role)",
                              path: table.path, line: row.line, column: table.valueColumnNumber == 0 ? nil : table.valueColumnNumber)
        }
    }

    /// Why a parameter's value is not acceptable, or nil.
    static func parameterProblem(_ value: String, _ spec: ParameterSpec) -> String? {
        guard RatingParameters.isValid(value, spec.kind) else { return "is not \(kindText(spec.kind))" }
        if let keys = spec.keys, !keys.contains(value) { return "is not one of \(keys.joined(separator: ", "))" }
        if let range = spec.range, let number = ExactDecimal(parsing: value), !range.contains(number) {
            return "is outside \(range)\(spec.unit.isEmpty ? "" : " (\(spec.unit))")"
        }
        return nil
    }

    static func checkShortRate(_ source: ProductSource, _ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        let product = source.product
        let label = "\(product.code) v\(product.version)"
        guard let shortRate = product.cancellation.table else { return }
        let months = Int64(product.policyTerm.months(product.policyTerm.options.max() ?? product.policyTerm.max ?? 12))
        for table in versionsInUse(shortRate, by: product, catalog) {
            if table.dimensions.map(\.name) != ["months"] || table.dimensions.first?.kind != .range {
                diagnostics.error("short-rate table \(table.name) must have one range dimension 'months' (used by \(label))",
                                  path: table.path, line: table.headerLine)
                continue
            }
            checkValues(table, within: .of("0", "1"), role: "a short-rate table (shares of the annual premium earned)", &diagnostics)
            checkCoverage(table, TableNeed(role: "short-rate", ranges: ["months": 1...months], reason: "cancellations in any month of the term"), label, &diagnostics)
        }
    }

    static func kindText(_ kind: ParameterSpec.Kind) -> String {
        switch kind {
        case .money: "an amount in yuan"
        case .decimal: "a decimal number"
        case .integer: "a whole number"
        case .key: "a key"
        }
    }

    /// The versions of table `name` a product can be rated with: the one in force when the
    /// product takes effect and every later one that starts before the product ends.
    static func versionsInUse(_ name: String, by product: Product, _ catalog: Catalog) -> [RateTable] {
        catalog.tableVersions(name).filter { table in
            let from = table.effectiveFrom ?? .distantPast
            if let to = product.effectiveTo, from > to { return false }
            if from > product.effectiveFrom { return true }
            return catalog.table(name, on: product.effectiveFrom)?.versionLabel == table.versionLabel
        }
    }

    /// Reports each key combination a product can ask for that has no row, and each stretch of
    /// a needed band no row covers. Rows are grouped by their keys once, so a check costs one
    /// dictionary probe per combination.
    static func checkCoverage(_ table: RateTable, _ need: TableNeed, _ label: String, _ diagnostics: inout DiagnosticCollector) {
        let keyDimensions = table.dimensions.enumerated().filter { $0.element.kind == .key }
        var groups: [[String]: [RateTable.Row]] = [:]
        for row in table.rows {
            groups[keyDimensions.map { row.cells[$0.offset].description }, default: []].append(row)
        }
        // The key combinations to check: the listed values for listed dimensions, every value
        // the table has for the others.
        var combinations: [[String]] = [[]]
        for (position, dimension) in keyDimensions {
            let values = need.keys[dimension.name] ?? Array(Set(table.rows.map { $0.cells[position].description })).sorted()
            combinations = combinations.flatMap { prefix in values.map { prefix + [$0] } }
        }
        var reported = 0
        let limit = 20
        // A row the reader refused was reported at its line: what it would have held is not
        // reported again.
        func refused(_ combination: [String]) -> Bool {
            table.rejectedKeys.contains { keys in
                zip(keyDimensions, combination).allSatisfy { dimension, value in (keys[safe: dimension.offset] ?? nil).map { $0 == value } ?? true }
            }
        }
        for combination in combinations {
            // Built only for a message.
            var keyText: String { zip(keyDimensions, combination).map { "\($0.element.name)=\($1)" }.joined(separator: ", ") }
            if !table.rejectedKeys.isEmpty && refused(combination) { continue }
            guard let rows = groups[combination] else {
                reported += 1
                if reported <= limit {
                    diagnostics.error("table \(table.name) has no row for \(keyText), which \(label) needs for \(need.reason)",
                                      path: table.path, line: table.headerLine, column: 1)
                }
                continue
            }
            for (dimension, needed) in need.ranges.sorted(by: { $0.key < $1.key }) {
                guard let position = table.dimensionIndex(dimension) else { continue }
                let bands: [(Int64, Int64)] = Set(rows.map { $0.cells[position] }).compactMap {
                    if case let .range(lower, upper) = $0 { return (lower ?? Int64.min, upper ?? Int64.max) }
                    return nil
                }.sorted { $0.0 < $1.0 }
                if let gap = firstGap(bands, needed) {
                    reported += 1
                    let within = keyText.isEmpty ? "" : " for \(keyText)"
                    if reported <= limit {
                        diagnostics.error("\(dimension) bands of table \(table.name) leave out \(gap)\(within), which \(label) needs for \(need.reason)",
                                          path: table.path, line: table.headerLine, column: table.dimensionColumns[safe: position] ?? 1)
                    }
                }
            }
        }
        if reported > limit {
            diagnostics.error("table \(table.name): \(reported - limit) more combinations that \(label) needs have no row",
                              path: table.path, line: table.headerLine)
        }
    }

    /// The first stretch of `needed` no band covers, as text (`61-65`, `4-`), or nil.
    static func firstGap(_ bands: [(Int64, Int64)], _ needed: ClosedRange<Int64>) -> String? {
        var next = needed.lowerBound
        for (lower, upper) in bands {
            if upper < next { continue }
            if lower > next {
                let end = min(lower - 1, needed.upperBound)
                return end == next ? "\(next)" : "\(next)-\(end == Int64.max ? "" : String(end))"
            }
            if upper >= needed.upperBound { return nil }
            next = upper + 1
        }
        return next == needed.upperBound ? "\(next)" : "\(next)-\(needed.upperBound == Int64.max ? "" : String(needed.upperBound))"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
