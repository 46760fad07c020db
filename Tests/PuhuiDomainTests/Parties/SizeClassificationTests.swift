import Testing
@testable import PuhuiDomain

/// The 2011 standard's table, written out here from domain.md §3 independently of data/.
struct StandardRow: Sendable, CustomStringConvertible {
    var group: Int
    var code: String
    /// Per class large, medium, small: (employees, revenue, assets), nil where the group does not use it.
    var large: (Int?, Int?, Int?)
    var medium: (Int?, Int?, Int?)
    var small: (Int?, Int?, Int?)
    var description: String { "group \(group) (\(code))" }

    static let all: [StandardRow] = [
        StandardRow(group: 1, code: "A01", large: (nil, 20000, nil), medium: (nil, 500, nil), small: (nil, 50, nil)),
        StandardRow(group: 2, code: "C13", large: (1000, 40000, nil), medium: (300, 2000, nil), small: (20, 300, nil)),
        StandardRow(group: 3, code: "E47", large: (nil, 80000, 80000), medium: (nil, 6000, 5000), small: (nil, 300, 300)),
        StandardRow(group: 4, code: "F51", large: (200, 40000, nil), medium: (20, 5000, nil), small: (5, 1000, nil)),
        StandardRow(group: 5, code: "F52", large: (300, 20000, nil), medium: (50, 500, nil), small: (10, 100, nil)),
        StandardRow(group: 6, code: "G54", large: (1000, 30000, nil), medium: (300, 3000, nil), small: (20, 200, nil)),
        StandardRow(group: 7, code: "G59", large: (200, 30000, nil), medium: (100, 1000, nil), small: (20, 100, nil)),
        StandardRow(group: 8, code: "G60", large: (1000, 30000, nil), medium: (300, 2000, nil), small: (20, 100, nil)),
        StandardRow(group: 9, code: "H61", large: (300, 10000, nil), medium: (100, 2000, nil), small: (10, 100, nil)),
        StandardRow(group: 10, code: "H62", large: (300, 10000, nil), medium: (100, 2000, nil), small: (10, 100, nil)),
        StandardRow(group: 11, code: "I63", large: (2000, 100000, nil), medium: (100, 1000, nil), small: (10, 100, nil)),
        StandardRow(group: 12, code: "I65", large: (300, 10000, nil), medium: (100, 1000, nil), small: (10, 50, nil)),
        StandardRow(group: 13, code: "K701", large: (nil, 200000, 10000), medium: (nil, 1000, 5000), small: (nil, 100, 2000)),
        StandardRow(group: 14, code: "K702", large: (1000, 5000, nil), medium: (300, 1000, nil), small: (100, 500, nil)),
        StandardRow(group: 15, code: "L71", large: (300, nil, 120000), medium: (100, nil, 8000), small: (10, nil, 100)),
        StandardRow(group: 16, code: "M73", large: (300, nil, nil), medium: (100, nil, nil), small: (10, nil, nil)),
    ]
}

@Suite struct SizeClassificationTests {
    static let standard: SizeStandard = {
        do {
            return try SizeStandard.parse(standard: Fixtures.text("data/size-standard-2011.csv"), mapping: Fixtures.text("data/industry-groups-2011.csv"),
                                          sections: Fixtures.text("data/gbt4754-2017-sections.csv"))
        } catch { preconditionFailure("\(error)") }
    }()

    func classify(_ code: String, _ employees: Int?, _ revenue: String?, _ assets: String?) -> SizeClassification? {
        let figures = SizeFigures(industryCode: code, employees: employees, revenue: revenue.flatMap { ExactDecimal(parsing: $0) },
                                  assets: assets.flatMap { ExactDecimal(parsing: $0) })
        if case let .success(result) = Self.standard.classify(figures) { return result }
        return nil
    }

    /// Exactly at every threshold of a class gives that class; one below on any one indicator
    /// (one person, or 0.01 万元) gives the class beneath.
    @Test(arguments: StandardRow.all)
    func everyGroupAtAndJustBelowItsThresholds(row: StandardRow) throws {
        let classes: [(SizeClass, (Int?, Int?, Int?), SizeClass)] = [(.large, row.large, .medium), (.medium, row.medium, .small), (.small, row.small, .micro)]
        for (sizeClass, limits, beneath) in classes {
            let at = classify(row.code, limits.0, limits.1.map(String.init), limits.2.map(String.init))
            #expect(at?.sizeClass == sizeClass, "\(row) exactly at \(sizeClass)")
            #expect(at?.industryGroup == row.group)
            if let employees = limits.0 {
                #expect(classify(row.code, employees - 1, limits.1.map(String.init), limits.2.map(String.init))?.sizeClass == beneath,
                        "\(row) one employee below \(sizeClass)")
            }
            if let revenue = limits.1 {
                #expect(classify(row.code, limits.0, "\(revenue - 1).99", limits.2.map(String.init))?.sizeClass == beneath,
                        "\(row) 0.01 万元 of revenue below \(sizeClass)")
            }
            if let assets = limits.2 {
                #expect(classify(row.code, limits.0, limits.1.map(String.init), "\(assets - 1).99")?.sizeClass == beneath,
                        "\(row) 0.01 万元 of assets below \(sizeClass)")
            }
        }
    }

    @Test func mediumNeedsBothSmallNeedsBothMicroNeedsEither() {
        // Retail: medium needs 50 employees AND 500 万元; micro below 10 OR below 100.
        #expect(classify("F5211", 60, "400", nil)?.sizeClass == .small)   // employees medium, revenue only small
        #expect(classify("F5211", 9, "19000", nil)?.sizeClass == .micro)  // revenue nearly large, employees below small
        #expect(classify("F5211", 250, "99", nil)?.sizeClass == .micro)   // many employees, revenue below small
        #expect(classify("F5211", 300, "19999.99", nil)?.sizeClass == .medium) // large needs both
    }

    @Test func explanationNamesGroupIndicatorsAndDecidingThreshold() {
        let result = classify("F5211", 12, "150", nil)
        #expect(result?.explanation == "Retail (group 5, 零售业): employees 12 ≥ 10 and operating revenue 150 万元 ≥ 100 reach every small threshold, but employees 12 < 50 misses medium → small")
        #expect(classify("C1311", 15, "5000", nil)?.explanation == "Industry (mining, manufacturing, utilities) (group 2, 工业): employees 15 is below the small threshold 20 → micro")
    }

    @Test func missingIndicatorsAreNotGuessed() {
        let result = classify("E4710", nil, "500", nil)
        #expect(result?.sizeClass == nil)
        #expect(result?.explanation == "unclassifiable: needs total assets (Construction (group 3, 建筑业))")
        #expect(classify("F52", 12, nil, nil)?.explanation == "unclassifiable: needs operating revenue (Retail (group 5, 零售业))")
        // Assets are not an indicator of retail, so they are not needed.
        #expect(classify("F52", 12, "150", nil)?.sizeClass == .small)
    }

    @Test func codesWithoutTheSectionLetterAndRail() {
        #expect(classify("5211", 12, "150", nil)?.industryCode == "F5211")
        #expect(classify("G5310", 5000, nil, nil)?.industryGroup == 16) // rail: not the transport group
        #expect(classify("G5310", 5000, nil, nil)?.sizeClass == .large)
        #expect(classify("S9100", 9, nil, nil)?.sizeClass == .micro)     // other industries: employees only
        for bad in ["Z99", "F13", "52111", "F5", ""] {
            #expect(classify(bad, 1, "1", "1") == nil, "\(bad)")
        }
    }
}
