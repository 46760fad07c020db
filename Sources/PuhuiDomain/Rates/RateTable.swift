/// One version of a rate table: named dimensions (exact keys or whole-number ranges) and one
/// value per row. Insurers edit rate tables as CSV files in `rates/` (see `rates/README.md`).
public struct RateTable: Sendable, Hashable {
    public struct Dimension: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            /// The cell must equal the looked-up key exactly (`retail-shop`, `male`).
            case key
            /// The cell is an inclusive whole-number band (`18-40`, `41-`, `30`).
            case range
        }
        public var name: String
        public var kind: Kind

        public init(name: String, kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        public var value: ExactDecimal
        /// Line of the row in its CSV file.
        public var line: Int

        public init(cells: [Cell], value: ExactDecimal, line: Int) {
            self.cells = cells
            self.value = value
            self.line = line
        }
    }

    public enum Cell: Sendable, Hashable, CustomStringConvertible {
        case key(String)
        /// Inclusive bounds; nil is open-ended.
        case range(lower: Int64?, upper: Int64?)

        public func contains(_ value: Int64) -> Bool {
            guard case let .range(lower, upper) = self else { return false }
            return (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
        }

        public var description: String {
            switch self {
            case let .key(key): return key
            case let .range(lower, upper):
                if let lower, let upper, lower == upper { return "\(lower)" }
                return "\(lower.map(String.init) ?? "")-\(upper.map(String.init) ?? "")"
            }
        }
    }

    public var name: String
    /// First day the table applies; nil applies from the beginning.
    public var effectiveFrom: CivilDate?
    public var title: String
    public var unit: String
    /// The figures are illustrative, not an insurer's filed rates.
    public var illustrative: Bool
    public var source: String
    public var dimensions: [Dimension]
    public var valueColumn: String
    public var rows: [Row]
    /// Where the table came from.
    public var path: String
    /// Line of the header row.
    public var headerLine: Int
    /// Column of each dimension's header cell (empty for stored tables).
    public var dimensionColumns: [Int] = []
    /// The plausible values of the value column (`# value-range: 0-0.05`), when the table says.
    public var valueRange: ValueRange? = nil
    /// Column of the value cell in the file (0 for stored tables).
    public var valueColumnNumber: Int = 0
    /// Rows the reader refused (reported already): the table is known, but not complete.
    public var rejectedRows: Int = 0
    /// The key cells of each refused row (nil where the cell itself was faulty), so that the
    /// combinations they would have held are not reported missing a second time.
    public var rejectedKeys: [[String?]] = []

    public init(name: String, effectiveFrom: CivilDate? = nil, title: String, unit: String, illustrative: Bool, source: String, dimensions: [Dimension], valueColumn: String, rows: [Row], path: String, headerLine: Int, dimensionColumns: [Int] = []) {
        self.name = name
        self.effectiveFrom = effectiveFrom
        self.title = title
        self.unit = unit
        self.illustrative = illustrative
        self.source = source
        self.dimensions = dimensions
        self.valueColumn = valueColumn
        self.rows = rows
        self.path = path
        self.headerLine = headerLine
        self.dimensionColumns = dimensionColumns
    }

    public func dimensionIndex(_ name: String) -> Int? {
        dimensions.firstIndex { $0.name == name }
    }

    /// A version label for worksheets and records: `name@2026-01-01` (or `name` when undated).
    public var versionLabel: String {
        effectiveFrom.map { "\(name)@\($0)" } ?? name
    }
}

/// What a rating step looks up in a table: a key or a number per dimension.
public enum RateQueryValue: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case number(Int64)

    public var description: String {
        switch self {
        case let .key(key): key
        case let .number(number): String(number)
        }
    }
}

/// The row a lookup found, for the worksheet.
public struct RateLookup: Sendable, Hashable {
    public var table: String
    public var tableVersion: String
    let dimensionNames: [String]
    let values: [RateQueryValue]
    public var row: RateTable.Row
    public var value: ExactDecimal { row.value }

    /// The key looked up, `occupancy=retail-shop, construction=class-2` (built only when read).
    public var query: String {
        zip(dimensionNames, values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }
}
