/// A product read from its XML file, with the source locations later checks point at.
public struct ProductSource: Sendable {
    public var product: Product
    public var path: String
    /// The XML text as read, stored beside the product for audit.
    public var xml: String
    /// Line of the `<code>` element.
    public var codeLine: Int
    /// Line of the `<effectiveFrom>` element.
    public var effectiveLine: Int
    /// Line of each `<table>` of `<rating>`, by role.
    public var ratingTableLines: [String: Int]
    /// Line of `<rating>`.
    public var ratingLine: Int
    /// Line of each `<parameter>` of `<rating>`, by name.
    public var parameterLines: [String: Int]
    /// Line of `<cancellation>`.
    public var cancellationLine: Int
    /// Line of each underwriting `<rule>`, by code.
    public var ruleLines: [String: Int]
    /// Line of `<servicing>`, when the file has one.
    public var servicingLine: Int? = nil
    /// Where names are written, for messages that point at them: `table:ROLE` (the role),
    /// `parameter:NAME` (the name), `parameter-value:NAME`, `rule-fact:CODE`, `coverage:CODE`,
    /// `module`, `open-field:NAME`.
    public var places: [String: SourcePlace] = [:]
    /// Lines the schema found an error on (the product is still checked, not those lines again).
    public var schemaErrorLines: Set<Int> = []

    /// Where `key` is written, else `line`.
    public func place(_ key: String, else line: Int? = nil) -> SourcePlace {
        places[key] ?? SourcePlace(line: line, column: nil)
    }
}

/// Turns a schema-valid product document into a `Product`, reporting what the schema cannot
/// express within one file: amounts and bounds in order, dates in order, codes unique within
/// their lists, claim types pointing at coverages and documents that exist.
struct ProductReader {
    let tree: XMLTree
    var diagnostics = DiagnosticCollector()

    init(tree: XMLTree) {
        self.tree = tree
    }

    var path: String { tree.path }
    /// Where names are written (see `ProductSource.places`).
    var places: [String: SourcePlace] = [:]

    mutating func error(_ element: XMLElement, _ message: String) {
        let location = element.location()
        diagnostics.error(message, path: path, line: location.line, column: location.column)
    }

    /// An error at the value of `attribute` of `element`.
    mutating func error(_ element: XMLElement, attribute: String, _ message: String) {
        let location = element.location(of: attribute)
        diagnostics.error(message, path: path, line: location.line, column: location.column)
    }

    /// An error at the text of `element`.
    mutating func errorAtText(_ element: XMLElement, _ message: String) {
        let location = element.textLocation
        diagnostics.error(message, path: path, line: location.line, column: location.column)
    }

    mutating func error(_ place: SourcePlace, _ message: String) {
        diagnostics.error(message, path: path, line: place.line, column: place.column)
    }

    /// Records where `attribute` of `element` is written under `key`.
    mutating func remember(_ key: String, _ element: XMLElement, attribute: String? = nil) {
        let location = element.location(of: attribute)
        places[key] = SourcePlace(line: location.line, column: location.column)
    }

    mutating func read(xml: String) -> ProductSource? {
        guard let root = tree.root, root.name == "product" else {
            diagnostics.error("the root element must be <product>", path: path, line: 1)
            return nil
        }
        func required(_ name: String, in parent: XMLElement) -> XMLElement? {
            if let element = parent.child(named: name) { return element }
            diagnostics.error("<\(parent.name)> lacks <\(name)>", path: path, line: parent.line)
            return nil
        }
        guard let codeElement = required("code", in: root),
              let versionElement = required("version", in: root),
              let lineElement = required("line", in: root),
              let fromElement = required("effectiveFrom", in: root),
              let segmentsElement = required("segments", in: root),
              let termElement = required("policyTerm", in: root),
              let paymentElement = required("premiumPayment", in: root),
              let cancellationElement = required("cancellation", in: root),
              let coveragesElement = required("coverages", in: root),
              let ratingElement = required("rating", in: root),
              let underwritingElement = required("underwriting", in: root),
              let claimsElement = required("claims", in: root) else { return nil }

        let code = codeElement.text
        remember("code", codeElement)
        remember("effectiveFrom", fromElement)
        guard let version = Int(versionElement.text), version > 0 else {
            error(versionElement, "version must be a positive whole number, not '\(versionElement.text)'")
            return nil
        }
        let lines = LineOfBusiness.allCases.map(\.rawValue)
        if LineOfBusiness(rawValue: lineElement.text) == nil {
            errorAtText(lineElement, "unknown line of business '\(lineElement.text)'\(NameSuggestion.hintAndList(for: lineElement.text, in: lines, what: "lines"))")
        }
        // A misspelt line is read as the line meant, so that the rest of the file is checked too.
        guard let line = LineOfBusiness(rawValue: lineElement.text)
            ?? NameSuggestion.closest(to: lineElement.text, in: lines).flatMap(LineOfBusiness.init(rawValue:)) else { return nil }
        let name = names(of: root)
        let department = root.child(named: "department")?.text ?? ""
        if department.isEmpty, let element = root.child(named: "department") {
            error(element, "department must name the owning department")
        }
        let effectiveFrom = date(fromElement)
        let effectiveToElement = root.child(named: "effectiveTo")
        let effectiveTo = effectiveToElement.flatMap { date($0) }
        if let from = effectiveFrom, let to = effectiveTo, to < from, let element = effectiveToElement {
            error(element, "effectiveTo \(to) is before effectiveFrom \(from)")
        }

        var segments: [Segment] = []
        for element in segmentsElement.children(named: "segment") {
            guard let segment = Segment(rawValue: element.text) else {
                error(element, "unknown customer segment '\(element.text)'")
                continue
            }
            if segments.contains(segment) { error(element, "segment '\(segment.rawValue)' is listed twice") }
            segments.append(segment)
        }

        let policyTerm = readPolicyTerm(termElement)
        var frequencies: [PaymentFrequency] = []
        for element in paymentElement.children(named: "frequency") {
            guard let frequency = PaymentFrequency(rawValue: element.text) else {
                error(element, "unknown payment frequency '\(element.text)'")
                continue
            }
            if frequencies.contains(frequency) { error(element, "payment frequency '\(frequency.rawValue)' is listed twice") }
            frequencies.append(frequency)
        }
        let cancellation = readCancellation(cancellationElement)

        var coverages: [Coverage] = []
        for element in coveragesElement.children(named: "coverage") {
            guard let coverage = readCoverage(element) else { continue }
            if coverages.contains(where: { $0.code == coverage.code }) {
                error(element, "coverage code '\(coverage.code)' is used twice")
            }
            coverages.append(coverage)
        }
        if coverages.isEmpty {
            error(coveragesElement, "the product has no coverage")
        }

        let (rating, tableLines, parameterLines) = readRating(ratingElement, line: line, coverages: coverages)
        let (underwriting, ruleLines) = readUnderwriting(underwritingElement)
        let claims = readClaims(claimsElement, coverages: coverages)
        let servicingElement = root.child(named: "servicing")
        let servicing = servicingElement.map { readServicing($0, line: line) }

        guard let effectiveFrom, let policyTerm, let cancellation, let rating, let underwriting, let claims else {
            return nil
        }
        let product = Product(
            code: code, version: version, name: name, line: line, department: department,
            effectiveFrom: effectiveFrom, effectiveTo: effectiveTo, segments: segments,
            policyTerm: policyTerm, paymentFrequencies: frequencies, cancellation: cancellation,
            coverages: coverages, rating: rating, underwriting: underwriting, claims: claims, servicing: servicing)
        return ProductSource(
            product: product, path: path, xml: xml, codeLine: codeElement.line,
            effectiveLine: fromElement.line, ratingTableLines: tableLines, ratingLine: ratingElement.line,
            parameterLines: parameterLines, cancellationLine: cancellationElement.line, ruleLines: ruleLines,
            servicingLine: servicingElement?.line, places: places)
    }

    // MARK: - Pieces

    private func names(of element: XMLElement) -> LocalizedName {
        var zh = "", en = ""
        for name in element.children(named: "name") {
            if name.attribute("lang") == "zh" { zh = name.text } else if name.attribute("lang") == "en" { en = name.text }
        }
        return LocalizedName(zh: zh, en: en)
    }

    private mutating func date(_ element: XMLElement) -> CivilDate? {
        guard let date = CivilDate(iso: element.text) else {
            error(element, "<\(element.name)> '\(element.text)' is not a date YYYY-MM-DD")
            return nil
        }
        return date
    }

    private mutating func amount(_ text: String?, _ element: XMLElement, _ what: String) -> Money? {
        guard let text else { return nil }
        guard let money = Money(yuan: text), money.fen >= 0 else {
            error(element, "\(what) '\(text)' is not an amount in yuan")
            return nil
        }
        return money
    }

    private mutating func integer(_ text: String?, _ element: XMLElement, _ what: String) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), value > 0 else {
            error(element, "\(what) '\(text)' is not a positive whole number")
            return nil
        }
        return value
    }

    private mutating func readPolicyTerm(_ element: XMLElement) -> PolicyTerm? {
        guard let unit = PolicyTerm.Unit(rawValue: element.attribute("unit") ?? "") else {
            error(element, "policyTerm unit must be month or year")
            return nil
        }
        let options = element.children(named: "option").compactMap { integer($0.text, $0, "term option") }
        let min = integer(element.attribute("min"), element, "policyTerm min")
        let max = integer(element.attribute("max"), element, "policyTerm max")
        if options.isEmpty && min == nil && max == nil {
            error(element, "policyTerm needs options or min and max")
        }
        if let min, let max, min > max {
            error(element, "policyTerm min \(min) is greater than max \(max)")
        }
        return PolicyTerm(unit: unit, options: options, min: min, max: max)
    }

    private mutating func readCancellation(_ element: XMLElement) -> CancellationRule? {
        guard let refund = CancellationRule.Refund(rawValue: element.attribute("refund") ?? "") else {
            error(element, "cancellation refund must be pro-rata, short-rate or account-value")
            return nil
        }
        let table = element.attribute("table")
        if refund == .shortRate && table == nil {
            error(element, "a short-rate cancellation needs the table attribute naming its short-rate table")
        }
        return CancellationRule(refund: refund, table: table)
    }

    private mutating func readCoverage(_ element: XMLElement) -> Coverage? {
        let code = element.attribute("code") ?? ""
        remember("coverage:\(code)", element, attribute: "code")
        guard let basis = Coverage.Basis(rawValue: element.attribute("basis") ?? "") else {
            error(element, "coverage \(code): basis must be sum-insured, limit or benefit")
            return nil
        }
        let mandatory = (element.attribute("mandatory") ?? "true") == "true" || element.attribute("mandatory") == "1"
        guard let amountElement = element.child(named: "amount") else {
            error(element, "coverage \(code) lacks <amount>")
            return nil
        }
        let options = amountElement.children(named: "option").compactMap { amount($0.text, $0, "coverage \(code) amount option") }
        let min = amount(amountElement.attribute("min"), amountElement, "coverage \(code) amount min")
        let max = amount(amountElement.attribute("max"), amountElement, "coverage \(code) amount max")
        let step = amount(amountElement.attribute("step"), amountElement, "coverage \(code) amount step")
        if options.isEmpty && (min == nil || max == nil) {
            error(amountElement, "coverage \(code): amount needs options, or both min and max")
        }
        if let min, let max, min > max {
            error(amountElement, "coverage \(code): amount min \(min.yuanString) is greater than max \(max.yuanString)")
        }
        if let step, step.fen == 0 {
            error(amountElement, "coverage \(code): amount step must be greater than zero")
        }
        if Set(options).count != options.count {
            error(amountElement, "coverage \(code): an amount option is listed twice")
        }
        var deductible = Deductible.none
        if let d = element.child(named: "deductible") {
            deductible.options = d.children(named: "option").compactMap { amount($0.text, $0, "coverage \(code) deductible option") }
            deductible.amount = amount(d.attribute("amount"), d, "coverage \(code) deductible amount")
            if let percent = d.attribute("percentOfLoss") {
                deductible.percentOfLoss = ExactDecimal(parsing: percent)
            }
            if !deductible.options.isEmpty && deductible.amount != nil {
                error(d, "coverage \(code): a deductible has either options or a fixed amount, not both")
            }
            if let largest = AmountBounds(options: options, min: min, max: max, step: nil).largest,
               let fixed = deductible.amount ?? deductible.options.max(), fixed >= largest {
                error(d, "coverage \(code): deductible \(fixed.yuanString) is not below the largest amount \(largest.yuanString)")
            }
        }
        let indemnity = element.child(named: "indemnityPercent").flatMap { ExactDecimal(parsing: $0.text) }
        if let indemnity, indemnity.isZero, let e = element.child(named: "indemnityPercent") {
            error(e, "coverage \(code): indemnityPercent must be above 0")
        }
        let waiting = element.child(named: "waitingPeriodDays").flatMap { Int($0.text) }
        let exclusions = (element.child(named: "exclusions")?.children(named: "exclusion") ?? []).map {
            LocalizedText(lang: $0.attribute("lang") ?? "zh", text: $0.text)
        }
        return Coverage(
            code: code, basis: basis, mandatory: mandatory, name: names(of: element),
            amount: AmountBounds(options: options, min: min, max: max, step: step),
            deductible: deductible, indemnityPercent: indemnity, waitingPeriodDays: waiting,
            exclusions: exclusions)
    }

    private mutating func readDocuments(_ element: XMLElement?) -> [DocumentSpec] {
        var documents: [DocumentSpec] = []
        for document in element?.children(named: "document") ?? [] {
            let code = document.attribute("code") ?? ""
            if documents.contains(where: { $0.code == code }) {
                error(document, "document code '\(code)' is used twice")
            }
            let reduced = (document.attribute("reducedList") ?? "true")
            documents.append(DocumentSpec(code: code, name: names(of: document), reducedList: reduced == "true" || reduced == "1"))
        }
        return documents
    }

    private mutating func readUnderwriting(_ element: XMLElement) -> (UnderwritingSpec?, [String: Int]) {
        var rules: [UnderwritingRule] = []
        var lines: [String: Int] = [:]
        for ruleElement in element.children(named: "rule") {
            let code = ruleElement.attribute("code") ?? ""
            let testText = ruleElement.attribute("test") ?? "", actionText = ruleElement.attribute("action") ?? ""
            guard let test = UnderwritingRule.Test(rawValue: testText) else {
                error(ruleElement, attribute: "test", "rule \(code): test '\(testText)' is not a test\(NameSuggestion.hintAndList(for: testText, in: ["above", "below", "in", "not-in"], what: "tests"))")
                continue
            }
            guard let action = UnderwritingRule.Action(rawValue: actionText) else {
                error(ruleElement, attribute: "action", "rule \(code): action '\(actionText)' is not an action\(NameSuggestion.hintAndList(for: actionText, in: ["refer", "decline"], what: "actions"))")
                continue
            }
            let value = ruleElement.attribute("value") ?? ""
            if (test == .above || test == .below) && ExactDecimal(parsing: value) == nil {
                error(ruleElement, "rule \(code): '\(test.rawValue)' needs a number, not '\(value)'")
            }
            if (test == .in || test == .notIn) && value.split(separator: " ").isEmpty {
                error(ruleElement, "rule \(code): '\(test.rawValue)' needs at least one value")
            }
            if lines[code] != nil { error(ruleElement, "rule code '\(code)' is used twice") }
            var reason = LocalizedName(zh: "", en: "")
            for r in ruleElement.children(named: "reason") {
                if r.attribute("lang") == "zh" { reason.zh = r.text } else { reason.en = r.text }
            }
            remember("rule-fact:\(code)", ruleElement, attribute: "fact")
            remember("rule-value:\(code)", ruleElement, attribute: "value")
            rules.append(UnderwritingRule(code: code, fact: ruleElement.attribute("fact") ?? "", test: test,
                                          value: value, action: action, reason: reason))
            lines[code] = ruleElement.line
        }
        let documents = readDocuments(element.child(named: "documents"))
        var validity: Int? = nil
        if let text = element.attribute("offerValidityDays") {
            if let days = Int(text), (1...366).contains(days) {
                validity = days
            } else {
                error(element, "offerValidityDays must be a whole number of days from 1 to 366, not '\(text)'")
            }
        }
        var measure: AuthorityMeasure.Kind? = nil
        if let text = element.attribute("authorityMeasure") {
            if let kind = AuthorityMeasure.Kind(rawValue: text) {
                measure = kind
            } else {
                error(element, attribute: "authorityMeasure", "authorityMeasure '\(text)' is not a measure\(NameSuggestion.hintAndList(for: text, in: AuthorityMeasure.Kind.allCases.map(\.rawValue), what: "measures"))")
            }
        }
        return (UnderwritingSpec(rules: rules, documents: documents, offerValidityDays: validity, authorityMeasure: measure), lines)
    }

    private mutating func readClaims(_ element: XMLElement, coverages: [Coverage]) -> ClaimsSpec? {
        guard let service = element.child(named: "serviceLevel"), let small = element.child(named: "smallClaim") else {
            error(element, "<claims> needs <serviceLevel> and <smallClaim>")
            return nil
        }
        let decisionDays = integer(service.attribute("decisionDays"), service, "decisionDays") ?? 30
        let paymentDays = integer(service.attribute("paymentDays"), service, "paymentDays") ?? 10
        if decisionDays > ClaimLaw.decisionDays {
            error(service, "decisionDays \(decisionDays) exceeds the statutory \(ClaimLaw.decisionDays) days (Insurance Law Art. 23)")
        }
        if paymentDays > ClaimLaw.paymentDays {
            error(service, "paymentDays \(paymentDays) exceeds the statutory \(ClaimLaw.paymentDays) days (Insurance Law Art. 23)")
        }
        let threshold = amount(small.attribute("threshold"), small, "smallClaim threshold") ?? .zero
        let noticeDays = integer(small.attribute("noticeWorkingDays"), small, "noticeWorkingDays") ?? 1
        let closeDays = integer(small.attribute("closeDays"), small, "closeDays") ?? 5
        let documents = readDocuments(element.child(named: "documents"))
        var types: [ClaimTypeSpec] = []
        for typeElement in element.children(named: "claimType") {
            let code = typeElement.attribute("code") ?? ""
            let coverage = typeElement.attribute("coverage") ?? ""
            if types.contains(where: { $0.code == code }) { error(typeElement, "claim type '\(code)' is defined twice") }
            if !coverages.isEmpty && !coverages.contains(where: { $0.code == coverage }) {
                error(typeElement, attribute: "coverage", "claim type '\(code)' refers to coverage '\(coverage)', which the product does not have\(NameSuggestion.hintAndList(for: coverage, in: coverages.map(\.code), what: "coverages"))")
            }
            var required: [String] = []
            for requires in typeElement.children(named: "requires") {
                let doc = requires.text
                if !documents.contains(where: { $0.code == doc }) {
                    errorAtText(requires, "claim type '\(code)' requires document '\(doc)', which is not in the claims document list\(NameSuggestion.hint(for: doc, in: documents.map(\.code)))")
                } else if required.contains(doc) {
                    error(requires, "claim type '\(code)' requires document '\(doc)' twice")
                } else {
                    required.append(doc)
                }
            }
            types.append(ClaimTypeSpec(code: code, coverage: coverage, name: names(of: typeElement), requiredDocuments: required))
        }
        return ClaimsSpec(
            decisionDays: decisionDays, paymentDays: paymentDays, smallClaimThreshold: threshold,
            smallClaimNoticeWorkingDays: noticeDays, smallClaimCloseDays: closeDays,
            documents: documents, claimTypes: types)
    }
}
