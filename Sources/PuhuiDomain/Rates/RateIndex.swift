/// A rate table prepared for fast lookups: rows grouped by their exact keys, bands sorted, the
/// values held as plain numbers so that a lookup touches no reference-counted storage.
public final class RateIndex: Sendable {
    public let table: RateTable
    private let keyPositions: [Int]
    private let rangePositions: [Int]
    /// Per key group, the bands (or one unbounded band), found through `groupNumber`.
    private let groups: [[Band]]
    /// Per key dimension, its distinct values; a value's position is its digit in the group number.
    private let keyValues: [[String]]
    /// Per key dimension with many values, value → position (few values are searched in order).
    private let keyPositionsByValue: [[String: Int]?]
    /// For sparse tables (many key values, few combinations used): the key positions of a
    /// combination → its slot in `groups`; nil when `groups` is the dense grid of all combinations.
    private let sparseSlots: [[Int]: Int]?
    let dimensionNames: [String]
    let versionLabel: String

    struct Band: Sendable {
        var lower: Int64
        var upper: Int64
        var value: ExactDecimal
        var row: Int
    }

    public init(_ table: RateTable) {
        self.table = table
        let keyPositions = table.dimensions.indices.filter { table.dimensions[$0].kind == .key }
        self.keyPositions = keyPositions
        rangePositions = table.dimensions.indices.filter { table.dimensions[$0].kind == .range }
        let keyValues = keyPositions.map { position in Array(Set(table.rows.map { $0.cells[position].description })).sorted() }
        let lookups: [[String: Int]?] = keyValues.map { values in
            values.count > 16 ? Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) }) : nil
        }
        var groupCount = 1
        var overflow = false
        for values in keyValues {
            let (product, o) = groupCount.multipliedReportingOverflow(by: max(1, values.count))
            groupCount = product
            overflow = overflow || o
        }
        // A dense grid when the combinations are few against the rows; otherwise slots are
        // handed out only to combinations that occur.
        let dense = !overflow && groupCount <= max(64, table.rows.count * 4)
        var groups = [[Band]](repeating: [], count: dense ? groupCount : 0)
        var slots: [[Int]: Int] = [:]
        self.keyValues = keyValues
        self.keyPositionsByValue = lookups
        for (n, row) in table.rows.enumerated() {
            var lower = Int64.min, upper = Int64.max
            if let first = rangePositions.first, case let .range(l, u) = row.cells[first] {
                lower = l ?? Int64.min
                upper = u ?? Int64.max
            }
            var number = 0
            var digits: [Int] = []
            for (d, position) in keyPositions.enumerated() {
                let text = row.cells[position].description
                let digit = lookups[d]?[text] ?? keyValues[d].firstIndex(of: text) ?? 0
                digits.append(digit)
                if dense { number = number * max(1, keyValues[d].count) + digit }
            }
            let band = Band(lower: lower, upper: upper, value: row.value, row: n)
            if dense {
                groups[number].append(band)
            } else if let slot = slots[digits] {
                groups[slot].append(band)
            } else {
                slots[digits] = groups.count
                groups.append([band])
            }
        }
        sparseSlots = dense ? nil : slots
        for i in groups.indices { groups[i].sort { $0.lower < $1.lower } }
        self.groups = groups
        dimensionNames = table.dimensions.map(\.name)
        versionLabel = table.versionLabel
    }

    /// The group of rows whose keys are those of `values`; nil when a key is unknown.
    private func group(_ values: [RateQueryValue]) -> [Band]? {
        var number = 0
        var digits: [Int] = []
        for (d, position) in keyPositions.enumerated() {
            guard case let .key(text) = values[position] else { return nil }
            let digit: Int
            if let lookup = keyPositionsByValue[d] {
                guard let found = lookup[text] else { return nil }
                digit = found
            } else {
                guard let found = keyValues[d].firstIndex(of: text) else { return nil }
                digit = found
            }
            if sparseSlots == nil {
                number = number * max(1, keyValues[d].count) + digit
            } else {
                digits.append(digit)
            }
        }
        if let sparseSlots {
            guard let slot = sparseSlots[digits] else { return nil }
            return groups[slot]
        }
        return number < groups.count ? groups[number] : nil
    }

    /// The index into `table.rows` of the row whose keys equal and whose bands contain the
    /// query values, given in the order of the table's dimensions; nil when none matches.
    func rowIndex(_ values: [RateQueryValue]) -> Int? {
        guard values.count == table.dimensions.count else { return nil }
        guard let candidates = group(values) else { return nil }
        if rangePositions.isEmpty { return candidates.first?.row }
        if rangePositions.count == 1 {
            guard case let .number(value) = values[rangePositions[0]] else { return nil }
            var low = 0, high = candidates.count - 1
            while low <= high {
                let middle = (low + high) / 2
                let band = candidates[middle]
                if value < band.lower { high = middle - 1 } else if value > band.upper { low = middle + 1 } else { return band.row }
            }
            return nil
        }
        // Several range dimensions: check every band of every row in the group.
        return candidates.first { band in
            rangePositions.allSatisfy { position in
                guard case let .number(value) = values[position] else { return false }
                return table.rows[band.row].cells[position].contains(value)
            }
        }?.row
    }

    /// The value only, for the batch path: no row, no names.
    func value(_ values: [RateQueryValue]) -> ExactDecimal? {
        guard rangePositions.count <= 1, values.count == table.dimensions.count else {
            return rowIndex(values).map { table.rows[$0].value }
        }
        guard let candidates = group(values) else { return nil }
        guard let position = rangePositions.first else { return candidates.first?.value }
        guard case let .number(value) = values[position] else { return nil }
        var low = 0, high = candidates.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let band = candidates[middle]
            if value < band.lower { high = middle - 1 } else if value > band.upper { low = middle + 1 } else { return band.value }
        }
        return nil
    }

    public func row(_ values: [RateQueryValue]) -> RateTable.Row? {
        rowIndex(values).map { table.rows[$0] }
    }

    /// Looks up by dimension name; the lookup names the table, the query and the row found.
    public func lookup(_ query: [String: RateQueryValue]) throws(PuhuiError) -> RateLookup {
        var values: [RateQueryValue] = []
        for dimension in table.dimensions {
            guard let value = query[dimension.name] else {
                throw PuhuiError.rateMissing(table: table.name, "rate table \(table.name) needs a value for \(dimension.name)")
            }
            values.append(value)
        }
        return try lookup(values: values)
    }

    /// Looks up by values in the order of the table's dimensions.
    func lookup(values: [RateQueryValue]) throws(PuhuiError) -> RateLookup {
        guard let row = row(values) else { throw missing(values) }
        return RateLookup(table: table.name, tableVersion: versionLabel, dimensionNames: dimensionNames, values: values, row: row)
    }

    func missing(_ values: [RateQueryValue]) -> PuhuiError {
        PuhuiError.rateMissing(table: table.name, "rate table \(table.versionLabel) has no row for \(queryText(values))")
    }

    func queryText(_ values: [RateQueryValue]) -> String {
        zip(dimensionNames, values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }

    /// A lookup with the dimensions named once, in the caller's order, for repeated use.
    public func plan(_ names: [String]) -> RatePlan {
        RatePlan(index: self, order: names.map { table.dimensionIndex($0) ?? -1 })
    }

    // MARK: - Compiled lookups

    /// Whether groups are found by arithmetic on key digits (a dense grid) with at most one
    /// range dimension: the fast path of compiled lookups.
    var supportsDigitLookup: Bool { sparseSlots == nil && rangePositions.count <= 1 }

    /// Positions of the key dimensions among the table's dimensions, in digit order.
    var keyDimensionPositions: [Int] { keyPositions }

    /// The position of the range dimension, if there is one.
    var rangeDimensionPosition: Int? { rangePositions.first }

    /// The digit of key `text` in the key dimension at digit position `ordinal`, or nil.
    func keyDigit(_ text: String, ordinal: Int) -> Int? {
        if let lookup = keyPositionsByValue[ordinal] { return lookup[text] }
        return keyValues[ordinal].firstIndex(of: text)
    }

    /// The key text of digit `digit` of the key dimension at digit position `ordinal`.
    func keyText(ordinal: Int, digit: Int) -> String {
        keyValues[safe: ordinal]?[safe: digit] ?? ""
    }

    /// The multiplier of each key digit in a dense group number.
    var digitStrides: [Int] {
        var strides = [Int](repeating: 1, count: keyValues.count)
        var multiplier = 1
        for d in (0..<keyValues.count).reversed() {
            strides[d] = multiplier
            multiplier *= max(1, keyValues[d].count)
        }
        return strides
    }

    /// The value and row of group `number` whose band holds `value` (any band when the table
    /// has no range dimension); nil when there is none.
    @inline(__always)
    func band(group number: Int, value: Int64) -> (value: ExactDecimal, row: Int)? {
        guard number >= 0, number < groups.count else { return nil }
        let candidates = groups[number]
        if rangePositions.isEmpty { return candidates.first.map { ($0.value, $0.row) } }
        var low = 0, high = candidates.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let band = candidates[middle]
            if value < band.lower { high = middle - 1 } else if value > band.upper { low = middle + 1 } else { return (band.value, band.row) }
        }
        return nil
    }

    /// The distinct keys of a key dimension, sorted, for messages that list the allowed values.
    public func keys(of dimension: String) -> [String] {
        guard let index = table.dimensionIndex(dimension) else { return [] }
        return Array(Set(table.rows.map { $0.cells[index].description })).sorted()
    }
}

/// Lookups in one table with the values given in a fixed order (the module's), mapped once to
/// the table's column order.
public struct RatePlan: Sendable {
    let index: RateIndex
    /// For each value the caller gives, the position of its dimension in the table.
    let order: [Int]

    private func tableOrder(_ given: [RateQueryValue]) throws(PuhuiError) -> [RateQueryValue] {
        guard given.count == order.count, order.count == index.table.dimensions.count, !order.contains(-1) else {
            throw PuhuiError.rateMissing(table: index.table.name, "rate table \(index.table.name) does not have the dimensions the rating module looks up")
        }
        if order.count == 1 { return given }
        var values = given
        for (i, position) in order.enumerated() { values[position] = given[i] }
        return values
    }

    /// The row found, with the table and key for the worksheet.
    public func lookup(_ given: RateQueryValue...) throws(PuhuiError) -> RateLookup {
        try index.lookup(values: tableOrder(given))
    }

    /// Only the value (the fast path of batch rating).
    public func value(_ given: RateQueryValue...) throws(PuhuiError) -> ExactDecimal {
        let values = try tableOrder(given)
        guard let value = index.value(values) else { throw index.missing(values) }
        return value
    }

    /// The worksheet step applying the value found for `given` to reach `amount`.
    func step(_ name: String, _ given: [RateQueryValue], factor: ExactDecimal, amount: ExactDecimal) -> WorksheetStep {
        let values = (try? tableOrder(given)) ?? given
        return WorksheetStep(name: name, table: index.versionLabel, key: index.queryText(values), factor: factor.description, amount: amount.yuanText)
    }
}
