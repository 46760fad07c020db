import PuhuiDomain

/// Arrears, the month-end lapse run, and a bank's file of receipts.
extension PremiumService {
    /// One policy in arrears on a date.
    public struct ArrearsRow: Sendable, Hashable, Encodable {
        public var policy: String
        public var product: String
        public var line: LineOfBusiness
        public var holder: String
        /// The oldest due unpaid: `instalment 3`.
        public var due: String
        public var dueDate: CivilDate
        /// Everything fallen due and unpaid.
        public var overdue: Money
        public var daysLate: Int
        public var graceEnd: CivilDate
        public var stage: ArrearsState.Stage
    }

    /// Policies with premium fallen due and unpaid at the end of `asOf`, the latest first (most
    /// days late), with where each stands with its grace period.
    public func arrears(asOf: CivilDate, _ context: ActionContext) throws -> [ArrearsRow] {
        try context.authorize(.readArrears)
        return try storage.read { session in
            let cache = ServicingCache()
            return try session.servicing.arrearsCandidates(asOf: asOf).compactMap { try arrearsRow($0, asOf: asOf, session, cache)?.row }
                .sorted { ($1.daysLate, $0.policy) < ($0.daysLate, $1.policy) }
        }
    }

    func arrearsRow(_ policy: LedgerPolicy, asOf: CivilDate, _ session: any StorageSession,
                    _ cache: ServicingCache) throws -> (row: ArrearsRow, rules: ProductServicing.Premiums)? {
        let product = try cache.product(code: policy.productCode, version: policy.productVersion, session.catalog)
        let rules = product.servicingRules.premiums
        guard let state = ArrearsState.of(policy.ledger(asOf: asOf), graceDays: rules.graceDays, lapsed: policy.openLapse != nil) else { return nil }
        return (ArrearsRow(policy: policy.number, product: "\(policy.productCode) v\(policy.productVersion)", line: policy.line, holder: policy.holder,
                           due: state.due.due.label, dueDate: state.due.due.dueDate, overdue: state.overdue, daysLate: state.daysLate,
                           graceEnd: state.graceEnd, stage: state.stage), rules)
    }

    /// What a lapse run did.
    public struct LapseRun: Sendable, Encodable {
        public var asOf: CivilDate
        /// Policies in arrears looked at.
        public var inArrears: Int
        public var inGrace: Int
        public var alreadyLapsed: Int
        /// The policies lapsed by this run, each from the due date of its oldest unpaid due,
        /// with the day the customer must be told.
        public var lapsed: [Lapsed]

        public struct Lapsed: Sendable, Encodable {
            public var arrears: ArrearsRow
            public var noticeDue: CivilDate
        }
    }

    /// The month-end run: every policy with a due unpaid past its grace period at the end of
    /// `asOf` lapses from that due date, the customer notice due within the product's days.
    /// One transaction; each lapse with its audit event.
    public func lapse(asOf: CivilDate, _ context: ActionContext) throws -> LapseRun {
        try context.authorize(.servicePolicy)
        try context.checkNotInFuture(clock)
        if asOf > context.at.chinaDate {
            throw PuhuiError.invalid("a lapse run as of \(asOf) is after its own time (\(context.at.chinaDate)): a premium may still come", field: "asOf")
        }
        return try storage.write { session in
            let cache = ServicingCache()
            var run = LapseRun(asOf: asOf, inArrears: 0, inGrace: 0, alreadyLapsed: 0, lapsed: [])
            for policy in try session.servicing.arrearsCandidates(asOf: asOf) {
                guard let (row, rules) = try arrearsRow(policy, asOf: asOf, session, cache) else { continue }
                run.inArrears += 1
                switch row.stage {
                case .inGrace: run.inGrace += 1
                case .lapsed: run.alreadyLapsed += 1
                case .pastGrace:
                    let lapse = Policy.Lapse(lapsedFrom: row.dueDate, due: row.due, overdue: row.overdue, graceEnd: row.graceEnd,
                                             noticeDue: asOf.adding(days: rules.lapseNoticeDays), recordedAt: context.at)
                    try session.servicing.recordLapse(policyID: policy.id, lapse, by: context.actor)
                    try session.audit.record(AuditEvent(
                        at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number, action: "lapsed", before: "in-force",
                        after: try CanonicalJSON.encode(["from": row.dueDate.description, "due": row.due, "overdue": row.overdue.yuanString,
                                                         "graceEnd": row.graceEnd.description, "noticeDue": lapse.noticeDue.description,
                                                         "runAsOf": asOf.description])))
                    run.lapsed.append(.init(arrears: row, noticeDue: lapse.noticeDue))
                }
            }
            return run
        }
    }

    /// What reading a bank's file of receipts came to.
    public struct ImportReport: Sendable {
        public var received: [Receipt] = []
        public var rejects: [Reject] = []
        /// The file's header, to write the rejects back in the same shape.
        public var header = ""

        public struct Reject: Sendable, Hashable {
            public var line: Int
            public var text: String
            public var reason: String
        }

        /// The rejected rows as CSV, the header with `line` and `reason` added.
        public var rejectsCSV: String {
            ([header + ",line,reason"] + rejects.map { "\($0.text),\($0.line),\(CSVLine.escape($0.reason))" }).joined(separator: "\n") + "\n"
        }
    }

    /// Records every receipt of a bank's file, each at its own time: all or nothing, or with
    /// `skipInvalid` the valid rows recorded and the others returned with their reasons.
    public func importReceipts(_ source: SourceText, skipInvalid: Bool, _ context: ActionContext) throws -> ImportReport {
        try context.authorize(.receivePremium)
        let (header, rows) = try BankReceiptFile.read(source)
        let now = clock.now()
        return try storage.write { session in
            var report = ImportReport(header: header)
            var diagnostics = DiagnosticCollector()
            let cache = ServicingCache()
            for row in rows {
                var problems = row.problems
                if problems.isEmpty, let amount = row.amount, let at = row.at {
                    if at > now {
                        problems.append("at: \(at) is in the future")
                    } else {
                        var rowContext = context
                        rowContext.at = at
                        do {
                            let receipt = try session.savepoint {
                                try receive(row.policy, amount: amount, reference: row.reference, rowContext, session, cache: cache)
                            }
                            report.received.append(receipt)
                        } catch let error as PuhuiError where error.code != .storage && error.code != .corrupt {
                            problems.append(error.message)
                        }
                    }
                }
                if !problems.isEmpty {
                    let reason = problems.joined(separator: "; ")
                    report.rejects.append(.init(line: row.line, text: row.text, reason: reason))
                    diagnostics.error(reason, path: source.path, line: row.line)
                }
            }
            if !skipInvalid && diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
            return report
        }
    }
}
