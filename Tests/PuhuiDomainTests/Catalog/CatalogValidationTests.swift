import Testing
@testable import PuhuiDomain

/// One defect per fixture: each test names the exact file, line and message.
@Suite struct CatalogValidationTests {
    func rejection(_ fixture: String) -> [String] {
        do {
            _ = try Fixtures.validate([Fixtures.catalogFixture(fixture)])
            return []
        } catch {
            return error.brief
        }
    }

    @Test func theShippedCatalogIsValid() throws {
        let catalog = try Fixtures.validate([Fixtures.products])
        #expect(catalog.products.count == 8)
        #expect(Set(catalog.products.map(\.product.line)) == Set(LineOfBusiness.allCases))
        #expect(catalog.tables.count == 21)
    }

    @Test func everyShippedProductNamesItsDepartmentAndSegments() throws {
        let catalog = try Fixtures.validate([Fixtures.products])
        for source in catalog.products {
            #expect(!source.product.department.isEmpty)
            #expect(!source.product.segments.isEmpty)
            #expect(!source.product.name.zh.isEmpty && !source.product.name.en.isEmpty)
        }
    }

    @Test func servicingOutOfRangeOrOnTheWrongLine() {
        #expect(rejection("servicing-defects") == [
            "servicing-defects/fire.xml:84: <premiums>: graceDays '400' is not a whole number from 1 to 366",
            "servicing-defects/fire.xml:85: <renewal>: referAbovePremiumIncrease '-5' is not a percentage of 0 or more",
            "servicing-defects/fire.xml:86: <pensionAccount>: <pensionAccount> belongs to pension products, not property",
        ])
    }

    @Test func servicingDeclaredAndTheRestDefaulted() throws {
        let product = try #require(try Fixtures.validate([Fixtures.catalogFixture("servicing-declared")]).products.first?.product)
        let rules = product.servicingRules
        #expect(rules.premiums.graceDays == 45 && rules.premiums.lossInGrace == .notCovered)
        #expect(rules.premiums.reinstatementDays == 730 && rules.premiums.lapseNoticeDays == 7) // defaults
        #expect(rules.endorsements.backdateDays == 0)
        #expect(rules.renewal.allowed && rules.renewal.offerDays == 30 && rules.renewal.referAboveClaims == 0)
        #expect(rules.renewal.lossHistoryField == nil) // an empty value turns the property default off
        #expect(rules.pensionAccount == nil)
    }

    @Test func malformedXML() {
        #expect(rejection("malformed") == ["malformed/fire.xml:34: Opening and ending tag mismatch: coverages line 21 and coverage"])
    }

    @Test func unknownElement() {
        #expect(rejection("unknown-element") == ["unknown-element/fire.xml:9: Element 'salesChannel': This element is not expected. Expected is ( effectiveFrom )."])
    }

    @Test func missingCoverage() {
        #expect(rejection("missing-coverage") == ["missing-coverage/fire.xml:21: Element 'coverages': Missing child element(s). Expected is ( coverage )."])
    }

    @Test func unknownLineOfBusiness() {
        let errors = rejection("unknown-line")
        #expect(errors.first == "unknown-line/fire.xml:7: Element 'line': [facet 'enumeration'] The value 'marine' is not an element of the set {'property', 'liability', 'export-credit', 'accident', 'health', 'term-life', 'pension', 'cargo'}.")
    }

    @Test func invertedDates() {
        #expect(rejection("inverted-dates") == ["inverted-dates/fire.xml:10: effectiveTo 2025-12-31 is before effectiveFrom 2026-01-01"])
    }

    @Test func unknownRateTable() {
        #expect(rejection("unknown-rate-table") == ["unknown-rate-table/fire.xml:39: rate table 'property-claims-history-factor' (role loss-history-factor) is unknown: no rate table file given defines it"])
    }

    @Test func duplicateCode() {
        let errors = rejection("duplicate-code")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("duplicate-code/b.xml:3: product PH-TEST-FIRE version 1 is also defined in ") == true)
        #expect(errors.first?.hasSuffix("duplicate-code/a.xml:3") == true)
    }

    @Test func overlappingVersions() {
        let errors = rejection("overlapping-versions")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("overlapping-versions/v2.xml:9: product PH-TEST-FIRE version 2 (effective 2026-07-01 to 2027-06-30) overlaps version 1 (effective 2026-01-01 to 2026-12-31) in ") == true)
    }

    @Test func everyDefectOfEveryFileIsListedInOneRun() {
        let paths = ["malformed", "unknown-element", "inverted-dates", "unknown-rate-table"].map(Fixtures.catalogFixture)
        do {
            _ = try Fixtures.validate(paths)
            Issue.record("expected a rejection")
        } catch {
            #expect(error.diagnostics.count == 4)
            #expect(error.diagnostics.map { $0.path.split(separator: "/").suffix(2).first! } == ["inverted-dates", "malformed", "unknown-element", "unknown-rate-table"])
        }
    }

    @Test func aMissingPathIsReported() {
        do {
            _ = try Fixtures.validate(["/nonexistent/products"])
            Issue.record("expected a rejection")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["/nonexistent/products: error: no such file or directory"])
        }
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let d = Diagnostic(path: "products/a.xml", line: 12, column: 5, message: "bad")
        #expect(d.description == "products/a.xml:12:5: error: bad")
        #expect(Diagnostic(path: "x.csv", message: "m").description == "x.csv: error: m")
    }

    /// A value the schema refuses and a name only the catalog can check, in one file, are
    /// reported in one run; the schema's message gives way to the reader's when it suggests.
    @Test func schemaAndSemanticErrorsComeTogether() throws {
        let text = try String(contentsOfFile: Fixtures.path("products/cargo-micro.xml"), encoding: .utf8)
            .replacingOccurrences(of: #"fact="sum-insured" test="above""#, with: #"fact="sum-insured" test="abov""#)
            .replacingOccurrences(of: #"fact="distance-km" test="above""#, with: #"fact="distanse-km" test="above""#)
            .replacingOccurrences(of: #"rounding="half-up""#, with: #"rounding="half-upp""#)
        let path = try Fixtures.writeTemporaryFile("cargo-micro.xml", text)
        do {
            _ = try Fixtures.validate([path])
            Issue.record("expected a rejection")
        } catch {
            #expect(error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
                "46:36: rounding 'half-upp' is not a rounding rule; did you mean 'half-up'? (rules: half-up, half-even, down, up)",
                "101:55: rule UW-CARGO-SI: test 'abov' is not a test; did you mean 'above'? (tests: above, below, in, not-in)",
                "105:38: rule UW-CARGO-LONG: fact 'distanse-km' is not a fact the product's risk fields provide, so the rule would never fire; did you mean 'distance-km'? (facts: premium-basis, sum-insured, goods-class, transport-mode, distance-km, cover)",
            ])
        }
    }
}
