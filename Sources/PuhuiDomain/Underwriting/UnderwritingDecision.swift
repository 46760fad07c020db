/// A rule that took part in a decision, with the value of the fact that made it fire.
public struct FiredRule: Sendable, Hashable, Codable {
    public var code: String
    public var action: UnderwritingRule.Action
    public var fact: String
    public var test: String
    public var value: String
    public var reason: LocalizedName
}

/// The outcome of simplified underwriting.
public struct UnderwritingDecision: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        case accept, refer, decline
    }

    public var outcome: Outcome
    public var firedRules: [FiredRule]
    public var requiredDocuments: [String]
    public var missingDocuments: [String]

    /// The reasons, one line each, in Chinese / English.
    public var reasons: [String] {
        firedRules.map { "\($0.code): \($0.reason.zh) / \($0.reason.en) (\($0.fact) = \($0.value))" }
    }
}

/// Runs a product's underwriting rules against the facts of a risk.
public enum UnderwritingEngine {
    /// The code recorded when the rating module itself declines the risk.
    public static let ratingRuleCode = "RATING"
    /// The code recorded when required documents are missing.
    public static let documentsRuleCode = "DOCUMENTS"

    /// Decline if any decline rule fires; else refer if any refer rule fires or a required
    /// document is missing; else accept.
    public static func decide(product: Product, facts: UnderwritingFacts, segment: Segment, documentsProvided: [String]) -> UnderwritingDecision {
        var fired: [FiredRule] = []
        for rule in product.underwriting.rules {
            if let value = firingValue(rule, facts) {
                fired.append(FiredRule(code: rule.code, action: rule.action, fact: rule.fact, test: "\(rule.test.rawValue) \(rule.value)",
                                       value: value, reason: rule.reason))
            }
        }
        let requiredSpecs = product.underwriting.requiredDocuments(for: segment)
        let required = requiredSpecs.map(\.code)
        let missingSpecs = requiredSpecs.filter { !documentsProvided.contains($0.code) }
        let missing = missingSpecs.map(\.code)
        if !missing.isEmpty {
            fired.append(FiredRule(
                code: documentsRuleCode, action: .refer, fact: "documents", test: "required for \(segment.rawValue)",
                value: missing.joined(separator: " "),
                reason: LocalizedName(zh: "投保资料不全：\(missingSpecs.map(\.name.zh).joined(separator: "、"))",
                                      en: "documents missing: \(missingSpecs.map(\.name.en).joined(separator: ", "))")))
        }
        let outcome: UnderwritingDecision.Outcome = fired.contains { $0.action == .decline } ? .decline : (fired.isEmpty ? .accept : .refer)
        return UnderwritingDecision(outcome: outcome, firedRules: fired, requiredDocuments: required, missingDocuments: missing)
    }

    /// A rule with its threshold and listed values parsed once, for testing many risks.
    /// A class, so that walking the rules for every quote retains one object, not each string of the rule.
    public final class CompiledRule: Sendable {
        public let rule: UnderwritingRule
        let threshold: ExactDecimal?
        let listed: Set<String>
        let listedNumbers: [ExactDecimal]

        public init(_ rule: UnderwritingRule) {
            self.rule = rule
            threshold = ExactDecimal(parsing: rule.value)
            let values = rule.value.split(separator: " ").map(String.init)
            listed = Set(values)
            listedNumbers = values.compactMap { ExactDecimal(parsing: $0) }
        }

        /// The value of the fact that makes the rule fire, or nil.
        func firingValue(_ facts: UnderwritingFacts) -> String? {
            let fact = rule.fact
            switch rule.test {
            case .above, .below:
                guard let threshold else { return nil }
                let above = rule.test == .above
                return facts.firstNumber(fact, where: { above ? $0 > threshold : $0 < threshold })?.normalized.description
            case .in, .notIn:
                let wanted = rule.test == .in
                if facts.hasKeys(fact) { return facts.firstKey(fact, where: { listed.contains($0) == wanted }) }
                return facts.firstNumber(fact, where: { listedNumbers.contains($0) == wanted })?.normalized.description
            }
        }
    }

    /// The product's decline rules, compiled.
    public static func declineRules(_ product: Product) -> [CompiledRule] {
        product.underwriting.rules.filter { $0.action == .decline }.map(CompiledRule.init)
    }

    /// The first of `rules` that fires on `facts`, if any.
    public static func firstFiring(_ rules: [CompiledRule], _ facts: UnderwritingFacts) -> FiredRule? {
        for compiled in rules {
            if let value = compiled.firingValue(facts) {
                let rule = compiled.rule
                return FiredRule(code: rule.code, action: rule.action, fact: rule.fact, test: "\(rule.test.rawValue) \(rule.value)",
                                 value: value, reason: rule.reason)
            }
        }
        return nil
    }

    /// The decision when the rating module refuses the risk.
    public static func declinedByRating(_ reason: String, product: Product, segment: Segment) -> UnderwritingDecision {
        UnderwritingDecision(
            outcome: .decline,
            firedRules: [FiredRule(code: ratingRuleCode, action: .decline, fact: "rating", test: "priced", value: "declined",
                                   reason: LocalizedName(zh: "费率模块拒保：\(reason)", en: "the rating module declines: \(reason)"))],
            requiredDocuments: product.underwriting.requiredDocuments(for: segment).map(\.code), missingDocuments: [])
    }

    /// The value of the fact that makes `rule` fire, or nil when it does not fire.
    static func firingValue(_ rule: UnderwritingRule, _ facts: UnderwritingFacts) -> String? {
        CompiledRule(rule).firingValue(facts)
    }
}
