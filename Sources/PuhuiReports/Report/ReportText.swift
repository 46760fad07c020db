import PuhuiDomain

/// Figures as a person reads them: ratios as percentages, amounts with thousands separators,
/// a dash where there is nothing to show.
public enum ReportText {
    public static let none = "—"

    /// A ratio written with four decimals (`0.7500`) as a percentage with two (`75.00%`).
    public static func percent(ratio text: String) -> String {
        let parts = text.split(separator: ".")
        guard parts.count == 2, let whole = Int(parts[0]), parts[1].count == 4, let fraction = Int(parts[1]) else { return text.isEmpty ? none : text }
        return percent(basisPoints: whole * 10_000 + fraction)
    }

    /// 7,512 basis points as `75.12%`.
    public static func percent(basisPoints value: Int) -> String {
        let hundredths = value % 100
        return "\(value / 100).\(hundredths < 10 ? "0" : "")\(hundredths)%"
    }

    /// A whole number with thousands separators: `1,234,567`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// The figure of `indicator` in `row` for a person: counts grouped, yuan grouped with two
    /// decimals, ratios as percentages, days with two decimals, a dash when there is none.
    public static func figure(_ row: ExtractRow, _ indicator: ExtractIndicator) -> String {
        switch indicator.kind {
        case .count, .distinct: return grouped(row.counts[indicator.rawValue] ?? 0)
        case .money: return Money(fen: row.counts[indicator.rawValue] ?? 0).grouped
        case .ratio:
            let text = row.text(indicator)
            return text.isEmpty ? none : percent(ratio: text)
        case .days:
            let text = row.text(indicator)
            return text.isEmpty ? none : text
        }
    }
}
