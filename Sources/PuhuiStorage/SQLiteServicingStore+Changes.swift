import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// Endorsements and renewals in SQLite.
extension SQLiteServicingStore {
    // MARK: - Endorsements

    func insertEndorsement(_ e: Endorsement, policyID: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO policy_endorsement (reference, policy_id, change, effective_from, status, version, premium_before_fen, premium_fen,
                sum_insured_fen, adjustment_fen, due_on, insured_persons, coverages, insured, risk, quote, worksheet, fired_rules,
                requested_at, requested_by, decided_at, decided_by, decision_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                e.reference, policyID, e.change, e.effectiveFrom.description, e.status.rawValue, e.version, e.premiumBefore.fen, e.premium.fen,
                e.sumInsured.fen, e.adjustment.fen, e.dueOn.description, e.insured.count, try CanonicalJSON.encode(e.coverages),
                try CanonicalJSON.encode(e.insured), e.riskText, try CanonicalJSON.encode(e.quote), try CanonicalJSON.encode(e.worksheet),
                try CanonicalJSON.encode(e.firedRules), e.requestedAt.secondsSinceEpoch, e.requestedBy, e.decidedAt?.secondsSinceEpoch,
                e.decidedBy, e.decisionNote,
            ])
    }

    static let endorsementSelect = "SELECT e.*, p.number AS policy FROM policy_endorsement e JOIN policy p ON p.id = e.policy_id"

    func endorsement(_ reference: String) throws -> Endorsement {
        let key = Reference.normalized(reference)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(Self.endorsementSelect) WHERE e.reference = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("endorsement \(key) does not exist")
        }
        return try Self.decodeEndorsement(row)
    }

    func endorsements(policyID: Int64) throws -> [Endorsement] {
        try Row.fetchAll(db.cachedStatement(sql: "\(Self.endorsementSelect) WHERE e.policy_id = ? ORDER BY e.id"), arguments: [policyID])
            .map(Self.decodeEndorsement)
    }

    func referredEndorsements() throws -> [Endorsement] {
        try Row.fetchAll(db, sql: "\(Self.endorsementSelect) WHERE e.status = 'referred' ORDER BY e.requested_at, e.id").map(Self.decodeEndorsement)
    }

    static func decodeEndorsement(_ row: Row) throws -> Endorsement {
        let r = StoredRow(row, table: "policy_endorsement", key: StoredRow.label(row, "reference"))
        return Endorsement(
            reference: try r.value("reference"), policy: try r.value("policy"), change: try r.value("change"),
            effectiveFrom: try r.date("effective_from"), status: try r.enumeration("status"), version: try r.optional("version"),
            premiumBefore: try r.money("premium_before_fen"), premium: try r.money("premium_fen"), sumInsured: try r.money("sum_insured_fen"),
            adjustment: try r.money("adjustment_fen"), dueOn: try r.date("due_on"), coverages: try r.json("coverages"), insured: try r.json("insured"),
            riskText: try r.value("risk"), quote: try r.json("quote"), worksheet: try r.json("worksheet"), firedRules: try r.json("fired_rules"),
            requestedAt: try r.instant("requested_at"), requestedBy: try r.value("requested_by"), decidedAt: try r.optionalInstant("decided_at"),
            decidedBy: try r.optional("decided_by"), decisionNote: try r.optional("decision_note"))
    }

    func decideEndorsement(_ reference: String, status: Endorsement.Status, version: Int?, at: Instant, by: String, note: String?) throws {
        try db.cachedStatement(sql: """
            UPDATE policy_endorsement SET status = ?, version = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE reference = ?
            """).execute(arguments: [status.rawValue, version, at.secondsSinceEpoch, by, note, Reference.normalized(reference)])
    }

    // MARK: - Renewals

    func recordRenewal(application: String, previousPolicyID: Int64, claims: Int, previousPremium: Money, at: Instant, by: String) throws {
        guard let applicationID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM application WHERE reference = ?"), arguments: [application]) else {
            throw PuhuiError.notFound("application \(application) does not exist")
        }
        try db.cachedStatement(sql: """
            INSERT INTO policy_renewal (application_id, previous_policy_id, claims_counted, previous_premium_fen, offered_at, offered_by)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [applicationID, previousPolicyID, claims, previousPremium.fen, at.secondsSinceEpoch, by])
    }

    func renewalApplications(previousPolicyID: Int64) throws -> [(application: String, status: ApplicationRecord.Status)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.reference, a.status FROM policy_renewal r JOIN application a ON a.id = r.application_id
            WHERE r.previous_policy_id = ? ORDER BY r.application_id
            """), arguments: [previousPolicyID]).map { row in
            let r = StoredRow(row, table: "application", key: StoredRow.label(row, "reference"))
            return (try r.value("reference"), try r.enumeration("status"))
        }
    }

    /// The latest renewal application of policy `p` and its status, as SQL columns.
    static let latestRenewal = """
        (SELECT a.reference FROM policy_renewal r JOIN application a ON a.id = r.application_id
         WHERE r.previous_policy_id = p.id ORDER BY r.application_id DESC LIMIT 1) AS renewal_application,
        (SELECT a.status FROM policy_renewal r JOIN application a ON a.id = r.application_id
         WHERE r.previous_policy_id = p.id ORDER BY r.application_id DESC LIMIT 1) AS renewal_status
        """

    func renewalsDue(endingFrom from: CivilDate, to: CivilDate) throws -> [RenewalDue] {
        try Row.fetchAll(db, sql: """
            SELECT p.number, pv.code, pv.version, p.line, h.reference AS holder, p.segment, p.end_date, p.premium_fen,
                (SELECT count(*) FROM claim c WHERE c.policy_id = p.id AND c.state != 'withdrawn' AND ifnull(c.covered, 1) = 1) AS claims,
                \(Self.latestRenewal)
            FROM policy p JOIN product_version pv ON pv.id = p.product_version_id JOIN party h ON h.id = p.holder_id
            WHERE p.end_date >= ? AND p.end_date <= ? AND p.status = 'in-force'
              AND NOT EXISTS (SELECT 1 FROM policy_lapse l WHERE l.policy_id = p.id AND l.reinstated_on IS NULL)
            ORDER BY p.end_date, p.id
            """, arguments: [from.description, to.description]).map { row in
            let r = StoredRow(row, table: "policy", key: StoredRow.label(row, "number"))
            return RenewalDue(policy: try r.value("number"), productCode: try r.value("code"), productVersion: try r.value("version"),
                              line: try r.enumeration("line"), holder: try r.value("holder"), segment: try r.enumeration("segment"),
                              endDate: try r.date("end_date"), premium: try r.money("premium_fen"), claims: try r.value("claims"),
                              renewalApplication: try r.optional("renewal_application"), renewalStatus: try r.optional("renewal_status"))
        }
    }

    func lossHistory(policyID: Int64) throws -> [RenewalRules.CountedClaim] {
        var claims: [RenewalRules.CountedClaim] = []
        var current: Int64? = policyID
        var seen: Set<Int64> = []
        while let id = current, !seen.contains(id) {
            seen.insert(id)
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT reference, loss_date, state, covered FROM claim WHERE policy_id = ?"), arguments: [id]) {
                let c = StoredRow(row, table: "claim", key: StoredRow.label(row, "reference"))
                let covered: Int64? = try c.optional("covered")
                claims.append(RenewalRules.CountedClaim(lossDate: try c.date("loss_date"), withdrawn: (try c.value("state") as String) == "withdrawn",
                                                        covered: covered.map { $0 == 1 }))
            }
            current = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT r.previous_policy_id FROM policy p JOIN policy_renewal r ON r.application_id = p.application_id WHERE p.id = ?
                """), arguments: [id])
        }
        return claims
    }

    func renewalOutcomes(endingFrom from: CivilDate, to: CivilDate) throws -> [(row: RenewalStats.Row, productCode: String, productVersion: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT p.number, p.line, pv.code, pv.version, \(Self.latestRenewal)
            FROM policy p JOIN product_version pv ON pv.id = p.product_version_id
            WHERE p.end_date >= ? AND p.end_date <= ? AND p.status = 'in-force'
            """, arguments: [from.description, to.description]).map { row in
            let r = StoredRow(row, table: "policy", key: StoredRow.label(row, "number"))
            return (RenewalStats.Row(line: try r.value("line"), outcome: try r.optional("renewal_status")), try r.value("code"), try r.value("version"))
        }
    }
}
