/// A stateless check of an identifier typed by a user: which kind it is and whether it is valid.
public enum IdentifierCheck {
    public struct Result: Sendable, Codable, Hashable {
        public var identifier: String
        public var valid: Bool
        /// `enterprise`, `individual-business`, `farmers-cooperative`, `other-organization` or `person`.
        public var kind: String?
        public var birthDate: CivilDate?
        public var sex: String?
        public var reason: String?
    }

    /// Tells an identity number from a social credit code and checks it; when neither is valid,
    /// the reason is given for the kind the text most looks like.
    public static func check(_ input: String, today: CivilDate) -> Result {
        let text = input.trimmingCharacters(in: .whitespaces).uppercased()
        let person = ResidentIdentityNumber.validate(text, today: today)
        if case let .success(number) = person {
            return Result(identifier: number.text, valid: true, kind: "person", birthDate: number.birthDate, sex: number.sex.rawValue, reason: nil)
        }
        let code = UnifiedSocialCreditCode.validate(text)
        if case let .success(code) = code {
            return Result(identifier: code.text, valid: true, kind: code.entityKind.rawValue, birthDate: nil, sex: nil, reason: nil)
        }
        let digits = Array(text)
        let looksLikePerson = !text.hasPrefix("9") && !digits.isEmpty
            && digits.dropLast().allSatisfy { $0.isASCII && $0.isNumber } && (digits.last.map { $0.isNumber || $0 == "X" } ?? false)
        if looksLikePerson, case let .failure(problem) = person {
            return Result(identifier: text, valid: false, kind: "person", birthDate: nil, sex: nil, reason: problem.message)
        }
        if case let .failure(problem) = code {
            return Result(identifier: text, valid: false, kind: nil, birthDate: nil, sex: nil, reason: problem.message)
        }
        return Result(identifier: text, valid: false, kind: nil, birthDate: nil, sex: nil, reason: "not an identifier")
    }
}
