/// Checks, when a catalog is validated, that each product's `<rating>` gives its module what it
/// needs: a table for every role with the dimensions the module looks up (no unknown or missing
/// dimension), every required parameter with a valid value, and tables that cover every value
/// the product can ask for (no gap in a band the product needs, no missing key).
enum RatingRequirements {
    static func check(_ source: ProductSource, _ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        let product = source.product
        let module = RatingModules.module(for: product.line)
        let label = "\(product.code) v\(product.version)"

        for role in module.tableRoles where role.required && product.rating.tables[role.role] == nil {
            diagnostics.error("rating module \(module.line.rawValue) needs a rate table for role '\(role.role)'", path: source.path, line: source.ratingLine)
        }
        for (role, _) in product.rating.tables.sorted(by: { $0.key < $1.key }) where !module.tableRoles.contains(where: { $0.role == role }) {
            diagnostics.error("rating module \(module.line.rawValue) has no role '\(role)' (its roles: \(module.tableRoles.map(\.role).joined(separator: ", ")))",
                              path: source.path, line: source.ratingTableLines[role] ?? source.ratingLine)
        }
        for spec in module.parameterSpecs {
            guard let value = product.rating.parameters[spec.name] else {
                if spec.required {
                    diagnostics.error("rating module \(module.line.rawValue) needs parameter '\(spec.name)'", path: source.path, line: source.ratingLine)
                }
                continue
            }
            if !RatingParameters.isValid(value, spec.kind) {
                diagnostics.error("rating parameter '\(spec.name)' = '\(value)' is not \(kindText(spec.kind))", path: source.path,
                                  line: source.parameterLines[spec.name] ?? source.ratingLine)
            }
        }

        let needs = module.needs(product)
        for role in module.tableRoles {
            guard let name = product.rating.tables[role.role] else { continue }
            for table in versionsInUse(name, by: product, catalog) {
                let expected = Set(role.dimensions.map { "\($0.name):\($0.kind.rawValue)" })
                let actual = Set(table.dimensions.map { "\($0.name):\($0.kind.rawValue)" })
                for (position, dimension) in table.dimensions.enumerated() where !expected.contains("\(dimension.name):\(dimension.kind.rawValue)") {
                    diagnostics.error("dimension '\(dimension.name):\(dimension.kind.rawValue)' is unknown to role '\(role.role)' of the \(module.line.rawValue) rating module, which \(label) uses this table for (expected \(role.dimensions.map { "\($0.name):\($0.kind.rawValue)" }.joined(separator: ", ")))",
                                      path: table.path, line: table.headerLine, column: table.dimensionColumns[safe: position])
                }
                for missing in expected.subtracting(actual).sorted() {
                    diagnostics.error("table \(table.name) lacks dimension '\(missing)', which role '\(role.role)' of the \(module.line.rawValue) rating module looks up for \(label)",
                                      path: table.path, line: table.headerLine)
                }
                guard expected == actual else { continue }
                for need in needs where need.role == role.role {
                    checkCoverage(table, need, label, &diagnostics)
                }
            }
        }
        if let shortRate = product.cancellation.table {
            let months = Int64(product.policyTerm.months(product.policyTerm.options.max() ?? product.policyTerm.max ?? 12))
            for table in versionsInUse(shortRate, by: product, catalog) {
                if table.dimensions.map(\.name) != ["months"] || table.dimensions.first?.kind != .range {
                    diagnostics.error("short-rate table \(table.name) must have one range dimension 'months' (used by \(label))",
                                      path: table.path, line: table.headerLine)
                    continue
                }
                checkCoverage(table, TableNeed(role: "short-rate", ranges: ["months": 1...months], reason: "cancellations in any month of the term"), label, &diagnostics)
            }
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

    static func checkCoverage(_ table: RateTable, _ need: TableNeed, _ label: String, _ diagnostics: inout DiagnosticCollector) {
        let keyDimensions = table.dimensions.enumerated().filter { $0.element.kind == .key }
        // The key combinations to check: the listed values for listed dimensions, every value
        // the table has for the others.
        var combinations: [[(Int, String)]] = [[]]
        for (position, dimension) in keyDimensions {
            let values = need.keys[dimension.name] ?? Array(Set(table.rows.map { $0.cells[position].description })).sorted()
            combinations = combinations.flatMap { prefix in values.map { prefix + [(position, $0)] } }
        }
        for combination in combinations {
            let rows = table.rows.filter { row in combination.allSatisfy { row.cells[$0.0] == .key($0.1) } }
            let keyText = combination.map { "\(table.dimensions[$0.0].name)=\($0.1)" }.joined(separator: ", ")
            if rows.isEmpty {
                diagnostics.error("table \(table.name) has no rows for \(keyText), which \(label) needs for \(need.reason)",
                                  path: table.path, line: table.headerLine)
                continue
            }
            for (dimension, needed) in need.ranges.sorted(by: { $0.key < $1.key }) {
                guard let position = table.dimensionIndex(dimension) else { continue }
                let bands: [(Int64, Int64)] = Set(rows.map { $0.cells[position] }).compactMap {
                    if case let .range(lower, upper) = $0 { return (lower ?? Int64.min, upper ?? Int64.max) }
                    return nil
                }.sorted { $0.0 < $1.0 }
                if let gap = firstGap(bands, needed) {
                    let within = keyText.isEmpty ? "" : " for \(keyText)"
                    diagnostics.error("\(dimension) bands of table \(table.name) leave out \(gap)\(within), which \(label) needs for \(need.reason)",
                                      path: table.path, line: table.headerLine)
                }
            }
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
