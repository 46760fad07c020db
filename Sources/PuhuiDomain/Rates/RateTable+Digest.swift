import Crypto
import Foundation

extension RateTable {
    /// The SHA-256 of what identifies a table version: everything but where it was read from,
    /// fed to the hash field by field (a table can hold a million rows).
    public var contentDigest: String {
        var hasher = SHA256()
        func feed(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: Data([0x1F]))
        }
        for field in [name, effectiveFrom?.description ?? "", title, unit, illustrative ? "1" : "0",
                      source, valueColumn] { feed(field) }
        for dimension in dimensions { feed("\(dimension.name):\(dimension.kind.rawValue)") }
        var line = ""
        for row in rows {
            line.removeAll(keepingCapacity: true)
            for cell in row.cells {
                line += cell.description
                line += ","
            }
            line += row.value.description
            line += "\n"
            hasher.update(data: Data(line.utf8))
        }
        return HexDigits.lowercase(hasher.finalize())
    }
}

extension RateTable.Cell {
    /// A band cell read back from its text (`18-40`, `41-`, `30`).
    public init?(band text: String) {
        guard let cell = RateTableReader.parseRange(text) else { return nil }
        self = cell
    }
}
