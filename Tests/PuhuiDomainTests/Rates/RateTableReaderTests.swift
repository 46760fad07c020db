import Testing
@testable import PuhuiDomain

@Suite struct RateTableReaderTests {
    func read(_ text: String) -> (RateTable?, [String]) {
        var reader = RateTableReader(path: "rates/t.csv")
        let table = reader.read(text: text)
        return (table, reader.diagnostics.sorted.map(\.description))
    }

    let header = "# table: t\n# effective-from: 2026-01-01\nage:range,sex:key,rate:value\n"

    @Test func readsKeysRangesAndValues() throws {
        let (table, errors) = read(header + "18-40,male,0.0012\n41-,male,0.0030\n-17,male,0.0005\n")
        #expect(errors.isEmpty)
        let t = try #require(table)
        let index = RateIndex(t)
        #expect(index.row([.number(40), .key("male")])?.value.description == "0.0012")
        #expect(index.row([.number(41), .key("male")])?.value.description == "0.0030")
        #expect(index.row([.number(3), .key("male")])?.value.description == "0.0005")
        #expect(index.row([.number(30), .key("female")]) == nil)
        #expect(t.effectiveFrom?.description == "2026-01-01")
    }

    @Test func nonNumericRate() {
        #expect(read(header + "18-40,male,0.0012\n41-60,male,abc\n").1 == ["rates/t.csv:5:12: error: rate 'abc' is not a number"])
    }

    @Test func overlappingBands() {
        #expect(read(header + "18-40,male,0.0012\n40-60,male,0.0030\n").1 == ["rates/t.csv:5: error: age band on this row overlaps the band on line 4"])
    }

    @Test func duplicateKeys() {
        #expect(read(header + "18-40,male,0.0012\n18-40,male,0.0013\n").1 == ["rates/t.csv:5: error: duplicate key 18-40,male: already on line 4"])
    }

    @Test func unknownColumnKind() {
        #expect(read("# table: t\nage:band,rate:value\n1,2\n").1.first == "rates/t.csv:2:1: error: column 'age': kind 'band' must be key, range or value")
    }

    @Test func badBandAndWrongCellCount() {
        #expect(read(header + "40-18,male,0.1\n18-40,male\n").1 == [
            "rates/t.csv:4:1: error: age band '40-18' is not a whole-number band such as 18-40, 41- or 30",
            "rates/t.csv:5: error: row has 2 cells, the header has 3",
        ])
    }

    @Test func missingTableName() {
        #expect(read("age:range,rate:value\n1,2\n").1 == ["rates/t.csv:1: error: missing '# table: NAME' metadata line"])
    }

    @Test func quotedCellsAndByteOrderMark() throws {
        let (table, errors) = read("\u{FEFF}# table: q\nkind:key,rate:value\n\"shop\",\"0.5\"\n")
        #expect(errors.isEmpty)
        #expect(table?.rows.first?.cells == [.key("shop")])
    }

    @Test func theShippedMortalityTableCarriesTheCLFigures() throws {
        let catalog = try Fixtures.validate([Fixtures.products])
        let mortality = try #require(catalog.tables.first { $0.name == "mortality-cl2010-2013" })
        let index = RateIndex(mortality)
        #expect(mortality.rows.count == 6 * 106)
        #expect(index.row([.key("CL1"), .number(0)])?.value.description == "0.000867")
        #expect(index.row([.key("CL6"), .number(104)])?.value.description == "0.287859")
        #expect(index.row([.key("CL3"), .number(105)])?.value.description == "1")
        #expect(!mortality.illustrative)
    }
}
