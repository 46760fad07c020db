import PuhuiDomain

/// The premium ledger: money received (one receipt, or a bank's file of them), credit paid
/// back, the ledger read back. Pension contributions are received the same way, within the
/// product's and the private-pension caps. Every receipt is one row and an audit event on the
/// policy, in one transaction.
public struct PremiumService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// Money recorded on a policy, with the ledger after it.
    public struct Receipt: Sendable, Encodable {
        public var policy: String
        public var line: LineOfBusiness
        public var entry: PremiumLedger.Entry
        /// The ledger at the end of the day of the receipt.
        public var ledger: PremiumLedger
        public var notes: [String]
    }

    /// Records premium received on policy `number` at the context's time.
    public func receive(_ number: String, amount: Money, reference: String?, _ context: ActionContext) throws -> Receipt {
        try context.authorize(.receivePremium)
        try context.checkNotInFuture(clock)
        return try storage.write { session in try receive(number, amount: amount, reference: reference, context, session) }
    }

    /// The same inside a caller's transaction; bulk work passes one cache for all its receipts.
    public func receive(_ number: String, amount: Money, reference: String?, _ context: ActionContext, _ session: any StorageSession,
                        cache: ServicingCache = ServicingCache()) throws -> Receipt {
        try context.authorize(.receivePremium)
        try context.checkNotInFuture(clock)
        guard amount.fen > 0 else { throw PuhuiError.invalid("a premium received must be above zero", field: "amount") }
        let policy = try session.servicing.ledgerPolicy(number)
        let date = context.at.chinaDate
        if let cancelled = policy.cancelledOn {
            throw PuhuiError.refused("policy \(policy.number) was cancelled from \(cancelled); no premium is received on it")
        }
        let trimmed = reference?.trimmingCharacters(in: .whitespaces) ?? ""
        let bankReference = trimmed.isEmpty ? nil : trimmed
        if let bankReference, let other = try session.servicing.policyReceiving(bankReference: bankReference) {
            throw PuhuiError(.conflict, "bank reference \(bankReference) was already received on policy \(other); a receipt is recorded once",
                             field: "reference")
        }
        if policy.line == .pension {
            try checkContribution(policy, amount: amount, on: date, session, cache)
        }
        let entry = PremiumLedger.Entry(kind: .received, date: date, amount: amount, reference: bankReference)
        try record(entry, on: policy, context, session, action: policy.line == .pension ? "contribution received" : "premium received")
        var updated = policy
        updated.entries.append(entry)
        let ledger = updated.ledger(asOf: date)
        var notes: [String] = []
        if policy.line != .pension {
            if let lapse = policy.openLapse, ledger.overdue == .zero {
                notes.append("the policy lapsed from \(lapse.lapsedFrom); its arrears are now paid and it may be reinstated")
            }
            if ledger.credit.fen > 0 { notes.append("\(ledger.credit.yuanString) is held as credit for the instalments to come") }
        }
        return Receipt(policy: policy.number, line: policy.line, entry: entry, ledger: ledger, notes: notes)
    }

    /// Writes `entry` on `policy`'s ledger and the audit event after it.
    func record(_ entry: PremiumLedger.Entry, on policy: LedgerPolicy, _ context: ActionContext, _ session: any StorageSession, action: String) throws {
        try session.servicing.insertEntry(NewPremiumEntry(policyID: policy.id, entry: entry, at: context.at, recordedAt: clock.now(),
                                                          recordedBy: context.actor))
        var after = ["kind": entry.kind.rawValue, "on": entry.date.description, "amount": entry.amount.yuanString]
        if let reference = entry.reference { after["reference"] = reference }
        try session.audit.record(AuditEvent(at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: action,
                                            after: try CanonicalJSON.encode(after)))
    }

    /// A contribution's limits: the account open (started, not past retirement, not
    /// converted), the product's minimum and annual cap per policy year, and the private-pension
    /// cap per person and calendar year where the product counts against it.
    func checkContribution(_ policy: LedgerPolicy, amount: Money, on date: CivilDate, _ session: any StorageSession, _ cache: ServicingCache) throws {
        if try session.servicing.conversion(policyID: policy.id) != nil {
            throw PuhuiError.refused("policy \(policy.number): the account was converted into its annuity; it takes no more contributions")
        }
        if date > policy.endDate {
            throw PuhuiError.refused("policy \(policy.number): contributions end at retirement (the account runs to \(policy.endDate)); convert the account into its annuity")
        }
        if date < policy.startDate {
            throw PuhuiError.invalid("policy \(policy.number): the account opens on \(policy.startDate), after \(date)", field: "at")
        }
        let product = try cache.product(code: policy.productCode, version: policy.productVersion, session.catalog)
        let rating = try cache.pensionRating(product, on: policy.startDate, session.catalog)
        var year = 0
        while policy.startDate.adding(years: year + 1) <= date { year += 1 }
        let yearStart = policy.startDate.adding(years: year), yearEnd = policy.startDate.adding(years: year + 1)
        let paidInYear = policy.entries.filter { $0.kind == .received && $0.date >= yearStart && $0.date < yearEnd }.reduce(Money.zero) { $0 + $1.amount }
        var privateCap: Money? = nil
        var paidInCalendarYear = Money.zero
        if let account = product.servicingRules.pensionAccount, account.privatePension {
            privateCap = account.privatePensionCap
            let person = policy.insured.first ?? policy.holder
            guard let january = CivilDate(year: date.year, month: 1, day: 1), let december = CivilDate(year: date.year, month: 12, day: 31) else { return }
            for other in try session.servicing.pensionPolicies(insured: person) {
                let otherProduct = try cache.product(code: other.productCode, version: other.productVersion, session.catalog)
                guard otherProduct.servicingRules.pensionAccount?.privatePension == true else { continue }
                paidInCalendarYear += try session.servicing.receivedTotal(policyID: other.id, from: january, to: december)
            }
        }
        try PensionContributionRule.check(amount, on: date, PensionContributionRule.Context(
            minimum: rating.minimumPensionContribution, annualCap: rating.annualContributionCap, policyYear: year + 1,
            policyYearStart: yearStart, paidInPolicyYear: paidInYear, privateCap: privateCap, paidInCalendarYear: paidInCalendarYear))
    }

    /// Pays back credit held on a policy (an overpayment or a prepayment).
    public func refund(_ number: String, amount: Money, reference: String?, _ context: ActionContext) throws -> Receipt {
        try context.authorize(.receivePremium)
        try context.checkNotInFuture(clock)
        guard amount.fen > 0 else { throw PuhuiError.invalid("a refund must be above zero", field: "amount") }
        return try storage.write { session in
            let policy = try session.servicing.ledgerPolicy(number)
            if policy.line == .pension {
                throw PuhuiError.refused("policy \(policy.number) is a pension account: it pays out on surrender (policy cancel) or as its annuity")
            }
            let date = context.at.chinaDate
            let ledger = policy.ledger(asOf: date)
            guard amount <= ledger.credit else {
                throw PuhuiError.refused("policy \(policy.number) holds \(ledger.credit.yuanString) of credit on \(date); \(amount.yuanString) cannot be paid back")
            }
            let trimmed = reference?.trimmingCharacters(in: .whitespaces) ?? ""
            let entry = PremiumLedger.Entry(kind: .refund, date: date, amount: amount, reference: trimmed.isEmpty ? nil : trimmed, note: "credit paid back")
            try record(entry, on: policy, context, session, action: "premium refunded")
            var updated = policy
            updated.entries.append(entry)
            return Receipt(policy: policy.number, line: policy.line, entry: entry, ledger: updated.ledger(asOf: date), notes: [])
        }
    }

    /// A policy's premium ledger as it stood at the end of `asOf`, with its arrears.
    public struct LedgerView: Sendable, Encodable {
        public var policy: String
        public var product: String
        public var line: LineOfBusiness
        public var holder: String
        public var startDate: CivilDate
        public var endDate: CivilDate
        public var frequency: PaymentFrequency
        public var cancelledOn: CivilDate?
        public var graceDays: Int
        public var ledger: PremiumLedger
        public var arrears: ArrearsState?
        public var lapse: Policy.Lapse?
    }

    /// The ledger of a policy; a customer sees only their own.
    public func ledger(_ number: String, asOf: CivilDate, _ context: ActionContext) throws -> LedgerView {
        try context.authorize(.readLedger)
        return try storage.read { session in
            let policy = try session.servicing.ledgerPolicy(number)
            guard context.user.mayAccess(parties: [policy.holder] + policy.insured) else {
                throw PuhuiError.notFound("policy \(Reference.normalized(number)) does not exist")
            }
            let product = try session.catalog.product(code: policy.productCode, version: policy.productVersion).product
            let grace = product.servicingRules.premiums.graceDays
            let ledger = policy.ledger(asOf: asOf)
            let arrears = policy.line == .pension || policy.cancelledOn != nil ? nil : ArrearsState.of(ledger, graceDays: grace, lapsed: policy.openLapse != nil)
            return LedgerView(policy: policy.number, product: "\(policy.productCode) v\(policy.productVersion)", line: policy.line, holder: policy.holder,
                              startDate: policy.startDate, endDate: policy.endDate, frequency: policy.frequency, cancelledOn: policy.cancelledOn,
                              graceDays: grace, ledger: ledger, arrears: arrears, lapse: policy.openLapse)
        }
    }
}
