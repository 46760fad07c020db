import PuhuiDomain

/// The party registry: registering policyholders and insured persons after checking their
/// identifiers, classifying firms by the size standard, deriving segments, and reading back.
public struct PartyService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    public let standard: SizeStandard

    public init(storage: any PuhuiStorage, clock: any Clock, standard: SizeStandard) {
        self.storage = storage
        self.clock = clock
        self.standard = standard
    }

    var check: PartyCheck { PartyCheck(standard: standard, today: clock.now().chinaDate) }

    /// Registers one party in its own transaction; every problem of the input is named.
    public func register(_ input: PartyInput, allowDuplicate: Bool = false, _ context: ActionContext) throws -> Party {
        try context.authorize(.registerParty)
        let now = clock.now()
        return try storage.write { session in
            switch try check.check(input, at: now, allowDuplicate: allowDuplicate, registry: session.parties) {
            case let .failed(problems):
                let shown = input.kind == .person ? PersonalDataMask.name(input.name) : input.name
                throw PuhuiError(.invalidInput, "party '\(shown)': " + problems.joined(separator: "; "), subject: "party '\(shown)'")
            case let .passed(checked):
                let party = try session.parties.insert(checked)
                try audit(session, context, party)
                return party
            }
        }
    }

    func audit(_ session: any StorageSession, _ context: ActionContext, _ party: Party) throws {
        try session.audit.record(AuditEvent(at: context.at, recordedAt: clock.now(), actor: context.actor, subject: party.reference,
                                            action: "registered", after: "\(party.kind.rawValue), segment \(party.segment.rawValue)"))
    }

    /// A party by reference, or a firm by its social credit code; a customer sees only their
    /// own (any other is "not registered").
    public func party(_ reference: String, _ context: ActionContext) throws -> Party {
        try context.authorize(.readParties)
        let party = try storage.read { try $0.parties.party(referenceOrCode: reference) }
        guard context.user.mayAccess(parties: [party.reference]) else {
            throw PuhuiError.notFound("party \(Reference.normalized(reference)) is not registered")
        }
        return party
    }

    /// Parties, optionally of one segment and kind, in registration order; a customer's list
    /// holds their own party only.
    public func list(segment: Segment?, kind: PartyKind?, limit: Int?, offset: Int = 0, _ context: ActionContext) throws -> [Party] {
        try context.authorize(.readParties)
        if context.user.isCustomer {
            guard let own = context.user.party else { return [] }
            return [try storage.read { try $0.parties.party(own) }].filter { segment == nil || $0.segment == segment }
        }
        return try storage.read { try $0.parties.list(segment: segment, kind: kind, limit: limit, offset: offset) }
    }

    /// The data-quality report of the whole registry: for staff only.
    public func qualityReport(asOf: CivilDate, limit: Int, reveal: Bool, _ context: ActionContext) throws -> PartyQualityReport {
        try context.authorize(.readParties)
        guard context.user.isStaff else {
            throw PuhuiError(.unauthorized, "\(context.actor) may not read the registry's data-quality report: a staff role is needed")
        }
        return try storage.read { try $0.parties.qualityReport(asOf: asOf, limit: limit, reveal: reveal) }
    }

    /// Bulk registration from CSV: one party a row, all or nothing, or with `skipInvalid` the
    /// valid rows registered and the others returned as rejects with their reasons.
    public func importCSV(_ source: SourceText, skipInvalid: Bool, allowDuplicates: Bool = false, _ context: ActionContext) throws -> PartyImport.Report {
        try context.authorize(.registerParty)
        let now = clock.now()
        let check = self.check
        return try storage.write { session in
            try PartyImport.run(source, skipInvalid: skipInvalid) { input in
                switch try check.check(input, at: now, allowDuplicate: allowDuplicates, registry: session.parties) {
                case let .failed(problems): return .refused(problems)
                case let .passed(checked):
                    let party = try session.parties.insert(checked)
                    try audit(session, context, party)
                    return .registered(party)
                }
            }
        }
    }
}
