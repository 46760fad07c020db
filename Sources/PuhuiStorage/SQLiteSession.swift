import GRDB
import PuhuiDomain
import PuhuiServices

/// The stores of one SQLite transaction.
struct SQLiteSession: StorageSession {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    var catalog: any CatalogStore { SQLiteCatalogStore(db: db) }
    var parties: any PartyStore { SQLitePartyStore(db: db) }
    var policies: any PolicyStore { SQLitePolicyStore(db: db) }
    var claims: any ClaimStore { SQLiteClaimStore(db: db) }
    var audit: any AuditStore { SQLiteAuditStore(db: db) }
    var statistics: any StatisticsStore { SQLiteStatisticsStore(db: db) }
    var users: any UserStore { SQLiteUserStore(db: db) }
    var webSignIn: any WebSignInStore { SQLiteWebSignInStore(db: db) }
    var servicing: any ServicingStore { SQLiteServicingStore(db: db) }
    var letters: any LetterStore { SQLiteLetterStore(db: db) }
    var idempotency: any IdempotencyStore { SQLiteIdempotencyStore(db: db) }
    var claimDocumentFiles: any ClaimDocumentFileStore { SQLiteClaimDocumentFileStore(db: db) }

    func savepoint<T>(_ body: () throws -> T) throws -> T {
        var result: T? = nil
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        guard let result else { throw PuhuiError.corrupt("a savepoint ended without its result") }
        return result
    }

    func nextNumber(stem: String) throws -> Int {
        try PuhuiSchema.nextNumber(stem: stem, db)
    }
}

/// Reads the columns of a stored row into domain values; a value that does not decode is a
/// `corrupt` error naming the table and the row, never a silent default.
struct StoredRow {
    let row: Row
    let table: String
    /// How the row is named in a message: `claim CLM-2026-000001`, `policy 42`.
    let key: String

    init(_ row: Row, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// A column's value as text for naming the row in a message, whatever is stored there.
    static func label(_ row: Row, _ column: String) -> String {
        let stored: DatabaseValue = row[column] ?? .null
        switch stored.storage {
        case let .string(text): return text
        case let .int64(number): return String(number)
        default: return "?"
        }
    }

    /// A text column's value for a message, nil when NULL or not text.
    static func text(_ row: Row, _ column: String) -> String? {
        let stored: DatabaseValue = row[column] ?? .null
        if case let .string(text) = stored.storage { return text }
        return nil
    }

    func corrupt(_ column: String, _ what: String) -> PuhuiError {
        PuhuiError.corrupt(table: table, row: key, "\(column) \(what)")
    }

    func value<T: DatabaseValueConvertible>(_ column: String) throws -> T {
        guard let value = try optional(column) as T? else { throw corrupt(column, "is missing") }
        return value
    }

    /// The column's value, nil when NULL; a value of another type is corrupt (GRDB's own
    /// subscript would stop the process).
    func optional<T: DatabaseValueConvertible>(_ column: String) throws -> T? {
        let stored: DatabaseValue = row[column] ?? .null
        if stored.isNull { return nil }
        guard let value = T.fromDatabaseValue(stored) else { throw corrupt(column, "is not a \(T.self)") }
        return value
    }

    func enumeration<E: RawRepresentable>(_ column: String, _ type: E.Type = E.self) throws -> E where E.RawValue == String {
        let text: String = try value(column)
        guard let result = E(rawValue: text) else { throw corrupt(column, "'\(text)' is not a known \(E.self)") }
        return result
    }

    func optionalEnumeration<E: RawRepresentable>(_ column: String, _ type: E.Type = E.self) throws -> E? where E.RawValue == String {
        guard let text = try optional(column) as String? else { return nil }
        guard let result = E(rawValue: text) else { throw corrupt(column, "'\(text)' is not a known \(E.self)") }
        return result
    }

    func date(_ column: String) throws -> CivilDate {
        let text: String = try value(column)
        guard let date = CivilDate(iso: text) else { throw corrupt(column, "'\(text)' is not a date") }
        return date
    }

    func optionalDate(_ column: String) throws -> CivilDate? {
        guard let text = try optional(column) as String? else { return nil }
        guard let date = CivilDate(iso: text) else { throw corrupt(column, "'\(text)' is not a date") }
        return date
    }

    func instant(_ column: String) throws -> Instant { Instant(secondsSinceEpoch: try value(column)) }
    func optionalInstant(_ column: String) throws -> Instant? { try (optional(column) as Int64?).map { Instant(secondsSinceEpoch: $0) } }
    func money(_ column: String) throws -> Money { Money(fen: try value(column)) }
    func optionalMoney(_ column: String) throws -> Money? { try (optional(column) as Int64?).map { Money(fen: $0) } }

    func decimal(_ column: String) throws -> ExactDecimal? {
        guard let text = try optional(column) as String? else { return nil }
        guard let number = ExactDecimal(parsing: text) else { throw corrupt(column, "'\(text)' is not a decimal number") }
        return number
    }

    func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        let text: String = try value(column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw corrupt(column, "cannot be read as \(T.self)")
        }
    }
}

import Foundation
