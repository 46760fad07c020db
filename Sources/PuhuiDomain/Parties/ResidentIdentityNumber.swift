import Foundation

/// The resident identity number (公民身份号码, GB 11643-1999): 6-digit division code, birth
/// date YYYYMMDD, 3-digit sequence (odd for men, even for women), check character.
public struct ResidentIdentityNumber: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let birthDate: CivilDate
    public let sex: Sex

    public enum Sex: String, Sendable, Codable, Hashable {
        case male, female
    }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters = Array("10X98765432")

    /// Checks `input` against the rules and `today` (a birth date may not be in the future).
    public static func validate(_ input: String, today: CivilDate) -> Result<ResidentIdentityNumber, PuhuiError> {
        let text = input.trimmingCharacters(in: .whitespaces).uppercased()
        let characters = Array(text)
        guard characters.count == 18 else {
            return .failure(PuhuiError.invalid("wrong length: \(characters.count) characters, an identity number has 18"))
        }
        var sum = 0
        for i in 0..<17 {
            guard let digit = characters[i].wholeNumberValue, characters[i].isASCII else {
                return .failure(PuhuiError.invalid("bad character '\(characters[i])' at position \(i + 1): positions 1-17 are digits"))
            }
            sum += digit * weights[i]
        }
        guard characters[17].isASCII, characters[17].isNumber || characters[17] == "X" else {
            return .failure(PuhuiError.invalid("bad character '\(characters[17])' at position 18: the check character is a digit or X"))
        }
        let birthText = String(characters[6..<14])
        guard let birthDate = CivilDate(compact: birthText) else {
            let shown = "\(birthText.prefix(4))-\(birthText.dropFirst(4).prefix(2))-\(birthText.suffix(2))"
            return .failure(PuhuiError.invalid("no such date: positions 7-14 give the birth date \(shown)"))
        }
        guard birthDate <= today else {
            return .failure(PuhuiError.invalid("birth date \(birthDate) is in the future"))
        }
        let expected = checkCharacters[sum % 11]
        guard characters[17] == expected else {
            return .failure(PuhuiError.invalid("check character should be \(expected), not \(characters[17])"))
        }
        let sequenceDigit = characters[16].wholeNumberValue ?? 0
        return .success(ResidentIdentityNumber(text: text, birthDate: birthDate, sex: sequenceDigit % 2 == 1 ? .male : .female))
    }

    public func age(on date: CivilDate) -> Int { birthDate.age(on: date) }

    public var description: String { text }
}

/// Masks personal data in default output: identity numbers, phone numbers, person names.
public enum PersonalDataMask {
    /// `110105********002X`: the division code and the last four characters.
    public static func identity(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 10 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10) + String(characters.suffix(4))
    }

    /// `138****5678`.
    public static func phone(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
    }

    /// `张*`, `欧阳**`: the first character (the surname, or two for a two-character
    /// surname of a four-character name) kept.
    public static func name(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1 else { return "*" }
        let kept = characters.count >= 4 ? 2 : 1
        return String(characters.prefix(kept)) + String(repeating: "*", count: characters.count - kept)
    }
}
