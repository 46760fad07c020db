import GRDB
import PuhuiDomain

extension SQLiteStatisticsStore {
    /// Reads a cursor's row column after column, by position (the cursors of the extract read
    /// millions of rows; a lookup by name per value would double their cost). A value that does
    /// not decode is a `corrupt` error naming the table and the row.
    struct Positional {
        let row: Row
        let table: String
        var key = "?"
        var next = 0

        init(row: Row, table: String) {
            self.row = row
            self.table = table
        }

        func corrupt(_ index: Int, _ what: String) -> PuhuiError {
            PuhuiError.corrupt(table: table, row: key, "\(row.columnNames.dropFirst(index).first ?? "column \(index + 1)") \(what)")
        }

        mutating func optional<T: DatabaseValueConvertible>() throws -> T? {
            defer { next += 1 }
            let stored: DatabaseValue = row[next]
            if stored.isNull { return nil }
            guard let value = T.fromDatabaseValue(stored) else { throw corrupt(next, "is not a \(T.self)") }
            return value
        }

        mutating func value<T: DatabaseValueConvertible>() throws -> T {
            let index = next
            guard let value: T = try optional() else { throw corrupt(index, "is missing") }
            return value
        }

        mutating func enumeration<E: RawRepresentable>() throws -> E where E.RawValue == String {
            let index = next
            let text: String = try value()
            guard let result = E(rawValue: text) else { throw corrupt(index, "'\(text)' is not a known \(E.self)") }
            return result
        }

        mutating func instant() throws -> Instant { Instant(secondsSinceEpoch: try value()) }

        mutating func optionalInstant() throws -> Instant? { try (optional() as Int64?).map { Instant(secondsSinceEpoch: $0) } }

        mutating func date() throws -> CivilDate {
            let index = next
            guard let date = try optionalDate() else { throw corrupt(index, "is missing") }
            return date
        }

        mutating func optionalDate() throws -> CivilDate? {
            let index = next
            guard let text: String = try optional() else { return nil }
            guard let date = CivilDate(iso: text) else { throw corrupt(index, "'\(text)' is not a date") }
            return date
        }
    }

    /// One of the cursors merged with the claims: rows ordered by claim id (the first column),
    /// taken claim by claim. Rows of a claim the merge never asks for (none, as every event,
    /// payment and request recorded by the as-of time belongs to a claim reported by then)
    /// are skipped.
    struct ByClaim<Element> {
        let rows: RowCursor
        let table: String
        let decode: (inout Positional) throws -> Element
        var peeked: (claim: Int64, element: Element)?

        init(_ rows: RowCursor, table: String, decode: @escaping (inout Positional) throws -> Element) {
            self.rows = rows
            self.table = table
            self.decode = decode
        }

        /// The rows of claim `id`, in the cursor's order.
        mutating func take(_ id: Int64) throws -> [Element] {
            var taken: [Element] = []
            while true {
                if peeked == nil {
                    guard let row = try rows.next() else { return taken }
                    var c = Positional(row: row, table: table)
                    let claim: Int64 = try c.value()
                    c.key = "claim \(claim)"
                    peeked = (claim, try decode(&c))
                }
                guard let (claim, element) = peeked else { return taken }
                if claim > id { return taken }
                peeked = nil
                if claim == id { taken.append(element) }
            }
        }
    }

    /// What a claim's replay reads beside the claim itself, recorded by the as-of time (the one
    /// argument of `cut`): its events, paid payments and document requests, each a cursor in
    /// claim order, taken claim by claim as a cursor over the claims (ordered by id) moves on.
    struct ClaimHistoryParts {
        var events: ByClaim<ClaimHistory.Event>
        var payments: ByClaim<ClaimHistory.Payment>
        var requests: ByClaim<ClaimHistory.Request>

        init(_ db: Database, asOf cut: StatementArguments) throws {
            events = ByClaim(try Row.fetchCursor(db, sql: """
                SELECT claim_id, action, at, state_after, covered, payable_fen FROM claim_event WHERE at <= ? ORDER BY claim_id, sequence
                """, arguments: cut), table: "claim_event") { c in
                ClaimHistory.Event(action: try c.value(), at: try c.instant(), stateAfter: try c.enumeration(), covered: try c.optional(),
                                   payable: try (c.optional() as Int64?).map { Money(fen: $0) })
            }
            payments = ByClaim(try Row.fetchCursor(db, sql: """
                SELECT claim_id, paid_at, amount_fen, advance FROM claim_payment WHERE status = 'paid' AND paid_at <= ? ORDER BY claim_id, number
                """, arguments: cut), table: "claim_payment") { c in
                ClaimHistory.Payment(paidAt: try c.instant(), amount: Money(fen: try c.value()), advance: try c.value())
            }
            requests = ByClaim(try Row.fetchCursor(db, sql: """
                SELECT claim_id, at, breaches != '' FROM claim_document_request WHERE at <= ? ORDER BY claim_id, number
                """, arguments: cut), table: "claim_document_request") { c in
                ClaimHistory.Request(at: try c.instant(), breachesOneTimeRule: try c.value())
            }
        }
    }
}
