import Foundation
import PuhuiDomain

extension ClaimAction {
    /// The step of the role table an action needs.
    var step: Step {
        switch self {
        case .approvePayment: .approvePayment
        case .note: .noteClaim
        case .assign: .assignClaim
        case .recordParty: .recordClaimParties
        default: .workClaim
        }
    }
}

/// What is entered about a claimant or payee.
public struct ClaimPartyInput: Sendable {
    public var role: ClaimParty.Role
    public var name: String
    public var relation: ClaimParty.Relation
    public var phone: String?
    public var bankName: String?
    public var bankAccount: String?

    public init(role: ClaimParty.Role, name: String, relation: ClaimParty.Relation, phone: String? = nil, bankName: String? = nil,
                bankAccount: String? = nil) {
        self.role = role
        self.name = name
        self.relation = relation
        self.phone = phone
        self.bankName = bankName
        self.bankAccount = bankAccount
    }
}

extension ClaimService {
    /// Records the claimant or the payee of an open claim (a later record of the same role
    /// supersedes the earlier one, which stays on file). The event names them masked.
    public func recordParty(_ reference: String, _ input: ClaimPartyInput, _ context: ActionContext) throws -> ClaimParty {
        try context.authorize(.recordClaimParties)
        let party = try ClaimParty.checked(role: input.role, name: input.name, relation: input.relation, phone: input.phone,
                                           bankName: input.bankName, bankAccount: input.bankAccount, at: context.at, by: context.actor)
        return try transaction { session in
            try act(reference, .recordParty, context, session) { claim, _ in
                let before = try session.claims.parties(claimID: claim.id).first { $0.role == party.role }
                try session.claims.insertParty(claimID: claim.id, party)
                let detail = before == nil ? "\(party.maskedSummary) recorded" : "\(party.maskedSummary) recorded, replacing \(before?.maskedSummary ?? "")"
                return (detail, party)
            }
        }
    }

    /// The claimant and payee in full, for a role that pays (adjuster or approver); the reveal
    /// is recorded in the audit trail.
    public func revealParties(_ reference: String, _ context: ActionContext) throws -> [ClaimParty] {
        try context.authorize(.revealClaimParties)
        return try storage.write { session in
            let claim = try readable(reference, context, session)
            let parties = try session.claims.parties(claimID: claim.id)
            try session.audit.record(AuditEvent(at: clock.now(), recordedAt: clock.now(), actor: context.actor, subject: claim.reference,
                                                action: "revealed claimant and payee",
                                                after: parties.isEmpty ? "none recorded" : parties.map(\.role.rawValue).joined(separator: " ")))
            return parties
        }
    }

    /// A note on the file, in any state.
    public func note(_ reference: String, text: String, _ context: ActionContext) throws -> ClaimNote {
        try context.authorize(.noteClaim)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw PuhuiError.invalid("a note needs text", field: "text") }
        guard text.count <= 4000 else { throw PuhuiError.invalid("a note is at most 4000 characters (this one has \(text.count))", field: "text") }
        return try transaction { session in
            try act(reference, .note, context, session) { claim, _ in
                let number = (try session.claims.notes(claimID: claim.id).map(\.number).max() ?? 0) + 1
                let note = ClaimNote(number: number, at: context.at, actor: context.actor, text: text)
                try session.claims.insertNote(claimID: claim.id, note)
                return ("note \(number) added", note)
            }
        }
    }

    /// Hands an open claim to another adjuster: an active user holding the adjuster role.
    public func assign(_ reference: String, to adjuster: String, _ context: ActionContext) throws -> Claim {
        try context.authorize(.assignClaim)
        let name = adjuster.trimmingCharacters(in: .whitespaces)
        return try transaction { session in
            let account: UserAccount
            do {
                account = try session.users.user(name)
            } catch let error as PuhuiError where error.code == .notFound {
                throw PuhuiError.invalid("\(name) is not a user", field: "adjuster")
            }
            guard account.status == .active, account.roles.contains(.adjuster) else {
                throw PuhuiError.invalid("\(name) is not an active adjuster", field: "adjuster")
            }
            return try act(reference, .assign, context, session) { claim, _ in
                guard claim.adjuster != name else { throw PuhuiError.refused("claim \(claim.reference) is already assigned to \(name)") }
                let before = claim.adjuster
                claim.adjuster = name
                return ("assigned from \(before) to \(name)", claim)
            }
        }
    }

    /// Adds the case file (parties masked, notes for staff, waivers, letters, possible duplicates).
    func addCaseFile(_ details: inout ClaimDetails, _ context: ActionContext, _ session: any StorageSession) throws {
        let claim = details.claim
        details.parties = try session.claims.parties(claimID: claim.id).map { $0.masked() }
        details.notes = context.user.isStaff ? try session.claims.notes(claimID: claim.id) : []
        details.waivers = try session.claims.waivers(claimID: claim.id)
        details.letters = try session.letters.letters(claimID: claim.id)
        let duplicates = try session.claims.possibleDuplicates(policyID: claim.policyID, lossDate: claim.lossDate, claimType: claim.claimType,
                                                               excludingClaim: claim.id, atMost: PossibleDuplicates.listedAtMost)
        details.possibleDuplicates = duplicates.listed
        details.possibleDuplicateCount = duplicates.total
    }
}
