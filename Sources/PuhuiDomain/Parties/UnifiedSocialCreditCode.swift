/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters —
/// registration authority, entity type, 6-digit administrative division, 9-character
/// organization code, check character.
public struct UnifiedSocialCreditCode: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    /// The code alphabet in value order (no I, O, S, V, Z).
    public static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// Weights of positions 1–17: 3^(i−1) mod 31.
    public static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public enum EntityKind: String, Sendable, Codable {
        case enterprise
        case individualBusiness = "individual-business"
        case farmersCooperative = "farmers-cooperative"
        case otherOrganization = "other-organization"
    }

    /// Checks `input` (surrounding spaces ignored, letters upper-cased) and says why it fails.
    public static func validate(_ input: String) -> Result<UnifiedSocialCreditCode, PuhuiError> {
        let text = input.trimmingCharacters(in: .whitespaces).uppercased()
        let characters = Array(text)
        guard characters.count == 18 else {
            return .failure(PuhuiError.invalid("wrong length: \(characters.count) characters, a social credit code has 18"))
        }
        var sum = 0
        for (i, character) in characters.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else {
                return .failure(PuhuiError.invalid("bad character '\(character)' at position \(i + 1): a social credit code uses 0-9 and A-H J-N P-R T U W-Y"))
            }
            if i < 17 { sum += value * weights[i] }
        }
        for i in 2..<8 where !characters[i].isNumber {
            return .failure(PuhuiError.invalid("bad character '\(characters[i])' at position \(i + 1): positions 3-8 are the administrative division code, digits only"))
        }
        let expected = alphabet[(31 - sum % 31) % 31]
        guard characters[17] == expected else {
            return .failure(PuhuiError.invalid("check character should be \(expected), not \(characters[17])"))
        }
        return .success(UnifiedSocialCreditCode(text: text))
    }

    private init(text: String) {
        self.text = text
    }

    /// What the first two characters say the entity is.
    public var entityKind: EntityKind {
        switch text.prefix(2) {
        case "91": .enterprise
        case "92": .individualBusiness
        case "93": .farmersCooperative
        default: .otherOrganization
        }
    }

    /// The administrative division code (GB/T 2260), positions 3–8.
    public var divisionCode: String { String(Array(text)[2..<8]) }

    public var description: String { text }
}
