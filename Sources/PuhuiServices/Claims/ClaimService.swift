import PuhuiDomain

/// The adjuster's workflow: every step checks the state machine, the time of back-dated
/// entries and the adjuster's authority, and writes the claim, its event and its clocks in one
/// transaction.
public struct ClaimService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    public let calendar: WorkingDayCalendar
    /// Who the letters come from. With it, the steps the law wants in writing send their letter
    /// (the Art. 22 request, the Art. 24 notice) and payments their advice, each kept with the
    /// claim and its SHA-256 in the event; without it (bulk work such as the demo book) no
    /// letter is written.
    public var letterhead: InsurerProfile?

    public init(storage: any PuhuiStorage, clock: any Clock, calendar: WorkingDayCalendar, letterhead: InsurerProfile? = nil) {
        self.storage = storage
        self.clock = clock
        self.calendar = calendar
        self.letterhead = letterhead
    }

    /// The adjusters' and approvers' payment authority on the day of `context`.
    func authority(_ session: any StorageSession) throws -> AuthorityBook {
        AuthorityBook(grants: try session.users.grants(kind: .claims))
    }

    /// Whether `user` may see the claims of `policy` (staff may; a customer on their own policies).
    func mayAccess(_ claim: Claim, _ user: AuthenticatedUser, _ session: any StorageSession) throws -> Bool {
        guard user.isCustomer else { return true }
        return PolicyService.mayAccess(try session.policies.policy(claim.policyNumber, asOf: claim.lossDate), user)
    }

    /// Runs one step in its own transaction.
    func transaction<T>(_ body: (any StorageSession) throws -> T) throws -> T {
        try storage.write(body)
    }

    /// Loads the claim, checks version, time and state, lets `body` change it, then saves the
    /// claim, its event and its clocks.
    /// `step` is the action's own unless a front door takes it on someone else's authority (a
    /// customer's documents uploaded online).
    func act<T>(_ reference: String, _ action: ClaimAction, step: Step? = nil, _ context: ActionContext, _ session: any StorageSession,
                _ body: (inout Claim, Product) throws -> (detail: String, result: T)) throws -> T {
        try context.authorize(step ?? action.step)
        try context.checkNotInFuture(clock)
        var claim = try session.claims.claim(reference)
        let readVersion = claim.version
        if let expected = context.expectedVersion, expected != claim.version {
            throw PuhuiError(.stale, "claim \(claim.reference) changed since you read it (version \(expected), now \(claim.version)); read it again and retry",
                             subject: "claim \(claim.reference)")
        }
        if context.at < claim.lastEventAt {
            throw PuhuiError.invalid("claim \(claim.reference): at \(context.at) is before the claim's last event (\(claim.lastEventAt))", field: "at")
        }
        guard action.allowedFrom.contains(claim.state) else {
            let allowed = ClaimAction.allowed(from: claim.state).map(\.rawValue)
            throw PuhuiError.refused("claim \(claim.reference) is \(claim.state.rawValue): \(action.rawValue) is not allowed; allowed next: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))")
        }
        let product = try session.catalog.product(code: claim.productCode, version: claim.productVersion).product
        let before = claim.state
        let (detail, result) = try body(&claim, product)
        claim.lastEventAt = context.at
        claim.version = readVersion + 1
        try session.claims.save(claim, readVersion: readVersion)
        try session.claims.appendEvent(claim, at: context.at, actor: context.actor, action: action.rawValue, detail: detail, before: before,
                                       facts: .of(action.rawValue, claim))
        try session.claims.replaceClocks(claim, ClaimClockRules.clocks(claim, claims: product.claims, productCode: claim.productCode, calendar: calendar))
        return result
    }

    // MARK: - Report

    public struct Report: Sendable, Codable {
        public var claim: Claim
        public var documents: [ClaimDocument]
        public var notes: [String]
        /// Earlier claims on the same policy for the same loss date and claim type: the report
        /// is accepted, and flagged. The most recent `PossibleDuplicates.listedAtMost`, oldest first.
        public var possibleDuplicates: [PossibleDuplicate]
        /// How many there are in all, listed or not.
        public var possibleDuplicateCount: Int
    }

    /// Opens a claim on a policy that covered the loss date and covers the claim type.
    public func report(policy number: String, lossDate: CivilDate, type: String, claimed: Money, description: String?,
                       _ context: ActionContext) throws -> Report {
        try transaction { session in try report(policy: number, lossDate: lossDate, type: type, claimed: claimed, description: description, context, session) }
    }

    /// The same inside a caller's transaction.
    public func report(policy number: String, lossDate: CivilDate, type: String, claimed: Money, description: String?,
                       _ context: ActionContext, _ session: any StorageSession) throws -> Report {
        try context.authorize(.reportClaim)
        try context.checkNotInFuture(clock)
        let policy = try session.policies.policy(number, asOf: context.at.chinaDate)
        guard PolicyService.mayAccess(policy, context.user) else { throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist") }
        let policyID = try session.policies.policyID(policy.number)
        let product = try session.catalog.product(code: policy.productCode, version: policy.productVersion).product
        guard let claimType = product.claims.claimType(type) else {
            throw PuhuiError.invalid("\(product.code) has no claim type '\(type)' (its types: \(product.claims.claimTypes.map(\.code).joined(separator: ", ")))", field: "type")
        }
        // The cover in force on the loss date, not today's.
        let cover = policy.cover(on: lossDate)
        guard let coverage = cover.coverages.first(where: { $0.code == claimType.coverage }) else {
            let version = cover.version == 1 ? "" : " (cover version \(cover.version), from \(cover.effectiveFrom))"
            throw PuhuiError.invalid("policy \(policy.number) did not include \(claimType.coverage), which '\(type)' claims fall under, on the loss date \(lossDate)\(version)", field: "type")
        }
        guard policy.covers(lossDate) else {
            let cancelled = policy.cancelledOn.map { ", cancelled from \($0)" } ?? ""
            throw PuhuiError.invalid("policy \(policy.number) was not in force on the loss date \(lossDate) (cover \(policy.startDate) to \(policy.endDate)\(cancelled))", field: "lossDate")
        }
        if lossDate > context.at.chinaDate {
            throw PuhuiError.invalid("the loss date \(lossDate) is after the report (\(context.at.chinaDate))", field: "lossDate")
        }
        var notes: [String] = []
        if let unpaid = try premiumInGrace(policy, product: product, lossDate: lossDate, today: context.at.chinaDate, session) {
            notes.append(unpaid)
        }
        guard claimed.fen > 0 else { throw PuhuiError.invalid("the claimed amount must be above zero", field: "claimed") }
        let small = claimed <= product.claims.smallClaimThreshold
        let reserve = min(claimed, coverage.amount)
        let reference = try session.nextReference(.claim, year: context.at.chinaDate.year)
        let claim = try session.claims.insertClaim(NewClaim(
            reference: reference, policyID: policyID, coverage: coverage.code, claimType: type, lossDate: lossDate, claimed: claimed,
            description: description, small: small, reserve: reserve,
            adjuster: context.user.roles.contains(.adjuster) ? context.actor : ClaimService.unassigned, reportedAt: context.at,
            requiredDocuments: claimType.requiredDocuments))
        let duplicates = try session.claims.possibleDuplicates(policyID: policyID, lossDate: lossDate, claimType: type, excludingClaim: claim.id,
                                                               atMost: PossibleDuplicates.listedAtMost)
        let flagged = duplicates.eventSuffix
        try session.claims.appendEvent(claim, at: context.at, actor: context.actor, action: "report",
                                       detail: "\(type) on \(coverage.code), loss \(lossDate), claimed \(claimed.yuanString)\(small ? " (small claim)" : ""); reserve \(reserve.yuanString)\(flagged)",
                                       before: nil, facts: ClaimEvent.Facts())
        try session.claims.replaceClocks(claim, ClaimClockRules.clocks(claim, claims: product.claims, productCode: claim.productCode, calendar: calendar))
        if let from = coverage.coverFrom, lossDate < from {
            notes.append("the loss date falls in the waiting period of \(coverage.code) (cover from \(from)): expect a not-covered decision")
        }
        if claimed > coverage.amount { notes.append("the claimed amount exceeds the \(coverage.code) amount \(coverage.amount.yuanString); the reserve is capped at it") }
        notes += duplicates.notes
        return Report(claim: claim, documents: try documents(claim, product, session), notes: notes, possibleDuplicates: duplicates.listed,
                      possibleDuplicateCount: duplicates.total)
    }

    /// The claim's documents with the names the product gives them.
    func documents(_ claim: Claim, _ product: Product, _ session: any StorageSession) throws -> [ClaimDocument] {
        try session.claims.documents(claimID: claim.id).map { stored in
            ClaimDocument(code: stored.code, name: product.claims.document(stored.code)?.name ?? LocalizedName(zh: stored.code, en: stored.code),
                          required: stored.required, firstRequestedAt: stored.firstRequestedAt, receivedAt: stored.receivedAt)
        }
    }

    /// The adjuster of a claim a customer reported, until one is assigned.
    public static let unassigned = "unassigned"

    // MARK: - Reading

    /// The claim, for someone who may read it (to anyone else: "does not exist").
    func readable(_ reference: String, _ context: ActionContext, _ session: any StorageSession) throws -> Claim {
        try context.authorize(.readClaims)
        let claim = try session.claims.claim(reference)
        guard try mayAccess(claim, context.user, session) else { throw PuhuiError.notFound("claim \(Reference.normalized(reference)) does not exist") }
        return claim
    }

    public func claim(_ reference: String, _ context: ActionContext) throws -> Claim {
        try storage.read { try readable(reference, context, $0) }
    }

    /// Everything about one claim, with its clocks as they stood at `asOf`.
    public func details(_ reference: String, asOf: Instant, _ context: ActionContext) throws -> ClaimDetails {
        try storage.read { session in try details(reference, asOf: asOf, context, session) }
    }

    /// The same inside a caller's transaction (the claim as a change just left it).
    public func details(_ reference: String, asOf: Instant, _ context: ActionContext, _ session: any StorageSession) throws -> ClaimDetails {
        let claim = try readable(reference, context, session)
        let product = try session.catalog.product(code: claim.productCode, version: claim.productVersion).product
        let clocks = try session.claims.clocks(claimID: claim.id).filter { $0.startedAt <= asOf }.map { ClaimDetails.ClockView($0, asOf: asOf) }
        var details = ClaimDetails(asOf: asOf, claim: claim, documents: try documents(claim, product, session),
                                   requests: try session.claims.requests(claimID: claim.id), payments: try session.claims.payments(claimID: claim.id),
                                   clocks: clocks, events: try session.claims.eventCount(claimID: claim.id))
        try addCaseFile(&details, context, session)
        return details
    }

    /// Every event of a claim, oldest first.
    public func timeline(_ reference: String, _ context: ActionContext) throws -> [ClaimEvent] {
        try storage.read { session in try session.claims.events(claimID: try readable(reference, context, session).id) }
    }

    /// Payments waiting for the acting approver: within their authority on the day, not asked
    /// for by them; oldest first.
    public func approvals(_ context: ActionContext) throws -> [PendingPayment] {
        try context.authorize(.approvePayment)
        let date = context.at.chinaDate
        return try storage.read { session in
            let authority = try authority(session)
            return try session.claims.pendingPayments().filter { pending in
                guard pending.payment.requestedBy != context.actor,
                      let limit = authority.limit(of: context.actor, .claims, on: pending.line, date: date) else { return false }
                return pending.payment.amount <= limit
            }
        }
    }

    /// Claims or their running clocks; for staff only (a customer reads their claims one by one).
    public func list(_ filter: ClaimListFilter, _ context: ActionContext) throws -> [ClaimListRow] {
        try context.authorize(.readClaims)
        guard context.user.isStaff else {
            throw PuhuiError(.unauthorized, "\(context.actor) may not list the book's claims: a staff role is needed")
        }
        return try storage.read { try $0.claims.list(filter) }
    }

    /// The claims on one policy, oldest first, for anyone who may read the policy (a customer:
    /// their own; another's is "not found").
    public func claims(onPolicy number: String, _ context: ActionContext) throws -> [ClaimListRow] {
        try context.authorize(.readClaims)
        try context.authorize(.readPolicies)
        return try storage.read { session in
            let policy = try session.policies.policy(number, asOf: context.at.chinaDate)
            guard PolicyService.mayAccess(policy, context.user) else { throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist") }
            var filter = ClaimListFilter(asOf: context.at)
            filter.policy = policy.number
            return try session.claims.list(filter)
        }
    }

    /// Premium unpaid on the loss date, judged by the product's rules: past the grace period the
    /// policy had lapsed and the loss is refused; within it, the product's rule for a loss during
    /// unpaid grace applies (refused, or covered with the unpaid premium deducted from the
    /// payment, which the note returned says).
    func premiumInGrace(_ policy: Policy, product: Product, lossDate: CivilDate, today: CivilDate, _ session: any StorageSession) throws -> String? {
        guard policy.line != .pension else { return nil }
        let ledger = try session.servicing.ledgerPolicy(policy.number).ledger(asOf: max(today, lossDate))
        guard let unpaid = ledger.unpaid(on: lossDate) else { return nil }
        let rules = product.servicingRules.premiums
        let graceEnd = unpaid.due.dueDate.adding(days: rules.graceDays)
        let due = "\(unpaid.due.label) (\(unpaid.due.amount.yuanString), due \(unpaid.due.dueDate))"
        if lossDate > graceEnd {
            throw PuhuiError.invalid("policy \(policy.number) had lapsed on the loss date \(lossDate): \(due) was unpaid when its grace period ended on \(graceEnd)", field: "lossDate")
        }
        switch rules.lossInGrace {
        case .notCovered:
            if unpaid.paidOn.map({ $0 > graceEnd }) ?? true {
                throw PuhuiError.invalid("policy \(policy.number): the loss on \(lossDate) falls in the grace period of \(due), unpaid; \(product.code) does not cover a loss while the premium is unpaid", field: "lossDate")
            }
            return nil
        case .coveredPremiumDeducted:
            guard unpaid.paidOn == nil else { return nil }
            return "the loss falls in the grace period of \(due), to \(graceEnd), still unpaid: covered, and the unpaid premium is deducted from the payment"
        }
    }
}
