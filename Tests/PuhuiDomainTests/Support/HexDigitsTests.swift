import Testing
@testable import PuhuiDomain

@Suite struct HexDigitsTests {
    @Test func everyNibbleIsTwoLowerCaseDigits() {
        #expect(HexDigits.lowercase([UInt8]()) == "")
        #expect(HexDigits.lowercase([0x00, 0x0f, 0xf0, 0xff, 0x5a]) == "000ff0ff5a")
    }

    /// FIPS 180-2's first example: SHA-256("abc").
    @Test func digestsAreWrittenAsBefore() {
        #expect(CanonicalJSON.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(AccessToken.digest("abc") == CanonicalJSON.sha256("abc"))
    }
}
