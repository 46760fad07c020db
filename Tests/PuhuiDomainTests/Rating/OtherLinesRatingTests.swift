import Testing
@testable import PuhuiDomain

@Suite struct ExportCreditRatingTests {
    let risk = """
        {"annualExports": "12000000.00", "maximumLiability": "2000000", "buyers": [
          {"name": "Hansa", "country": "DE", "countryClass": "HI", "paymentTerms": "OA", "creditPeriodDays": 90,
           "declaredTurnover": "4000000.00", "creditLimit": "800000.00"},
          {"name": "Sinar", "country": "ID", "countryClass": "3", "paymentTerms": "DA", "creditPeriodDays": 60,
           "declaredTurnover": "2500000.00", "creditLimit": "500000.00"},
          {"name": "Andes", "country": "PE", "countryClass": "3", "paymentTerms": "DP", "creditPeriodDays": 120,
           "declaredTurnover": "1500000.00", "creditLimit": "3500000.00"}]}
        """

    @Test func premiumPerBuyerAndLimitsCarried() throws {
        // HI/OA/61-90 0.00160: 4000000 × 0.0016 = 6400.00
        // 3/DA/1-60 0.00173: 2500000 × 0.00173 = 4325.00
        // 3/DP/91-120 0.00192: 1500000 × 0.00192 = 2880.00; total 13605.00
        let quote = try ShippedCatalog.quote("PH-EXCR-SME", risk)
        #expect(quote.buyers?.map(\.premium.yuanString) == ["6400.00", "4325.00", "2880.00"])
        #expect(quote.buyers?.map(\.rate.description) == ["0.00160", "0.00173", "0.00192"])
        #expect(quote.premium.yuanString == "13605.00")
        // The third buyer asked for 3500000; the product caps a buyer at 3000000.
        #expect(quote.buyers?.map(\.limit.yuanString) == ["800000.00", "500000.00", "3000000.00"])
        #expect(quote.coverages.map(\.indemnityPercent?.description) == ["90", "90"])
        #expect(quote.facts.keys("buyer-country") == ["DE", "ID", "PE"])
    }

    @Test func creditPeriodBandBoundary() throws {
        func premium(_ days: Int) throws -> String {
            try ShippedCatalog.quote("PH-EXCR-SME", """
                {"annualExports": "5000000", "maximumLiability": "1000000", "buyers": [{"name": "A", "country": "FR", "countryClass": "HI",
                 "paymentTerms": "OA", "creditPeriodDays": \(days), "declaredTurnover": "3000000", "creditLimit": "500000"}]}
                """).premium.yuanString
        }
        #expect(try premium(60) == "3840.00") // 3000000 × 0.00128
        #expect(try premium(61) == "4800.00") // 3000000 × 0.00160
        #expect(try premium(360) == "9990.00") // 3000000 × 0.00333 (181-360)
        #expect(ShippedCatalog.problems("PH-EXCR-SME", """
            {"annualExports": "5000000", "maximumLiability": "1000000", "buyers": [{"name": "A", "country": "fr", "countryClass": "8",
             "paymentTerms": "LC", "creditPeriodDays": 361, "declaredTurnover": "3000000", "creditLimit": "500000"}]}
            """) == [
                "field 'buyers[1].country': 'fr' is not an ISO 3166 two-letter country code such as DE",
                "field 'buyers[1].countryClass': '8' is not one of 0, 1, 2, 3, 4, 5, 6, 7, HI",
                "field 'buyers[1].paymentTerms': 'LC' is not one of DA, DP, OA",
                "field 'buyers[1].creditPeriodDays': 361 is outside the allowed 1 to 360",
            ])
    }

    @Test func minimumPremium() throws {
        // 200000 × 0.00080 = 160.00, raised to 2000.00
        let quote = try ShippedCatalog.quote("PH-EXCR-SME", """
            {"annualExports": "300000", "maximumLiability": "100000", "buyers": [{"name": "A", "country": "JP", "countryClass": "0",
             "paymentTerms": "DP", "creditPeriodDays": 30, "declaredTurnover": "200000", "creditLimit": "100000"}]}
            """)
        #expect(quote.premium.yuanString == "2000.00")
    }
}

@Suite struct AccidentRatingTests {
    func group(_ count: Int, occupationClass: String = "1", death: String = "100000", medical: String? = nil) -> String {
        let persons = (0..<count).map { _ in #"{"birthDate": "1990-01-01", "occupationClass": "\#(occupationClass)"}"# }.joined(separator: ",")
        let medicalField = medical.map { #", "medicalSumInsured": "\#($0)""# } ?? ""
        return #"{"deathBenefit": "\#(death)"\#(medicalField), "insured": [\#(persons)]}"#
    }

    @Test func perClassPremiumsSummed() throws {
        // class 1: 300000 × 0.45‰ = 135 + 20000 × 0.006 = 120 → 255.00
        // class 2: 210 + 160 = 370.00 (× 2); class 3: 330 + 220 = 550.00; class 4: 540 + 300 = 840.00
        // 255 + 740 + 550 + 840 = 2385.00; five persons: no discount
        let quote = try ShippedCatalog.quote("PH-ACC-GROUP", """
            {"deathBenefit": "300000", "medicalSumInsured": "20000", "insured": [
              {"birthDate": "1988-04-12", "occupationClass": "1"}, {"birthDate": "1992-09-30", "occupationClass": "2"},
              {"birthDate": "1979-01-05", "occupationClass": "2"}, {"birthDate": "1996-06-18", "occupationClass": "4"},
              {"birthDate": "2001-11-02", "occupationClass": "3"}]}
            """)
        #expect(quote.premium.yuanString == "2385.00")
        #expect(quote.insuredPersons?.map(\.premium.yuanString) == ["255.00", "370.00", "370.00", "840.00", "550.00"])
        #expect(quote.insuredPersons?.map(\.age) == [38, 33, 47, 30, 24])
    }

    @Test func groupDiscountStartsAtTenPersons() throws {
        // 100000 × 0.45‰ = 45.00 a person
        #expect(try ShippedCatalog.quote("PH-ACC-GROUP", group(9)).premium.yuanString == "405.00")   // 9 × 45, no discount
        #expect(try ShippedCatalog.quote("PH-ACC-GROUP", group(10)).premium.yuanString == "427.50")  // 450 × 0.95
        #expect(try ShippedCatalog.quote("PH-ACC-GROUP", group(30)).premium.yuanString == "1215.00") // 1350 × 0.90
        #expect(try ShippedCatalog.quote("PH-ACC-GROUP", group(100)).premium.yuanString == "3825.00") // 4500 × 0.85
        #expect(try ShippedCatalog.quote("PH-ACC-GROUP", group(3)).premium.yuanString == "135.00")   // 3 × 45, the smallest group
    }

    @Test func uninsurableClassIsDeclinedWithAReason() throws {
        // The product's rule declines it before pricing ...
        #expect {
            try ShippedCatalog.quote("PH-ACC-GROUP", group(3, occupationClass: "uninsurable"))
        } throws: { error in
            (error as? PuhuiError)?.message == "rule UW-ACC-UNINSURABLE: Uninsurable occupation (e.g. underground coal mining, sea crew) (occupation-class = uninsurable)"
        }
        // ... and without such a rule the catalog refuses the product: its class-rate table has no
        // row for a class the product would accept.
        let source = try String(contentsOfFile: Fixtures.path("products/accident-group.xml"), encoding: .utf8)
        let rule = try #require(source.range(of: #"    <rule code="UW-ACC-UNINSURABLE"[\s\S]*?</rule>\n"#, options: .regularExpression))
        let path = try Fixtures.writeTemporaryFile("accident-group.xml", source.replacingCharacters(in: rule, with: ""))
        #expect(throws: PuhuiError.self) { try Fixtures.validate([path]) }
        do { _ = try Fixtures.validate([path]) } catch {
            #expect(error.brief.contains { $0.hasSuffix("table accident-class-rate has no row for class=uninsurable, which PH-ACC-GROUP v1 needs for part DEATH-DISABILITY MEDICAL, step 1, step 2 (the values of occupationClass it accepts)") })
        }
        // The values offered are those no rule declines.
        #expect(ShippedCatalog.problems("PH-ACC-GROUP", group(3, occupationClass: "7")) == [
            "field 'insured[1].occupationClass': '7' is not one of 1, 2, 3, 4, 5, 6",
            "field 'insured[2].occupationClass': '7' is not one of 1, 2, 3, 4, 5, 6",
            "field 'insured[3].occupationClass': '7' is not one of 1, 2, 3, 4, 5, 6",
        ])
    }
}

@Suite struct HealthRatingTests {
    func person(_ sex: String, _ birth: String, plan: String = "standard") -> String {
        #"{"plan": "\#(plan)", "insured": [{"sex": "\#(sex)", "birthDate": "\#(birth)"}]}"#
    }

    @Test func ageBandBoundariesAndWaitingPeriods() throws {
        // health-premium.csv: female standard 41-45 → 455, 46-50 → 660; male basic 18-25 → 156, 26-30 → 186
        #expect(try ShippedCatalog.quote("PH-HLTH-OWNER", person("female", "1980-06-30")).premium.yuanString == "660.00") // 46 on 2026-06-30
        #expect(try ShippedCatalog.quote("PH-HLTH-OWNER", person("female", "1980-07-01")).premium.yuanString == "455.00") // still 45
        #expect(try ShippedCatalog.quote("PH-HLTH-OWNER", person("male", "2001-06-30", plan: "basic")).premium.yuanString == "156.00") // 25
        #expect(try ShippedCatalog.quote("PH-HLTH-OWNER", person("male", "2000-06-30", plan: "basic")).premium.yuanString == "186.00") // 26
        let quote = try ShippedCatalog.quote("PH-HLTH-OWNER", person("female", "1984-07-21"))
        #expect(quote.coverages.map(\.coverFrom?.description) == ["2026-07-30", "2026-09-28"]) // 30 and 90 days
        #expect(quote.coverages.map(\.amount.yuanString) == ["2000000.00", "2000000.00"])
    }

    @Test func unknownPlanAndSex() {
        #expect(ShippedCatalog.problems("PH-HLTH-OWNER", #"{"plan": "gold", "insured": [{"sex": "m", "age": 30}]}"#) == [
            "field 'plan': 'gold' is not one of basic, premium, standard",
            "field 'insured[1].sex': 'm' is not one of female, male",
        ])
    }
}
