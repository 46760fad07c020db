import Foundation
import GRDB

extension SQLiteStorage {
    /// What shell completion offers from a book.
    public enum CompletionSubject: Sendable {
        case productCode, claimReference, policyNumber
    }

    /// Up to `limit` product codes, claim references or policy numbers beginning with `prefix`
    /// (case-insensitive), read from the database file at `path` opened read-only and left as it
    /// was: no migration, no file created. Empty when the file is missing, busy or not a Puhui
    /// database; completion never fails aloud.
    public static func completions(_ subject: CompletionSubject, prefix: String, path: String, limit: Int = 40) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(0.2)
        configuration.label = "puhui-completion"
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return [] }
        let (table, column) = switch subject {
        case .productCode: ("product_version", "code")
        case .claimReference: ("claim", "reference")
        case .policyNumber: ("policy", "number")
        }
        // A range on the column (its index) rather than LIKE: references and codes are upper case.
        let low = prefix.uppercased()
        let sql = "SELECT DISTINCT \(column) FROM \(table) WHERE \(column) >= ? AND \(column) < ? ORDER BY \(column) LIMIT ?"
        let values = try? queue.read { db in
            try String.fetchAll(db, sql: sql, arguments: [low, low + "\u{10FFFF}", max(0, limit)])
        }
        try? queue.close()
        return values ?? []
    }
}
