import GRDB
import PuhuiDomain
import PuhuiServices

/// Claims and everything recorded about them, in SQLite.
struct SQLiteClaimStore: ClaimStore {
    let db: Database

    /// The columns `decode` reads, in its order: reading by position spares GRDB a
    /// case-insensitive search of the column names for each of the 38 fields.
    static let select = """
        SELECT c.id, c.reference, p.number, c.policy_id, pv.code, pv.version, p.line, p.segment, c.coverage, c.claim_type,
            c.loss_date, c.claimed_fen, c.description, c.small, c.state, c.covered, c.decision_reason, c.agreed_loss_fen,
            c.payable_fen, c.paid_fen, c.advance_paid_fen, c.reserve_fen, c.adjuster, c.cycle, c.reported_at,
            c.first_request_at, c.documents_complete_at, c.decided_at, c.agreed_at, c.first_paid_at, c.first_advance_at,
            c.paid_in_full_at, c.rejection_notice_at, c.closed_at, c.withdrawn_at, c.reopened_at, c.last_event_at, c.version
        FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
        """

    /// Reads the columns of a row one after another.
    struct Columns {
        let row: Row
        let key: String
        var next = 0

        /// The stored value of the column at `index` is not what it should be.
        func corrupt(_ index: Int, _ what: String) -> PuhuiError {
            let name = row.columnNames.dropFirst(index).first ?? "column \(index + 1)"
            return PuhuiError.corrupt(table: "claim", row: key, "\(name) \(what)")
        }

        mutating func value<T: DatabaseValueConvertible>() throws -> T {
            let index = next
            guard let value = try optional() as T? else { throw corrupt(index, "is missing") }
            return value
        }

        /// The next column's value, nil when NULL; a value of another type is corrupt.
        mutating func optional<T: DatabaseValueConvertible>() throws -> T? {
            defer { next += 1 }
            let stored: DatabaseValue = row[next]
            if stored.isNull { return nil }
            guard let value = T.fromDatabaseValue(stored) else { throw corrupt(next, "is not a \(T.self)") }
            return value
        }

        mutating func enumeration<E: RawRepresentable>(_ type: E.Type = E.self) throws -> E where E.RawValue == String {
            let index = next
            let text: String = try value()
            guard let result = E(rawValue: text) else { throw corrupt(index, "'\(text)' is not a known \(E.self)") }
            return result
        }

        mutating func date() throws -> CivilDate {
            let index = next
            let text: String = try value()
            guard let date = CivilDate(iso: text) else { throw corrupt(index, "'\(text)' is not a date") }
            return date
        }

        mutating func instant() throws -> Instant? { try (optional() as Int64?).map { Instant(secondsSinceEpoch: $0) } }
        mutating func requiredInstant() throws -> Instant { Instant(secondsSinceEpoch: try value()) }
        mutating func money() throws -> Money { Money(fen: try value()) }
        mutating func optionalMoney() throws -> Money? { try (optional() as Int64?).map { Money(fen: $0) } }
    }

    /// A row of `select`, column by column.
    static func decode(_ row: Row) throws -> Claim {
        var c = Columns(row: row, key: { if case let .string(text) = (row[1] as DatabaseValue).storage { return text } else { return "?" } }())
        return Claim(
            id: try c.value(), reference: try c.value(), policyNumber: try c.value(), policyID: try c.value(), productCode: try c.value(),
            productVersion: try c.value(), line: try c.enumeration(), segment: try c.enumeration(),
            coverage: try c.value(), claimType: try c.value(), lossDate: try c.date(),
            claimed: try c.money(), description: try c.optional(), small: try c.value(), state: try c.enumeration(),
            covered: try c.optional(), decisionReason: try c.optional(), agreedLoss: try c.optionalMoney(), payable: try c.optionalMoney(),
            paid: try c.money(), advancePaid: try c.money(), reserve: try c.money(), adjuster: try c.value(), cycle: try c.value(),
            reportedAt: try c.requiredInstant(), firstRequestAt: try c.instant(), documentsCompleteAt: try c.instant(),
            decidedAt: try c.instant(), agreedAt: try c.instant(), firstPaidAt: try c.instant(), firstAdvanceAt: try c.instant(),
            paidInFullAt: try c.instant(), rejectionNoticeAt: try c.instant(), closedAt: try c.instant(), withdrawnAt: try c.instant(),
            reopenedAt: try c.instant(), lastEventAt: try c.requiredInstant(), version: try c.value())
    }

    func claim(_ reference: String) throws -> Claim {
        let key = Reference.normalized(reference)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(Self.select) WHERE c.reference = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("claim \(key) does not exist")
        }
        return try Self.decode(row)
    }

    func insertClaim(_ new: NewClaim) throws -> Claim {
        try db.cachedStatement(sql: """
            INSERT INTO claim (reference, policy_id, coverage, claim_type, loss_date, claimed_fen, description, small, state, reserve_fen,
                adjuster, reported_at, last_event_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', ?, ?, ?, ?)
            """).execute(arguments: [new.reference, new.policyID, new.coverage, new.claimType, new.lossDate.description, new.claimed.fen,
                             new.description, new.small, new.reserve.fen, new.adjuster, new.reportedAt.secondsSinceEpoch,
                             new.reportedAt.secondsSinceEpoch])
        let claimID = db.lastInsertedRowID
        for code in new.requiredDocuments {
            try db.cachedStatement(sql: "INSERT INTO claim_document (claim_id, code, required) VALUES (?, ?, 1)").execute(arguments: [claimID, code])
        }
        return try claim(new.reference)
    }

    func save(_ claim: Claim, readVersion: Int) throws {
        try db.cachedStatement(sql: """
            UPDATE claim SET state = ?, covered = ?, decision_reason = ?, agreed_loss_fen = ?, payable_fen = ?, paid_fen = ?,
                advance_paid_fen = ?, reserve_fen = ?, adjuster = ?, cycle = ?, first_request_at = ?, documents_complete_at = ?,
                decided_at = ?, agreed_at = ?, first_paid_at = ?, first_advance_at = ?, paid_in_full_at = ?, rejection_notice_at = ?,
                closed_at = ?, withdrawn_at = ?, reopened_at = ?, last_event_at = ?, version = ?
            WHERE id = ? AND version = ?
            """).execute(arguments: [
                claim.state.rawValue, claim.covered, claim.decisionReason, claim.agreedLoss?.fen, claim.payable?.fen, claim.paid.fen,
                claim.advancePaid.fen, claim.reserve.fen, claim.adjuster, claim.cycle, claim.firstRequestAt?.secondsSinceEpoch,
                claim.documentsCompleteAt?.secondsSinceEpoch, claim.decidedAt?.secondsSinceEpoch, claim.agreedAt?.secondsSinceEpoch,
                claim.firstPaidAt?.secondsSinceEpoch, claim.firstAdvanceAt?.secondsSinceEpoch, claim.paidInFullAt?.secondsSinceEpoch,
                claim.rejectionNoticeAt?.secondsSinceEpoch, claim.closedAt?.secondsSinceEpoch, claim.withdrawnAt?.secondsSinceEpoch,
                claim.reopenedAt?.secondsSinceEpoch, claim.lastEventAt.secondsSinceEpoch, claim.version, claim.id, readVersion,
            ])
        if db.changesCount != 1 {
            throw PuhuiError(.stale, "claim \(claim.reference) changed since you read it; read it again and retry", subject: "claim \(claim.reference)")
        }
    }

    /// Appends the event with the facts it settled and the digest of the claim (and its
    /// payments, documents and requests) as the change left it, on the audit chain.
    func appendEvent(_ claim: Claim, at: Instant, actor: String, action: String, detail: String, before: ClaimState?,
                     facts: ClaimEvent.Facts) throws {
        let digest = try StateDigest.claim(id: claim.id, db)
        let covered = facts.covered.map { $0 ? "1" : "0" }, payable = facts.payable.map { String($0.fen) }
        let content: [String?] = ["claim_event", String(claim.id), String(claim.version), String(at.secondsSinceEpoch), actor, action, detail,
                                  before?.rawValue, claim.state.rawValue, digest, covered, payable]
        let link = try ChainWriter.next(content: content, db)
        try db.cachedStatement(sql: """
            INSERT INTO claim_event (claim_id, sequence, at, actor, action, detail, state_before, state_after, covered, payable_fen,
                                     state_digest, chain_seq, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [claim.id, claim.version, at.secondsSinceEpoch, actor, action, detail, before?.rawValue, claim.state.rawValue,
                                     facts.covered, facts.payable?.fen, digest, link.seq, link.previous, link.hash])
    }

    func pendingPayments() throws -> [PendingPayment] {
        try Row.fetchAll(db, sql: """
            SELECT cp.*, c.reference, p.number AS policy, p.line FROM claim_payment cp JOIN claim c ON c.id = cp.claim_id
            JOIN policy p ON p.id = c.policy_id WHERE cp.status = 'pending' ORDER BY cp.requested_at, c.id
            """).map { row in
            let r = StoredRow(row, table: "claim_payment", key: StoredRow.label(row, "reference"))
            return PendingPayment(claim: try r.value("reference"), policy: try r.value("policy"), line: try r.enumeration("line"),
                                  payment: ClaimPayment(number: try r.value("number"), amount: try r.money("amount_fen"), advance: try r.value("advance"),
                                                        status: try r.enumeration("status"), requestedBy: try r.value("requested_by"),
                                                        requestedAt: try r.instant("requested_at"), approvedBy: try r.optional("approved_by"),
                                                        paidAt: try r.optionalInstant("paid_at")))
        }
    }

    func replaceClocks(_ claim: Claim, _ clocks: [ClaimClock]) throws {
        try db.cachedStatement(sql: "DELETE FROM claim_clock WHERE claim_id = ? AND cycle = ?").execute(arguments: [claim.id, claim.cycle])
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO claim_clock (claim_id, cycle, kind, basis, started_at, due_at, ended_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for clock in clocks {
            try statement.execute(arguments: [claim.id, clock.cycle, clock.kind.rawValue, clock.basis, clock.startedAt.secondsSinceEpoch,
                                              clock.dueAt.secondsSinceEpoch, clock.endedAt?.secondsSinceEpoch, clock.status.rawValue])
        }
    }

    func clocks(claimID: Int64) throws -> [ClaimClock] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_clock WHERE claim_id = ? ORDER BY cycle, due_at"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_clock", key: "claim \(claimID)")
            return ClaimClock(kind: try r.enumeration("kind"), cycle: try r.value("cycle"), basis: try r.value("basis"),
                              startedAt: try r.instant("started_at"), dueAt: try r.instant("due_at"),
                              endedAt: try r.optionalInstant("ended_at"), status: try r.enumeration("status"))
        }
    }

    func events(claimID: Int64) throws -> [ClaimEvent] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_event WHERE claim_id = ? ORDER BY sequence"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_event", key: "claim \(claimID) #\(StoredRow.label(row, "sequence"))")
            return ClaimEvent(sequence: try r.value("sequence"), at: try r.instant("at"), actor: try r.value("actor"), action: try r.value("action"),
                              detail: try r.value("detail"), stateBefore: try r.optionalEnumeration("state_before"),
                              stateAfter: try r.enumeration("state_after"), covered: try r.optional("covered"),
                              payable: try (r.optional("payable_fen") as Int64?).map { Money(fen: $0) })
        }
    }

    func eventCount(claimID: Int64) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM claim_event WHERE claim_id = ?"), arguments: [claimID]) ?? 0
    }

    func documents(claimID: Int64) throws -> [StoredClaimDocument] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document WHERE claim_id = ? ORDER BY rowid"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_document", key: "claim \(claimID)")
            return StoredClaimDocument(code: try r.value("code"), required: try r.value("required"),
                                       firstRequestedAt: try r.optionalInstant("first_requested_at"), receivedAt: try r.optionalInstant("received_at"))
        }
    }

    func requireDocuments(claimID: Int64, codes: [String]) throws {
        for code in codes {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_document (claim_id, code, required) VALUES (?, ?, 1)").execute(arguments: [claimID, code])
            try db.cachedStatement(sql: "UPDATE claim_document SET required = 1 WHERE claim_id = ? AND code = ? AND received_at IS NULL").execute(arguments: [claimID, code])
        }
    }

    func receiveDocuments(claimID: Int64, codes: [String], at: Instant) throws {
        for code in codes {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_document (claim_id, code, required) VALUES (?, ?, 0)").execute(arguments: [claimID, code])
            try db.cachedStatement(sql: "UPDATE claim_document SET received_at = ? WHERE claim_id = ? AND code = ? AND received_at IS NULL")
                .execute(arguments: [at.secondsSinceEpoch, claimID, code])
        }
    }

    func requests(claimID: Int64) throws -> [DocumentRequest] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_document_request WHERE claim_id = ? ORDER BY number"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_document_request", key: "claim \(claimID)")
            return DocumentRequest(number: try r.value("number"), at: try r.instant("at"),
                                   documents: (try r.value("documents") as String).split(separator: " ").map(String.init),
                                   breaches: (try r.value("breaches") as String).split(separator: " ").map(String.init))
        }
    }

    func insertRequest(claimID: Int64, _ request: DocumentRequest) throws {
        try db.cachedStatement(sql: "INSERT INTO claim_document_request (claim_id, number, at, documents, breaches) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [claimID, request.number, request.at.secondsSinceEpoch, request.documents.joined(separator: " "),
                                 request.breaches.joined(separator: " ")])
        guard !request.documents.isEmpty else { return }
        try db.execute(sql: """
            UPDATE claim_document SET first_requested_at = ? WHERE claim_id = ? AND first_requested_at IS NULL
            AND code IN (\(request.documents.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments([request.at.secondsSinceEpoch, claimID] + request.documents))
    }

    func payments(claimID: Int64) throws -> [ClaimPayment] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_payment WHERE claim_id = ? ORDER BY number"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_payment", key: "claim \(claimID) #\(StoredRow.label(row, "number"))")
            return ClaimPayment(number: try r.value("number"), amount: try r.money("amount_fen"), advance: try r.value("advance"),
                                status: try r.enumeration("status"), requestedBy: try r.value("requested_by"),
                                requestedAt: try r.instant("requested_at"), approvedBy: try r.optional("approved_by"),
                                paidAt: try r.optionalInstant("paid_at"))
        }
    }

    func insertPayment(claimID: Int64, _ payment: ClaimPayment) throws {
        try db.cachedStatement(sql: """
            INSERT INTO claim_payment (claim_id, number, amount_fen, advance, status, requested_by, requested_at, approved_by, paid_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [claimID, payment.number, payment.amount.fen, payment.advance, payment.status.rawValue, payment.requestedBy,
                             payment.requestedAt.secondsSinceEpoch, payment.approvedBy, payment.paidAt?.secondsSinceEpoch])
    }

    func markPaymentPaid(claimID: Int64, number: Int, approvedBy: String, at: Instant) throws {
        try db.cachedStatement(sql: "UPDATE claim_payment SET status = 'paid', approved_by = ?, paid_at = ? WHERE claim_id = ? AND number = ?")
            .execute(arguments: [approvedBy, at.secondsSinceEpoch, claimID, number])
    }

    func aggregateUsed(policyID: Int64, coverage: String, excludingClaim claimID: Int64) throws -> Money {
        Money(fen: try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT ifnull(sum(max(ifnull(payable_fen, 0), paid_fen)), 0) FROM claim WHERE policy_id = ? AND coverage = ? AND id != ?
            """), arguments: [policyID, coverage, claimID]) ?? 0)
    }

    func list(_ filter: ClaimListFilter) throws -> [ClaimListRow] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let state = filter.state { conditions.append("c.state = ?"); arguments.append(state.rawValue) }
        if let adjuster = filter.adjuster { conditions.append("c.adjuster = ?"); arguments.append(adjuster) }
        let asOf = filter.asOf.secondsSinceEpoch
        let byClock = filter.overdue || filter.dueWithin != nil
        if byClock {
            // Clocks running at the as-of time: started by then, not ended by then.
            conditions.append("k.started_at <= ? AND (k.ended_at IS NULL OR k.ended_at > ?)")
            arguments += [asOf, asOf]
        }
        if filter.overdue {
            conditions.append("k.due_at <= ?")
            arguments.append(asOf)
        } else if let window = filter.dueWithin {
            conditions.append("k.due_at > ? AND k.due_at <= ?")
            arguments += [asOf, asOf + window]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT c.reference, c.state, c.adjuster, c.claimed_fen, c.reserve_fen, c.paid_fen, c.reported_at, p.number, pv.code
                \(byClock ? ", k.kind, k.basis, k.due_at" : "")
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
                \(byClock ? "JOIN claim_clock k ON k.claim_id = c.id" : "")
            \(whereClause)
            ORDER BY \(byClock ? "k.due_at, c.id" : "c.id")
            \(SQLPage.clause(limit: filter.limit, offset: filter.offset))
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            let r = StoredRow(row, table: "claim", key: StoredRow.label(row, "reference"))
            let due = try r.optional("due_at") as Int64?
            return ClaimListRow(
                claim: try r.value("reference"), policy: try r.value("number"), productCode: try r.value("code"), state: try r.enumeration("state"),
                adjuster: try r.value("adjuster"), claimed: try r.money("claimed_fen"), reserve: try r.money("reserve_fen"),
                paid: try r.money("paid_fen"), reportedAt: try r.instant("reported_at"),
                clock: try r.optionalEnumeration("kind"), basis: try r.optional("basis"),
                dueAt: due.map { Instant(secondsSinceEpoch: $0) }, lateSeconds: due.map { asOf - $0 })
        }
    }
}
