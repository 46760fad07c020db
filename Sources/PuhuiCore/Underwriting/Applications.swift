import Foundation
import GRDB

/// Turns applications into policies: rates the risk, runs the product's underwriting rules,
/// and accepts (issuing the policy at once), refers (to the underwriting queue) or declines.
/// Every step is one transaction with its audit events.
public struct Applications: Sendable {
    public let underwriters: AuthorityTable?
    /// The clock that refuses back-dated entries in the future.
    public let now: @Sendable () -> Instant

    public init(underwriters: AuthorityTable?, now: @escaping @Sendable () -> Instant = { Instant.now() }) {
        self.underwriters = underwriters
        self.now = now
    }

    func checkNotInFuture(_ at: Instant) throws {
        if at > now() { throw PuhuiError.invalid("--at \(at) is in the future") }
    }

    public func apply(_ request: ApplicationRequest, _ writer: some DatabaseWriter) throws -> ApplicationResult {
        try checkNotInFuture(request.at)
        return try writer.write { db in try apply(request, db) }
    }

    /// The same inside a caller's transaction; bulk operations pass a cache of products and raters.
    public func apply(_ request: ApplicationRequest, _ db: Database, cache: RatingCache? = nil) throws -> ApplicationResult {
        let holder = try PartyStore.party(request.holder, db)
        let holderID = try PartyStore.id(of: request.holder, db)
        var insured: [(Party, Int64)] = []
        for reference in request.insured {
            let party = try PartyStore.party(reference, db)
            guard party.kind == .person, party.identifier != nil, party.birthDate != nil else {
                throw PuhuiError.invalid("insured \(reference) is not a person with a valid resident identity number")
            }
            insured.append((party, try PartyStore.id(of: reference, db)))
        }
        let start = request.start ?? request.at.chinaDate
        let stored = try cache?.product(code: request.productCode, on: start, db) ?? CatalogStore.product(code: request.productCode, on: start, db)
        let product = stored.product
        if product.line.insuresPersons && insured.isEmpty {
            throw PuhuiError.invalid("\(product.code) insures persons: name each insured person with --insured (a registered party with a resident identity number)")
        }
        if !product.line.insuresPersons && !insured.isEmpty {
            throw PuhuiError.invalid("\(product.code) (\(product.line.rawValue)) does not insure persons; --insured does not apply")
        }
        let segment = Self.policySegment(holder: holder, insured: insured.map(\.0), line: product.line)
        guard product.segments.contains(segment) else {
            let whose = segment == holder.segment ? "holder \(holder.reference)" : "insured \(insured.first?.0.reference ?? "")"
            throw PuhuiError.invalid("\(whose) is in segment \(segment.rawValue), which \(product.code) does not serve (it serves \(product.segments.map(\.rawValue).joined(separator: ", ")))")
        }
        let frequency = request.frequency ?? product.paymentFrequencies.first ?? .annual
        guard product.paymentFrequencies.contains(frequency) else {
            throw PuhuiError.invalid("\(product.code) is not paid \(frequency.rawValue) (allowed: \(product.paymentFrequencies.map(\.rawValue).joined(separator: ", ")))")
        }
        let documentCodes = product.underwriting.documents.map(\.code)
        for document in request.documents where !documentCodes.contains(document) {
            throw PuhuiError.invalid("document '\(document)' is not on \(product.code)'s list (\(documentCodes.joined(separator: ", ")))")
        }

        let fields = try Self.mergedRisk(request.riskText, source: request.riskSource, insured: insured.map(\.0))
        let rater: any Rater
        let tableVersions: [String]
        if let cache {
            (rater, tableVersions) = try cache.rater(for: stored, on: start, db)
        } else {
            let tables = try Quoting.tables(for: product, on: start, db)
            rater = try RatingModules.rater(for: product, tables: tables)
            tableVersions = tables.versionLabels
        }
        let context = RatingContext(asOf: start, startDate: start, rounding: product.rating.rounding)
        // Decline rules are tested on the facts of the risk before it is priced.
        let facts = try rater.facts(fields, context: context, source: request.riskSource)
        var decision = UnderwritingEngine.decide(product: product, facts: facts, segment: segment, documentsProvided: request.documents)
        var quote = Quote(id: nil, productCode: product.code, productVersion: product.version, line: product.line, asOf: start,
                          startDate: start, endDate: start.adding(months: 12).adding(days: -1), premium: .zero, coverages: [],
                          worksheet: [], tableVersions: tableVersions, insuredPersons: nil, buyers: nil, pension: nil,
                          netPremium: nil, facts: facts, notes: ["not priced: declined by underwriting rules"])
        if decision.outcome != .decline {
            do {
                quote = try rater.quote(fields, context: context, source: request.riskSource)
            } catch let declined as RatingDeclined {
                quote.notes = [declined.description]
                decision = UnderwritingEngine.declinedByRating(declined.reason, product: product, segment: segment)
            }
        }
        let sumInsured = SumInsuredRule.of(quote)
        // The worksheet is not kept with the application: the product and rate table versions
        // are, and they are immutable, so `puhui quote` reproduces it.
        var storedQuote = quote
        storedQuote.worksheet = []
        let reference = try ReferenceNumbers.next(prefix: "A", year: request.at.chinaDate.year, db)
        let status = decision.outcome == .accept ? "issued" : (decision.outcome == .refer ? "referred" : "declined")
        try db.cachedStatement(sql: """
            INSERT INTO application (reference, product_version_id, line, holder_id, segment, start_date, end_date, frequency, premium_fen,
                sum_insured_fen, quote, risk, documents_provided, decision, status, fired_rules, required_documents, applied_at, applied_by,
                decided_at, decided_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                reference, stored.id, product.line.rawValue, holderID, segment.rawValue, start.description, quote.endDate.description,
                frequency.rawValue, quote.premium.fen, sumInsured.fen, try CanonicalJSON.encode(storedQuote), request.riskText,
                try CanonicalJSON.encode(request.documents), decision.outcome.rawValue, status, try CanonicalJSON.encode(decision.firedRules),
                try CanonicalJSON.encode(decision.requiredDocuments), request.at.secondsSinceEpoch, request.actor,
                decision.outcome == .refer ? nil : request.at.secondsSinceEpoch, decision.outcome == .refer ? nil : "rules",
            ])
        let applicationID = db.lastInsertedRowID
        for (position, person) in insured.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO application_insured (application_id, position, party_id) VALUES (?, ?, ?)").execute(arguments: [applicationID, position + 1, person.1])
        }
        try AuditLog.record(at: request.at, actor: request.actor, subject: reference, action: "applied",
                            after: try CanonicalJSON.encode(["product": "\(product.code) v\(product.version)", "holder": holder.reference,
                                                             "premium": quote.premium.yuanString, "start": start.description,
                                                             "tables": quote.tableVersions.joined(separator: " ")]), db)
        try AuditLog.record(at: request.at, actor: "rules", subject: reference, action: "decided \(decision.outcome.rawValue)",
                            after: try CanonicalJSON.encode(decision), db)
        var policy: Policy? = nil
        if decision.outcome == .accept {
            policy = try issue(applicationID: applicationID, quote: storedQuote, at: request.at, actor: request.actor, db)
        }
        quote.id = nil
        return ApplicationResult(application: reference, decision: decision, quote: quote, policy: policy, segment: segment)
    }

    /// A policy's segment: the holder's, but for individual cover of one person (health, term
    /// life, pension) the insured person's, since their link to a firm is what counts.
    public static func policySegment(holder: Party, insured: [Party], line: LineOfBusiness) -> Segment {
        if [.health, .termLife, .pension].contains(line), insured.count == 1, let person = insured.first {
            return person.segment
        }
        return holder.segment
    }

    /// The risk with each insured person's birth date and sex taken from the registry.
    static func mergedRisk(_ text: String, source: String, insured: [Party]) throws -> JSONInputFields {
        let fields = try Quoting.parseRisk(text, source: source)
        guard !insured.isEmpty, case let .object(members, keys, line, column) = try JSONReader.parse(text) else { return fields }
        var items: [JSONValue] = []
        if let listed = members["insured"] {
            guard case let .array(values, _, _) = listed else {
                throw RiskRejected(problems: [Diagnostic(path: source, line: listed.line, message: "field 'insured': must be a list of objects")])
            }
            items = values
        }
        if !items.isEmpty && items.count != insured.count {
            throw RiskRejected(problems: [Diagnostic(path: source, line: line, message: "field 'insured': the risk lists \(items.count) insured persons, --insured names \(insured.count)")])
        }
        var merged: [JSONValue] = []
        for (i, party) in insured.enumerated() {
            var person: [String: JSONValue] = [:]
            var personKeys: [String] = []
            var itemLine = line, itemColumn = column
            if i < items.count {
                guard case let .object(m, k, l, c) = items[i] else {
                    throw RiskRejected(problems: [Diagnostic(path: source, line: items[i].line, message: "field 'insured[\(i + 1)]': must be an object")])
                }
                person = m
                personKeys = k
                itemLine = l
                itemColumn = c
            }
            let birth = party.birthDate?.description ?? ""
            if let given = person["birthDate"]?.scalarText, given != birth {
                throw RiskRejected(problems: [Diagnostic(path: source, line: person["birthDate"]?.line, message: "field 'insured[\(i + 1)].birthDate': \(given) differs from the birth date in \(party.reference)'s identity number")])
            }
            if let given = person["sex"]?.scalarText, given != party.sex?.rawValue {
                throw RiskRejected(problems: [Diagnostic(path: source, line: person["sex"]?.line, message: "field 'insured[\(i + 1)].sex': \(given) differs from the sex in \(party.reference)'s identity number")])
            }
            person["birthDate"] = .string(birth, line: itemLine, column: itemColumn)
            person["sex"] = .string(party.sex?.rawValue ?? "", line: itemLine, column: itemColumn)
            person["party"] = .string(party.reference, line: itemLine, column: itemColumn)
            person.removeValue(forKey: "age")
            for key in ["birthDate", "sex", "party"] where !personKeys.contains(key) { personKeys.append(key) }
            merged.append(.object(person, keys: personKeys, line: itemLine, column: itemColumn))
        }
        var all = members
        all["insured"] = .array(merged, line: line, column: column)
        guard let result = JSONInputFields(.object(all, keys: keys.contains("insured") ? keys : keys + ["insured"], line: line, column: column)) else {
            return fields
        }
        return result
    }
}
