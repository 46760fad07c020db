/// An exact base-10 number: `significand × 10^-scale`, parsed from text, never from binary
/// floating point.
///
/// Rates and factors are held in this type. Addition, subtraction and multiplication are exact
/// while the result fits in 38 significant digits (far beyond any premium arithmetic; past that
/// the least significant digits are rounded half-even, as a 38-digit decimal would). Division is
/// never exact in general, so it always names the scale and the `RoundingRule` it rounds with.
///
/// A result whose integer part needs more than 38 digits cannot be held. The operators then
/// saturate at the largest magnitude (`±99…9`, which no amount of money fits, so converting it
/// to `Money` fails); rating uses the checked forms (`multipliedChecked`, `addingChecked`), which
/// return nil, so that the step that overflowed is named. Nothing traps.
///
/// Foundation's `Decimal` would serve too, but it costs about 2.7 µs for a five-factor premium
/// on the reference machine (measured in the rating issue); batch rating needs well under 1 µs.
public struct ExactDecimal: Sendable, Hashable {
    public private(set) var significand: Int128
    /// Digits after the decimal point; 0 ... `maxScale`.
    public private(set) var scale: Int

    public static let maxScale = 36
    public static let maxDigits = 38

    public init(significand: Int128, scale: Int) {
        precondition(scale >= 0 && scale <= ExactDecimal.maxScale, "ExactDecimal scale out of range")
        self.significand = significand
        self.scale = scale
    }

    /// For results whose scale is already known to be in range.
    @inline(__always)
    init(uncheckedSignificand significand: Int128, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(significand: Int128(integer), scale: 0)
    }

    public init(_ integer: Int64) {
        self.init(significand: Int128(integer), scale: 0)
    }

    public static let zero = ExactDecimal(significand: 0, scale: 0)
    public static let one = ExactDecimal(significand: 1, scale: 0)
    /// 0.001, to turn a rate per mille into a rate.
    public static let perMille = ExactDecimal(significand: 1, scale: 3)

    /// Parses `[+-]digits[.digits]` strictly: no exponent, no grouping, no surrounding spaces,
    /// at most 38 significant digits and 36 decimals. Returns nil for anything else, including
    /// text that merely begins with a number (unlike `Decimal(string:)`).
    public init?<S: StringProtocol>(parsing text: S) {
        var negative = false
        var significand: Int128 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        var digitsAfterPoint = 0
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        if index == utf8.endIndex { return nil }
        let first = utf8[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = utf8.index(after: index)
        }
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ".") {
                if seenPoint || !seenDigit { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
                if seenPoint { digitsAfterPoint += 1 }
                if significand != 0 || byte != UInt8(ascii: "0") { digits += 1 }
                if digits > ExactDecimal.maxDigits { return nil }
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
            index = utf8.index(after: index)
        }
        if !seenDigit || (seenPoint && digitsAfterPoint == 0) || scale > ExactDecimal.maxScale { return nil }
        self.init(significand: negative ? -significand : significand, scale: scale)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// The same value with trailing zero decimals removed (`1.2500` → `1.25`).
    public var normalized: ExactDecimal {
        var result = self
        while result.scale > 0 && result.significand % 10 == 0 {
            result.significand /= 10
            result.scale -= 1
        }
        return result
    }

    /// This value rounded to `scale` decimals with `rule`. Raising the scale is exact.
    public func rounded(scale newScale: Int, _ rule: RoundingRule) -> ExactDecimal {
        precondition(newScale >= 0 && newScale <= ExactDecimal.maxScale)
        if newScale == scale { return self }
        if newScale > scale {
            let (widened, overflow) = significand.multipliedReportingOverflow(by: Pow10.table[newScale - scale])
            if !overflow { return ExactDecimal(significand: widened, scale: newScale) }
            return self
        }
        let divisor = Pow10.table[scale - newScale]
        let (q, r) = significand.quotientAndRemainder(dividingBy: divisor)
        return ExactDecimal(significand: rule.apply(quotient: q, remainder: r, divisor: divisor), scale: newScale)
    }

    /// The nearest integer under `rule` (used for amounts in fen).
    public func roundedToInteger(_ rule: RoundingRule) -> Int128 {
        rounded(scale: 0, rule).significand
    }

    /// `self / divisor`, rounded to `scale` decimals with `rule`. Nil when dividing by zero or
    /// when the quotient does not fit in 38 digits.
    public func divided(by divisor: ExactDecimal, scale resultScale: Int, _ rule: RoundingRule) -> ExactDecimal? {
        precondition(resultScale >= 0 && resultScale <= ExactDecimal.maxScale)
        if divisor.significand == 0 { return nil }
        // quotient significand = self.sig * 10^shift / divisor.sig, shift = resultScale + divisor.scale - scale
        let shift = resultScale + divisor.scale - scale
        var numerator = WideInteger(significand)
        var denominator = divisor.significand
        if shift >= 0 {
            guard shift <= 2 * ExactDecimal.maxDigits,
                  let widened = numerator.multiplied(byPowerOfTen: shift) else { return nil }
            numerator = widened
        } else {
            let (widened, overflow) = denominator.multipliedReportingOverflow(by: Pow10.table[min(-shift, ExactDecimal.maxDigits)])
            if overflow || -shift > ExactDecimal.maxDigits {
                // The divisor exceeds the dividend by more than the requested precision shows.
                let q: Int128 = rule == .up && significand != 0 ? ((significand < 0) != (divisor.significand < 0) ? -1 : 1) : 0
                return ExactDecimal(significand: q, scale: resultScale)
            }
            denominator = widened
        }
        guard let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator) else { return nil }
        return ExactDecimal(significand: rule.apply(quotient: q, remainder: r, divisor: denominator), scale: resultScale)
    }

    /// Integer power (exponent ≥ 0), each multiplication exact within 38 digits and rounded
    /// half-even to `scale` decimals afterwards.
    public func power(_ exponent: Int, scale resultScale: Int) -> ExactDecimal {
        precondition(exponent >= 0)
        var result = ExactDecimal.one
        for _ in 0..<exponent {
            result = (result * self).rounded(scale: resultScale, .halfEven)
        }
        return result
    }
}

// MARK: - Arithmetic

extension ExactDecimal {
    static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int)? {
        if a.scale == b.scale { return (a.significand, b.significand, a.scale) }
        if a.scale < b.scale {
            let (x, o) = a.significand.multipliedReportingOverflow(by: Pow10.table[b.scale - a.scale])
            return o ? nil : (x, b.significand, b.scale)
        }
        let (y, o) = b.significand.multipliedReportingOverflow(by: Pow10.table[a.scale - b.scale])
        return o ? nil : (a.significand, y, a.scale)
    }

    /// Brings two values to a common scale, giving up low-order digits of the finer one when the
    /// exact alignment would exceed 38 digits.
    static func alignedLosingPrecision(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int) {
        var a = a.normalized, b = b.normalized
        while true {
            if let result = aligned(a, b) { return result }
            if a.scale > b.scale { a = a.rounded(scale: a.scale - 1, .halfEven) } else { b = b.rounded(scale: b.scale - 1, .halfEven) }
        }
    }

    /// The sum; saturates at the largest magnitude when its integer part exceeds 38 digits (use
    /// `addingChecked` where that must be reported).
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs.addingChecked(rhs) ?? saturated(negative: lhs.significand < 0)
    }

    /// The sum, or nil when its integer part exceeds 38 digits; past 38 significant digits the
    /// least significant are rounded half-even.
    public func addingChecked(_ rhs: ExactDecimal) -> ExactDecimal? {
        var (x, y, scale) = ExactDecimal.aligned(self, rhs) ?? ExactDecimal.alignedLosingPrecision(self, rhs)
        while true {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow && sum.magnitude < ExactDecimal.limit { return ExactDecimal(significand: sum, scale: scale) }
            guard scale > 0 else { return nil }
            x = ExactDecimal(significand: x, scale: scale).rounded(scale: scale - 1, .halfEven).significand
            y = ExactDecimal(significand: y, scale: scale).rounded(scale: scale - 1, .halfEven).significand
            scale -= 1
        }
    }

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + (-rhs)
    }

    /// The product; saturates at the largest magnitude when its integer part exceeds 38 digits
    /// (use `multipliedChecked` where that must be reported).
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs.multipliedChecked(by: rhs) ?? saturated(negative: (lhs.significand < 0) != (rhs.significand < 0))
    }

    /// The product, or nil when its integer part exceeds 38 digits. The common case (the exact
    /// product fits in 128 bits) costs one multiplication and two comparisons.
    @inline(__always)
    public func multipliedChecked(by rhs: ExactDecimal) -> ExactDecimal? {
        let scale = self.scale + rhs.scale
        let (product, overflow) = significand.multipliedReportingOverflow(by: rhs.significand)
        if !overflow && scale <= ExactDecimal.maxScale && product.magnitude < ExactDecimal.limit {
            return ExactDecimal(uncheckedSignificand: product, scale: scale)
        }
        return ExactDecimal.multipliedLosingPrecision(self, rhs)
    }

    /// The largest magnitude a value can have, `±(10³⁸ − 1)`.
    static func saturated(negative: Bool) -> ExactDecimal {
        let largest = Pow10.table[maxDigits] - 1
        return ExactDecimal(significand: negative ? -largest : largest, scale: 0)
    }

    /// 10³⁸: significands stay below it in magnitude.
    static let limit = Pow10.table[maxDigits].magnitude

    /// The product rounded half-even to the digits that fit (38 significant, 36 decimals), or
    /// nil when its integer part alone needs more than 38 digits.
    static func multipliedLosingPrecision(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal? {
        let wide = WideInteger(lhs.significand).multipliedFullWidth(by: rhs.significand)
        let scale = lhs.scale + rhs.scale
        var drop = max(0, scale - maxScale)
        while drop <= scale {
            let (quotient, roundUp) = wide.dividedByPowerOfTen(drop, .halfEven)
            if let q = quotient.exactValue, q.magnitude < limit {
                let step: Int128 = wide.negative ? -1 : 1
                let rounded = roundUp ? q + step : q
                // Rounding up may carry into a 39th digit: drop one more.
                if rounded.magnitude >= limit { drop += 1; continue }
                return ExactDecimal(significand: rounded, scale: scale - drop)
            }
            drop += 1
        }
        return nil
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }
    public static func *= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs * rhs }
}

extension ExactDecimal: Comparable {
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let (x, y, _) = aligned(lhs, rhs) ?? alignedLosingPrecision(lhs, rhs)
        return x == y
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if let (x, y, _) = aligned(lhs, rhs) { return x < y }
        let (x, y, _) = alignedLosingPrecision(lhs, rhs)
        return x < y
    }
}

extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    public init?(_ description: String) {
        self.init(parsing: description)
    }

    /// The exact value with all its decimals: `0.00085`, `-12.50`, `3`.
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }
}

extension ExactDecimal: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ExactDecimal(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal number: \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Powers of ten as `Int128`, 10^0 ... 10^38.
enum Pow10 {
    static let table: [Int128] = {
        var values: [Int128] = [1]
        for _ in 1...38 { values.append(values[values.count - 1] * 10) }
        return values
    }()
}
