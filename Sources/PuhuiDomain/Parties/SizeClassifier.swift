/// The inputs of a size classification: GB/T 4754 industry code, employees, operating revenue
/// and total assets (万元), for the year the figures refer to.
public struct SizeFigures: Sendable, Hashable, Codable {
    public var industryCode: String?
    public var employees: Int?
    /// Operating revenue in 万元.
    public var revenue: ExactDecimal?
    /// Total assets in 万元.
    public var assets: ExactDecimal?
    public var year: Int?

    public init(industryCode: String?, employees: Int?, revenue: ExactDecimal?, assets: ExactDecimal?, year: Int? = nil) {
        self.industryCode = industryCode
        self.employees = employees
        self.revenue = revenue
        self.assets = assets
        self.year = year
    }
}

/// The result: a size class or, when an indicator the group uses is missing, none, with an
/// explanation naming the group, the indicators and the threshold that decided.
public struct SizeClassification: Sendable, Hashable, Codable {
    public var sizeClass: SizeClass?
    public var industryCode: String
    public var industryGroup: Int
    public var industryGroupName: String
    public var explanation: String
    /// Indicators the group uses that were not given.
    public var missing: [String]
}

extension SizeStandard {
    /// Classifies by the rule of the standard: large when every large threshold of the group is
    /// reached, else medium when every medium threshold is, else small when every small
    /// threshold is, else micro (below at least one small threshold).
    public func classify(_ figures: SizeFigures) -> Result<SizeClassification, PuhuiError> {
        guard let input = figures.industryCode else { return .failure(PuhuiError.invalid("the industry code is missing")) }
        let code: String
        switch normalizeIndustryCode(input) {
        case let .failure(problem): return .failure(problem)
        case let .success(normalized): code = normalized
        }
        guard let (group, note) = group(ofNormalized: code) else {
            return .failure(PuhuiError.invalid("no industry group for '\(input)'"))
        }
        let groupText = "\(group.nameEn) (group \(group.number), \(group.nameZh))" + (note.isEmpty ? "" : "; \(note)")
        let values: [Indicator: ExactDecimal?] = [
            .employees: figures.employees.map { ExactDecimal($0) }, .revenue: figures.revenue, .assets: figures.assets,
        ]
        let missing = group.indicators.filter { (values[$0] ?? nil) == nil }
        if !missing.isEmpty {
            let needs = missing.map(\.words).joined(separator: " and ")
            return .success(SizeClassification(sizeClass: nil, industryCode: code, industryGroup: group.number, industryGroupName: group.nameEn,
                                               explanation: "unclassifiable: needs \(needs) (\(groupText))", missing: missing.map(\.rawValue)))
        }
        func text(_ indicator: Indicator, _ value: ExactDecimal) -> String { "\(indicator.words) \(value.normalized)\(indicator.unit)" }
        func check(_ sizeClass: SizeClass) -> (met: [String], missed: (Indicator, ExactDecimal, ExactDecimal)?) {
            var met: [String] = []
            for indicator in group.indicators {
                guard let threshold = group.thresholds[sizeClass]?.value(of: indicator), let value = values[indicator] ?? nil else { continue }
                if value < threshold { return (met, (indicator, value, threshold)) }
                met.append("\(text(indicator, value)) ≥ \(threshold.normalized)")
            }
            return (met, nil)
        }
        var missedAbove: (SizeClass, Indicator, ExactDecimal, ExactDecimal)? = nil
        for sizeClass in [SizeClass.large, .medium, .small] {
            let (met, missed) = check(sizeClass)
            if let missed {
                missedAbove = (sizeClass, missed.0, missed.1, missed.2)
                continue
            }
            var explanation = "\(groupText): \(met.joined(separator: " and ")) reach every \(sizeClass.rawValue) threshold"
            if let (above, indicator, value, threshold) = missedAbove {
                explanation += ", but \(text(indicator, value)) < \(threshold.normalized) misses \(above.rawValue)"
            }
            return .success(SizeClassification(sizeClass: sizeClass, industryCode: code, industryGroup: group.number,
                                               industryGroupName: group.nameEn, explanation: explanation + " → \(sizeClass.rawValue)", missing: []))
        }
        let (_, indicator, value, threshold) = missedAbove ?? (.small, .employees, .zero, .zero)
        return .success(SizeClassification(
            sizeClass: .micro, industryCode: code, industryGroup: group.number, industryGroupName: group.nameEn,
            explanation: "\(groupText): \(text(indicator, value)) is below the small threshold \(threshold.normalized)\(indicator.unit) → micro",
            missing: []))
    }
}
