import GRDB
import PuhuiDomain
import PuhuiServices

/// What an adjuster keeps on a claim besides its states (schema v13): claimant and payee, notes,
/// waivers, and the other claims of the same loss.
extension SQLiteClaimStore {
    func parties(claimID: Int64) throws -> [ClaimParty] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM claim_party p WHERE claim_id = ?
            AND number = (SELECT max(number) FROM claim_party WHERE claim_id = p.claim_id AND role = p.role) ORDER BY role
            """), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_party", key: "claim \(claimID) #\(StoredRow.label(row, "number"))")
            return ClaimParty(role: try r.enumeration("role"), name: try r.value("name"), relation: try r.enumeration("relation"),
                              phone: try r.optional("phone"), bankName: try r.optional("bank_name"), bankAccount: try r.optional("bank_account"),
                              recordedAt: try r.instant("recorded_at"), recordedBy: try r.value("recorded_by"))
        }
    }

    func insertParty(claimID: Int64, _ party: ClaimParty) throws {
        try db.cachedStatement(sql: """
            INSERT INTO claim_party (claim_id, number, role, name, relation, phone, bank_name, bank_account, recorded_at, recorded_by)
            VALUES (?, (SELECT ifnull(max(number), 0) + 1 FROM claim_party WHERE claim_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [claimID, claimID, party.role.rawValue, party.name, party.relation.rawValue, party.phone, party.bankName,
                                     party.bankAccount, party.recordedAt.secondsSinceEpoch, party.recordedBy])
    }

    func notes(claimID: Int64) throws -> [ClaimNote] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_note WHERE claim_id = ? ORDER BY number"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_note", key: "claim \(claimID) #\(StoredRow.label(row, "number"))")
            return ClaimNote(number: try r.value("number"), at: try r.instant("at"), actor: try r.value("actor"), text: try r.value("text"))
        }
    }

    func insertNote(claimID: Int64, _ note: ClaimNote) throws {
        try db.cachedStatement(sql: "INSERT INTO claim_note (claim_id, number, at, actor, text) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [claimID, note.number, note.at.secondsSinceEpoch, note.actor, note.text])
    }

    func waivers(claimID: Int64) throws -> [ClaimWaiver] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM claim_waiver WHERE claim_id = ? ORDER BY cycle"), arguments: [claimID]).map { row in
            let r = StoredRow(row, table: "claim_waiver", key: "claim \(claimID) cycle \(StoredRow.label(row, "cycle"))")
            return ClaimWaiver(cycle: try r.value("cycle"), amount: try r.money("amount_fen"), reason: try r.value("reason"),
                               at: try r.instant("at"), actor: try r.value("actor"))
        }
    }

    func insertWaiver(claimID: Int64, _ waiver: ClaimWaiver) throws {
        try db.cachedStatement(sql: "INSERT INTO claim_waiver (claim_id, cycle, amount_fen, reason, at, actor) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [claimID, waiver.cycle, waiver.amount.fen, waiver.reason, waiver.at.secondsSinceEpoch, waiver.actor])
    }

    /// Two lookups on the index `claim_loss(policy_id, loss_date, claim_type)`, which holds the
    /// claim id too: the most recent `atMost` walked backwards from its end, and the count from
    /// the index alone (no claim row read for it).
    func possibleDuplicates(policyID: Int64, lossDate: CivilDate, claimType: String, excludingClaim claimID: Int64,
                            atMost: Int) throws -> PossibleDuplicates {
        let arguments: StatementArguments = [policyID, lossDate.description, claimType, claimID]
        let limit = max(atMost, 0)
        let recent = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT reference, state, reported_at, claimed_fen FROM claim
            WHERE policy_id = ? AND loss_date = ? AND claim_type = ? AND id != ? ORDER BY id DESC LIMIT ?
            """), arguments: arguments + [limit]).map { row in
            let r = StoredRow(row, table: "claim", key: StoredRow.label(row, "reference"))
            return PossibleDuplicate(claim: try r.value("reference"), state: try r.enumeration("state"), reportedAt: try r.instant("reported_at"),
                                     claimed: try r.money("claimed_fen"))
        }
        // Fewer than asked for: that is all of them, no count needed.
        guard recent.count == limit else { return PossibleDuplicates(listed: recent.reversed(), total: recent.count) }
        let total = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM claim WHERE policy_id = ? AND loss_date = ? AND claim_type = ? AND id != ?
            """), arguments: arguments) ?? recent.count
        return PossibleDuplicates(listed: recent.reversed(), total: total)
    }
}
