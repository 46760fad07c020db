/// An amount of money in whole fen (1 yuan = 100 fen), the only form money takes in storage and
/// arithmetic. Text in and out is yuan with two decimals, `"1234.50"`.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    public static let zero = Money(fen: 0)

    /// Whole yuan.
    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    /// Parses yuan written as `1234`, `1234.5` or `1234.50` (optionally signed). Refuses more
    /// than two decimals rather than rounding silently, grouping commas, exponents and spaces.
    public init?<S: StringProtocol>(yuan text: S) {
        guard let value = ExactDecimal(parsing: text), value.scale <= 2 else { return nil }
        let fen = value.rounded(scale: 2, .down).significand
        guard fen.magnitude <= Int64.max.magnitude else { return nil }
        self.fen = Int64(fen)
    }

    /// `value` yuan rounded to the fen with `rule`; nil when it exceeds the range of `Int64` fen.
    public init?(yuan value: ExactDecimal, rounding rule: RoundingRule) {
        let fen = value.rounded(scale: 2, rule).significand
        guard fen.magnitude <= Int64.max.magnitude else { return nil }
        self.fen = Int64(fen)
    }

    /// The amount as an exact decimal number of yuan (scale 2).
    public var yuan: ExactDecimal { ExactDecimal(significand: Int128(fen), scale: 2) }

    /// Yuan with exactly two decimals, as JSON and CSV carry amounts: `"1234.50"`, `"-0.05"`.
    public var yuanString: String {
        let magnitude = fen.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        let sign = fen < 0 ? "-" : ""
        return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Appends the yuan text (`1234.50`) as UTF-8 to `bytes`, without building a String.
    public func appendYuan(to bytes: inout [UInt8]) {
        var magnitude = fen.magnitude
        if fen < 0 { bytes.append(UInt8(ascii: "-")) }
        let cents = magnitude % 100
        magnitude /= 100
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(cents / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(cents % 10))
    }

    /// Yuan with thousands separators for tables a person reads: `1,234,567.80`.
    public var grouped: String {
        let plain = yuanString
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".")
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + "." + parts[1]
    }

    public var description: String { yuanString }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }

    /// The sum, held at the largest (or smallest) amount rather than overflowing: for totals of
    /// input that a limit far below then refuses.
    public func addingSaturated(_ other: Money) -> Money {
        let (sum, overflow) = fen.addingReportingOverflow(other.fen)
        if !overflow { return Money(fen: sum) }
        return Money(fen: other.fen > 0 ? Int64.max : Int64.min)
    }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.fen -= rhs.fen }

    /// Encoded as the yuan string, per the JSON convention of the project.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Money(yuan: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an amount in yuan with at most two decimals: \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yuanString)
    }
}
