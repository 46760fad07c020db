import Foundation
import Testing
@testable import PuhuiDomain

/// A product may declare how long an offer stays open (`offerValidityDays` on `<underwriting>`);
/// without it the default of 30 days applies and the stored definition is what it was.
@Suite struct OfferValidityTests {
    func product(_ attribute: String) throws -> Product {
        let text = try String(contentsOfFile: Fixtures.path("products/property-shop.xml"), encoding: .utf8)
        let changed = text.replacingOccurrences(of: "<underwriting>", with: "<underwriting\(attribute)>")
        let path = try Fixtures.writeTemporaryFile("property-shop.xml", changed)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try #require(try Fixtures.validate([path]).products.first).product
    }

    @Test func aDeclaredValidityIsRead() throws {
        #expect(try product(#" offerValidityDays="14""#).underwriting.offerValidity == 14)
        #expect(try product(#" offerValidityDays="366""#).underwriting.offerValidityDays == 366)
    }

    @Test func withoutItThirtyDaysAndTheDefinitionIsUnchanged() throws {
        let plain = try product("")
        #expect(plain.underwriting.offerValidityDays == nil && plain.underwriting.offerValidity == 30)
        #expect(!(try CanonicalJSON.encode(plain)).contains("offerValidityDays"))
    }

    @Test func aValidityOutsideOneToThreeHundredSixtySixDaysIsRefusedByTheSchema() {
        for value in ["0", "367", "thirty"] {
            let error = #expect(throws: PuhuiError.self, "\(value)") { try product(#" offerValidityDays="\#(value)""#) }
            #expect(error?.diagnostics.first?.message.contains("offerValidityDays") == true, "\(value): \(error?.diagnostics ?? [])")
        }
    }
}
