/// The figure an underwriter's authority is checked on, as the queue shows it and a refusal
/// names it: the sum insured, or for liability the limit per occurrence (the rating modules give
/// both as the `sum-insured` fact; for a group, the largest per person).
public struct AuthorityMeasure: Sendable, Hashable, Codable {
    /// `sum insured` or `per-occurrence limit`.
    public var name: String
    public var amount: Money

    public init(name: String, amount: Money) {
        self.name = name
        self.amount = amount
    }

    /// The measure of a quote; `fallback` when the risk gives no `sum-insured` fact.
    public static func of(_ quote: Quote, fallback: Money) -> AuthorityMeasure {
        let amount = quote.facts.numbers("sum-insured")?.max().flatMap { Money(yuan: $0, rounding: .up) } ?? fallback
        return AuthorityMeasure(name: quote.line == .liability ? "per-occurrence limit" : "sum insured", amount: amount)
    }
}
