/// How a value that falls between two representable values is brought onto one of them.
///
/// Every rounding in the engine goes through a `RoundingRule`; the rule is named in worksheets,
/// so a reader can see which one was applied and where. The default for money is `halfUp` to the
/// fen (domain.md §8: half-up to the fen unless a product says otherwise).
public enum RoundingRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Ties go away from zero: 0.125 → 0.13, -0.125 → -0.13. The money default.
    case halfUp = "half-up"
    /// Ties go to the even neighbour: 0.125 → 0.12, 0.135 → 0.14 (banker's rounding).
    case halfEven = "half-even"
    /// Toward zero: 0.129 → 0.12.
    case down = "down"
    /// Away from zero: 0.121 → 0.13.
    case up = "up"

    /// The rule for money unless a product declares another.
    public static let money: RoundingRule = .halfUp

    /// Rounds `quotient + remainder/divisor` (remainder and divisor of the same sign convention
    /// as integer division toward zero) to an integer under this rule.
    func apply(quotient: Int128, remainder: Int128, divisor: Int128) -> Int128 {
        if remainder == 0 { return quotient }
        let negative = (remainder < 0) != (divisor < 0)
        let step: Int128 = negative ? -1 : 1
        switch self {
        case .down:
            return quotient
        case .up:
            return quotient + step
        case .halfUp, .halfEven:
            let twiceRemainder = remainder.magnitude * 2
            let absDivisor = divisor.magnitude
            if twiceRemainder > absDivisor { return quotient + step }
            if twiceRemainder < absDivisor { return quotient }
            if self == .halfUp { return quotient + step }
            return quotient % 2 == 0 ? quotient : quotient + step
        }
    }
}
