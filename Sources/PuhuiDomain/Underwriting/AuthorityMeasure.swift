/// The figure an underwriter's authority is checked on, as the queue shows it and a refusal
/// names it: the sum insured, or the limit per occurrence, whichever the product declares
/// (`authorityMeasure` on `<underwriting>`; by default the per-occurrence limit for liability and
/// the sum insured for every other line). The rating modules give both as the `sum-insured` fact
/// (for a group, the largest per person).
public struct AuthorityMeasure: Sendable, Hashable, Codable {
    /// What a product's authority is measured on.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case sumInsured = "sum-insured"
        case perOccurrenceLimit = "per-occurrence-limit"

        /// As the queue and a refusal name it.
        public var label: String {
            switch self {
            case .sumInsured: "sum insured"
            case .perOccurrenceLimit: "per-occurrence limit"
            }
        }

        /// The measure of a product that declares none.
        public static func byDefault(for line: LineOfBusiness) -> Kind {
            line == .liability ? .perOccurrenceLimit : .sumInsured
        }
    }

    /// `sum insured` or `per-occurrence limit`.
    public var name: String
    public var amount: Money

    public init(name: String, amount: Money) {
        self.name = name
        self.amount = amount
    }

    /// The measure of a quote (the product's declaration it was priced under; quotes kept before
    /// products could declare one take the line's default); `fallback` when the risk gives no
    /// `sum-insured` fact.
    public static func of(_ quote: Quote, fallback: Money) -> AuthorityMeasure {
        let amount = quote.facts.numbers("sum-insured")?.max().flatMap { Money(yuan: $0, rounding: .up) } ?? fallback
        let kind = quote.authorityMeasure ?? Kind.byDefault(for: quote.line)
        return AuthorityMeasure(name: kind.label, amount: amount)
    }
}
