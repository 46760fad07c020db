import Foundation
import GRDB
import PuhuiDomain
import PuhuiServices

/// Quotes, applications and policies in SQLite.
struct SQLitePolicyStore: PolicyStore {
    let db: Database

    var parties: SQLitePartyStore { SQLitePartyStore(db: db) }
    var catalog: SQLiteCatalogStore { SQLiteCatalogStore(db: db) }

    // MARK: - Quotes

    func insertQuote(_ quote: Quote, productVersionID: Int64, riskText: String, at: Instant, by user: String) throws -> String {
        let stem = ReferenceSeries.quote.stem(year: 0)
        let reference = ReferenceSeries.reference(stem: stem, number: try PuhuiSchema.nextNumber(stem: stem, db))
        var stored = quote
        stored.id = reference
        try db.execute(sql: """
            INSERT INTO quote (reference, product_version_id, as_of, start_date, premium_fen, table_versions, risk, quote, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [reference, productVersionID, quote.asOf.description, quote.startDate.description, quote.premium.fen,
                             try CanonicalJSON.encode(quote.tableVersions), riskText, try CanonicalJSON.encode(stored), at.secondsSinceEpoch, user])
        return reference
    }

    func quote(_ reference: String) throws -> StoredQuote {
        let key = Reference.normalized(reference)
        guard let row = try Row.fetchOne(db, sql: "SELECT quote, risk, created_by FROM quote WHERE reference = ?", arguments: [key]) else {
            throw PuhuiError.notFound("quote \(key) does not exist")
        }
        let r = StoredRow(row, table: "quote", key: key)
        return StoredQuote(quote: try r.json("quote", as: Quote.self), riskText: try r.value("risk"), createdBy: try r.optional("created_by"))
    }

    // MARK: - Applications

    func insertApplication(_ a: ApplicationRecord) throws {
        try db.cachedStatement(sql: """
            INSERT INTO application (reference, product_version_id, line, holder_id, segment, start_date, end_date, frequency, premium_fen,
                sum_insured_fen, quote, risk, documents_provided, decision, status, fired_rules, required_documents, applied_at, applied_by,
                decided_at, decided_by, decision_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                a.reference, a.productVersionID, a.line.rawValue, try parties.id(of: a.holder), a.segment.rawValue, a.startDate.description,
                a.endDate.description, a.frequency.rawValue, a.premium.fen, a.sumInsured.fen, try CanonicalJSON.encode(a.quote), a.riskText,
                try CanonicalJSON.encode(a.documentsProvided), a.decision.rawValue, a.status.rawValue, try CanonicalJSON.encode(a.firedRules),
                try CanonicalJSON.encode(a.requiredDocuments), a.appliedAt.secondsSinceEpoch, a.appliedBy, a.decidedAt?.secondsSinceEpoch,
                a.decidedBy, a.decisionNote,
            ])
        let applicationID = db.lastInsertedRowID
        for (index, party) in a.insured.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO application_insured (application_id, position, party_id) VALUES (?, ?, ?)")
                .execute(arguments: [applicationID, index + 1, try parties.id(of: party)])
        }
    }

    func application(_ reference: String) throws -> ApplicationRecord {
        let key = Reference.normalized(reference)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT a.*, h.reference AS holder, pv.code AS product_code, pv.version AS product_version
            FROM application a JOIN party h ON h.id = a.holder_id JOIN product_version pv ON pv.id = a.product_version_id
            WHERE a.reference = ?
            """), arguments: [key]) else {
            throw PuhuiError.notFound("application \(key) does not exist")
        }
        let r = StoredRow(row, table: "application", key: key)
        let id: Int64 = try r.value("id")
        let insured = try String.fetchAll(db.cachedStatement(sql: """
            SELECT p.reference FROM application_insured i JOIN party p ON p.id = i.party_id WHERE i.application_id = ? ORDER BY i.position
            """), arguments: [id])
        return ApplicationRecord(
            reference: try r.value("reference"), productVersionID: try r.value("product_version_id"), productCode: try r.value("product_code"),
            productVersion: try r.value("product_version"), line: try r.enumeration("line"), holder: try r.value("holder"),
            segment: try r.enumeration("segment"), startDate: try r.date("start_date"), endDate: try r.date("end_date"),
            frequency: try r.enumeration("frequency"), premium: try r.money("premium_fen"), sumInsured: try r.money("sum_insured_fen"),
            quote: try r.json("quote"), riskText: try r.value("risk"), documentsProvided: try r.json("documents_provided"),
            decision: try r.enumeration("decision"), status: try r.enumeration("status"), firedRules: try r.json("fired_rules"),
            requiredDocuments: try r.json("required_documents"), appliedAt: try r.instant("applied_at"), appliedBy: try r.value("applied_by"),
            decidedAt: try r.optionalInstant("decided_at"), decidedBy: try r.optional("decided_by"), decisionNote: try r.optional("decision_note"),
            insured: insured)
    }

    func decideApplication(_ reference: String, status: ApplicationRecord.Status, at: Instant, by: String, note: String?) throws {
        try db.cachedStatement(sql: "UPDATE application SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE reference = ?")
            .execute(arguments: [status.rawValue, at.secondsSinceEpoch, by, note, Reference.normalized(reference)])
    }

    func referredApplications() throws -> [ReferredApplication] {
        try Row.fetchAll(db, sql: """
            SELECT a.reference, a.line, a.segment, a.sum_insured_fen, a.premium_fen, a.applied_at, a.applied_by, a.fired_rules, a.quote,
                a.start_date, h.reference AS holder, pv.code, pv.version
            FROM application a JOIN party h ON h.id = a.holder_id JOIN product_version pv ON pv.id = a.product_version_id
            WHERE a.status = 'referred' ORDER BY a.applied_at, a.id
            """).map { row in
            let r = StoredRow(row, table: "application", key: StoredRow.label(row, "reference"))
            let rules = try r.json("fired_rules", as: [FiredRule].self)
            let sumInsured = try r.money("sum_insured_fen")
            let measure = AuthorityMeasure.of(try r.json("quote", as: Quote.self), fallback: sumInsured)
            return ReferredApplication(
                application: try r.value("reference"), productCode: try r.value("code"), productVersion: try r.value("version"),
                line: try r.enumeration("line"), holder: try r.value("holder"), segment: try r.enumeration("segment"), sumInsured: sumInsured,
                premium: try r.money("premium_fen"), appliedAt: try r.instant("applied_at"), appliedBy: try r.value("applied_by"),
                authorityMeasure: measure.name, authorityFigure: measure.amount,
                reasons: rules.map { "\($0.code): \($0.reason.en) (\($0.fact) = \($0.value))" }, startDate: try r.date("start_date"))
        }
    }

    func applicationDocuments(_ reference: String) throws -> [ApplicationDocumentRecord] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT d.* FROM application_document d JOIN application a ON a.id = d.application_id WHERE a.reference = ? ORDER BY d.rowid
            """), arguments: [Reference.normalized(reference)]).map { row in
            let r = StoredRow(row, table: "application_document", key: "\(Reference.normalized(reference)) \(StoredRow.label(row, "code"))")
            return ApplicationDocumentRecord(code: try r.value("code"), receivedAt: try r.optionalInstant("received_at"),
                                            receivedBy: try r.optional("received_by"), waivedAt: try r.optionalInstant("waived_at"),
                                            waivedBy: try r.optional("waived_by"), waiverReason: try r.optional("waiver_reason"))
        }
    }

    func recordApplicationDocument(_ reference: String, _ document: ApplicationDocumentRecord) throws {
        let key = Reference.normalized(reference)
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM application WHERE reference = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("application \(key) does not exist")
        }
        try db.cachedStatement(sql: """
            INSERT INTO application_document (application_id, code, received_at, received_by, waived_at, waived_by, waiver_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, document.code, document.receivedAt?.secondsSinceEpoch, document.receivedBy,
                                     document.waivedAt?.secondsSinceEpoch, document.waivedBy, document.waiverReason])
    }

    func policyNumber(application reference: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT p.number FROM policy p JOIN application a ON a.id = p.application_id WHERE a.reference = ?"),
                            arguments: [Reference.normalized(reference)])
    }

    func redateApplication(_ reference: String, start: CivilDate, end: CivilDate, quote: Quote) throws {
        try db.cachedStatement(sql: "UPDATE application SET start_date = ?, end_date = ?, quote = ? WHERE reference = ? AND status = 'referred'")
            .execute(arguments: [start.description, end.description, try CanonicalJSON.encode(quote), Reference.normalized(reference)])
        if db.changesCount != 1 { throw PuhuiError.refused("application \(Reference.normalized(reference)) is not waiting in the underwriting queue") }
    }

    func applications(madeFrom from: Instant, before to: Instant) throws -> [UnderwritingStats.Application] {
        try Row.fetchAll(db, sql: """
            SELECT a.line, a.decision, a.status, a.applied_at, p.issued_at
            FROM application a LEFT JOIN policy p ON p.application_id = a.id
            WHERE a.applied_at >= ? AND a.applied_at < ?
            """, arguments: [from.secondsSinceEpoch, to.secondsSinceEpoch]).map { row in
            let r = StoredRow(row, table: "application", key: "applied at \(StoredRow.label(row, "applied_at"))")
            return UnderwritingStats.Application(line: try r.value("line"), decision: try r.value("decision"), status: try r.value("status"),
                                                 appliedAt: try r.value("applied_at"), issuedAt: try r.optional("issued_at"))
        }
    }

    // MARK: - Policies

    func insertPolicy(_ p: NewPolicy) throws {
        let a = p.application
        guard let applicationID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM application WHERE reference = ?"), arguments: [a.reference]) else {
            throw PuhuiError.notFound("application \(a.reference) does not exist")
        }
        try db.cachedStatement(sql: """
            INSERT INTO policy (number, application_id, product_version_id, line, holder_id, segment, start_date, end_date, premium_fen,
                sum_insured_fen, frequency, insured_persons, status, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-force', ?)
            """).execute(arguments: [p.number, applicationID, a.productVersionID, a.line.rawValue, try parties.id(of: a.holder),
                             a.segment.rawValue, a.startDate.description, a.endDate.description, a.premium.fen, a.sumInsured.fen,
                             a.frequency.rawValue, p.insured.count, p.issuedAt.secondsSinceEpoch])
        let policyID = db.lastInsertedRowID
        for c in p.coverages {
            try db.cachedStatement(sql: """
                INSERT INTO policy_coverage (policy_id, code, amount_fen, deductible_fen, deductible_percent, indemnity_percent, cover_from,
                    aggregate_fen, premium_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [policyID, c.code, c.amount.fen, c.deductible?.fen, c.deductiblePercent?.description, c.indemnityPercent?.description,
                                 c.coverFrom?.description, c.aggregateLimit?.fen, c.premium?.fen])
        }
        for person in p.insured {
            try db.cachedStatement(sql: "INSERT INTO policy_insured (policy_id, position, party_id, premium_fen) VALUES (?, ?, ?, ?)")
                .execute(arguments: [policyID, person.position, try parties.id(of: person.party), person.premium.fen])
        }
        for instalment in p.instalments {
            try db.cachedStatement(sql: "INSERT INTO policy_instalment (policy_id, number, due_date, amount_fen) VALUES (?, ?, ?, ?)")
                .execute(arguments: [policyID, instalment.number, instalment.dueDate.description, instalment.amount.fen])
        }
    }

    static let select = """
        SELECT p.*, a.reference AS application, pv.code AS product_code, pv.version AS product_version, h.reference AS holder
        FROM policy p JOIN application a ON a.id = p.application_id JOIN product_version pv ON pv.id = p.product_version_id
        JOIN party h ON h.id = p.holder_id
        """

    func policy(_ number: String, asOf: CivilDate) throws -> Policy {
        let key = Reference.normalized(number)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "\(Self.select) WHERE p.number = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("policy \(key) does not exist")
        }
        return try decode(row, asOf: asOf)
    }

    func policyID(_ number: String) throws -> Int64 {
        let key = Reference.normalized(number)
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM policy WHERE number = ?"), arguments: [key]) else {
            throw PuhuiError.notFound("policy \(key) does not exist")
        }
        return id
    }

    func policies(_ filter: PolicyFilter) throws -> [Policy] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let holder = filter.holder { conditions.append("h.reference = ?"); arguments.append(Reference.normalized(holder)) }
        if let line = filter.line { conditions.append("p.line = ?"); arguments.append(line.rawValue) }
        let lapsedOn = "EXISTS (SELECT 1 FROM policy_lapse l WHERE l.policy_id = p.id AND l.lapsed_from <= ? AND (l.reinstated_on IS NULL OR l.reinstated_on > ?))"
        let asOf = filter.asOf.description
        switch filter.status {
        case .cancelled?: conditions.append("p.status = 'cancelled'")
        case .lapsed?: conditions.append("p.status = 'in-force' AND \(lapsedOn)"); arguments += [asOf, asOf]
        case .expired?: conditions.append("p.status = 'in-force' AND p.end_date < ? AND NOT \(lapsedOn)"); arguments += [asOf, asOf, asOf]
        case .inForce?: conditions.append("p.status = 'in-force' AND p.end_date >= ? AND NOT \(lapsedOn)"); arguments += [asOf, asOf, asOf]
        case nil: break
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "\(Self.select) \(whereClause) ORDER BY p.id DESC \(SQLPage.clause(limit: filter.limit, offset: filter.offset))",
                                arguments: StatementArguments(arguments)).map { try decode($0, asOf: filter.asOf) }
    }

    func decode(_ row: Row, asOf: CivilDate) throws -> Policy {
        let r = StoredRow(row, table: "policy", key: StoredRow.label(row, "number"))
        let id: Int64 = try r.value("id")
        let end = try r.date("end_date")
        let product = try catalog.product(id: try r.value("product_version_id")).product
        let stored = try coverages(policyID: id, key: r.key)
        let ordered = product.coverages.compactMap { spec in stored[spec.code].map { coverage -> QuotedCoverage in
            var named = coverage
            named.name = spec.name
            return named
        } }
        var policy = Policy(
            number: try r.value("number"), application: try r.value("application"), productCode: try r.value("product_code"),
            productVersion: try r.value("product_version"), line: try r.enumeration("line"), holder: try r.value("holder"),
            segment: try r.enumeration("segment"), startDate: try r.date("start_date"), endDate: end, premium: try r.money("premium_fen"),
            sumInsured: try r.money("sum_insured_fen"), frequency: try r.enumeration("frequency"),
            instalments: try Row.fetchAll(db.cachedStatement(sql: "SELECT number, due_date, amount_fen FROM policy_instalment WHERE policy_id = ? ORDER BY number"),
                                          arguments: [id]).map { row in
                let i = StoredRow(row, table: "policy_instalment", key: "\(r.key) #\(StoredRow.label(row, "number"))")
                return Policy.Instalment(number: try i.value("number"), dueDate: try i.date("due_date"), amount: try i.money("amount_fen"))
            },
            coverages: ordered,
            insured: try Row.fetchAll(db.cachedStatement(sql: """
                SELECT i.position, p.reference, i.premium_fen FROM policy_insured i JOIN party p ON p.id = i.party_id
                WHERE i.policy_id = ? ORDER BY i.position
                """), arguments: [id]).map { row in
                let i = StoredRow(row, table: "policy_insured", key: r.key)
                return Policy.Insured(position: try i.value("position"), party: try i.value("reference"), premium: try i.money("premium_fen"))
            },
            status: try r.enumeration("status"), issuedAt: try r.instant("issued_at"), cancelledOn: try r.optionalDate("cancelled_on"),
            cancellationRefund: try r.optionalMoney("cancel_refund_fen"))
        let servicing = SQLiteServicingStore(db: db)
        policy.versions = try servicing.endorsements(policyID: id).compactMap { endorsement in
            endorsement.version.map { version in
                var cover = endorsement.cover(version: version)
                cover.coverages = Self.named(cover.coverages, product)
                return cover
            }
        }.sorted { $0.version < $1.version }
        policy.lapses = try servicing.lapses(policyID: id, key: r.key)
        policy.renews = try String.fetchOne(db.cachedStatement(sql: """
            SELECT pp.number FROM policy_renewal rn JOIN policy pp ON pp.id = rn.previous_policy_id WHERE rn.application_id = ?
            """), arguments: [try r.value("application_id") as Int64])
        if policy.status == .inForce {
            if policy.lapse(on: asOf) != nil {
                policy.status = .lapsed
            } else if end < asOf {
                policy.status = .expired
            }
        }
        return policy
    }

    /// Coverages in the product's order, with the product's names.
    static func named(_ coverages: [QuotedCoverage], _ product: Product) -> [QuotedCoverage] {
        product.coverages.compactMap { spec in
            coverages.first { $0.code == spec.code }.map { coverage -> QuotedCoverage in
                var named = coverage
                named.name = spec.name
                return named
            }
        }
    }

    /// The stored coverages of a policy by code (names are the product's, filled by the caller).
    func coverages(policyID: Int64, key: String) throws -> [String: QuotedCoverage] {
        var result: [String: QuotedCoverage] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM policy_coverage WHERE policy_id = ?"), arguments: [policyID]) {
            let c = StoredRow(row, table: "policy_coverage", key: "\(key) \(StoredRow.label(row, "code"))")
            let code: String = try c.value("code")
            result[code] = QuotedCoverage(
                code: code, name: LocalizedName(zh: code, en: code), amount: try c.money("amount_fen"),
                deductible: try c.optionalMoney("deductible_fen"), deductiblePercent: try c.decimal("deductible_percent"),
                indemnityPercent: try c.decimal("indemnity_percent"), coverFrom: try c.optionalDate("cover_from"),
                aggregateLimit: try c.optionalMoney("aggregate_fen"), premium: try c.optionalMoney("premium_fen"))
        }
        return result
    }

    func coverage(policyID: Int64, code: String, on date: CivilDate) throws -> QuotedCoverage? {
        if let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT reference, coverages FROM policy_endorsement WHERE policy_id = ? AND status = 'in-force' AND effective_from <= ?
            ORDER BY effective_from DESC, version DESC LIMIT 1
            """), arguments: [policyID, date.description]) {
            let e = StoredRow(row, table: "policy_endorsement", key: StoredRow.label(row, "reference"))
            return try e.json("coverages", as: [QuotedCoverage].self).first { $0.code == code }
        }
        return try coverages(policyID: policyID, key: "policy \(policyID)")[code]
    }

    func cancel(_ number: String, on date: CivilDate, refund: Money, at: Instant) throws {
        try db.cachedStatement(sql: "UPDATE policy SET status = 'cancelled', cancelled_on = ?, cancel_refund_fen = ?, cancelled_at = ? WHERE number = ?")
            .execute(arguments: [date.description, refund.fen, at.secondsSinceEpoch, Reference.normalized(number)])
    }
}
