/// Bytes as lower-case hexadecimal, two digits a byte: how every SHA-256 in the book is
/// written. Built from a table rather than `String(format:)`, whose per-byte formatting was a
/// measurable part of every authenticated request (a token's digest) and every audit event.
public enum HexDigits {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func lowercase<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
