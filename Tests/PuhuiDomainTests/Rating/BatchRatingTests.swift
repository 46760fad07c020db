import Foundation
import Testing
@testable import PuhuiDomain

/// The streaming core of `quote --batch`: rows split across chunks and raters come out whole,
/// in order, priced as a single quote prices them.
@Suite struct BatchRatingTests {
    let asOf = CivilDate(iso: "2026-06-30")!

    func raters(_ count: Int) throws -> [any Rater] {
        try (0..<count).map { _ in try ShippedCatalog.rater("PH-PROP-SHOP") }
    }

    /// Rates `text` handing it over `chunk` bytes at a time.
    func rate(_ text: String, chunk: Int, raters: [any Rater]) throws -> (String, BatchRating.Summary) {
        let bytes = Array(text.utf8)
        var offset = 0
        var output: [UInt8] = []
        let context = RatingContext(asOf: asOf, startDate: asOf, rounding: raters[0].product.rating.rounding)
        let summary = try BatchRating.rate(raters: raters, context: context, inputName: "portfolio.csv", read: {
            let end = min(bytes.count, offset + chunk)
            defer { offset = end }
            return Data(bytes[offset..<end])
        }, write: { output.append(contentsOf: $0) })
        return (String(decoding: output, as: UTF8.self), summary)
    }

    @Test func rowsCutByChunkBoundariesComeOutWhole() throws {
        let input = "\u{FEFF}id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years\r\n"
            + "A,800000,retail-shop,class-2,extinguishers,1000,1\r\n"
            + "\r\n"
            + "B,abc,office,class-1,none,500,0\r\n"
            + "C,\"1230000\",woodworking,class-4,none,500,4"
        let expected = """
            id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years,premium,error
            A,800000,retail-shop,class-2,extinguishers,1000,1,570.00,
            B,abc,office,class-1,none,500,0,,field 'sumInsured': 'abc' is not an amount in yuan (such as 800000 or 1234.50)
            C,"1230000",woodworking,class-4,none,500,4,10627.20,

            """
        let raters = try raters(2)
        for chunk in [1, 2, 7, 64, 1 << 20] {
            let (output, summary) = try rate(input, chunk: chunk, raters: raters)
            #expect(output == expected, "chunk \(chunk)")
            #expect(summary.rows == 3 && summary.rated == 2 && summary.failed == 1, "chunk \(chunk)")
        }
    }

    /// Enough rows for the lines to be shared between two raters; each premium equals the
    /// single quote of the same risk.
    @Test func rowsSharedBetweenRatersKeepTheirOrderAndPremiums() throws {
        let occupancies = ["office", "retail-shop", "restaurant", "woodworking"]
        var lines = ["id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years"]
        for i in 0..<3000 {
            lines.append("R\(i),\(100_000 + (i % 400) * 10_000),\(occupancies[i % 4]),class-\(1 + i % 3),extinguishers,\([500, 1000, 2000][i % 3]),\(i % 3)")
        }
        let input = lines.joined(separator: "\n") + "\n"
        #expect(input.utf8.count > 2 * 65_536)
        let raters = try raters(2)
        let (whole, summary) = try rate(input, chunk: 1 << 22, raters: raters)
        let (pieces, _) = try rate(input, chunk: 997, raters: raters)
        #expect(summary.rows == 3000 && summary.failed == 0)
        #expect(whole == pieces)
        let rows = whole.split(separator: "\n").dropFirst()
        #expect(rows.count == 3000)
        for (i, row) in rows.enumerated() where i % 250 == 0 {
            #expect(row.hasPrefix(lines[i + 1] + ","))
            let risk = #"{"sumInsured": "\#(100_000 + (i % 400) * 10_000)", "occupancy": "\#(occupancies[i % 4])", "construction": "class-\#(1 + i % 3)", "fireProtection": "extinguishers", "deductible": "\#([500, 1000, 2000][i % 3])", "claimsLast3Years": \#(i % 3)}"#
            let quote = try ShippedCatalog.quote("PH-PROP-SHOP", risk, asOf: asOf)
            #expect(row.hasSuffix(",\(quote.premium),"))
        }
    }
}
