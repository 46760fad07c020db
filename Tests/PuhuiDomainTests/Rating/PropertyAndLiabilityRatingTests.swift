import Testing
@testable import PuhuiDomain

/// Premiums worked out by hand from the shipped tables (rates/property-*.csv, rates/liability-*.csv).
@Suite struct PropertyRatingTests {
    func risk(si: String, occupancy: String, construction: String, fire: String, deductible: String, claims: Int, extra: String = "") -> String {
        """
        {"sumInsured": "\(si)", "occupancy": "\(occupancy)", "construction": "\(construction)", "fireProtection": "\(fire)",
         "deductible": "\(deductible)", "claimsLast3Years": \(claims)\(extra)}
        """
    }

    @Test func retailShopWithTheftExtension() throws {
        // 800000 × 0.00075 (retail-shop, class-2) × 1.00 (extinguishers) × 0.95 (deductible 1000) × 1.00 (1 claim) = 570.00
        // theft 20000 × 0.012 = 240.00; total 810.00
        let quote = try ShippedCatalog.quote("PH-PROP-SHOP", risk(si: "800000", occupancy: "retail-shop", construction: "class-2",
                                                                  fire: "extinguishers", deductible: "1000", claims: 1, extra: #", "theftSumInsured": "20000""#))
        #expect(quote.premium.yuanString == "810.00")
        #expect(quote.coverages.map(\.premium?.yuanString) == ["570.00", "240.00"])
        #expect(quote.worksheet.map(\.amount) == ["800000.00", "600.00", "600.00", "570.00", "570.00", "570.00", "20000.00", "240.00", "240.00", "810.00"])
        #expect(quote.worksheet.map(\.name).suffix(4) == ["Theft extension: sum insured (THEFT)", "× theft rate", "Theft extension premium", "Total premium"])
        #expect(quote.worksheet[7].factor == "0.012" && quote.worksheet[7].note == "product parameter theft-rate")
        #expect(quote.worksheet[1].table == "property-base-rate@2026-01-01")
        #expect(quote.worksheet[1].key == "occupancy=retail-shop, construction=class-2")
        #expect(quote.worksheet[1].factor == "0.00075")
        #expect(quote.worksheet[5].rounding == "half-up to the fen")
        #expect(quote.tableVersions.count == 4)
    }

    @Test func minimumPremiumApplies() throws {
        // 50000 × 0.00040 × 0.85 × 0.82 × 0.90 = 12.546 → 12.55, below the minimum 300.00
        let quote = try ShippedCatalog.quote("PH-PROP-SHOP", risk(si: "50000", occupancy: "office", construction: "class-1",
                                                                  fire: "sprinklers", deductible: "5000", claims: 0))
        #expect(quote.worksheet.first { $0.name == "Round to the fen" }?.amount == "12.55")
        #expect(quote.premium.yuanString == "300.00")
        #expect(quote.worksheet.last?.name == "Minimum premium")
    }

    @Test func lossHistoryBandBoundaries() throws {
        // 1230000 × 0.00450 (woodworking, class-4) × 1.20 (none) × 1.00 (deductible 500) = 6642.00
        // × 1.25 for 2–3 claims = 8302.50; × 1.60 for 4 or more = 10627.20
        func premium(_ claims: Int) throws -> String {
            try ShippedCatalog.quote("PH-PROP-SHOP", risk(si: "1230000", occupancy: "woodworking", construction: "class-4",
                                                          fire: "none", deductible: "500", claims: claims)).premium.yuanString
        }
        #expect(try premium(1) == "6642.00")
        #expect(try premium(2) == "8302.50")
        #expect(try premium(3) == "8302.50")
        #expect(try premium(4) == "10627.20")
        #expect(try premium(40) == "10627.20")
    }

    /// 60000 × 0.0045 × 1.00 × 0.95 × 1.25 = 320.625 exactly: half a fen, rounded by each rule.
    @Test(arguments: [(RoundingRule.halfUp, "320.63"), (.halfEven, "320.62"), (.down, "320.62"), (.up, "320.63")])
    func theProductsRoundingRuleDecidesHalfAFen(rule: RoundingRule, expected: String) throws {
        let rater = try ShippedCatalog.rater("PH-PROP-SHOP", rounding: rule)
        let fields = try RiskInput.parse(risk(si: "60000", occupancy: "woodworking", construction: "class-4", fire: "extinguishers",
                                                deductible: "1000", claims: 2), source: "risk.json")
        let context = RatingContext(asOf: ShippedCatalog.asOf, startDate: ShippedCatalog.asOf, rounding: rule)
        let quote = try rater.quote(fields, context: context, source: "risk.json")
        #expect(quote.premium.yuanString == expected)
        #expect(quote.worksheet.first { $0.name == "× loss history factor" }?.amount == "320.625")
        #expect(quote.worksheet.first { $0.name == "Round to the fen" }?.rounding == "\(rule.rawValue) to the fen")
        #expect(try rater.premium(fields, context: context, source: "risk.json").yuanString == expected)
    }

    @Test func badInputNamesTheFieldAndTheAllowedValues() {
        let problems = ShippedCatalog.problems("PH-PROP-SHOP", """
            {"sumInsured": "60000000", "occupancy": "bakery", "construction": "class-2", "deductible": "700", "claimsLast3Years": "x"}
            """)
        #expect(problems == [
            "field 'sumInsured': 60000000.00 is not an allowed amount for PROPERTY (50000.00 to 5000000.00 in steps of 10000.00)",
            "field 'occupancy': 'bakery' is not one of light-workshop, office, restaurant, retail-shop, warehouse, woodworking",
            "field 'fireProtection': is missing",
            "field 'deductible': 700.00 is not one of 500.00, 1000.00, 2000.00, 5000.00",
            "field 'claimsLast3Years': 'x' is not a whole number",
        ])
    }

    @Test func syntaxErrorsInTheRiskFileCarryLineAndColumn() {
        do {
            _ = try RiskInput.parse("{\n  \"sumInsured\": 800000,\n  \"occupancy\" \"office\"\n}", source: "risk.json")
            Issue.record("expected a rejection")
        } catch let error as PuhuiError {
            #expect(error.diagnostics.map(\.description) == ["risk.json:3:15: error: expected ':' after field name \"occupancy\""])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func numbersInTheRiskAreReadExactly() throws {
        // A JSON number, not a string: 800000.10 must stay 800000.10, never a binary fraction.
        let problems = ShippedCatalog.problems("PH-PROP-SHOP", """
            {"sumInsured": 800000.10, "occupancy": "office", "construction": "class-1", "fireProtection": "none", "deductible": "500"}
            """)
        #expect(problems == ["field 'sumInsured': 800000.10 is not an allowed amount for PROPERTY (50000.00 to 5000000.00 in steps of 10000.00)"])
    }
}

@Suite struct LiabilityRatingTests {
    @Test func publicAndEmployersLiability() throws {
        // public: 2400000 × 0.00055 (hazard 3) × 1.00 (limit 1000000) × 0.95 (deductible 1000) = 1254.00
        // employer: 8 × 240 × 1.00 (limit 500000) = 1920.00; total 3174.00
        let quote = try ShippedCatalog.quote("PH-LIAB-MICRO", """
            {"industryHazardClass": "3", "annualRevenue": "2400000.00", "employees": 8, "publicLimit": "1000000",
             "employerLimit": "500000", "deductible": "1000"}
            """)
        #expect(quote.premium.yuanString == "3174.00")
        #expect(quote.coverages.map(\.premium?.yuanString) == ["1254.00", "1920.00"])
        // Aggregate: 1000000 × 3 per policy year; employer's: 500000 × 8 employees.
        #expect(quote.coverages.map(\.aggregateLimit?.yuanString) == ["3000000.00", "4000000.00"])
    }

    @Test func limitFactorsAtEachOption() throws {
        // 1000000 × 0.00020 (hazard 1) × limit factor × 1.00 (deductible 500)
        func premium(_ limit: String) throws -> String {
            try ShippedCatalog.quote("PH-LIAB-MICRO", """
                {"industryHazardClass": "1", "annualRevenue": "5000000", "employees": 3, "publicLimit": "\(limit)", "deductible": "500"}
                """).premium.yuanString
        }
        #expect(try premium("200000") == "500.00")   // 1000 × 0.50 = 500.00 (equal to the minimum)
        #expect(try premium("500000") == "750.00")   // 1000 × 0.75
        #expect(try premium("1000000") == "1000.00")
        #expect(try premium("2000000") == "1400.00") // 1000 × 1.40
    }

    @Test func minimumPremium() throws {
        // 300000 × 0.00020 × 0.50 × 0.90 = 27.00, raised to 500.00
        let quote = try ShippedCatalog.quote("PH-LIAB-MICRO", """
            {"industryHazardClass": "1", "annualRevenue": "300000", "employees": 2, "publicLimit": "200000", "deductible": "2000"}
            """)
        #expect(quote.premium.yuanString == "500.00")
    }

    @Test func employersLiabilityNeedsEmployees() {
        #expect(ShippedCatalog.problems("PH-LIAB-MICRO", """
            {"industryHazardClass": "6", "annualRevenue": "300000", "employees": 0, "publicLimit": "300000", "employerLimit": "500000"}
            """) == [
                "field 'industryHazardClass': '6' is not one of 1, 2, 3, 4, 5",
                "field 'publicLimit': 300000.00 is not an allowed amount for PUBLIC (200000.00, 500000.00, 1000000.00, 2000000.00)",
                "field 'employees': employer's liability needs at least one employee",
            ])
    }
}
