import Foundation
import Testing

@Suite(.serialized) struct QuoteCLITests {
    static let propertyRisk = """
        {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers",
         "deductible": "1000", "claimsLast3Years": 1}
        """

    func loaded() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        return puhui
    }

    @Test func jsonQuoteFromStandardInputIsStored() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-", "--format", "json"],
                                   as: "clerk.ma", stdin: Self.propertyRisk)
        #expect(result.status == 0, "\(result.stderr)")
        let quote = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(quote["premium"] as? String == "570.00")
        #expect(quote["id"] as? String == "Q-000001")
        let worksheet = try #require(quote["worksheet"] as? [[String: Any]])
        #expect(worksheet.count == 6)
        #expect(worksheet[1]["table"] as? String == "property-base-rate@2026-01-01")
        #expect(worksheet[1]["amount"] as? String == "600.00")
        #expect(try puhui.sqlCount("quote") == 1)
        // Storing a quote needs a token; pricing alone does not, and stores nothing.
        let anonymous = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-"], stdin: Self.propertyRisk)
        #expect(anonymous.status == 77 && anonymous.stderr.hasPrefix("error: no token"))
        let priced = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-", "--no-store", "--format", "json"],
                                   stdin: Self.propertyRisk)
        #expect(priced.status == 0 && priced.stdout.contains("\"premium\" : \"570.00\""))
        #expect(try puhui.sqlCount("quote") == 1)
    }

    /// A risk file with a field rating never reads is refused, nothing stored, the field named
    /// at its line with the nearest field the product reads.
    @Test func aMisspeltRiskFieldIsRefusedWithTheNameRatingReads() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let misspelt = Self.propertyRisk.replacingOccurrences(of: "}", with: ", \"theftSumInsure\": \"20000\"}")
        let result = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-"], as: "clerk.ma", stdin: misspelt)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2:65: error: field 'theftSumInsure': is not a risk field of PH-PROP-SHOP v1; did you mean 'theftSumInsured'?"),
                "\(result.stderr)")
        #expect(try puhui.sqlCount("quote") == 0)
    }

    @Test func tableOutputShowsTheWorksheet() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["quote", "--product", "PH-TERM-KEY", "--as-of", "2026-06-30", "--risk", "examples/risks/term-life-key.json", "--no-store"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("premium: 5419.76  (net premium 4034.82)"))
        #expect(result.stdout.contains("Net premium P = S · (Mₓ − Mₓ₊ₙ) / (Nₓ − Nₓ₊ₙ)"))
    }

    @Test func badRiskNamesTheFieldExitsOneAndStoresNothing() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--risk", "-", "--no-store"],
                                   stdin: #"{"sumInsured": "800000", "occupancy": "bakery", "construction": "class-2", "fireProtection": "none"}"#)
        #expect(result.status == 1)
        #expect(result.stderr == """
            <stdin>:1:39: error: field 'occupancy': 'bakery' is not one of light-workshop, office, restaurant, retail-shop, warehouse, woodworking
            <stdin>:1: error: field 'deductible': is missing
            2 errors in the risk; nothing was stored

            """)
        #expect(try puhui.sqlCount("quote") == 0)
    }

    @Test func aDeclinedRiskExitsOne() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["quote", "--product", "PH-ACC-GROUP", "--risk", "-", "--no-store"], stdin: """
            {"deathBenefit": "100000", "insured": [{"age": 40, "occupationClass": "1"}, {"age": 41, "occupationClass": "uninsurable"},
             {"age": 42, "occupationClass": "2"}]}
            """)
        #expect(result.status == 1)
        #expect(result.stderr == "declined: rule UW-ACC-UNINSURABLE: Uninsurable occupation (e.g. underground coal mining, sea crew) (occupation-class = uninsurable)\n")
        #expect(try puhui.sqlCount("quote") == 0)
    }

    @Test func batchWritesPremiumOrErrorPerRow() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        let input = puhui.directory + "/portfolio.csv", output = puhui.directory + "/priced.csv"
        try """
            id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years
            A,800000,retail-shop,class-2,extinguishers,1000,1
            B,abc,office,class-1,none,500,0
            C,"1230000",woodworking,class-4,none,500,4

            """.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--batch", input, "--out", output])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rated 2 of 3 rows (1 with an error) in "))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == """
            id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years,premium,error
            A,800000,retail-shop,class-2,extinguishers,1000,1,570.00,
            B,abc,office,class-1,none,500,0,,field 'sumInsured': 'abc' is not an amount in yuan (such as 800000 or 1234.50)
            C,"1230000",woodworking,class-4,none,500,4,10627.20,

            """)
        #expect(try puhui.sqlCount("quote") == 0)
    }

    @Test func quoteNeedsRiskOrBatch() throws {
        let puhui = try loaded()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["quote", "--product", "PH-PROP-SHOP"]).status == 64)
        let unknown = try puhui.run(["quote", "--product", "PH-NOPE", "--risk", "-"], as: "clerk.ma", stdin: "{}")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: product PH-NOPE is not in the catalog\n")
    }
}
