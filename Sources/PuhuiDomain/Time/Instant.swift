import Foundation

/// A moment in time, stored as whole seconds since 1970-01-01T00:00:00Z (UTC). People enter and
/// read instants in China Standard Time (Asia/Shanghai, UTC+8, no daylight saving since 1991).
public struct Instant: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The offset of Asia/Shanghai from UTC for every date the engine handles.
    public static let chinaOffsetSeconds: Int64 = 8 * 3600

    /// Midnight at the start of `date` in China.
    public init(startOfChinaDay date: CivilDate) {
        secondsSinceEpoch = Int64(date.dayNumber) * 86_400 - Instant.chinaOffsetSeconds
    }

    /// The civil date in China at this instant.
    public var chinaDate: CivilDate {
        let local = secondsSinceEpoch + Instant.chinaOffsetSeconds
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CivilDate(dayNumber: Int(day))
    }

    public func adding(seconds: Int64) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }
    public func adding(days: Int) -> Instant { adding(seconds: Int64(days) * 86_400) }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// Parses the forms people type: `2026-03-01` (midnight), `2026-03-01T09:30`,
    /// `2026-03-01 09:30:15`, with an optional `Z` or `±HH:MM` offset. Without an offset the
    /// time is China time.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: trimmed) {
            self.init(startOfChinaDay: date)
            return
        }
        let chars = Array(trimmed)
        guard chars.count >= 16, let date = CivilDate(iso: String(chars[0..<10])),
              chars[10] == "T" || chars[10] == " " else { return nil }
        var rest = String(chars[11...])
        var offset = Instant.chinaOffsetSeconds
        if rest.hasSuffix("Z") {
            offset = 0
            rest.removeLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let offsetText = rest.suffix(5)
            let parts = offsetText.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h <= 14, m < 60 else { return nil }
            offset = Int64(h * 3600 + m * 60) * (sign == "-" ? -1 : 1)
            rest.removeLast(6)
        }
        let fields = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3,
              fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(fields[0]), let minute = Int(fields[1]),
              hour < 24, minute < 60 else { return nil }
        let second = fields.count == 3 ? Int(fields[2]) ?? 60 : 0
        guard second < 60 else { return nil }
        self.init(secondsSinceEpoch: Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - offset)
    }

    /// China time, `2026-03-01T09:30:00+08:00`.
    public var description: String {
        let local = secondsSinceEpoch + Instant.chinaOffsetSeconds
        let secondsOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        let date = chinaDate
        // Written into 25 bytes at once: every answer, page and extract row writes instants.
        guard let dateBytes = date.isoBytes else {
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return "\(date)T\(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60)):\(two(secondsOfDay % 60))+08:00"
        }
        return String(unsafeUninitializedCapacity: 25) { buffer in
            for (index, byte) in dateBytes.enumerated() { buffer[index] = byte }
            buffer[10] = UInt8(ascii: "T")
            CivilDate.writeTwoDigits(secondsOfDay / 3600, into: buffer, at: 11)
            buffer[13] = UInt8(ascii: ":")
            CivilDate.writeTwoDigits(secondsOfDay % 3600 / 60, into: buffer, at: 14)
            buffer[16] = UInt8(ascii: ":")
            CivilDate.writeTwoDigits(secondsOfDay % 60, into: buffer, at: 17)
            for (index, byte) in "+08:00".utf8.enumerated() { buffer[19 + index] = byte }
            return 25
        }
    }

    /// China time for tables: `2026-03-01 09:30`.
    public var shortDescription: String {
        let full = description
        return String(full.prefix(10)) + " " + String(full.dropFirst(11).prefix(5))
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let instant = Instant(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp: \(text)")
        }
        self = instant
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
