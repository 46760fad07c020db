import Foundation
import Testing
@testable import PuhuiDomain

/// Pricing interest caps and the mortality table in force are data with effective dates; the
/// catalog warns (it does not refuse) when a life product goes beyond them.
@Suite struct RegulatoryCheckTests {
    /// The warnings of the shipped term-life product with its interest rate and dates replaced.
    func warnings(rate: String = "0.020", from: String = "2026-01-01") throws -> [String] {
        let source = try String(contentsOfFile: Fixtures.path("products/term-life-key.xml"), encoding: .utf8)
            .replacingOccurrences(of: #"<parameter name="interest-rate" value="0.020"/>"#, with: #"<parameter name="interest-rate" value="\#(rate)"/>"#)
            .replacingOccurrences(of: "<effectiveFrom>2026-01-01</effectiveFrom>", with: "<effectiveFrom>\(from)</effectiveFrom>")
        let path = try Fixtures.writeTemporaryFile("term-life-key.xml", source)
        return try Fixtures.validate([path], regulatory: try Fixtures.regulatory()).warnings.map { warning in
            "\(warning.line ?? 0): \(warning.message)"
        }
    }

    @Test func theCapsInForceOnEachDate() throws {
        let regulatory = try Fixtures.regulatory()
        #expect(regulatory.cap("ordinary", on: CivilDate(iso: "2025-08-31")!)?.cap == ExactDecimal(parsing: "0.025"))
        #expect(regulatory.cap("ordinary", on: CivilDate(iso: "2025-09-01")!)?.cap == ExactDecimal(parsing: "0.020"))
        #expect(regulatory.cap("participating", on: CivilDate(iso: "2025-09-01")!)?.cap == ExactDecimal(parsing: "0.0175"))
        #expect(regulatory.cap("universal", on: CivilDate(iso: "2026-01-01")!)?.cap == ExactDecimal(parsing: "0.010"))
        #expect(regulatory.mortalityTable("non-annuity", on: CivilDate(iso: "2025-12-31")!)?.table == "mortality-cl2010-2013")
        #expect(regulatory.mortalityTable("non-annuity", on: CivilDate(iso: "2026-01-01")!)?.table == "mortality-cl2025-non-annuity-1")
        #expect(regulatory.mortalityTable("annuity", on: CivilDate(iso: "2026-01-01")!)?.table == "mortality-cl2025-annuity")
    }

    @Test func aRateAboveTheCapInForceOnTheEffectiveDate() throws {
        // 2.5% is the cap until 2025-08-31: at the cap is fine, a hair above is not.
        #expect(try warnings(rate: "0.025", from: "2025-08-31") == [])
        let above = try warnings(rate: "0.0251", from: "2025-08-31")
        #expect(above.count == 1)
        #expect(above.first?.hasPrefix("52: interest-rate 0.0251 is above the pricing interest cap of 0.025 for ordinary products in force on 2025-08-31") == true)
        // From 2025-09-01 the cap is 2.0%.
        let after = try warnings(rate: "0.025", from: "2025-09-01")
        #expect(after.first?.contains("above the pricing interest cap of 0.020 for ordinary products in force on 2025-09-01") == true)
        #expect(after.first?.hasSuffix("PH-TERM-KEY v1 would not be fileable") == true)
    }

    @Test func aMortalityTableNoLongerInForce() throws {
        // Until 2025-12-31 CL2010-2013 is the table in force: no warning. From 2026-01-01 the 2025 table is.
        #expect(try warnings(from: "2025-12-31") == [])
        let shipped = try warnings()
        #expect(shipped == [
            "49: PH-TERM-KEY v1 prices with mortality-cl2010-2013, but the mortality table in force for non-annuity business on 2026-01-01 is 中国人身保险业经验生命表（2025）非养老类业务一表 (mortality-cl2025-non-annuity-1, from 2026-01-01: \(Fixtures.path("data/mortality-tables.csv")):11); load it and raise the product version",
        ])
    }

    @Test func warningsDoNotRefuseTheCatalog() throws {
        let catalog = try Fixtures.validate([Fixtures.products], regulatory: try Fixtures.regulatory())
        #expect(catalog.products.count == 8)
        #expect(catalog.warnings.map { ($0.path as NSString).lastPathComponent } == ["pension-flex.xml", "term-life-key.xml"])
        #expect(catalog.warnings.allSatisfy { $0.severity == .warning && $0.column != nil })
    }
}
