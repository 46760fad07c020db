import Foundation
import Testing
@testable import PuhuiDomain

/// Rate tables must fit the rating modules that use them; a defect names the table file.
@Suite struct RatingRequirementTests {
    /// A copy of the shipped rates with one file's text changed by `edit`.
    func ratesWith(_ file: String, _ edit: (String) -> String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-rates-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Fixtures.rates, toPath: directory)
        let path = directory + "/" + file
        try edit(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return directory
    }

    /// `file:line: message` without the directories.
    func fileAndMessage(_ brief: String) -> String {
        String(brief.split(separator: "/").last ?? "")
    }

    func errors(rates: String, products: [String]? = nil) -> [String] {
        do {
            _ = try Fixtures.validate(products ?? [Fixtures.products], rates: [rates])
            return []
        } catch {
            return error.brief
        }
    }

    @Test func aGapInABandTheProductNeeds() throws {
        // Remove ages 51-55 for female premium-plan rows: PH-HLTH-OWNER accepts ages 18 to 60.
        let rates = try ratesWith("health-premium.csv") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("51-55,female,premium") }.joined(separator: "\n")
        }
        #expect(errors(rates: rates).map(fileAndMessage) == [
            "health-premium.csv:8: age bands of table health-premium leave out 51-55 for sex=female, plan=premium, which PH-HLTH-OWNER v1 needs for the insured ages the product accepts (18 to 60)",
        ])
    }

    @Test func anOpenEndedBandThatIsClosed() throws {
        let rates = try ratesWith("property-loss-history-factor.csv") { $0.replacingOccurrences(of: "4-,1.60", with: "4-9,1.60") }
        #expect(errors(rates: rates).map(fileAndMessage) == [
            "property-loss-history-factor.csv:8: claims bands of table property-loss-history-factor leave out 10-1000, which PH-PROP-SHOP v1 needs for part PROPERTY, step 5 (the values of claimsLast3Years it accepts)",
        ])
    }

    @Test func anUnknownDimension() throws {
        let rates = try ratesWith("accident-medical-rate.csv") { text in
            text.replacingOccurrences(of: "class:key,rate:value", with: "class:key,region:key,rate:value")
                .replacingOccurrences(of: #"(?m)^([1-6]),"#, with: "$1,east,", options: .regularExpression)
        }
        #expect(errors(rates: rates).map(fileAndMessage) == [
            "accident-group.xml:88: part DEATH-DISABILITY MEDICAL, step 1 (eachPerson), step 4 (add), step 2 (multiply): the lookup gives no <key dimension=\"region\"> for table accident-medical-rate@2026-01-01",
        ])
    }

    @Test func aMissingKeyAndAMissingDeductibleOption() throws {
        let rates = try ratesWith("property-deductible-factor.csv") { $0.replacingOccurrences(of: "2000,0.90\n", with: "") }
        #expect(errors(rates: rates).map(fileAndMessage) == [
            "property-deductible-factor.csv:8: deductible bands of table property-deductible-factor leave out 2000, which PH-PROP-SHOP v1 needs for part PROPERTY, step 4 (the values of deductible it accepts)",
        ])
    }

    @Test func aMissingOrMalformedParameter() throws {
        let source = try String(contentsOfFile: Fixtures.path("products/term-life-key.xml"), encoding: .utf8)
        let broken = source
            .replacingOccurrences(of: #"    <parameter name="policy-fee" value="30.00"/>"#, with: "")
            .replacingOccurrences(of: #"value="0.020""#, with: #"value="2%""#)
        let path = try Fixtures.writeTemporaryFile("term-life-key.xml", broken)
        #expect(errors(rates: Fixtures.rates, products: [path]).map(fileAndMessage) == [
            "term-life-key.xml:48: rating module term-life needs parameter 'policy-fee' (a fixed loading per policy and year)",
            "term-life-key.xml:52: rating parameter 'interest-rate' = '2%' is not a decimal number",
        ])
    }

    /// A product file with `edits` applied, validated with the shipped rates.
    func errors(editing file: String, _ edits: [(String, String)]) throws -> [String] {
        var text = try String(contentsOfFile: Fixtures.path("products/\(file)"), encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = try Fixtures.writeTemporaryFile(file, text)
        return errors(rates: Fixtures.rates, products: [path]).map(fileAndMessage)
    }

    @Test func namesACodedModuleDoesNotDeclareAreRefusedWithASuggestion() throws {
        #expect(try errors(editing: "term-life-key.xml", [
            (#"<parameter name="proportional-loading""#, #"<parameter name="proportional-loadng""#),
            (#"fact="expiry-age""#, #"fact="expiry-ages""#),
            (#"<table role="mortality""#, #"<table role="mortalty""#),
            (#"<parameter name="policy-fee" value="30.00"/>"#, #"<parameter name="policy-fee" value="30.00"/><parameter name="glass-rate" value="0.002"/>"#),
        ]) == [
            "term-life-key.xml:49: rating module term-life has no table role 'mortalty'; did you mean 'mortality'? (its roles: mortality)",
            "term-life-key.xml:53: rating module term-life has no parameter 'proportional-loadng'; did you mean 'proportional-loading'? (its parameters: mortality-male, mortality-female, interest-rate, proportional-loading, policy-fee)",
            "term-life-key.xml:54: rating module term-life has no parameter 'glass-rate' (its parameters: mortality-male, mortality-female, interest-rate, proportional-loading, policy-fee)",
            "term-life-key.xml:65: rule UW-TERM-EXPIRY: fact 'expiry-ages' is not a fact the term-life rating module provides, so the rule would never fire; did you mean 'expiry-age'? (facts: sum-insured, insured-age, expiry-age, term-years, sex, health-declaration)",
        ])
    }

    @Test func parametersOutOfTheirRangeAndCoveragesAModuleDoesNotPrice() throws {
        #expect(try errors(editing: "term-life-key.xml", [
            (#"<parameter name="proportional-loading" value="0.25"/>"#, #"<parameter name="proportional-loading" value="1.5"/>"#),
            ("  </coverages>", """
                <coverage code="ACCIDENT" basis="benefit" mandatory="false">
                  <name lang="zh">意外</name><name lang="en">Accident</name>
                  <amount><option>100000</option></amount>
                  <exclusions><exclusion lang="zh">无</exclusion></exclusions>
                </coverage>
              </coverages>
            """),
        ]) == [
            "term-life-key.xml:47: rating module term-life prices exactly one coverage (the death benefit); coverage ACCIDENT would not be priced",
            "term-life-key.xml:58: rating parameter 'proportional-loading' = '1.5' is outside 0-0.99",
        ])
    }

    @Test func aRefusedRowDoesNotMakeItsTableUnknownOrIncomplete() throws {
        // One faulty value: its line is the one error (no "unknown table", no "missing row").
        let rates = try ratesWith("property-base-rate.csv") { $0.replacingOccurrences(of: "restaurant,class-2,0.00110", with: "restaurant,class-2,0.0011O") }
        #expect(errors(rates: rates).map(fileAndMessage) == ["property-base-rate.csv:18: rate '0.0011O' is not a number"])
    }

    /// A new version of a table, effective later, is checked as the current one is: a row it
    /// lacks is refused now, not when the first customer of 2027 meets it.
    @Test func aNewTableVersionMissingARowIsRefusedAtLoad() throws {
        let rates = try ratesWith("property-base-rate.csv") { $0 }
        let current = try String(contentsOfFile: rates + "/property-base-rate.csv", encoding: .utf8)
        try current.replacingOccurrences(of: "# effective-from: 2026-01-01", with: "# effective-from: 2027-01-01")
            .replacingOccurrences(of: "woodworking,class-4,0.00450\n", with: "")
            .write(toFile: rates + "/property-base-rate-2027.csv", atomically: true, encoding: .utf8)
        #expect(errors(rates: rates).map(fileAndMessage) == [
            "property-base-rate-2027.csv:8: table property-base-rate has no row for occupancy=woodworking, construction=class-4, which PH-PROP-SHOP v1 needs for part PROPERTY, step 2 (the values of occupancy, construction it accepts)",
        ])
    }
}
