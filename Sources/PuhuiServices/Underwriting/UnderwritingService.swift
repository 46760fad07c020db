import Foundation
import PuhuiDomain

/// Turns applications into policies: rates the risk, runs the product's underwriting rules,
/// and accepts (issuing the policy at once), refers (to the underwriting queue) or declines.
/// Every step is one transaction with its audit events.
public struct UnderwritingService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    public func apply(_ request: ApplicationRequest, _ context: ActionContext) throws -> ApplicationResult {
        try context.authorize(.apply)
        try context.checkNotInFuture(clock)
        return try storage.write { session in try apply(request, context, session) }
    }

    /// The same inside a caller's transaction; bulk operations pass a cache of products and raters.
    public func apply(_ request: ApplicationRequest, _ context: ActionContext, _ session: any StorageSession,
                      cache: RatingCache? = nil) throws -> ApplicationResult {
        try context.authorize(.apply)
        var productCode: String, riskText: String, riskSource: String
        var start = request.start
        switch request.subject {
        case let .risk(code, text, source):
            (productCode, riskText, riskSource) = (code, text, source)
        case let .quote(reference):
            let stored = try session.policies.quote(reference)
            if context.user.isCustomer && stored.createdBy != context.actor {
                throw PuhuiError.notFound("quote \(Reference.normalized(reference)) does not exist")
            }
            (productCode, riskText, riskSource) = (stored.quote.productCode, stored.riskText, Reference.normalized(reference))
            start = start ?? stored.quote.startDate
        }
        let holder = try session.parties.party(request.holder)
        if context.user.isCustomer && holder.reference != context.user.party {
            throw PuhuiError(.unauthorized, "\(context.actor) may apply only with their own party \(context.user.party ?? "") as the holder",
                             field: "holder")
        }
        var insured: [Party] = []
        for reference in request.insured {
            let party = try session.parties.party(reference)
            guard party.kind == .person, party.identifier != nil, party.birthDate != nil else {
                throw PuhuiError.invalid("insured \(party.reference) is not a person with a valid resident identity number", field: "insured")
            }
            insured.append(party)
        }
        let startDate = start ?? context.at.chinaDate
        let stored = try cache?.product(code: productCode, on: startDate, session.catalog)
            ?? session.catalog.product(code: productCode, on: startDate)
        let product = stored.product
        if product.line.insuresPersons && insured.isEmpty {
            throw PuhuiError.invalid("\(product.code) insures persons: name each insured person (a registered party with a resident identity number)", field: "insured")
        }
        if !product.line.insuresPersons && !insured.isEmpty {
            throw PuhuiError.invalid("\(product.code) (\(product.line.rawValue)) does not insure persons; insured persons do not apply", field: "insured")
        }
        let segment = ApplicationRisk.policySegment(holder: holder, insured: insured, line: product.line)
        guard product.segments.contains(segment) else {
            let whose = segment == holder.segment ? "holder \(holder.reference)" : "insured \(insured.first?.reference ?? "")"
            throw PuhuiError.invalid("\(whose) is in segment \(segment.rawValue), which \(product.code) does not serve (it serves \(product.segments.map(\.rawValue).joined(separator: ", ")))")
        }
        let frequency = request.frequency ?? product.paymentFrequencies.first ?? .annual
        guard product.paymentFrequencies.contains(frequency) else {
            throw PuhuiError.invalid("\(product.code) is not paid \(frequency.rawValue) (allowed: \(product.paymentFrequencies.map(\.rawValue).joined(separator: ", ")))", field: "frequency")
        }
        let documentCodes = product.underwriting.documents.map(\.code)
        for document in request.documents where !documentCodes.contains(document) {
            throw PuhuiError.invalid("document '\(document)' is not on \(product.code)'s list (\(documentCodes.joined(separator: ", ")))", field: "documents")
        }

        let evaluation = try evaluate(stored, riskText: riskText, source: riskSource, insured: insured, segment: segment,
                                      documents: request.documents, ratingDate: startDate, startDate: startDate, session, cache: cache)
        return try file(stored, holder: holder, insured: insured, segment: segment, startDate: startDate, frequency: frequency,
                        quote: evaluation.quote, decision: evaluation.decision, riskText: riskText, documents: request.documents, context, session)
    }

    /// Records an application with its decision and its audit events, and issues the policy
    /// when it is accepted; `filed` runs between the two (a renewal links itself there).
    func file(_ stored: StoredProduct, holder: Party, insured: [Party], segment: Segment, startDate: CivilDate, frequency: PaymentFrequency,
              quote priced: Quote, decision: UnderwritingDecision, riskText: String, documents: [String], _ context: ActionContext,
              _ session: any StorageSession, filed: (String) throws -> Void = { _ in }) throws -> ApplicationResult {
        let product = stored.product
        var quote = priced
        // The worksheet is not kept with the application: the product and rate table versions
        // are, and they are immutable, so a quote reproduces it.
        var storedQuote = quote
        storedQuote.worksheet = []
        let reference = try session.nextReference(.application, year: context.at.chinaDate.year)
        let status: ApplicationRecord.Status = decision.outcome == .accept ? .issued : (decision.outcome == .refer ? .referred : .declined)
        let record = ApplicationRecord(
            reference: reference, productVersionID: stored.id, productCode: product.code, productVersion: product.version,
            line: product.line, holder: holder.reference, segment: segment, startDate: startDate, endDate: quote.endDate,
            frequency: frequency, premium: quote.premium, sumInsured: SumInsuredRule.of(quote), quote: storedQuote, riskText: riskText,
            documentsProvided: documents, decision: decision.outcome, status: status, firedRules: decision.firedRules,
            requiredDocuments: decision.requiredDocuments, appliedAt: context.at, appliedBy: context.actor,
            decidedAt: decision.outcome == .refer ? nil : context.at, decidedBy: decision.outcome == .refer ? nil : "rules",
            decisionNote: nil, insured: insured.map(\.reference))
        try session.policies.insertApplication(record)
        try audit(session, context.at, context.actor, reference, "applied",
                  after: try CanonicalJSON.encode(["product": "\(product.code) v\(product.version)", "holder": holder.reference,
                                                   "premium": quote.premium.yuanString, "start": startDate.description,
                                                   "tables": quote.tableVersions.joined(separator: " ")]))
        try audit(session, context.at, "rules", reference, "decided \(decision.outcome.rawValue)", after: try CanonicalJSON.encode(decision))
        try filed(reference)
        var policy: Policy? = nil
        if decision.outcome == .accept {
            policy = try issue(record, at: context.at, actor: context.actor, session)
        }
        quote.id = nil
        return ApplicationResult(application: reference, decision: decision, quote: quote, policy: policy, segment: segment)
    }

    /// Rates a risk and runs the product's underwriting rules on it: the decline rules on the
    /// facts before pricing, a rating module's refusal a decline. `ratingDate` chooses the rate
    /// tables (an endorsement's are those of the policy's start); ages are taken on `startDate`.
    func evaluate(_ stored: StoredProduct, riskText: String, source riskSource: String, insured: [Party], segment: Segment, documents: [String],
                  ratingDate: CivilDate, startDate: CivilDate, _ session: any StorageSession,
                  cache: RatingCache?) throws -> (quote: Quote, decision: UnderwritingDecision) {
        let product = stored.product
        let fields = try ApplicationRisk.mergedRisk(riskText, source: riskSource, insured: insured)
        let rater: any Rater
        let tableVersions: [String]
        if let cache {
            (rater, tableVersions) = try cache.rater(for: stored, on: ratingDate, session.catalog)
        } else {
            let tables = try session.catalog.tables(for: product, on: ratingDate)
            rater = try RatingModules.rater(for: product, tables: tables)
            tableVersions = tables.versionLabels
        }
        let ratingContext = RatingContext(asOf: ratingDate, startDate: startDate, rounding: product.rating.rounding)
        // Decline rules are tested on the facts of the risk before it is priced.
        let facts = try rater.facts(fields, context: ratingContext, source: riskSource)
        var decision = UnderwritingEngine.decide(product: product, facts: facts, segment: segment, documentsProvided: documents)
        var quote = Quote(id: nil, productCode: product.code, productVersion: product.version, line: product.line, asOf: ratingDate,
                          startDate: startDate, endDate: startDate.adding(months: 12).adding(days: -1), premium: .zero, coverages: [],
                          worksheet: [], tableVersions: tableVersions, insuredPersons: nil, buyers: nil, pension: nil,
                          netPremium: nil, facts: facts, notes: ["not priced: declined by underwriting rules"])
        if decision.outcome != .decline {
            do {
                quote = try rater.quote(fields, context: ratingContext, source: riskSource)
            } catch let declined as PuhuiError where declined.code == .declined {
                quote.notes = ["declined: \(declined.message)"]
                decision = UnderwritingEngine.declinedByRating(declined.message, product: product, segment: segment)
            }
        }
        return (quote, decision)
    }

    func audit(_ session: any StorageSession, _ at: Instant, _ actor: String, _ subject: String, _ action: String,
               before: String? = nil, after: String? = nil) throws {
        try session.audit.record(AuditEvent(at: at, recordedAt: clock.now(), actor: actor, subject: subject, action: action,
                                            before: before, after: after))
    }

    /// Issues the policy of an accepted or approved application.
    func issue(_ application: ApplicationRecord, at instant: Instant, actor: String, _ session: any StorageSession) throws -> Policy {
        let quote = application.quote
        let number = try session.nextReference(.policy, year: instant.chinaDate.year)
        let premiums = quote.insuredPersons ?? []
        let insured = application.insured.enumerated().map { index, party in
            Policy.Insured(position: index + 1, party: party, premium: premiums.first { $0.index == index + 1 }?.premium ?? .zero)
        }
        try session.policies.insertPolicy(NewPolicy(
            number: number, application: application, coverages: quote.coverages, insured: insured,
            instalments: InstalmentPlan.plan(premium: quote.premium, frequency: application.frequency, start: application.startDate),
            issuedAt: instant))
        let policy = try session.policies.policy(number, asOf: instant.chinaDate)
        try audit(session, instant, actor, number, "issued",
                  after: try CanonicalJSON.encode(["application": application.reference, "premium": policy.premium.yuanString,
                                                   "start": policy.startDate.description, "end": policy.endDate.description,
                                                   "sumInsured": policy.sumInsured.yuanString]))
        try audit(session, instant, actor, application.reference, "policy issued", after: number)
        return policy
    }

    /// The referred application `reference`.
    func referred(_ reference: String, _ session: any StorageSession) throws -> ApplicationRecord {
        let application = try session.policies.application(reference)
        guard application.status == .referred else {
            throw PuhuiError.refused("application \(application.reference) is \(application.status.rawValue), not waiting in the underwriting queue")
        }
        return application
    }

    /// An underwriter approves a referred application within their authority, on the figure
    /// authority is checked on; nobody approves an application they entered themselves. The
    /// offer must still be open (the product's offer validity), every required document
    /// received or waived, and cover may not start before the day of approval: `start` moves
    /// the term (same length, instalments from the new start, waiting periods moved with it;
    /// the premium is the one offered). The policy is issued.
    public func approve(_ reference: String, note: String?, start: CivilDate? = nil, _ context: ActionContext) throws -> Policy {
        try context.checkNotInFuture(clock)
        return try storage.write { session in try approve(reference, note: note, start: start, context, session) }
    }

    /// The same inside a caller's transaction.
    public func approve(_ reference: String, note: String?, start: CivilDate? = nil, _ context: ActionContext,
                        _ session: any StorageSession) throws -> Policy {
        try context.authorize(.decideReferral)
        try context.checkNotInFuture(clock)
        var application = try referred(reference, session)
        if application.appliedBy == context.actor {
            throw PuhuiError(.unauthorized, "application \(application.reference): \(context.actor) entered it and cannot also approve it; another underwriter must")
        }
        let measure = AuthorityMeasure.of(application.quote, fallback: application.sumInsured)
        let authority = AuthorityBook(grants: try session.users.grants(kind: .underwriting))
        let date = context.at.chinaDate
        let limit = authority.limit(of: context.actor, .underwriting, on: application.line, date: date)
        if limit.map({ measure.amount > $0 }) ?? true {
            let others = authority.usersWhoMay(.underwriting, measure.amount, on: application.line, date: date,
                                               among: try session.users.users(withRole: .underwriter).filter { $0 != context.actor && $0 != application.appliedBy })
            let who = others.isEmpty ? "nobody has that authority" : "\(others.joined(separator: " or ")) may"
            guard let limit else {
                throw PuhuiError(.unauthorized, "application \(application.reference): \(context.actor) holds no underwriting authority on \(application.line.rawValue) (\(measure.name) \(measure.amount.yuanString)); \(who)")
            }
            throw PuhuiError(.unauthorized, "application \(application.reference): \(measure.name) \(measure.amount.yuanString) exceeds \(context.actor)'s authority of \(limit.yuanString) on \(application.line.rawValue); \(who)")
        }
        if context.at < application.appliedAt {
            throw PuhuiError.invalid("at \(context.at) is before the application was made (\(application.appliedAt))", field: "at")
        }
        let product = try session.catalog.product(code: application.productCode, version: application.productVersion).product
        try checkOfferOpen(application, product, at: context.at)
        let missing = try documents(of: application, product, session).filter { $0.required && $0.status == .missing }
        if !missing.isEmpty {
            throw PuhuiError.refused("application \(application.reference): required document\(missing.count == 1 ? "" : "s") missing: \(missing.map { "\($0.code) (\($0.name.zh))" }.joined(separator: ", ")); record \(missing.count == 1 ? "it" : "them") received or waive \(missing.count == 1 ? "it" : "them") with a reason before approving")
        }
        let originalStart = application.startDate
        let newStart = start ?? originalStart
        if newStart < date {
            if start != nil {
                throw PuhuiError.invalid("application \(application.reference): the new start \(newStart) is before the day of approval (\(date))", field: "start")
            }
            throw PuhuiError.refused("application \(application.reference): cover would start on \(originalStart), before the day of approval (\(date)); give a new start date on or after \(date)")
        }
        if newStart != originalStart {
            guard product.isEffective(on: newStart) else {
                throw PuhuiError.invalid("application \(application.reference): \(product.code) v\(product.version) is not in force on \(newStart) (from \(product.effectiveFrom) to \(product.effectiveTo.map(String.init(describing:)) ?? "open")); the applicant must apply again", field: "start")
            }
            application.quote = OfferTerms.redated(application.quote, from: originalStart, to: newStart)
            application.startDate = newStart
            application.endDate = application.quote.endDate
            try session.policies.redateApplication(application.reference, start: newStart, end: application.endDate, quote: application.quote)
        }
        try session.policies.decideApplication(application.reference, status: .issued, at: context.at, by: context.actor, note: note)
        var after = (note.map { "issued; note: \($0)" } ?? "issued") + "; \(measure.name) \(measure.amount.yuanString)"
        if newStart != originalStart { after += "; start moved from \(originalStart) to \(newStart), cover to \(application.endDate)" }
        try audit(session, context.at, context.actor, application.reference, "approved", before: "referred", after: after)
        return try issue(application, at: context.at, actor: context.actor, session)
    }

    /// Refuses an application whose offer is no longer open at `at`.
    func checkOfferOpen(_ application: ApplicationRecord, _ product: Product, at: Instant) throws {
        let days = product.underwriting.offerValidity
        let until = OfferTerms.openUntil(appliedAt: application.appliedAt, days: days)
        if at >= until {
            throw PuhuiError.refused("application \(application.reference): the offer was open for \(days) days, until the end of \(until.adding(seconds: -1).chinaDate); it can no longer be approved (uw expire records it expired) and the applicant must apply again")
        }
    }

    /// An underwriter declines a referred application, with the reason.
    public func decline(_ reference: String, reason: String, _ context: ActionContext) throws {
        try context.checkNotInFuture(clock)
        try storage.write { session in try decline(reference, reason: reason, context, session) }
    }

    /// The same inside a caller's transaction.
    public func decline(_ reference: String, reason: String, _ context: ActionContext, _ session: any StorageSession) throws {
        try context.authorize(.decideReferral)
        try context.checkNotInFuture(clock)
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("a decline needs a reason", field: "reason") }
        let application = try referred(reference, session)
        if context.at < application.appliedAt {
            throw PuhuiError.invalid("at \(context.at) is before the application was made (\(application.appliedAt))", field: "at")
        }
        try session.policies.decideApplication(application.reference, status: .declined, at: context.at, by: context.actor, note: reason)
        try audit(session, context.at, context.actor, application.reference, "declined", before: "referred", after: reason)
    }

    /// Applications waiting in the underwriting queue, oldest first, each with the figure
    /// authority is checked on.
    public func queue(_ context: ActionContext) throws -> [ReferredApplication] {
        try context.authorize(.readUnderwriting)
        return try storage.read { session in try withOffers(try session.policies.referredApplications(), session) }
    }

    /// Referrals the acting underwriter may approve (within their authority on the figure, and
    /// not entered by them), oldest first.
    public func approvals(_ context: ActionContext) throws -> [ReferredApplication] {
        try context.authorize(.decideReferral)
        let date = context.at.chinaDate
        return try storage.read { session in
            let authority = AuthorityBook(grants: try session.users.grants(kind: .underwriting))
            return try withOffers(try session.policies.referredApplications(), session).filter { referral in
                guard referral.appliedBy != context.actor,
                      let limit = authority.limit(of: context.actor, .underwriting, on: referral.line, date: date) else { return false }
                return referral.authorityFigure <= limit
            }
        }
    }

    /// Auto-accept and referral rates and application-to-issue times of the applications made
    /// from `from` to `to` (China dates, inclusive), and the renewal rates of the renewable
    /// policies ending in the same days.
    public func stats(from: CivilDate, to: CivilDate, _ context: ActionContext) throws -> UnderwritingStats {
        try context.authorize(.readUnderwriting)
        let (rows, renewals) = try storage.read { session in
            (try session.policies.applications(madeFrom: Instant(startOfChinaDay: from), before: Instant(startOfChinaDay: to.adding(days: 1))),
             try renewalRows(endingFrom: from, to: to, session))
        }
        var stats = UnderwritingStats.summarize(from: from, to: to, rows)
        stats.renewals = RenewalStats.summarize(from: from, to: to, renewals)
        return stats
    }
}
