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

    // MARK: - Steps

    enum ChainState { case empty, running, rounded }

    mutating func checkChain(_ steps: [Step], place: String, start: ChainState, inPerson: Bool, mustEndRounded: Bool, spot: SourceSpot,
                             _ d: inout DiagnosticCollector) {
        var state = start
        if steps.isEmpty && start == .empty {
            d.error("\(place) has no steps", path: path, at: spot.place())
            return
        }
        for (n, step) in steps.enumerated() {
            let name = "\(place), step \(n + 1) (\(step.kind.rawValue))"
            let at = step.spot.place()
            if let when = step.when {
                if let field = definition.field(when) {
                    if field.required { d.error("\(name): when='\(when)' names a required field, which is always given", path: path, at: step.spot.place("when")) }
                } else {
                    d.error("\(name): when='\(when)' is not a declared field of the risk\(NameSuggestion.hint(for: when, in: definition.fields.map(\.name)))",
                            path: path, at: step.spot.place("when"))
                }
            }
            switch step.kind {
            case .amount:
                if state != .empty {
                    d.error("\(name): <amount> starts a part; to add a term use <add>", path: path, at: at)
                }
                checkOperand(step, name: name, inPerson: inPerson, asMoney: false, &d)
                state = .running
            case .multiply:
                if state == .empty { d.error("\(name): nothing to multiply yet; start with <amount>", path: path, at: at) }
                checkOperand(step, name: name, inPerson: inPerson, asMoney: false, &d)
                state = .running
            case .add:
                if state == .empty { d.error("\(name): nothing to add to yet; start with <amount>", path: path, at: at) }
                checkChain(step.steps ?? [], place: "\(name)", start: .empty, inPerson: inPerson, mustEndRounded: false, spot: step.spot, &d)
                state = .running
            case .eachPerson:
                eachPersonCount += 1
                if state != .empty { d.error("\(name): <eachPerson> starts a part", path: path, at: at) }
                if definition.persons == nil {
                    d.error("\(name): the risk declares no <persons>", path: path, at: at)
                } else if inPerson {
                    d.error("\(name): <eachPerson> cannot be nested", path: path, at: at)
                } else if eachPersonCount > 1 {
                    d.error("\(name): a product prices its persons in one <eachPerson>", path: path, at: at)
                }
                checkChain(step.steps ?? [], place: "\(name)", start: .empty, inPerson: true, mustEndRounded: true, spot: step.spot, &d)
                state = .rounded
            case .round:
                if state == .empty { d.error("\(name): nothing to round yet", path: path, at: at) }
                state = .rounded
            case .minimum, .maximum:
                if state != .rounded { d.error("\(name): round to the fen before a \(step.kind.rawValue)", path: path, at: at) }
                checkOperand(step, name: name, inPerson: inPerson, asMoney: true, &d)
                state = .rounded // reported once, not again at the end
            }
        }
        if mustEndRounded && state != .rounded {
            d.error("\(place): the steps must end with a premium rounded to the fen (<round/>)", path: path, at: steps.last?.spot.place() ?? spot.place())
        }
    }

    mutating func checkOperand(_ step: Step, name: String, inPerson: Bool, asMoney: Bool, _ d: inout DiagnosticCollector) {
        let at = step.spot.place()
        guard let operand = step.operand else {
            d.error("\(name): give one of field, parameter, value, count or table", path: path, at: at)
            return
        }
        let given = [operand.field, operand.parameter, operand.value, operand.count, operand.table].compactMap { $0 }
        if given.count != 1 {
            d.error("\(name): give exactly one of field, parameter, value, count or table (given: \(given.count))", path: path, at: at)
            return
        }
        if operand.keys != nil && operand.table == nil {
            d.error("\(name): <key> goes with table=\"…\"", path: path, at: at)
        }
        if let field = operand.field {
            checkNumberField(field, name: name, inPerson: inPerson, at: step.spot.place("field"), &d)
            if asMoney { d.error("\(name): a \(step.kind.rawValue) is a parameter or a value in yuan", path: path, at: step.spot.place("field")) }
        }
        if let parameter = operand.parameter {
            usedParameters.insert(parameter)
            if let text = product.rating.parameters[parameter] {
                if asMoney {
                    if Money(yuan: text).map({ $0.fen < 0 }) ?? true {
                        d.error("rating parameter '\(parameter)' = '\(text)' is not an amount in yuan (\(name) uses it)", path: path,
                                at: source.place("parameter-value:\(parameter)", else: source.parameterLines[parameter]))
                    }
                } else if let value = ExactDecimal(parsing: text) {
                    if let problem = RateTableReader.implausible(value, range: nil) {
                        d.error("rating parameter '\(parameter)' = '\(text)' \(problem)", path: path,
                                at: source.place("parameter-value:\(parameter)", else: source.parameterLines[parameter]))
                    }
                } else {
                    d.error("rating parameter '\(parameter)' = '\(text)' is not a decimal number (\(name) uses it)", path: path,
                            at: source.place("parameter-value:\(parameter)", else: source.parameterLines[parameter]))
                }
            } else {
                d.error("\(name): rating parameter '\(parameter)' is not given\(NameSuggestion.hintAndList(for: parameter, in: product.rating.parameters.keys.sorted(), what: "parameters"))",
                        path: path, at: step.spot.place("parameter"))
                if let meant = NameSuggestion.closest(to: parameter, in: Array(product.rating.parameters.keys)) { misspelt.insert("parameter:\(meant)") }
            }
        }
        if let value = operand.value {
            if asMoney ? Money(yuan: value) == nil : ExactDecimal(parsing: value) == nil {
                d.error("\(name): value '\(value)' is not \(asMoney ? "an amount in yuan" : "a decimal number")", path: path, at: step.spot.place("value"))
            }
        }
        if let count = operand.count {
            if count != "persons" || definition.persons == nil {
                d.error("\(name): count=\"persons\" counts the insured persons the risk declares", path: path, at: step.spot.place("count"))
            }
            if asMoney { d.error("\(name): a \(step.kind.rawValue) is a parameter or a value in yuan", path: path, at: step.spot.place("count")) }
        }
        if let role = operand.table {
            usedRoles.insert(role)
            if asMoney { d.error("\(name): a \(step.kind.rawValue) is a parameter or a value in yuan", path: path, at: step.spot.place("table")) }
            if product.rating.tables[role] == nil {
                d.error("\(name): table role '\(role)' is not declared by a <table role=\"…\">\(NameSuggestion.hintAndList(for: role, in: product.rating.tables.keys.sorted(), what: "roles"))",
                        path: path, at: step.spot.place("table"))
                if let meant = NameSuggestion.closest(to: role, in: Array(product.rating.tables.keys)) { misspelt.insert("role:\(meant)") }
            } else {
                checkKeys(operand, name: name, inPerson: inPerson, &d)
            }
        }
        if step.complement == true && step.kind != .multiply {
            d.error("\(name): complement goes with <multiply>", path: path, at: step.spot.place("complement"))
        }
    }

    /// A field read as a number: declared (a person's field only inside <eachPerson>), numeric.
    func checkNumberField(_ name: String, name step: String, inPerson: Bool, at: SourcePlace, _ d: inout DiagnosticCollector) {
        let field = (inPerson ? definition.personField(name) : nil) ?? definition.field(name)
        guard let field else {
            if definition.personField(name) != nil {
                d.error("\(step): '\(name)' is a field of each insured person; use it inside <eachPerson>", path: path, at: at)
            } else {
                d.error("\(step): '\(name)' is not a declared field\(NameSuggestion.hintAndList(for: name, in: declaredNames(inPerson), what: "fields"))", path: path, at: at)
            }
            return
        }
        if ![.money, .integer, .decimal].contains(field.kind) {
            d.error("\(step): field '\(name)' is a \(field.kind.rawValue), not a number", path: path, at: at)
        }
    }

    func declaredNames(_ inPerson: Bool) -> [String] {
        definition.fields.map(\.name) + (inPerson ? definition.persons?.fields.map(\.name) ?? [] : [])
    }

    /// The keys of a lookup against the dimensions of every version of its table in use.
    func checkKeys(_ operand: Operand, name: String, inPerson: Bool, _ d: inout DiagnosticCollector) {
        guard let role = operand.table, let tableName = product.rating.tables[role] else { return }
        let keys = operand.keys ?? []
        for table in RatingRequirements.versionsInUse(tableName, by: product, catalog) {
            let dimensions = table.dimensions.map(\.name)
            for key in keys where !dimensions.contains(key.dimension) {
                d.error("\(name): table \(table.versionLabel) has no dimension '\(key.dimension)'\(NameSuggestion.hintAndList(for: key.dimension, in: dimensions, what: "its dimensions"))",
                        path: path, at: key.spot.place("dimension"))
            }
            let unknownKeys = keys.map(\.dimension).filter { !dimensions.contains($0) }
            for dimension in table.dimensions {
                let given = keys.filter { $0.dimension == dimension.name }
                guard let key = given.first else {
                    // A misspelt key was reported already, with this dimension as its suggestion.
                    if unknownKeys.contains(where: { NameSuggestion.closest(to: $0, in: dimensions) == dimension.name }) { continue }
                    d.error("\(name): the lookup gives no <key dimension=\"\(dimension.name)\"> for table \(table.versionLabel)", path: path,
                            at: SourcePlace(line: operand.keys?.first?.spot.line, column: nil))
                    continue
                }
                if given.count > 1 { d.error("\(name): dimension '\(dimension.name)' is given twice", path: path, at: given[1].spot.place("dimension")) }
                let sources = [key.field, key.value, key.count].compactMap { $0 }
                if sources.count != 1 {
                    d.error("\(name): key '\(dimension.name)' needs exactly one of field, value or count", path: path, at: key.spot.place())
                    continue
                }
                if let fieldName = key.field {
                    let field = (inPerson ? definition.personField(fieldName) : nil) ?? definition.field(fieldName)
                    guard let field else {
                        let hint = NameSuggestion.hintAndList(for: fieldName, in: declaredNames(inPerson), what: "fields")
                        d.error("\(name): key '\(dimension.name)' names '\(fieldName)', which is not a declared field\(definition.personField(fieldName) != nil ? " outside <eachPerson>" : hint)",
                                path: path, at: key.spot.place("field"))
                        continue
                    }
                    if dimension.kind == .key && field.kind != .key {
                        d.error("\(name): dimension '\(dimension.name)' of \(table.name) is a key; field '\(fieldName)' is a \(field.kind.rawValue)", path: path, at: key.spot.place("field"))
                    }
                    if dimension.kind == .range && ![.integer, .money].contains(field.kind) {
                        d.error("\(name): dimension '\(dimension.name)' of \(table.name) is a whole-number band; field '\(fieldName)' is a \(field.kind.rawValue)",
                                path: path, at: key.spot.place("field"))
                    }
                }
                if let value = key.value, dimension.kind == .range, Int64(value) == nil {
                    d.error("\(name): dimension '\(dimension.name)' is a whole-number band; '\(value)' is not a whole number", path: path, at: key.spot.place("value"))
                }
                if key.count != nil {
                    if key.count != "persons" || definition.persons == nil {
                        d.error("\(name): count=\"persons\" counts the insured persons the risk declares", path: path, at: key.spot.place("count"))
                    } else if dimension.kind != .range {
                        d.error("\(name): the number of persons is looked up in a range dimension, not '\(dimension.name)'", path: path, at: key.spot.place("count"))
                    }
                }
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
