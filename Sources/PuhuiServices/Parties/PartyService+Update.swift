import PuhuiDomain

/// Parties change: a firm's figures, contact and name are updated with their history kept;
/// classification and segment are derived again for new business (and for the persons linked
/// to a firm), while a policy keeps the segment it was issued with.
extension PartyService {
    public struct Update: Sendable {
        public var party: Party
        /// What changed, one line each.
        public var changes: [String]
        /// Persons linked to the firm whose segment changed with it.
        public var relinked: [(reference: String, changes: [String])]
    }

    public func update(_ reference: String, _ changes: PartyChanges, _ context: ActionContext) throws -> Update {
        try context.authorize(.updateParty)
        try context.checkNotInFuture(clock)
        guard !changes.isEmpty else { throw PuhuiError.invalid("nothing to change: give a name, phone, employees, revenue, assets or year") }
        let now = clock.now()
        let check = self.check
        return try storage.write { session in
            let before = try session.parties.party(referenceOrCode: reference)
            let after = try rechecked(before, changes.applied(to: before), check, now, session)
            let lines = PartyChanges.describe(from: before, to: after)
            guard !lines.isEmpty else { throw PuhuiError.refused("party \(before.reference) already has these figures; nothing changes") }
            try session.parties.update(after, previous: before, changes: lines, at: context.at, by: context.actor)
            try session.audit.record(AuditEvent(at: context.at, recordedAt: now, actor: context.actor, subject: before.reference, action: "updated",
                                                before: "segment \(before.segment.rawValue)", after: lines.joined(separator: "; ")))
            var relinked: [(String, [String])] = []
            if before.kind != .person && before.segment != after.segment {
                for person in try session.parties.linkedPersons(of: before.reference) {
                    let updated = try rechecked(person, PartyChanges().applied(to: person), check, now, session)
                    let personLines = PartyChanges.describe(from: person, to: updated)
                    guard !personLines.isEmpty else { continue }
                    try session.parties.update(updated, previous: person, changes: personLines + ["because \(before.reference) changed"], at: context.at,
                                               by: context.actor)
                    try session.audit.record(AuditEvent(at: context.at, recordedAt: now, actor: context.actor, subject: person.reference,
                                                        action: "updated", before: "segment \(person.segment.rawValue)",
                                                        after: (personLines + ["because \(before.reference) changed"]).joined(separator: "; ")))
                    relinked.append((person.reference, personLines))
                }
            }
            return Update(party: after, changes: lines, relinked: relinked)
        }
    }

    /// `input` checked as a registration would be, kept under the party's reference.
    func rechecked(_ party: Party, _ input: PartyInput, _ check: PartyCheck, _ now: Instant, _ session: any StorageSession) throws -> Party {
        switch try check.check(input, at: now, allowDuplicate: true, registry: session.parties) {
        case let .failed(problems):
            throw PuhuiError(.invalidInput, "party \(party.reference): " + problems.joined(separator: "; "), subject: "party \(party.reference)")
        case let .passed(checked):
            var updated = checked.party
            updated.reference = party.reference
            updated.createdAt = party.createdAt
            return updated
        }
    }

    /// Parties by name, reference, credit code or phone; for staff only.
    public func search(_ text: String, limit: Int = 50, _ context: ActionContext) throws -> [Party] {
        try context.authorize(.readParties)
        guard context.user.isStaff else {
            throw PuhuiError(.unauthorized, "\(context.actor) may not search the registry: a staff role is needed")
        }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw PuhuiError.invalid("give a name, reference, credit code or phone to search for") }
        return try storage.read { try $0.parties.search(text, limit: limit) }
    }

    /// A party's earlier states, oldest first; a customer sees only their own.
    public func history(_ reference: String, _ context: ActionContext) throws -> [PartyHistoryEntry] {
        let party = try self.party(reference, context)
        return try storage.read { try $0.parties.history(party.reference) }
    }
}
