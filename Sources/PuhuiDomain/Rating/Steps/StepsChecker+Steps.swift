/// The steps of a steps product: in an order that gives a premium, every operand and key a
/// declared name of the right kind.
extension StepsChecker {
    enum ChainState { case empty, running, rounded }

    mutating func checkChain(_ steps: [PremiumStep], place: String, start: ChainState, inPerson: Bool, mustEndRounded: Bool, spot: SourceSpot,
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

    mutating func checkOperand(_ step: PremiumStep, name: String, inPerson: Bool, asMoney: Bool, _ d: inout DiagnosticCollector) {
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
}
