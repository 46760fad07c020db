import Testing
@testable import PuhuiDomain

/// A risk inside a larger JSON document (an HTTP request body): located problems, its text
/// kept exactly, and fields rating never reads refused with the nearest name it does.
@Suite struct RiskDocumentTests {
    let shop = """
        {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers",
         "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}
        """

    /// Rates `json` on PH-PROP-SHOP as the quote service does: unread fields are problems.
    func quoteChecked(_ json: String, product: String = "PH-PROP-SHOP") throws -> Quote {
        let fields = try RiskInput.parse(json, source: "request body")
        let rater = try RatingModules.rater(for: ShippedCatalog.product(product), tables: ShippedCatalog.tables(for: ShippedCatalog.product(product)))
        return try rater.quote(fields, context: RatingContext(asOf: ShippedCatalog.asOf, startDate: ShippedCatalog.asOf, rounding: .halfUp),
                               source: "request body")
    }

    func problems(_ body: () throws -> Any) -> [String] {
        do {
            _ = try body()
            return []
        } catch let error as PuhuiError {
            return error.diagnostics.map { "\($0.line.map(String.init) ?? "-"):\($0.column.map(String.init) ?? "-"): \($0.message)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func jsonTextKeepsFieldOrderNumbersAsWrittenAndEscapes() throws {
        let value = try JSONReader.parse(#"{ "b": 0.10000000000000000001, "a": [1, true, null, "x\"y\\z\n\u0001é"], "c": {} }"#)
        #expect(value.compactText == #"{"b":0.10000000000000000001,"a":[1,true,null,"x\"y\\z\n\u0001é"],"c":{}}"#)
        // Reading the text back gives the same text.
        #expect(try JSONReader.parse(value.compactText).compactText == value.compactText)
    }

    @Test func riskMemberOfADocumentIsFoundWithItsPosition() throws {
        let body = "{\n  \"product\": \"PH-PROP-SHOP\",\n  \"risk\": {\"sumInsured\": \"800000\"}\n}"
        let risk = try RiskInput.member("risk", ofDocument: body, source: "request body")
        #expect(risk.line == 3 && risk.column == 11)
        #expect(risk.compactText == #"{"sumInsured":"800000"}"#)
    }

    @Test func documentProblemsArePlacedInTheDocument() {
        #expect(problems { try RiskInput.member("risk", ofDocument: "{\"risk\": {\"a\": 1,}}", source: "request body") }
                == ["1:18: expected a quoted field name"])
        #expect(problems { try RiskInput.member("risk", ofDocument: "[1]", source: "request body") }
                == ["1:1: the document must be a JSON object, not a list"])
        #expect(problems { try RiskInput.member("risk", ofDocument: "{\"product\": \"X\"}", source: "request body") }
                == ["1:1: field 'risk' is missing"])
        #expect(problems { try RiskInput.member("risk", ofDocument: "{\"risk\": \"x\"}", source: "request body") }
                == ["1:10: field 'risk' must be a JSON object, not a string"])
        #expect(problems { try RiskInput.member("risk", ofDocument: "{\"risk\": {}, \"risk\": {}}", source: "request body") }
                == ["1:22: field \"risk\" appears twice"])
    }

    @Test func aRiskWithOnlyReadFieldsIsPricedAsBefore() throws {
        // 800000 × 0.00075 × 1.00 × 0.95 × 1.00 = 570.00, plus theft 240.00 (the property example).
        #expect(try quoteChecked(shop).premium == Money(yuan: "810.00"))
    }

    static let propertyFields = "(fields: sumInsured, occupancy, construction, fireProtection, deductible, claimsLast3Years, theftSumInsured, startDate)"

    @Test func aMisspeltOptionalFieldIsRefusedWithTheNameTheProductDeclares() {
        let misspelt = shop.replacingOccurrences(of: "theftSumInsured", with: "theftSumInsure")
        #expect(problems { try quoteChecked(misspelt) } == [
            "2:65: field 'theftSumInsure': is not a risk field of PH-PROP-SHOP v1; did you mean 'theftSumInsured'? \(Self.propertyFields)",
        ])
    }

    @Test func aFieldFarFromAnyNameListsTheNamesDeclared() {
        let extra = shop.replacingOccurrences(of: "}", with: ", \"colour\": \"red\"}")
        #expect(problems { try quoteChecked(extra) } == ["2:85: field 'colour': is not a risk field of PH-PROP-SHOP v1 \(Self.propertyFields)"])
    }

    @Test func undeclaredNamesComeFirstThenTheValues() {
        // A misspelt name is reported once, as not declared (not also as the declared field
        // missing); once the names are right, the values are checked.
        let bad = shop.replacingOccurrences(of: "class-2", with: "class-9").replacingOccurrences(of: "\"deductible\"", with: "\"deductable\"")
        #expect(problems { try quoteChecked(bad) } == [
            "2:16: field 'deductable': is not a risk field of PH-PROP-SHOP v1; did you mean 'deductible'? \(Self.propertyFields)",
        ])
        let named = shop.replacingOccurrences(of: "class-2", with: "class-9")
        #expect(problems { try quoteChecked(named) }.count == 1)
        #expect(problems { try quoteChecked(named) }.first?.hasPrefix("1:70: field 'construction': 'class-9' is not one of") == true)
    }

    @Test func fieldsOfListItemsAreCheckedByPosition() {
        let group = """
            {"deathBenefit": "300000", "medicalSumInsured": "20000",
             "insured": [{"birthDate": "1988-04-12", "occupationClass": "1"}, {"birthDate": "1992-09-30", "occupationClas": "2"}]}
            """
        #expect(problems { try quoteChecked(group, product: "PH-ACC-GROUP") } == [
            "2:113: field 'insured[2].occupationClas': is not a risk field of PH-ACC-GROUP v1; did you mean 'occupationClass'? (fields of each item: birthDate, age, sex, party, occupationClass)",
        ])
    }

    @Test func aDeclaredFieldGivenAsNullCountsAsAbsent() throws {
        // Without the theft extension: 570.00 only.
        #expect(try quoteChecked(shop.replacingOccurrences(of: "\"20000\"", with: "null")).premium == Money(yuan: "570.00"))
    }
}
