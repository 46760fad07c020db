/// Checks a steps product against itself and its tables when the catalog is validated: every
/// name a step, field or part uses is declared (with a "did you mean" when it is not), every
/// declared name is used, every coverage is priced, the steps are in an order that gives a
/// premium, the tables hold a row for every value the product accepts, and no combination of
/// the largest values can overflow exact arithmetic. Problems point at `path:line:column`.
struct StepsChecker {
    let source: ProductSource
    let definition: StepsDefinition
    let catalog: Catalog
    var product: Product { source.product }
    var label: String { "\(product.code) v\(product.version)" }
    var path: String { source.path }
    /// Parameters and table roles the steps use.
    var usedParameters: Set<String> = []
    var usedRoles: Set<String> = []
    /// Names the steps use that are not declared, with the declared name each is closest to:
    /// that declared name is not reported unused as well.
    var misspelt: Set<String> = []
    var eachPersonCount = 0

    init(source: ProductSource, definition: StepsDefinition, catalog: Catalog) {
        self.source = source
        self.definition = definition
        self.catalog = catalog
    }

    mutating func check(_ d: inout DiagnosticCollector) {
        checkFields(definition.fields, person: false, &d)
        if let persons = definition.persons { checkFields(persons.fields, person: true, &d) }
        checkFacts(&d)
        checkCoverages(&d)
        checkChecks(&d)
        for (n, part) in definition.parts.enumerated() {
            let place = part.coverages.isEmpty ? "part \(n + 1)" : "part \(part.coverages.joined(separator: " "))"
            checkChain(part.steps, place: place, start: .empty, inPerson: false, mustEndRounded: true, spot: part.spot, &d)
            if let aggregate = part.aggregate {
                checkChain(aggregate, place: "\(place) aggregate", start: .empty, inPerson: false, mustEndRounded: true, spot: part.spot, &d)
            }
            if let when = part.when, definition.field(when) == nil {
                d.error("part \(place): when='\(when)' is not a declared field\(NameSuggestion.hint(for: when, in: definition.fields.map(\.name)))",
                        path: path, at: part.spot.place("when"))
            }
        }
        if definition.parts.isEmpty {
            d.error("<premium> has no <part>", path: path, at: source.place("module", else: source.ratingLine))
        }
        if let total = definition.total {
            checkChain(total.steps, place: "total", start: .rounded, inPerson: false, mustEndRounded: true, spot: total.spot, &d)
        }
        checkTerm(&d)
        checkUnused(&d)
        checkTables(&d)
    }

    // MARK: - Fields

    static let reservedNames = ["startDate", "insured", RiskFieldCheck.batchIdentifier]

    func checkFields(_ fields: [StepField], person: Bool, _ d: inout DiagnosticCollector) {
        var seen: Set<String> = []
        let reserved = person ? ["birthDate", "age", "sex", "party"] : Self.reservedNames
        for field in fields {
            let at = field.spot.place("name")
            if !seen.insert(field.name).inserted { d.error("field '\(field.name)' is declared twice", path: path, at: at) }
            if reserved.contains(field.name) {
                d.error("field '\(field.name)' is a name every risk has; choose another name", path: path, at: at)
            }
            if field.name.isEmpty || !field.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) || !(field.name.first?.isLowercase ?? false) {
                d.error("field name '\(field.name)' must be letters and digits starting with a lower-case letter (such as sumInsured)", path: path, at: at)
            }
            switch field.kind {
            case .key:
                let values = field.values ?? []
                if values.isEmpty { d.error("key field '\(field.name)' needs values=\"…\" listing its keys", path: path, at: field.spot.place("type")) }
                for value in values where !RateTableReader.isValidKey(value) {
                    d.error("field '\(field.name)': key '\(value)' must be letters, digits, '.', '_', '+' or '-'", path: path, at: field.spot.place("values"))
                }
                if Set(values).count != values.count { d.error("field '\(field.name)' lists a value twice", path: path, at: field.spot.place("values")) }
            default:
                if field.values != nil {
                    d.error("field '\(field.name)': values=\"…\" is for key fields; a \(field.kind.rawValue) field has min and max", path: path, at: field.spot.place("values"))
                }
            }
            for (attribute, text) in [("min", field.min), ("max", field.max)] {
                guard let text else { continue }
                let valid = field.kind == .integer ? Int64(text) != nil : ExactDecimal(parsing: text) != nil
                if !valid || [.key, .date, .text].contains(field.kind) {
                    d.error("field '\(field.name)': \(attribute) '\(text)' is not \(field.kind == .integer ? "a whole number" : "a number") for a \(field.kind.rawValue) field",
                            path: path, at: field.spot.place(attribute))
                }
            }
            if let min = field.min.flatMap({ ExactDecimal(parsing: $0) }), let max = field.max.flatMap({ ExactDecimal(parsing: $0) }), min > max {
                d.error("field '\(field.name)': min \(min) is greater than max \(max)", path: path, at: field.spot.place("min"))
            }
            if let text = field.defaultValue {
                if field.required {
                    d.error("field '\(field.name)' has a default, so it is not required: write required=\"false\"", path: path, at: field.spot.place("default"))
                }
                if FieldPlan.parse(text, kind: field.kind, values: field.values ?? []) == nil {
                    d.error("field '\(field.name)': default '\(text)' is not a valid \(field.kind.rawValue) value", path: path, at: field.spot.place("default"))
                }
            }
            for (attribute, code) in [("amountOf", field.amountOf), ("deductibleOf", field.deductibleOf)] {
                guard let code else { continue }
                if person {
                    d.error("field '\(field.name)': \(attribute) belongs on a field of the risk, not of each person", path: path, at: field.spot.place(attribute))
                }
                guard let coverage = product.coverage(code) else {
                    d.error("field '\(field.name)': \(attribute)=\"\(code)\" is not a coverage of the product\(NameSuggestion.hintAndList(for: code, in: product.coverages.map(\.code), what: "coverages"))",
                            path: path, at: field.spot.place(attribute))
                    continue
                }
                if field.kind != .money {
                    d.error("field '\(field.name)': \(attribute) needs type=\"money\"", path: path, at: field.spot.place("type"))
                }
                if attribute == "deductibleOf" && coverage.deductible.options.isEmpty {
                    d.error("field '\(field.name)': coverage \(code) has no deductible options to choose from", path: path, at: field.spot.place(attribute))
                }
            }
            if field.fact != nil && field.kind == .date {
                d.error("field '\(field.name)': a date field cannot be a fact (rules test numbers and keys)", path: path, at: field.spot.place("fact"))
            }
        }
    }

    func checkFacts(_ d: inout DiagnosticCollector) {
        var seen: [String: SourcePlace] = [:]
        func note(_ name: String?, _ place: SourcePlace) {
            guard let name else { return }
            if seen[name] != nil {
                d.error("fact '\(name)' is provided twice; each fact comes from one field", path: path, at: place)
            }
            seen[name] = place
        }
        for field in definition.fields { note(field.fact, field.spot.place("fact")) }
        if let persons = definition.persons {
            note(persons.countFact, persons.spot.place("countFact"))
            note(persons.ageFact, persons.spot.place("ageFact"))
            note(persons.sexFact, persons.spot.place("sexFact"))
            for field in persons.fields { note(field.fact, field.spot.place("fact")) }
        }
    }

    // MARK: - Coverages

    func checkCoverages(_ d: inout DiagnosticCollector) {
        let codes = product.coverages.map(\.code)
        var pricedBy: [String: Int] = [:]
        for (n, part) in definition.parts.enumerated() {
            if part.coverages.isEmpty {
                d.error("part \(n + 1) names no coverage: write coverage=\"CODE\" (or several codes priced together)", path: path, at: part.spot.place())
            }
            for code in part.coverages {
                guard codes.contains(code) else {
                    if let meant = NameSuggestion.closest(to: code, in: codes) { pricedBy[meant] = pricedBy[meant] ?? n }
                    d.error("part prices coverage '\(code)', which the product does not have\(NameSuggestion.hintAndList(for: code, in: codes, what: "coverages"))",
                            path: path, at: part.spot.place("coverage"))
                    continue
                }
                if pricedBy[code] != nil { d.error("coverage \(code) is priced by two parts", path: path, at: part.spot.place("coverage")) }
                pricedBy[code] = n
            }
        }
        for coverage in product.coverages {
            let at = source.place("coverage:\(coverage.code)")
            let amountFields = definition.fields.filter { $0.amountOf == coverage.code }
            if pricedBy[coverage.code] == nil {
                let field = amountFields.isEmpty ? " and no risk field gives its amount; declare a <field amountOf=\"\(coverage.code)\"> and a <part coverage=\"\(coverage.code)\">," : "; add a <part coverage=\"\(coverage.code)\">"
                d.error("coverage \(coverage.code) is priced by no part of <premium>, so it would be given without premium\(field) or remove the coverage",
                        path: path, at: at)
                continue
            }
            guard let amount = amountFields.first else {
                d.error("coverage \(coverage.code) has no risk field giving its amount: declare one with amountOf=\"\(coverage.code)\"", path: path, at: at)
                continue
            }
            if amountFields.count > 1 {
                d.error("coverage \(coverage.code) has two amount fields", path: path, at: amountFields[1].spot.place("amountOf"))
            }
            if coverage.mandatory && !amount.required {
                d.error("field '\(amount.name)' is the amount of mandatory coverage \(coverage.code), so it must be required", path: path, at: amount.spot.place("required"))
            }
            if !coverage.mandatory && amount.required {
                d.error("field '\(amount.name)' is the amount of optional coverage \(coverage.code): write required=\"false\" (giving it chooses the coverage)",
                        path: path, at: amount.spot.place("name"))
            }
        }
    }

    func checkChecks(_ d: inout DiagnosticCollector) {
        for check in definition.checks {
            if let field = definition.field(check.field) {
                if ![.money, .integer, .decimal].contains(field.kind) {
                    d.error("check: field '\(check.field)' is not a number", path: path, at: check.spot.place("field"))
                }
            } else {
                d.error("check: '\(check.field)' is not a declared field\(NameSuggestion.hint(for: check.field, in: definition.fields.map(\.name)))",
                        path: path, at: check.spot.place("field"))
            }
            if let when = check.when, definition.field(when) == nil {
                d.error("check: when='\(when)' is not a declared field\(NameSuggestion.hint(for: when, in: definition.fields.map(\.name)))",
                        path: path, at: check.spot.place("when"))
            }
            for (attribute, text) in [("atLeast", check.atLeast), ("atMost", check.atMost)] where text != nil && ExactDecimal(parsing: text ?? "") == nil {
                d.error("check: \(attribute) '\(text ?? "")' is not a number", path: path, at: check.spot.place(attribute))
            }
            if check.atLeast == nil && check.atMost == nil {
                d.error("check on '\(check.field)' needs atLeast or atMost", path: path, at: check.spot.place())
            }
        }
    }

    mutating func checkTerm(_ d: inout DiagnosticCollector) {
        guard let term = definition.term else { return }
        let given = [term.months.map(String.init), term.field, term.lookup?.table].compactMap { $0 }
        if given.count != 1 {
            d.error("<term> needs exactly one of months, field or table", path: path, at: term.spot.place())
            return
        }
        if let months = term.months, !allowsMonths(months) {
            d.error("<term> \(months) months is not an allowed policy term (\(product.policyTerm.allowedDescription))", path: path, at: term.spot.place("months"))
        }
        if let name = term.field {
            if let field = definition.field(name) {
                if field.kind != .integer { d.error("<term>: field '\(name)' must be an integer (months)", path: path, at: term.spot.place("field")) }
            } else {
                d.error("<term>: '\(name)' is not a declared field\(NameSuggestion.hint(for: name, in: definition.fields.map(\.name)))", path: path, at: term.spot.place("field"))
            }
        }
        if let lookup = term.lookup, let role = lookup.table {
            usedRoles.insert(role)
            guard let tableName = product.rating.tables[role] else {
                d.error("<term>: table role '\(role)' is not declared\(NameSuggestion.hint(for: role, in: product.rating.tables.keys.sorted()))", path: path, at: term.spot.place("table"))
                return
            }
            checkKeys(lookup, name: "<term>", inPerson: false, &d)
            for table in RatingRequirements.versionsInUse(tableName, by: product, catalog) {
                for row in table.rows {
                    guard let months = Int(exactly: row.value.roundedToInteger(.down)), row.value == ExactDecimal(months), allowsMonths(months) else {
                        d.error("\(table.valueColumn) \(row.value) is not an allowed policy term in months for \(label) (\(product.policyTerm.allowedDescription))",
                                path: table.path, line: row.line, column: table.valueColumnNumber == 0 ? nil : table.valueColumnNumber)
                        continue
                    }
                }
            }
        }
    }

    func allowsMonths(_ months: Int) -> Bool {
        let term = product.policyTerm
        if term.unit == .month { return term.allows(months) }
        return months % 12 == 0 && term.allows(months / 12)
    }

    func checkUnused(_ d: inout DiagnosticCollector) {
        for parameter in product.rating.parameters.keys.sorted() where !usedParameters.contains(parameter) && !misspelt.contains("parameter:\(parameter)") {
            let used = usedParameters.filter { product.rating.parameters[$0] != nil }.sorted()
            d.error("rating parameter '\(parameter)' is used by no step, so it would change nothing\(NameSuggestion.hint(for: parameter, in: usedParameters.sorted().filter { product.rating.parameters[$0] == nil })) (the steps use: \(used.isEmpty ? "none" : used.joined(separator: ", ")))",
                    path: path, at: source.place("parameter:\(parameter)", else: source.parameterLines[parameter]))
        }
        for role in product.rating.tables.keys.sorted() where !usedRoles.contains(role) && !misspelt.contains("role:\(role)") {
            d.error("table role '\(role)' is used by no step, so its table would change nothing", path: path,
                    at: source.place("table:\(role)", else: source.ratingTableLines[role]))
        }
    }
}
