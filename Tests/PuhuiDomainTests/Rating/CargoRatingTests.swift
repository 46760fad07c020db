import Foundation
import Testing
@testable import PuhuiDomain

/// Cargo transit insurance, defined in products/cargo-micro.xml and rates/cargo-*.csv only: the
/// steps module prices it, the product's tables set its term, its rules decline and refer.
@Suite struct CargoRatingTests {
    func risk(basis: String = "per-shipment", value: String = "86000", goods: String = "electronics", mode: String = "road",
              distance: Int = 1240, cover: String? = "all-risks", extra: String = "") -> String {
        #"{"basis": "\#(basis)", "insuredValue": "\#(value)", "goodsClass": "\#(goods)", "transportMode": "\#(mode)", "distanceKm": \#(distance)\#(cover.map { #", "cover": "\#($0)""# } ?? "")\#(extra)}"#
    }

    @Test func perShipmentWithItsWorksheetAndOneMonthOfCover() throws {
        // 86000 × 0.001300 (electronics, road, 1001-3000 km: 0.0010 × 1.00 × 1.30) = 111.80
        // × 1.60 all-risks = 178.88 × 1.00 per shipment = 178.88
        let quote = try ShippedCatalog.quote("PH-CARGO-MICRO", risk(extra: #", "waybillNumber": "SF1402-2288-6731""#))
        #expect(quote.premium.yuanString == "178.88")
        #expect(quote.line == .cargo)
        #expect(quote.worksheet.map(\.amount) == ["86000.00", "111.80", "178.88", "178.88", "178.88"])
        #expect(quote.worksheet[1].table == "cargo-rate@2026-01-01")
        #expect(quote.worksheet[1].key == "goods-class=electronics, transport-mode=road, distance-km=1240")
        #expect(quote.worksheet[1].factor == "0.001300")
        #expect(quote.endDate == CivilDate(iso: "2026-07-29"))
        let cargo = try #require(quote.coverages.first)
        #expect(cargo.code == "CARGO" && cargo.amount.yuanString == "86000.00" && cargo.deductible?.yuanString == "500.00")
        #expect(cargo.deductiblePercent == ExactDecimal(10) && cargo.premium?.yuanString == "178.88")
        #expect(quote.facts.keys("goods-class") == ["electronics"] && quote.facts.numbers("distance-km") == [ExactDecimal(1240)])
    }

    @Test func annualDeclarationCoversTheYearAtADiscount() throws {
        // 1200000 × 0.000600 (general merchandise, road, 301-1000 km) = 720 × 1.00 basic (the default)
        // × 0.85 annual declaration = 612.00; a year of cover.
        let quote = try ShippedCatalog.quote("PH-CARGO-MICRO", risk(basis: "annual-declaration", value: "1200000", goods: "general-merchandise",
                                                                    distance: 800, cover: nil))
        #expect(quote.premium.yuanString == "612.00")
        #expect(quote.endDate == CivilDate(iso: "2027-06-29"))
    }

    @Test func routeBandBoundariesAndTheMinimumPremium() throws {
        // textiles 0.0005 × rail 0.8: 300 km ×0.8 → 0.00032; 301 km ×1.0 → 0.0004; 3000 ×1.3; 3001 ×1.6.
        func premium(_ distance: Int, value: String = "200000") throws -> String {
            try ShippedCatalog.quote("PH-CARGO-MICRO", risk(value: value, goods: "textiles-apparel", mode: "rail", distance: distance, cover: "basic")).premium.yuanString
        }
        #expect(try premium(300) == "64.00")
        #expect(try premium(301) == "80.00")
        #expect(try premium(3000) == "104.00")
        #expect(try premium(3001) == "128.00")
        #expect(try premium(20000) == "128.00")
        // 1000 × 0.00032 = 0.32: the minimum premium 30.00 applies.
        #expect(try premium(100, value: "1000") == "30.00")
    }

    @Test func dangerousGoodsAreDeclinedAndUnknownFieldsRefused() throws {
        #expect {
            try ShippedCatalog.quote("PH-CARGO-MICRO", risk(goods: "dangerous-goods"))
        } throws: { error in
            (error as? PuhuiError)?.message == "rule UW-CARGO-DG: Dangerous goods are outside this product (goods-class = dangerous-goods)"
        }
        #expect(ShippedCatalog.problems("PH-CARGO-MICRO", risk(distance: 0, extra: #", "goodsClas": "x""#)) == [
            "field 'goodsClas': is not a risk field of PH-CARGO-MICRO v1; did you mean 'goodsClass'? (fields: basis, insuredValue, goodsClass, transportMode, distanceKm, cover, startDate)",
        ])
        #expect(ShippedCatalog.problems("PH-CARGO-MICRO", risk(value: "999", distance: 0)) == [
            "field 'insuredValue': 999.00 is not an allowed amount for CARGO (1000.00 to 20000000.00 in steps of 100.00)",
            "field 'distanceKm': 0 is outside the allowed 1 to 20000",
        ])
    }
}
