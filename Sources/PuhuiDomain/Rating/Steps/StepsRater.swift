/// The rater of a product whose rating is written in its file (`<rating module="steps">`):
/// reads the declared risk fields, refuses what the product's decline rules decline, runs the
/// premium steps of each part with a worksheet line per step, and fills the quote's coverages,
/// persons and term from the declarations. Nothing in it knows any product.
public struct StepsRater: Rater {
    let program: StepsProgram
    public let tableVersions: [String]
    public let riskFields: [RiskFieldSpec]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        guard let definition = product.rating.steps else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): the steps module needs <risk> and <premium>")
        }
        program = try StepsProgram(product: product, definition: definition, tables: tables)
        tableVersions = tables.versionLabels
        riskFields = StepsVocabulary.riskFields(definition)
    }

    public var product: Product { program.product }

    // MARK: - Reading

    func read(_ fields: any InputFields, context: RatingContext, source: String) throws(PuhuiError) -> StepsRisk {
        // A JSON risk names its fields; a batch file's header was checked once.
        if fields.memberNames() != nil {
            let unknown = RiskFieldCheck.unknownFields(fields, declared: riskFields, open: product.rating.openFields ?? [],
                                                       product: program.label, source: source)
            if !unknown.isEmpty { throw PuhuiError.riskRejected(unknown) }
        }
        var reader = FieldReader(source: source)
        var values: [StepValue] = []
        values.reserveCapacity(program.fields.count)
        for plan in program.fields { values.append(plan.read(fields, path: plan.name, reader: &reader)) }
        var persons: [StepsPerson] = []
        if let spec = program.persons, let items = reader.list(fields, "insured") {
            if items.count > spec.max {
                reader.fail("insured", "lists \(items.count) persons; \(program.label) insures at most \(spec.max)", line: fields.line)
            }
            persons.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                let path = "insured[\(i + 1)]"
                guard var input = InsuredPersonInput.read(item, index: i + 1, context: context, reader: &reader,
                                                          needsSex: spec.sex == .required, classes: nil) else { continue }
                if spec.sex == .optional {
                    input.sex = reader.key(item, "sex", path: "\(path).sex", required: false, allowed: ["female", "male"])
                }
                var personValues: [StepValue] = []
                personValues.reserveCapacity(program.personFields.count)
                for plan in program.personFields { personValues.append(plan.read(item, path: "\(path).\(plan.name)", reader: &reader)) }
                persons.append(StepsPerson(input: input, values: personValues))
            }
        }
        for check in program.checks {
            if let when = check.when, values[when].isAbsent { continue }
            guard let number = values[check.slot].number else { continue }
            if check.atLeast.map({ number < $0 }) ?? false || check.atMost.map({ number > $0 }) ?? false {
                reader.fail(check.field, check.reason, line: fields.line)
            }
        }
        if reader.failed { throw PuhuiError.riskRejected(reader.problems) }
        return StepsRisk(values: values, persons: persons)
    }

    /// Refuses a risk one of the product's decline rules excludes, before pricing it.
    func checkDeclineRules(_ risk: StepsRisk) throws(PuhuiError) {
        for plan in program.declines where plan.fires(risk) {
            // The engine names the rule and the value, as for every product.
            if let rule = UnderwritingEngine.firstFiring(program.declineRules, facts(risk)) {
                throw PuhuiError.declined("rule \(rule.code): \(rule.reason.en) (\(rule.fact) = \(rule.value))")
            }
        }
    }

    // MARK: - Rater

    public func quote(_ fields: any InputFields, context: RatingContext, source: String) throws -> Quote {
        let risk = try read(fields, context: context, source: source)
        try checkDeclineRules(risk)
        var worksheet = RatingWorksheet()
        let (premium, found) = try price(risk, context: context, worksheet: &worksheet, details: true)
        let details = found ?? QuoteDetails()
        return Quote(
            id: nil, productCode: product.code, productVersion: product.version, line: product.line,
            asOf: context.asOf, startDate: context.startDate,
            endDate: context.startDate.adding(months: details.termMonths).adding(days: -1),
            premium: premium, coverages: details.coverages, worksheet: worksheet.steps, tableVersions: tableVersions,
            insuredPersons: details.insuredPersons, buyers: nil, pension: nil, netPremium: nil,
            facts: facts(risk), notes: details.notes, authorityMeasure: product.underwriting.authorityKind(for: product.line))
    }

    public func premium(_ fields: any InputFields, context: RatingContext, source: String) throws -> Money {
        let risk = try read(fields, context: context, source: source)
        try checkDeclineRules(risk)
        var worksheet = NoWorksheet()
        return try price(risk, context: context, worksheet: &worksheet, details: false).premium
    }

    public func facts(_ fields: any InputFields, context: RatingContext, source: String) throws -> UnderwritingFacts {
        facts(try read(fields, context: context, source: source))
    }

    // MARK: - Pricing

    /// The premium, and with `details` the quote's coverages, persons and term.
    func price<W: WorksheetRecorder>(_ risk: StepsRisk, context: RatingContext, worksheet w: inout W,
                                     details: Bool) throws(PuhuiError) -> (premium: Money, details: QuoteDetails?) {
        var total = Money.zero
        var ran = 0
        let rounding = context.rounding
        var personPremiums: [Money]? = nil
        var partPremiums = [Money?](repeating: nil, count: details ? program.parts.count : 0)
        for (p, part) in program.parts.enumerated() {
            if let when = part.when, risk.values[when].isAbsent { continue }
            var premiums: [Money]? = details ? [] : nil
            let result = try program.run(part.steps, risk, person: 0, rounding: rounding, worksheet: &w, personPremiums: &premiums)
            guard let premium = result.money, let last = part.steps.last else {
                throw PuhuiError.invalid("\(program.label) \(part.label): the steps do not end with a premium rounded to the fen")
            }
            let (sum, overflow) = total.fen.addingReportingOverflow(premium.fen)
            if overflow { throw program.overflow(program.steps[last].id) }
            total = Money(fen: sum)
            ran += 1
            if details {
                partPremiums[p] = premium
                if let premiums, !premiums.isEmpty { personPremiums = premiums }
            }
        }
        if ran > 1 { w.record(WorksheetStep(name: program.totalLabel, amount: total.yuanString)) }
        if !program.total.isEmpty {
            var none: [Money]? = nil
            let result = try program.run(program.total, risk, person: 0, rounding: rounding, worksheet: &w,
                                         start: StepsProgram.Running(exact: total.yuan, money: total), personPremiums: &none)
            total = result.money ?? total
        }
        guard details else { return (total, nil) }
        return (total, try quoteDetails(risk, context: context, partPremiums: partPremiums, personPremiums: personPremiums))
    }

    func quoteDetails(_ risk: StepsRisk, context: RatingContext, partPremiums: [Money?], personPremiums: [Money]?) throws(PuhuiError) -> QuoteDetails {
        var details = QuoteDetails()
        let definition = product.rating.steps
        for (c, coverage) in product.coverages.enumerated() {
            guard let p = program.parts.firstIndex(where: { $0.coverages.contains(c) }), partPremiums[p] != nil else { continue }
            let part = program.parts[p]
            guard let slot = definition?.fields.firstIndex(where: { $0.amountOf == coverage.code }),
                  case let .money(amount) = risk.values[slot] else { continue }
            var deductible = coverage.deductible.amount
            if let choice = definition?.fields.firstIndex(where: { $0.deductibleOf == coverage.code }), case let .money(chosen) = risk.values[choice] {
                deductible = chosen
            }
            var aggregate: Money? = nil
            if let range = part.aggregate {
                var none: [Money]? = nil
                var silent = NoWorksheet()
                aggregate = try program.run(range, risk, person: 0, rounding: context.rounding, worksheet: &silent, personPremiums: &none).money
            }
            details.coverages.append(QuotedCoverage(
                code: coverage.code, name: coverage.name, amount: amount, deductible: deductible,
                deductiblePercent: coverage.deductible.percentOfLoss, indemnityPercent: coverage.indemnityPercent,
                coverFrom: coverage.waitingPeriodDays.map { context.startDate.adding(days: $0) }, aggregateLimit: aggregate,
                premium: part.coverages.count == 1 ? partPremiums[p] : nil))
        }
        if program.persons != nil {
            details.insuredPersons = risk.persons.enumerated().map { i, person in
                var fields: [String: String] = [:]
                for (f, plan) in program.personFields.enumerated() where !person.values[f].isAbsent { fields[plan.name] = plan.text(person.values[f]) }
                return InsuredPremium(index: i + 1, party: person.input.party, age: person.input.age, sex: person.input.sex,
                                      occupationClass: nil, premium: personPremiums?[safe: i] ?? .zero, fields: fields.isEmpty ? nil : fields)
            }
        }
        details.termMonths = try termMonths(risk)
        return details
    }

    func termMonths(_ risk: StepsRisk) throws(PuhuiError) -> Int {
        switch program.term {
        case let .months(months):
            return months
        case let .field(slot):
            guard case let .integer(months) = risk.values[slot], let value = Int(exactly: months) else { return 12 }
            return value
        case let .lookup(l):
            let lookup = program.lookups[l]
            guard let found = lookup.find(risk, person: 0) else { throw lookup.missing(risk, person: 0) }
            return Int(exactly: found.value.roundedToInteger(.down)) ?? 12
        }
    }

    // MARK: - Facts

    func facts(_ risk: StepsRisk) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        func add(_ name: String, _ plan: FieldPlan, _ value: StepValue) {
            let (number, key) = plan.factValue(value)
            if let number { facts.set(name, number) } else if let key { facts.set(name, key: key) }
        }
        for (i, plan) in program.fields.enumerated() {
            if let fact = plan.fact { add(fact, plan, risk.values[i]) }
        }
        if let spec = program.persons {
            if let fact = spec.countFact { facts.set(fact, risk.persons.count) }
            for person in risk.persons {
                if let fact = spec.ageFact { facts.set(fact, person.input.age) }
                if let fact = spec.sexFact, let sex = person.input.sex { facts.set(fact, key: sex) }
                for (i, plan) in program.personFields.enumerated() {
                    if let fact = plan.fact { add(fact, plan, person.values[i]) }
                }
            }
        }
        return facts
    }
}
