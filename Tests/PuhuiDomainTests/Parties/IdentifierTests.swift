import Testing
@testable import PuhuiDomain

@Suite struct UnifiedSocialCreditCodeTests {
    @Test(arguments: ["91110000100006485K", "91440300708461136T", "91350100M000100Y43"])
    func realCodesPass(code: String) throws {
        let valid = try UnifiedSocialCreditCode.validate(code).get()
        #expect(valid.entityKind == .enterprise)
    }

    @Test(arguments: [
        ("91110000100006485J", "check character should be K, not J"),
        ("91440300708461137T", "check character should be X, not T"),
        ("9111000010000648", "wrong length: 16 characters, a social credit code has 18"),
        ("91110000I00006485K", "bad character 'I' at position 9: a social credit code uses 0-9 and A-H J-N P-R T U W-Y"),
        ("911A0000100006485K", "bad character 'A' at position 4: positions 3-8 are the administrative division code, digits only"),
    ])
    func alteredCodesFailWithTheReason(code: String, reason: String) {
        guard case let .failure(problem) = UnifiedSocialCreditCode.validate(code) else {
            Issue.record("\(code) passed")
            return
        }
        #expect(problem.message == reason)
    }

    @Test func theEntityTypeDigitTellsAnIndividualBusiness() throws {
        // A 92 code with its check character computed by the rule.
        let body = Array("92110105MA01ABCD1")
        let sum = body.enumerated().reduce(0) { $0 + (UnifiedSocialCreditCode.alphabet.firstIndex(of: $1.element) ?? 0) * UnifiedSocialCreditCode.weights[$1.offset] }
        let code = String(body) + String(UnifiedSocialCreditCode.alphabet[(31 - sum % 31) % 31])
        #expect(try UnifiedSocialCreditCode.validate(code).get().entityKind == .individualBusiness)
        #expect(IdentifierCheck.check(code, today: CivilDate(iso: "2026-11-23")!).kind == "individual-business")
    }
}

@Suite struct ResidentIdentityNumberTests {
    let today = CivilDate(iso: "2026-11-23")!

    @Test func aValidNumberGivesBirthDateAndSex() throws {
        let number = try ResidentIdentityNumber.validate("11010519491231002X", today: today).get()
        #expect(number.birthDate.description == "1949-12-31")
        #expect(number.sex == .female) // sequence 002: even
        #expect(number.age(on: today) == 76)
        let male = try ResidentIdentityNumber.validate("440524188001010014", today: today).get()
        #expect(male.sex == .male) // sequence 001: odd
    }

    @Test(arguments: [
        ("110105194912310021", "check character should be X, not 1"),
        ("110105190002290025", "no such date: positions 7-14 give the birth date 1900-02-29"),
        ("11010519491231002", "wrong length: 17 characters, an identity number has 18"),
        ("1101051949123100211", "wrong length: 19 characters, an identity number has 18"),
        ("11010519491231A02X", "bad character 'A' at position 15: positions 1-17 are digits"),
        ("110105202701010012", "birth date 2027-01-01 is in the future"),
    ])
    func eachKindOfDefect(number: String, reason: String) {
        guard case let .failure(problem) = ResidentIdentityNumber.validate(number, today: today) else {
            Issue.record("\(number) passed")
            return
        }
        #expect(problem.message == reason)
    }

    @Test func masking() {
        #expect(PersonalDataMask.identity("11010519491231002X") == "110105********002X")
        #expect(PersonalDataMask.phone("13812345678") == "138****5678")
        #expect(PersonalDataMask.name("张三") == "张*")
        #expect(PersonalDataMask.name("欧阳娜娜") == "欧阳**")
    }
}
