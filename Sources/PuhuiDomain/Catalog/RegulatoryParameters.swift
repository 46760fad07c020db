import Foundation

/// Regulatory parameters kept as data (`data/pricing-interest-caps.csv`, `data/mortality-tables.csv`),
/// keyed by category and effective date, never by a hard-coded table or figure: the pricing
/// interest cap and the mortality table in force for life products. A new cap or table is a row.
public struct RegulatoryParameters: Sendable {
    public struct InterestCap: Sendable, Hashable {
        public var category: String
        public var effectiveFrom: CivilDate
        public var cap: ExactDecimal
        public var line: Int
    }

    public struct MortalityTable: Sendable, Hashable {
        public var category: String
        public var effectiveFrom: CivilDate
        /// The rate table name the table is loaded as.
        public var table: String
        public var name: String
        public var line: Int
    }

    public static let capsFile = "pricing-interest-caps.csv"
    public static let mortalityFile = "mortality-tables.csv"

    public var caps: [InterestCap]
    public var mortality: [MortalityTable]
    public var capsPath: String
    public var mortalityPath: String

    /// The cap for `category` in force on `date`.
    public func cap(_ category: String, on date: CivilDate) -> InterestCap? {
        VersionInForce.table(caps.filter { $0.category == category }, on: date, from: \.effectiveFrom)
    }

    /// The mortality table for `category` in force on `date`.
    public func mortalityTable(_ category: String, on date: CivilDate) -> MortalityTable? {
        VersionInForce.table(mortality.filter { $0.category == category }, on: date, from: \.effectiveFrom)
    }

    /// Reads both files, reporting every defect with its line.
    public static func parse(caps: SourceText, mortality: SourceText) throws(PuhuiError) -> RegulatoryParameters {
        var diagnostics = DiagnosticCollector()
        var result = RegulatoryParameters(caps: [], mortality: [], capsPath: caps.path, mortalityPath: mortality.path)
        for (line, cells) in rows(caps, expecting: ["category", "effective-from", "cap"], &diagnostics) {
            guard let date = CivilDate(iso: cells[1]), let cap = ExactDecimal(parsing: cells[2]), cap >= .zero, cap < .one else {
                diagnostics.error("expected category, a date YYYY-MM-DD and a rate between 0 and 1", path: caps.path, line: line)
                continue
            }
            result.caps.append(InterestCap(category: cells[0], effectiveFrom: date, cap: cap, line: line))
        }
        for (line, cells) in rows(mortality, expecting: ["category", "effective-from", "table", "name"], &diagnostics) {
            guard let date = CivilDate(iso: cells[1]), RateTableReader.isValidKey(cells[2]) else {
                diagnostics.error("expected category, a date YYYY-MM-DD, a rate table name and the table's name", path: mortality.path, line: line)
                continue
            }
            result.mortality.append(MortalityTable(category: cells[0], effectiveFrom: date, table: cells[2], name: cells[3], line: line))
        }
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return result
    }

    static func rows(_ source: SourceText, expecting header: [String], _ diagnostics: inout DiagnosticCollector) -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        var seenHeader = false
        for line in TextLines.split(source.text) {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let cells = CSVLine.split(line.text).map({ $0.map(\.text) }) else {
                diagnostics.error("a quoted cell is not closed", path: source.path, line: line.number)
                continue
            }
            if !seenHeader {
                seenHeader = true
                if cells != header { diagnostics.error("the header must be \(header.joined(separator: ","))", path: source.path, line: line.number) }
                continue
            }
            guard cells.count == header.count else {
                diagnostics.error("expected \(header.count) cells, found \(cells.count)", path: source.path, line: line.number)
                continue
            }
            result.append((line.number, cells))
        }
        return result
    }
}

/// Warnings, not errors: a life product priced above the pricing interest cap in force on its
/// effective date, or with a mortality table that is no longer the one in force then.
enum RegulatoryChecks {
    static func check(_ source: ProductSource, _ regulatory: RegulatoryParameters, _ diagnostics: inout DiagnosticCollector) {
        let product = source.product
        guard let module = RatingModules.coded(named: product.rating.module.rawValue) else { return }
        let vocabulary = module.vocabulary
        let label = "\(product.code) v\(product.version)"
        let date = product.effectiveFrom
        for spec in vocabulary.parameters {
            guard let category = spec.pricingInterestCategory, let text = product.rating.parameters[spec.name],
                  let rate = ExactDecimal(parsing: text), let cap = regulatory.cap(category, on: date), rate > cap.cap else { continue }
            diagnostics.warning("\(spec.name) \(text) is above the pricing interest cap of \(cap.cap) for \(category) products in force on \(date) (\(regulatory.capsPath):\(cap.line), from \(cap.effectiveFrom)); \(label) would not be fileable",
                                path: source.path, at: source.place("parameter-value:\(spec.name)", else: source.parameterLines[spec.name]))
        }
        for role in vocabulary.roles {
            guard let category = role.mortalityCategory, let table = product.rating.tables[role.role],
                  let required = regulatory.mortalityTable(category, on: date), required.table != table else { continue }
            diagnostics.warning("\(label) prices with \(table), but the mortality table in force for \(category) business on \(date) is \(required.name) (\(required.table), from \(required.effectiveFrom): \(regulatory.mortalityPath):\(required.line)); load it and raise the product version",
                                path: source.path, at: source.place("table-name:\(role.role)", else: source.ratingTableLines[role.role]))
        }
    }
}
