/// A signed 256-bit integer held as sign and magnitude, only as wide as `ExactDecimal` needs
/// for the intermediate results of a multiplication or division before they are rounded.
struct WideInteger: Sendable {
    var negative: Bool
    var high: UInt128
    var low: UInt128

    init(_ value: Int128) {
        negative = value < 0
        high = 0
        low = value.magnitude
    }

    init(negative: Bool, high: UInt128, low: UInt128) {
        self.negative = negative && (high != 0 || low != 0)
        self.high = high
        self.low = low
    }

    /// The value as `Int128` when it fits.
    var exactValue: Int128? {
        guard high == 0 else { return nil }
        if negative {
            if low <= UInt128(Int128.max) { return -Int128(low) }
            return low == UInt128(Int128.max) + 1 ? Int128.min : nil
        }
        return low <= UInt128(Int128.max) ? Int128(low) : nil
    }

    /// The full product of this (at most 128-bit) value and `factor`; always fits in 256 bits.
    func multipliedFullWidth(by factor: Int128) -> WideInteger {
        precondition(high == 0)
        let (h, l) = low.multipliedFullWidth(by: factor.magnitude)
        return WideInteger(negative: negative != (factor < 0), high: h, low: l)
    }

    /// `self × m`, nil when the product exceeds 256 bits.
    func multiplied(by factor: UInt128) -> WideInteger? {
        let (h1, l1) = low.multipliedFullWidth(by: factor)
        let (h2, l2) = high.multipliedFullWidth(by: factor)
        guard h2 == 0 else { return nil }
        let (sumHigh, carry) = h1.addingReportingOverflow(l2)
        guard !carry else { return nil }
        return WideInteger(negative: negative, high: sumHigh, low: l1)
    }

    func multiplied(byPowerOfTen exponent: Int) -> WideInteger? {
        var result = self
        var remaining = exponent
        while remaining > 0 {
            let step = min(remaining, 38)
            guard let next = result.multiplied(by: Pow10.table[step].magnitude) else { return nil }
            result = next
            remaining -= step
        }
        return result
    }

    /// Long division of the 256-bit magnitude by a 128-bit one: quotient (256-bit) and remainder.
    func magnitudeDivided(by divisor: UInt128) -> (quotient: WideInteger, remainder: UInt128) {
        let qHigh = high / divisor
        let rHigh = high % divisor
        let (qLow, r) = divisor.dividingFullWidth((rHigh, low))
        return (WideInteger(negative: negative, high: qHigh, low: qLow), r)
    }

    /// Truncated division by `divisor`; nil when the quotient does not fit in `Int128`.
    func quotientAndRemainder(dividingBy divisor: Int128) -> (Int128, Int128)? {
        let (q, r) = magnitudeDivided(by: divisor.magnitude)
        let quotientNegative = negative != (divisor < 0)
        let signedQuotient = WideInteger(negative: quotientNegative, high: q.high, low: q.low)
        guard let quotient = signedQuotient.exactValue, r <= UInt128(Int128.max) else { return nil }
        let remainder = negative ? -Int128(r) : Int128(r)
        return (quotient, remainder)
    }

    /// Divides the magnitude by 10^exponent (any exponent up to 76): the truncated quotient with
    /// the sign kept, and whether `rule` rounds its magnitude one step away from zero.
    func dividedByPowerOfTen(_ exponent: Int, _ rule: RoundingRule) -> (WideInteger, Bool) {
        if exponent == 0 { return (self, false) }
        var value = self
        var sticky = false
        var remaining = exponent
        // All but the last 38 digits go in a first pass that only remembers whether anything fell off.
        while remaining > 38 {
            let step = remaining - 38 > 38 ? 38 : remaining - 38
            let (q, r) = value.magnitudeDivided(by: Pow10.table[step].magnitude)
            sticky = sticky || r != 0
            value = q
            remaining -= step
        }
        let divisor = Pow10.table[remaining].magnitude
        let (q, r) = value.magnitudeDivided(by: divisor)
        if r == 0 && !sticky { return (q, false) }
        let half = divisor / 2
        let roundUp: Bool
        switch rule {
        case .down: roundUp = false
        case .up: roundUp = true
        case .halfUp: roundUp = r >= half
        case .halfEven:
            if r > half || (r == half && sticky) { roundUp = true }
            else if r == half { roundUp = q.low % 2 == 1 }
            else { roundUp = false }
        }
        return (q, roundUp)
    }
}
