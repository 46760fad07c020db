/// One row of the regulator extract: a segment × line cell, a subtotal or the grand total.
public struct ExtractRow: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case cell
        case segmentSubtotal = "segment-subtotal"
        case lineSubtotal = "line-subtotal"
        case total
    }

    public var kind: Kind
    /// The segment, or `all` on line subtotals and the total.
    public var segment: String
    /// The line, or `all` on segment subtotals and the total.
    public var line: String
    /// Whole figures: counts and amounts in fen (additive: they add up across segments and
    /// lines), and the distinct count of insured entities (not additive).
    public var counts: [String: Int64]
    /// Ratios, averages and percentiles: a decimal with fixed places, or nil when there is
    /// nothing to divide by.
    public var derived: [String: String?]

    public init(kind: Kind, segment: String, line: String, counts: [String: Int64], derived: [String: String?]) {
        self.kind = kind
        self.segment = segment
        self.line = line
        self.counts = counts
        self.derived = derived
    }

    struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// One flat object: kind, segment, line and every indicator; counts (distinct counts too)
    /// as numbers, amounts as yuan strings ("1234.50"), ratios and days as decimal strings or null.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Name.self)
        try container.encode(kind, forKey: Name("kind"))
        try container.encode(segment, forKey: Name("segment"))
        try container.encode(line, forKey: Name("line"))
        for indicator in ExtractIndicator.allCases {
            let key = Name(indicator.rawValue)
            switch indicator.kind {
            case .count, .distinct: try container.encode(counts[indicator.rawValue] ?? 0, forKey: key)
            case .money: try container.encode(Money(fen: counts[indicator.rawValue] ?? 0), forKey: key)
            case .ratio, .days: try container.encode(derived[indicator.rawValue] ?? nil, forKey: key)
            }
        }
    }
}

extension ExtractRow {
    /// The figure as the extract writes it: a count, yuan with two decimals, or the derived
    /// decimal; empty when there is nothing to divide by.
    public func text(_ indicator: ExtractIndicator) -> String {
        switch indicator.kind {
        case .count, .distinct: String(counts[indicator.rawValue] ?? 0)
        case .money: Money(fen: counts[indicator.rawValue] ?? 0).yuanString
        case .ratio, .days: (derived[indicator.rawValue] ?? nil) ?? ""
        }
    }
}
