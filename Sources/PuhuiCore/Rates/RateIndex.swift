/// A rate table prepared for fast lookups: rows grouped by their exact keys, bands sorted.
public final class RateIndex: Sendable {
    public let table: RateTable
    private let keyPositions: [Int]
    private let rangePositions: [Int]
    private let groups: [String: [RateTable.Row]]

    public init(_ table: RateTable) {
        self.table = table
        keyPositions = table.dimensions.indices.filter { table.dimensions[$0].kind == .key }
        rangePositions = table.dimensions.indices.filter { table.dimensions[$0].kind == .range }
        var groups: [String: [RateTable.Row]] = [:]
        for row in table.rows {
            let key = keyPositions.map { row.cells[$0].description }.joined(separator: "\u{1F}")
            groups[key, default: []].append(row)
        }
        if let first = rangePositions.first {
            for (key, rows) in groups {
                groups[key] = rows.sorted { RateIndex.lower(of: $0.cells[first]) < RateIndex.lower(of: $1.cells[first]) }
            }
        }
        self.groups = groups
    }

    private static func lower(of cell: RateTable.Cell) -> Int64 {
        if case let .range(lower, _) = cell { return lower ?? Int64.min }
        return Int64.min
    }

    /// The row whose keys equal and whose bands contain the query values, given in the order of
    /// the table's dimensions. Nil when no row matches.
    public func row(_ values: [RateQueryValue]) -> RateTable.Row? {
        guard values.count == table.dimensions.count else { return nil }
        var key = ""
        for (n, position) in keyPositions.enumerated() {
            if n > 0 { key.append("\u{1F}") }
            guard case let .key(text) = values[position] else { return nil }
            key.append(text)
        }
        guard let candidates = groups[key] else { return nil }
        if rangePositions.isEmpty { return candidates.first }
        var numbers: [Int64] = []
        numbers.reserveCapacity(rangePositions.count)
        for position in rangePositions {
            guard case let .number(number) = values[position] else { return nil }
            numbers.append(number)
        }
        if rangePositions.count == 1 {
            // Binary search on the sorted, non-overlapping bands.
            var low = 0, high = candidates.count - 1
            let value = numbers[0]
            let position = rangePositions[0]
            while low <= high {
                let middle = (low + high) / 2
                let cell = candidates[middle].cells[position]
                if cell.contains(value) { return candidates[middle] }
                if RateIndex.lower(of: cell) > value { high = middle - 1 } else { low = middle + 1 }
            }
            return nil
        }
        return candidates.first { row in
            zip(rangePositions, numbers).allSatisfy { row.cells[$0.0].contains($0.1) }
        }
    }

    /// Looks up by dimension name; the lookup names the table, the query and the row found.
    public func lookup(_ query: [String: RateQueryValue]) throws(RateLookupError) -> RateLookup {
        var values: [RateQueryValue] = []
        for dimension in table.dimensions {
            guard let value = query[dimension.name] else {
                throw RateLookupError(table: table.name, message: "rate table \(table.name) needs a value for \(dimension.name)")
            }
            values.append(value)
        }
        let queryText = table.dimensions.map { "\($0.name)=\(query[$0.name]?.description ?? "")" }.joined(separator: ", ")
        guard let row = row(values) else {
            throw RateLookupError(table: table.name, message: "rate table \(table.name) has no row for \(queryText)")
        }
        return RateLookup(table: table.name, tableVersion: table.versionLabel, query: queryText, row: row)
    }

    /// The distinct keys of a key dimension, sorted, for messages that list the allowed values.
    public func keys(of dimension: String) -> [String] {
        guard let index = table.dimensionIndex(dimension) else { return [] }
        return Array(Set(table.rows.map { $0.cells[index].description })).sorted()
    }

    /// The bands of a range dimension, lowest first (for gap checks and messages).
    public func bands(of dimension: String) -> [RateTable.Cell] {
        guard let index = table.dimensionIndex(dimension) else { return [] }
        return Array(Set(table.rows.map { $0.cells[index] })).sorted { RateIndex.lower(of: $0) < RateIndex.lower(of: $1) }
    }
}

public struct RateLookupError: Error, Sendable, CustomStringConvertible {
    public var table: String
    public var message: String
    public var description: String { message }
}
