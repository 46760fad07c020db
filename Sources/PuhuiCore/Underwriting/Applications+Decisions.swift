import Foundation
import GRDB

extension Applications {
    /// Issues the policy of an accepted or approved application.
    func issue(applicationID: Int64, quote known: Quote? = nil, at instant: Instant, actor: String, _ db: Database) throws -> Policy {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM application WHERE id = ?"), arguments: [applicationID]) else {
            throw PuhuiError(.corrupt, "application \(applicationID) vanished")
        }
        let quote = try known ?? JSONDecoder().decode(Quote.self, from: Data((row["quote"] as String).utf8))
        let frequency = PaymentFrequency(rawValue: row["frequency"]) ?? .annual
        let start = CivilDate(iso: row["start_date"] as String) ?? quote.startDate
        let number = try ReferenceNumbers.next(prefix: "PL", year: instant.chinaDate.year, db)
        let insuredParties = try Row.fetchAll(db.cachedStatement(sql: "SELECT position, party_id FROM application_insured WHERE application_id = ? ORDER BY position"), arguments: [applicationID])
        try db.cachedStatement(sql: """
            INSERT INTO policy (number, application_id, product_version_id, line, holder_id, segment, start_date, end_date, premium_fen,
                sum_insured_fen, frequency, insured_persons, status, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-force', ?)
            """).execute(arguments: [number, applicationID, row["product_version_id"] as Int64, row["line"] as String, row["holder_id"] as Int64,
                             row["segment"] as String, row["start_date"] as String, row["end_date"] as String, row["premium_fen"] as Int64,
                             row["sum_insured_fen"] as Int64, frequency.rawValue, insuredParties.count, instant.secondsSinceEpoch])
        let policyID = db.lastInsertedRowID
        for c in quote.coverages {
            try db.cachedStatement(sql: """
                INSERT INTO policy_coverage (policy_id, code, amount_fen, deductible_fen, deductible_percent, indemnity_percent, cover_from,
                    aggregate_fen, premium_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [policyID, c.code, c.amount.fen, c.deductible?.fen, c.deductiblePercent?.description, c.indemnityPercent?.description,
                                 c.coverFrom?.description, c.aggregateLimit?.fen, c.premium?.fen])
        }
        let premiums = quote.insuredPersons ?? []
        for person in insuredParties {
            let position: Int = person["position"]
            let premium = premiums.first { $0.index == position }?.premium ?? .zero
            try db.cachedStatement(sql: "INSERT INTO policy_insured (policy_id, position, party_id, premium_fen) VALUES (?, ?, ?, ?)").execute(arguments: [policyID, position, person["party_id"] as Int64, premium.fen])
        }
        for instalment in InstalmentPlan.plan(premium: quote.premium, frequency: frequency, start: start) {
            try db.cachedStatement(sql: "INSERT INTO policy_instalment (policy_id, number, due_date, amount_fen) VALUES (?, ?, ?, ?)").execute(arguments: [policyID, instalment.number, instalment.dueDate.description, instalment.amount.fen])
        }
        let policy = try PolicyStore.policy(id: policyID, asOf: instant.chinaDate, db)
        try AuditLog.record(at: instant, actor: actor, subject: number, action: "issued",
                            after: try CanonicalJSON.encode(["application": row["reference"] as String, "premium": policy.premium.yuanString,
                                                             "start": policy.startDate.description, "end": policy.endDate.description,
                                                             "sumInsured": policy.sumInsured.yuanString]), db)
        try AuditLog.record(at: instant, actor: actor, subject: row["reference"], action: "policy issued", after: number, db)
        return policy
    }

    /// The referred application `reference`, with the fields a decision needs.
    func referred(_ reference: String, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM application WHERE reference = ?"), arguments: [reference.uppercased()]) else {
            throw PuhuiError.notFound("application \(reference) does not exist")
        }
        let status: String = row["status"]
        guard status == "referred" else {
            throw PuhuiError.refused("application \(reference) is \(status), not waiting in the underwriting queue")
        }
        return row
    }

    /// An underwriter approves a referred application within their authority; the policy is issued.
    public func approve(_ reference: String, underwriter: String, note: String?, at instant: Instant,
                        _ writer: some DatabaseWriter) throws -> Policy {
        try writer.write { db in try approve(reference, underwriter: underwriter, note: note, at: instant, db) }
    }

    /// The same inside a caller's transaction.
    public func approve(_ reference: String, underwriter: String, note: String?, at instant: Instant, _ db: Database) throws -> Policy {
        try checkNotInFuture(instant)
        guard let underwriters else { throw PuhuiError.invalid("no underwriter configuration is loaded") }
        do {
            let row = try referred(reference, db)
            let line = LineOfBusiness(rawValue: row["line"]) ?? .property
            let quote = try JSONDecoder().decode(Quote.self, from: Data((row["quote"] as String).utf8))
            let sumInsured = quote.facts.numbers("sum-insured")?.max().flatMap { Money(yuan: $0, rounding: .up) } ?? Money(fen: row["sum_insured_fen"])
            try underwriters.check(underwriter, amount: sumInsured, on: line, what: "application \(reference): sum insured")
            let applied = Instant(secondsSinceEpoch: row["applied_at"])
            if instant < applied { throw PuhuiError.invalid("--at \(instant) is before the application was made (\(applied))") }
            try db.cachedStatement(sql: "UPDATE application SET status = 'issued', decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?").execute(arguments: [instant.secondsSinceEpoch, underwriter, note, row["id"] as Int64])
            try AuditLog.record(at: instant, actor: underwriter, subject: row["reference"], action: "approved", before: "referred",
                                after: note.map { "issued; note: \($0)" } ?? "issued", db)
            return try issue(applicationID: row["id"], at: instant, actor: underwriter, db)
        }
    }

    /// An underwriter declines a referred application, with the reason.
    public func decline(_ reference: String, underwriter: String, reason: String, at instant: Instant, _ writer: some DatabaseWriter) throws {
        try writer.write { db in try decline(reference, underwriter: underwriter, reason: reason, at: instant, db) }
    }

    /// The same inside a caller's transaction.
    public func decline(_ reference: String, underwriter: String, reason: String, at instant: Instant, _ db: Database) throws {
        try checkNotInFuture(instant)
        guard let underwriters else { throw PuhuiError.invalid("no underwriter configuration is loaded") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("a decline needs a reason") }
        do {
            let row = try referred(reference, db)
            let line = LineOfBusiness(rawValue: row["line"]) ?? .property
            guard underwriters.limit(of: underwriter, on: line) != nil else {
                throw PuhuiError(.unauthorized, "\(underwriter) is not an underwriter for \(line.rawValue) in \(underwriters.path)")
            }
            let applied = Instant(secondsSinceEpoch: row["applied_at"])
            if instant < applied { throw PuhuiError.invalid("--at \(instant) is before the application was made (\(applied))") }
            try db.cachedStatement(sql: "UPDATE application SET status = 'declined', decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?").execute(arguments: [instant.secondsSinceEpoch, underwriter, reason, row["id"] as Int64])
            try AuditLog.record(at: instant, actor: underwriter, subject: row["reference"], action: "declined", before: "referred", after: reason, db)
        }
    }

    /// Applications waiting in the underwriting queue, oldest first.
    public static func queue(_ db: Database) throws -> [ReferredApplication] {
        try Row.fetchAll(db, sql: """
            SELECT a.reference, a.line, a.segment, a.sum_insured_fen, a.premium_fen, a.applied_at, a.fired_rules, h.reference AS holder, pv.code
            FROM application a JOIN party h ON h.id = a.holder_id JOIN product_version pv ON pv.id = a.product_version_id
            WHERE a.status = 'referred' ORDER BY a.applied_at, a.id
            """).map { row in
            let rules = (try? JSONDecoder().decode([FiredRule].self, from: Data((row["fired_rules"] as String).utf8))) ?? []
            return ReferredApplication(
                application: row["reference"], productCode: row["code"], line: LineOfBusiness(rawValue: row["line"]) ?? .property,
                holder: row["holder"], segment: Segment(rawValue: row["segment"]) ?? .other, sumInsured: Money(fen: row["sum_insured_fen"]),
                premium: Money(fen: row["premium_fen"]), appliedAt: Instant(secondsSinceEpoch: row["applied_at"]),
                reasons: rules.map { "\($0.code): \($0.reason.en) (\($0.fact) = \($0.value))" })
        }
    }
}
