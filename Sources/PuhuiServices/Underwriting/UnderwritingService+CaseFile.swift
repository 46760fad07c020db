import Foundation
import PuhuiDomain

extension UnderwritingService {
    /// The case file of an application, as of the service's clock: personal data masked unless
    /// `reveal` (the identity numbers and names of the holder and the insured; a reveal is
    /// recorded in the audit trail).
    public func caseFile(_ reference: String, reveal: Bool = false, _ context: ActionContext) throws -> ApplicationCaseFile {
        try context.authorize(.readUnderwriting)
        if reveal { try context.authorize(.decideReferral) }
        let now = clock.now()
        let file = try storage.read { session in try caseFile(reference, reveal: reveal, now: now, session) }
        if reveal {
            try storage.write { session in
                try audit(session, now, context.actor, file.application, "revealed personal data", after: "holder and insured persons in full")
            }
        }
        return file
    }

    func caseFile(_ reference: String, reveal: Bool, now: Instant, _ session: any StorageSession) throws -> ApplicationCaseFile {
        let application = try session.policies.application(reference)
        let product = try session.catalog.product(code: application.productCode, version: application.productVersion).product
        let holder = try session.parties.party(application.holder)
        let insured = try application.insured.map { try session.parties.party($0) }
        var notes: [String] = []
        var quote = application.quote
        var reproduced = false
        if application.decision == .decline {
            notes.append("not priced: declined by underwriting rules")
        } else {
            do {
                let worksheet = try reproducedQuote(application, product, insured: insured, session)
                if worksheet.premium == application.quote.premium {
                    quote.worksheet = worksheet.worksheet
                    reproduced = true
                } else {
                    notes.append("the worksheet reproduced from the recorded versions gives \(worksheet.premium.yuanString), not the \(application.quote.premium.yuanString) offered; the offered premium stands")
                }
            } catch let error as PuhuiError {
                notes.append("the worksheet could not be reproduced: \(error.message)")
            }
        }
        let days = product.underwriting.offerValidity
        let until = OfferTerms.openUntil(appliedAt: application.appliedAt, days: days)
        let policy = try session.policies.policyNumber(application: application.reference)
        let history = try session.audit.events(subjects: [application.reference] + (policy.map { [$0] } ?? []))
        let startsInPast = application.status == .referred && application.startDate < now.chinaDate
        if startsInPast {
            notes.append("cover would start on \(application.startDate), before today (\(now.chinaDate)): approval needs a new start date")
        }
        return ApplicationCaseFile(
            application: application.reference, status: application.status, decision: application.decision, productCode: product.code,
            productVersion: product.version, productName: product.name, line: application.line, segment: application.segment,
            holder: reveal ? holder : holder.masked(), insured: reveal ? insured : insured.map { $0.masked() },
            startDate: application.startDate, endDate: application.endDate, startsInPast: startsInPast, frequency: application.frequency,
            premium: application.premium, sumInsured: application.sumInsured,
            authority: AuthorityMeasure.of(application.quote, fallback: application.sumInsured), risk: RiskLines.lines(application.riskText),
            quote: quote, worksheetReproduced: reproduced, firedRules: application.firedRules,
            documents: try documents(of: application, product, session),
            offer: .init(validityDays: days, openUntil: until, lapsed: application.status == .referred && now >= until),
            appliedAt: application.appliedAt, appliedBy: application.appliedBy, decidedAt: application.decidedAt,
            decidedBy: application.decidedBy, decisionNote: application.decisionNote, policy: policy, history: history, notes: notes)
    }

    /// The application's risk priced again on the product version and the rate table versions
    /// recorded with it (they are immutable), for its worksheet.
    func reproducedQuote(_ application: ApplicationRecord, _ product: Product, insured: [Party], _ session: any StorageSession) throws -> Quote {
        let fields = try ApplicationRisk.mergedRisk(application.riskText, source: application.reference, insured: insured)
        var byRole: [String: RateIndex] = [:]
        let recorded = Set(application.quote.tableVersions)
        for (role, name) in product.rating.tables {
            let versions = try session.catalog.rateTableVersions(name: name)
            guard let version = versions.first(where: { recorded.contains($0.effectiveFrom.map { "\(name)@\($0)" } ?? name) }) else {
                throw PuhuiError.notFound("rate table \(name) in the version recorded with the application is not stored")
            }
            byRole[role] = RateIndex(try session.catalog.rateTable(version))
        }
        let rater = try RatingModules.rater(for: product, tables: ResolvedTables(byRole: byRole))
        let rated = application.quote.asOf
        return try rater.quote(fields, context: RatingContext(asOf: rated, startDate: rated, rounding: product.rating.rounding), source: application.reference)
    }

    /// Each underwriting document of the product that the applicant was asked for, gave, or
    /// that was recorded later, with where it stands.
    func documents(of application: ApplicationRecord, _ product: Product, _ session: any StorageSession) throws -> [ApplicationCaseFile.DocumentStatus] {
        let recorded = try session.policies.applicationDocuments(application.reference)
        let required = Set(application.requiredDocuments)
        let provided = Set(application.documentsProvided)
        return product.underwriting.documents.compactMap { spec in
            let later = recorded.first { $0.code == spec.code }
            guard required.contains(spec.code) || provided.contains(spec.code) || later != nil else { return nil }
            if provided.contains(spec.code) {
                return .init(code: spec.code, name: spec.name, required: required.contains(spec.code), status: .withApplication,
                             at: application.appliedAt, by: application.appliedBy, reason: nil)
            }
            if let later, let received = later.receivedAt {
                return .init(code: spec.code, name: spec.name, required: required.contains(spec.code), status: .received, at: received,
                             by: later.receivedBy, reason: nil)
            }
            if let later, let waived = later.waivedAt {
                return .init(code: spec.code, name: spec.name, required: required.contains(spec.code), status: .waived, at: waived,
                             by: later.waivedBy, reason: later.waiverReason)
            }
            return .init(code: spec.code, name: spec.name, required: required.contains(spec.code), status: .missing, at: nil, by: nil, reason: nil)
        }
    }

    /// Documents received for a referred application; each must be on the product's list and
    /// not received yet. Returns the documents still missing.
    public func receiveDocuments(_ reference: String, codes: [String], _ context: ActionContext) throws -> [String] {
        try context.authorize(.recordApplicationDocuments)
        return try storage.write { session in try receiveDocuments(reference, codes: codes, context, session) }
    }

    /// The same inside a caller's transaction.
    public func receiveDocuments(_ reference: String, codes: [String], _ context: ActionContext, _ session: any StorageSession) throws -> [String] {
        try context.authorize(.recordApplicationDocuments)
        try context.checkNotInFuture(clock)
        guard !codes.isEmpty else { throw PuhuiError.invalid("name the documents received", field: "documents") }
        let application = try referred(reference, session)
        if context.at < application.appliedAt {
            throw PuhuiError.invalid("at \(context.at) is before the application was made (\(application.appliedAt))", field: "at")
        }
        let product = try session.catalog.product(code: application.productCode, version: application.productVersion).product
        let listed = product.underwriting.documents.map(\.code)
        let unknown = codes.filter { !listed.contains($0) }
        if !unknown.isEmpty {
            throw PuhuiError.invalid("\(unknown.map { "'\($0)'" }.joined(separator: ", ")) \(unknown.count == 1 ? "is" : "are") not on \(product.code)'s document list (\(listed.joined(separator: ", ")))", field: "documents")
        }
        let before = try documents(of: application, product, session)
        let done = codes.filter { code in before.contains { $0.code == code && $0.status != .missing } }
        if !done.isEmpty || Set(codes).count != codes.count {
            throw PuhuiError.invalid("application \(application.reference): \(done.isEmpty ? "a document is named twice" : "already on file: \(done.joined(separator: ", "))")")
        }
        for code in codes {
            try session.policies.recordApplicationDocument(application.reference,
                                                          ApplicationDocumentRecord(code: code, receivedAt: context.at, receivedBy: context.actor))
        }
        let missing = try documents(of: application, product, session).filter { $0.required && $0.status == .missing }.map(\.code)
        try audit(session, context.at, context.actor, application.reference, "documents received", after: codes.joined(separator: " ")
                  + (missing.isEmpty ? "; every required document on file" : "; still missing \(missing.joined(separator: " "))"))
        return missing
    }

    /// An underwriter waives a required document that is missing, with the reason; not the one
    /// who entered the application (four eyes, as for approval).
    public func waiveDocument(_ reference: String, code: String, reason: String, _ context: ActionContext) throws -> [String] {
        try context.authorize(.waiveApplicationDocument)
        try context.checkNotInFuture(clock)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw PuhuiError.invalid("a waiver needs a reason", field: "reason") }
        return try storage.write { session in
            let application = try referred(reference, session)
            if application.appliedBy == context.actor {
                throw PuhuiError(.unauthorized, "application \(application.reference): \(context.actor) entered it and cannot also waive its documents; another underwriter must")
            }
            if context.at < application.appliedAt {
                throw PuhuiError.invalid("at \(context.at) is before the application was made (\(application.appliedAt))", field: "at")
            }
            let product = try session.catalog.product(code: application.productCode, version: application.productVersion).product
            let current = try documents(of: application, product, session)
            guard let document = current.first(where: { $0.code == code && $0.required }) else {
                throw PuhuiError.invalid("application \(application.reference) does not require '\(code)' (required: \(application.requiredDocuments.joined(separator: ", ")))", field: "documents")
            }
            guard document.status == .missing else {
                throw PuhuiError.refused("application \(application.reference): \(code) is \(document.status.rawValue); only a missing document can be waived")
            }
            try session.policies.recordApplicationDocument(application.reference, ApplicationDocumentRecord(
                code: code, waivedAt: context.at, waivedBy: context.actor, waiverReason: reason))
            try audit(session, context.at, context.actor, application.reference, "document waived", after: "\(code): \(reason)")
            return try documents(of: application, product, session).filter { $0.required && $0.status == .missing }.map(\.code)
        }
    }

    /// A referral that expired.
    public struct ExpiredReferral: Sendable, Codable, Hashable {
        public var application: String
        public var productCode: String
        public var appliedAt: Instant
        public var openUntil: Instant
    }

    /// Marks every referral whose offer is no longer open at the context's time as expired,
    /// each with an audit event; returns them oldest first.
    public func expireReferrals(_ context: ActionContext) throws -> [ExpiredReferral] {
        try context.authorize(.expireReferrals)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            var expired: [ExpiredReferral] = []
            var validity: [String: Int] = [:]
            for referral in try session.policies.referredApplications() {
                let key = "\(referral.productCode) \(referral.productVersion)"
                let days: Int
                if let known = validity[key] {
                    days = known
                } else {
                    days = try session.catalog.product(code: referral.productCode, version: referral.productVersion).product.underwriting.offerValidity
                    validity[key] = days
                }
                let until = OfferTerms.openUntil(appliedAt: referral.appliedAt, days: days)
                guard context.at >= until else { continue }
                try session.policies.decideApplication(referral.application, status: .expired, at: context.at, by: context.actor,
                                                       note: "offer open until \(until.adding(seconds: -1).chinaDate) (\(days) days)")
                try audit(session, context.at, context.actor, referral.application, "expired", before: "referred",
                          after: "offer open for \(days) days, until the end of \(until.adding(seconds: -1).chinaDate)")
                expired.append(ExpiredReferral(application: referral.application, productCode: referral.productCode,
                                               appliedAt: referral.appliedAt, openUntil: until))
            }
            return expired
        }
    }

    /// The referrals with how long each offer stays open.
    func withOffers(_ referrals: [ReferredApplication], _ session: any StorageSession) throws -> [ReferredApplication] {
        var validity: [String: Int] = [:]
        return try referrals.map { referral in
            let key = "\(referral.productCode) \(referral.productVersion)"
            let days = try validity[key] ?? session.catalog.product(code: referral.productCode, version: referral.productVersion).product.underwriting.offerValidity
            validity[key] = days
            var open = referral
            open.openUntil = OfferTerms.openUntil(appliedAt: referral.appliedAt, days: days)
            return open
        }
    }
}
