import Foundation
import PuhuiDomain

/// Valid identifiers made by the published rules, for test data.
public enum TestIdentifiers {
    /// A social credit code: `prefix` (e.g. "91" or "92"), a division code and a serial.
    public static func creditCode(_ prefix: String, serial: Int, division: String = "110105") -> String {
        let alphabet = UnifiedSocialCreditCode.alphabet
        var body = Array(prefix + division)
        var n = serial
        var organization: [Character] = []
        for _ in 0..<9 {
            organization.insert(alphabet[n % 31], at: 0)
            n /= 31
        }
        body += organization
        let sum = body.enumerated().reduce(0) { $0 + (alphabet.firstIndex(of: $1.element) ?? 0) * UnifiedSocialCreditCode.weights[$1.offset] }
        return String(body) + String(alphabet[(31 - sum % 31) % 31])
    }

    /// An identity number born on `birth` (YYYYMMDD) with a sequence (odd male, even female).
    public static func identity(_ birth: String, sequence: Int, division: String = "310104") -> String {
        let body = Array(division + birth + String(format: "%03d", sequence))
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = body.enumerated().reduce(0) { $0 + ($1.element.wholeNumberValue ?? 0) * weights[$1.offset] }
        return String(body) + String(Array("10X98765432")[sum % 11])
    }
}
