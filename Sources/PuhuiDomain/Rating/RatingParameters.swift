/// Typed access to a product's `<rating><parameter>` values.
struct RatingParameters {
    let product: Product

    private func raw(_ name: String) throws(PuhuiError) -> String {
        guard let text = product.rating.parameters[name] else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): rating parameter '\(name)' is missing")
        }
        return text
    }

    func money(_ name: String) throws(PuhuiError) -> Money {
        let text = try raw(name)
        guard let money = Money(yuan: text), money.fen >= 0 else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): rating parameter '\(name)' = '\(text)' is not an amount in yuan")
        }
        return money
    }

    func decimal(_ name: String) throws(PuhuiError) -> ExactDecimal {
        let text = try raw(name)
        guard let value = ExactDecimal(parsing: text) else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): rating parameter '\(name)' = '\(text)' is not a decimal number")
        }
        return value
    }

    func integer(_ name: String) throws(PuhuiError) -> Int {
        let text = try raw(name)
        guard let value = Int(text) else {
            throw PuhuiError.invalid("product \(product.code) v\(product.version): rating parameter '\(name)' = '\(text)' is not a whole number")
        }
        return value
    }

    func key(_ name: String) throws(PuhuiError) -> String {
        try raw(name)
    }

    /// Whether `text` is a valid value of `kind`.
    static func isValid(_ text: String, _ kind: ParameterSpec.Kind) -> Bool {
        switch kind {
        case .money: Money(yuan: text).map { $0.fen >= 0 } ?? false
        case .decimal: ExactDecimal(parsing: text) != nil
        case .integer: Int(text) != nil
        case .key: RateTableReader.isValidKey(text)
        }
    }
}

extension Product {
    /// Keys a decline rule names for `fact` (`in` tests): the reader accepts them so that the
    /// rule, not a rate table lookup, refuses the risk.
    public func declinedKeys(fact: String) -> [String] {
        underwriting.rules.filter { $0.fact == fact && $0.action == .decline && $0.test == .in }
            .flatMap { $0.value.split(separator: " ").map(String.init) }
    }

    /// The whole-number range of a fact that no decline rule excludes (e.g. the insured ages
    /// 18 to 60 when ages below 18 and above 60 are declined); `fallback` where no rule bounds it.
    public func acceptedRange(of fact: String, fallback: ClosedRange<Int64>) -> ClosedRange<Int64> {
        var lower = fallback.lowerBound, upper = fallback.upperBound
        for rule in underwriting.rules where rule.fact == fact && rule.action == .decline {
            guard let value = ExactDecimal(parsing: rule.value) else { continue }
            let whole = Int64(value.roundedToInteger(.down))
            switch rule.test {
            case .below: lower = max(lower, whole)
            case .above: upper = min(upper, whole)
            default: break
            }
        }
        return lower...max(lower, upper)
    }
}
