import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// The premium ledger, lapses and pension conversions in SQLite (endorsements and renewals in
/// `SQLiteServicingStore+Changes.swift`).
struct SQLiteServicingStore: ServicingStore {
    let db: Database

    // MARK: - Premiums

    static let ledgerSelect = """
        SELECT p.id, p.number, p.line, p.start_date, p.end_date, p.frequency, p.premium_fen, p.cancelled_on,
            pv.code AS product_code, pv.version AS product_version, h.reference AS holder
        FROM policy p JOIN product_version pv ON pv.id = p.product_version_id JOIN party h ON h.id = p.holder_id
        """

    func ledgerPolicy(_ number: String) throws -> LedgerPolicy {
        let key = Reference.normalized(number)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(Self.ledgerSelect) WHERE p.number = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("policy \(key) does not exist")
        }
        return try ledgerPolicy(row)
    }

    func ledgerPolicy(_ row: Row) throws -> LedgerPolicy {
        let r = StoredRow(row, table: "policy", key: StoredRow.label(row, "number"))
        let id: Int64 = try r.value("id")
        var insured = try String.fetchAll(db.cachedStatement(sql: """
            SELECT pa.reference FROM policy_insured i JOIN party pa ON pa.id = i.party_id WHERE i.policy_id = ? ORDER BY i.position
            """), arguments: [id])
        var dues = try Row.fetchAll(db.cachedStatement(sql: "SELECT number, due_date, amount_fen FROM policy_instalment WHERE policy_id = ? ORDER BY number"),
                                    arguments: [id]).map { row -> PremiumLedger.Due in
            let i = StoredRow(row, table: "policy_instalment", key: "\(r.key) #\(StoredRow.label(row, "number"))")
            return .instalment(try i.value("number"), try i.date("due_date"), try i.money("amount_fen"))
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT reference, due_on, adjustment_fen, insured FROM policy_endorsement WHERE policy_id = ? AND status = 'in-force' ORDER BY version
            """), arguments: [id]) {
            let e = StoredRow(row, table: "policy_endorsement", key: StoredRow.label(row, "reference"))
            let amount = try e.money("adjustment_fen")
            if amount.fen != 0 {
                dues.append(PremiumLedger.Due(kind: .endorsement, label: "endorsement \(try e.value("reference") as String)", dueDate: try e.date("due_on"), amount: amount))
            }
            for person in try e.json("insured", as: [Policy.Insured].self) where !insured.contains(person.party) { insured.append(person.party) }
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, label, due_on, amount_fen FROM premium_due WHERE policy_id = ? ORDER BY due_on, label"),
                                    arguments: [id]) {
            let d = StoredRow(row, table: "premium_due", key: "\(r.key) \(StoredRow.label(row, "label"))")
            dues.append(PremiumLedger.Due(kind: try d.enumeration("kind"), label: try d.value("label"), dueDate: try d.date("due_on"), amount: try d.money("amount_fen")))
        }
        return LedgerPolicy(
            id: id, number: try r.value("number"), productCode: try r.value("product_code"), productVersion: try r.value("product_version"),
            line: try r.enumeration("line"), holder: try r.value("holder"), insured: insured, startDate: try r.date("start_date"),
            endDate: try r.date("end_date"), frequency: try r.enumeration("frequency"), premium: try r.money("premium_fen"),
            cancelledOn: try r.optionalDate("cancelled_on"), openLapse: try lapses(policyID: id, key: r.key).first { $0.reinstatedOn == nil },
            dues: dues, entries: try entries(policyID: id, key: r.key))
    }

    func entries(policyID: Int64, key: String) throws -> [PremiumLedger.Entry] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, received_on, amount_fen, reference, note FROM premium_receipt WHERE policy_id = ? ORDER BY received_on, id"),
                         arguments: [policyID]).map { row in
            let e = StoredRow(row, table: "premium_receipt", key: key)
            return PremiumLedger.Entry(kind: try e.enumeration("kind"), date: try e.date("received_on"), amount: try e.money("amount_fen"),
                                       reference: try e.optional("reference"), note: try e.optional("note"))
        }
    }

    func insertEntry(_ new: NewPremiumEntry) throws {
        let e = new.entry
        try db.cachedStatement(sql: """
            INSERT INTO premium_receipt (policy_id, kind, received_on, received_at, amount_fen, reference, note, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [new.policyID, e.kind.rawValue, e.date.description, new.at.secondsSinceEpoch, e.amount.fen, e.reference, e.note,
                                     new.recordedAt.secondsSinceEpoch, new.recordedBy])
    }

    func insertDue(policyID: Int64, _ due: PremiumLedger.Due, at: Instant) throws {
        try db.cachedStatement(sql: "INSERT INTO premium_due (policy_id, kind, label, due_on, amount_fen, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [policyID, due.kind.rawValue, due.label, due.dueDate.description, due.amount.fen, at.secondsSinceEpoch])
    }

    func policyReceiving(bankReference: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT p.number FROM premium_receipt r JOIN policy p ON p.id = r.policy_id WHERE r.kind = 'received' AND r.reference = ?
            """), arguments: [bankReference])
    }

    func arrearsCandidates(asOf: CivilDate) throws -> [LedgerPolicy] {
        // One pass over the dues fallen due and one over the money received, grouped by policy;
        // only the policies short of money are read in full.
        let ids = try Int64.fetchAll(db, sql: """
            WITH owed AS (
                SELECT policy_id, sum(amount_fen) AS fen FROM (
                    SELECT policy_id, amount_fen FROM policy_instalment WHERE due_date <= ?1
                    UNION ALL
                    SELECT policy_id, adjustment_fen FROM policy_endorsement WHERE status = 'in-force' AND due_on <= ?1
                    UNION ALL
                    SELECT policy_id, amount_fen FROM premium_due WHERE due_on <= ?1)
                GROUP BY policy_id),
            held AS (
                SELECT policy_id, sum(CASE kind WHEN 'refund' THEN -amount_fen ELSE amount_fen END) AS fen
                FROM premium_receipt WHERE received_on <= ?1 GROUP BY policy_id)
            SELECT o.policy_id FROM owed o JOIN policy p ON p.id = o.policy_id LEFT JOIN held h ON h.policy_id = o.policy_id
            WHERE o.fen > ifnull(h.fen, 0) AND p.status = 'in-force' AND p.line != 'pension'
            ORDER BY o.policy_id
            """, arguments: [asOf.description])
        let statement = try db.cachedStatement(sql: "\(Self.ledgerSelect) WHERE p.id = ?")
        return try ids.compactMap { id in
            try Row.fetchOne(statement, arguments: [id]).map { try ledgerPolicy($0) }
        }
    }

    func receivedTotal(policyID: Int64, from: CivilDate, to: CivilDate) throws -> Money {
        Money(fen: try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT ifnull(sum(CASE kind WHEN 'refund' THEN -amount_fen ELSE amount_fen END), 0) FROM premium_receipt
            WHERE policy_id = ? AND received_on >= ? AND received_on <= ?
            """), arguments: [policyID, from.description, to.description]) ?? 0)
    }

    // MARK: - Lapses

    func lapses(policyID: Int64, key: String) throws -> [Policy.Lapse] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_lapse WHERE policy_id = ? ORDER BY lapsed_from"), arguments: [policyID]).map { row in
            let l = StoredRow(row, table: "policy_lapse", key: "\(key) from \(StoredRow.label(row, "lapsed_from"))")
            return Policy.Lapse(lapsedFrom: try l.date("lapsed_from"), due: try l.value("due"), overdue: try l.money("overdue_fen"),
                                graceEnd: try l.date("grace_end"), noticeDue: try l.date("notice_due"), recordedAt: try l.instant("recorded_at"),
                                reinstatedOn: try l.optionalDate("reinstated_on"))
        }
    }

    func recordLapse(policyID: Int64, _ lapse: Policy.Lapse, by: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO policy_lapse (policy_id, lapsed_from, due, overdue_fen, grace_end, notice_due, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [policyID, lapse.lapsedFrom.description, lapse.due, lapse.overdue.fen, lapse.graceEnd.description,
                                     lapse.noticeDue.description, lapse.recordedAt.secondsSinceEpoch, by])
    }

    func reinstate(policyID: Int64, lapsedFrom: CivilDate, on date: CivilDate, at: Instant, by: String) throws {
        try db.cachedStatement(sql: """
            UPDATE policy_lapse SET reinstated_on = ?, reinstated_at = ?, reinstated_by = ? WHERE policy_id = ? AND lapsed_from = ?
            """).execute(arguments: [date.description, at.secondsSinceEpoch, by, policyID, lapsedFrom.description])
    }

    // MARK: - Pensions

    func pensionPolicies(insured party: String) throws -> [PersonPensionPolicy] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, p.number, pv.code, pv.version FROM policy_insured i JOIN party pa ON pa.id = i.party_id
            JOIN policy p ON p.id = i.policy_id JOIN product_version pv ON pv.id = p.product_version_id
            WHERE pa.reference = ? AND p.line = 'pension' ORDER BY p.id
            """), arguments: [Reference.normalized(party)]).map { row in
            let r = StoredRow(row, table: "policy", key: StoredRow.label(row, "number"))
            return PersonPensionPolicy(id: try r.value("id"), number: try r.value("number"), productCode: try r.value("code"),
                                       productVersion: try r.value("version"))
        }
    }

    func recordConversion(policyID: Int64, _ conversion: PensionConversion) throws {
        try db.cachedStatement(sql: """
            INSERT INTO pension_conversion (policy_id, converted_on, account_fen, annuity, monthly_annuity_fen, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [policyID, conversion.convertedOn.description, conversion.annuity.account.fen,
                                     try CanonicalJSON.encode(conversion.annuity), conversion.annuity.monthly.fen,
                                     conversion.recordedAt.secondsSinceEpoch, conversion.recordedBy])
    }

    func conversion(policyID: Int64) throws -> PensionConversion? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM pension_conversion WHERE policy_id = ?"), arguments: [policyID]) else {
            return nil
        }
        let r = StoredRow(row, table: "pension_conversion", key: "policy \(policyID)")
        return PensionConversion(convertedOn: try r.date("converted_on"), annuity: try r.json("annuity"), recordedAt: try r.instant("recorded_at"),
                                 recordedBy: try r.value("recorded_by"))
    }
}
