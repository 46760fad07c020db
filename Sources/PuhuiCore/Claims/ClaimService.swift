import Foundation
import GRDB

/// Who acts on a claim, when, and on which version of it they read.
public struct ClaimActor: Sendable {
    public var adjuster: String
    public var at: Instant
    /// The claim version the adjuster read; a change by someone else since then is refused.
    public var expectedVersion: Int?

    public init(adjuster: String, at: Instant, expectedVersion: Int? = nil) {
        self.adjuster = adjuster
        self.at = at
        self.expectedVersion = expectedVersion
    }
}

/// The adjuster's workflow: every command checks the state machine, the clock of back-dated
/// entries and the adjuster's authority, and writes the claim, its event and its clocks in one
/// transaction.
public struct ClaimService: Sendable {
    public let adjusters: AuthorityTable
    public let calendar: WorkingDayCalendar
    public let now: @Sendable () -> Instant

    public init(adjusters: AuthorityTable, calendar: WorkingDayCalendar, now: @escaping @Sendable () -> Instant = { Instant.now() }) {
        self.adjusters = adjusters
        self.calendar = calendar
        self.now = now
    }

    func checkActor(_ actor: ClaimActor) throws {
        if actor.at > now() { throw PuhuiError.invalid("--at \(actor.at) is in the future") }
        guard adjusters.people.contains(actor.adjuster) else {
            throw PuhuiError(.unauthorized, "\(actor.adjuster) is not an adjuster in \(adjusters.path); listed: \(adjusters.people.joined(separator: ", "))")
        }
    }

    /// Loads the claim, checks version, time and state, lets `body` change it, then saves the
    /// claim, its event and its clocks.
    func act<T>(_ reference: String, _ action: ClaimAction, _ actor: ClaimActor, _ db: Database,
                _ body: (inout Claim, Product) throws -> (detail: String, result: T)) throws -> T {
        try checkActor(actor)
        var claim = try ClaimStore.claim(reference, db)
        let readVersion = claim.version
        if let expected = actor.expectedVersion, expected != claim.version {
            throw PuhuiError.conflict("claim \(claim.reference) changed since you read it (version \(expected), now \(claim.version)); read it again (puhui claim show \(claim.reference)) and retry")
        }
        if actor.at < claim.lastEventAt {
            throw PuhuiError.invalid("claim \(claim.reference): --at \(actor.at) is before the claim's last event (\(claim.lastEventAt))")
        }
        guard action.allowedFrom.contains(claim.state) else {
            let allowed = ClaimAction.allowed(from: claim.state).map(\.rawValue)
            throw PuhuiError.refused("claim \(claim.reference) is \(claim.state.rawValue): \(action.rawValue) is not allowed; allowed next: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))")
        }
        let product = try CatalogStore.product(code: claim.productCode, version: claim.productVersion, db).product
        let before = claim.state
        let (detail, result) = try body(&claim, product)
        claim.lastEventAt = actor.at
        claim.version = readVersion + 1
        try ClaimStore.save(claim, readVersion: readVersion, db)
        try ClaimStore.appendEvent(claim, at: actor.at, actor: actor.adjuster, action: action.rawValue, detail: detail, before: before, db)
        try ClaimStore.writeClocks(claim, spec: product.claims, calendar: calendar, db)
        return result
    }

    // MARK: - Report

    public struct Report: Sendable, Codable {
        public var claim: Claim
        public var documents: [ClaimDocument]
        public var notes: [String]
    }

    /// Opens a claim on a policy that covered the loss date and covers the claim type.
    public func report(policy number: String, lossDate: CivilDate, type: String, claimed: Money, description: String?,
                       _ actor: ClaimActor, _ writer: some DatabaseWriter) throws -> Report {
        try writer.write { db in try report(policy: number, lossDate: lossDate, type: type, claimed: claimed, description: description, actor, db) }
    }

    public func report(policy number: String, lossDate: CivilDate, type: String, claimed: Money, description: String?,
                       _ actor: ClaimActor, _ db: Database) throws -> Report {
        try checkActor(actor)
        let policy = try PolicyStore.policy(number, asOf: actor.at.chinaDate, db)
        guard let policyID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM policy WHERE number = ?"), arguments: [policy.number]) else {
            throw PuhuiError.notFound("policy \(number) does not exist")
        }
        let product = try CatalogStore.product(code: policy.productCode, version: policy.productVersion, db).product
        guard let claimType = product.claims.claimType(type) else {
            throw PuhuiError.invalid("\(product.code) has no claim type '\(type)' (its types: \(product.claims.claimTypes.map(\.code).joined(separator: ", ")))")
        }
        guard let coverage = policy.coverages.first(where: { $0.code == claimType.coverage }) else {
            throw PuhuiError.invalid("policy \(policy.number) does not include \(claimType.coverage), which '\(type)' claims fall under")
        }
        guard policy.covers(lossDate) else {
            let cancelled = policy.cancelledOn.map { ", cancelled from \($0)" } ?? ""
            throw PuhuiError.invalid("policy \(policy.number) was not in force on the loss date \(lossDate) (cover \(policy.startDate) to \(policy.endDate)\(cancelled))")
        }
        if lossDate > actor.at.chinaDate {
            throw PuhuiError.invalid("the loss date \(lossDate) is after the report (\(actor.at.chinaDate))")
        }
        guard claimed.fen > 0 else { throw PuhuiError.invalid("the claimed amount must be above zero") }
        let small = claimed <= product.claims.smallClaimThreshold
        let reserve = min(claimed, coverage.amount)
        let reference = try ReferenceNumbers.next(prefix: "CLM", year: actor.at.chinaDate.year, db)
        try db.cachedStatement(sql: """
            INSERT INTO claim (reference, policy_id, coverage, claim_type, loss_date, claimed_fen, description, small, state, reserve_fen,
                adjuster, reported_at, last_event_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', ?, ?, ?, ?)
            """).execute(arguments: [reference, policyID, coverage.code, type, lossDate.description, claimed.fen, description, small,
                             reserve.fen, actor.adjuster, actor.at.secondsSinceEpoch, actor.at.secondsSinceEpoch])
        let claimID = db.lastInsertedRowID
        for code in claimType.requiredDocuments {
            try db.cachedStatement(sql: "INSERT INTO claim_document (claim_id, code, required) VALUES (?, ?, 1)").execute(arguments: [claimID, code])
        }
        let claim = try ClaimStore.claim(reference, db)
        try ClaimStore.appendEvent(claim, at: actor.at, actor: actor.adjuster, action: "report",
                                   detail: "\(type) on \(coverage.code), loss \(lossDate), claimed \(claimed.yuanString)\(small ? " (small claim)" : ""); reserve \(reserve.yuanString)",
                                   before: nil, db)
        try ClaimStore.writeClocks(claim, spec: product.claims, calendar: calendar, db)
        var notes: [String] = []
        if let from = coverage.coverFrom, lossDate < from {
            notes.append("the loss date falls in the waiting period of \(coverage.code) (cover from \(from)): expect a not-covered decision")
        }
        if claimed > coverage.amount { notes.append("the claimed amount exceeds the \(coverage.code) amount \(coverage.amount.yuanString); the reserve is capped at it") }
        return Report(claim: claim, documents: try ClaimStore.documents(claim, db), notes: notes)
    }
}
