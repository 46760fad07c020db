import PuhuiDomain
import PuhuiReports

/// The letters sent about claims and policies: reading them back as sent (for whoever may see
/// the claim or policy: a customer their own), and the policy schedule on request. The claim
/// letters are sent by the claim steps themselves (`ClaimService`).
public struct LetterService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    public let letterhead: InsurerProfile

    public init(storage: any PuhuiStorage, clock: any Clock, letterhead: InsurerProfile) {
        self.storage = storage
        self.clock = clock
        self.letterhead = letterhead
    }

    /// The letter as sent, its bytes checked against their SHA-256.
    public func letter(_ reference: String, _ context: ActionContext) throws -> Letter {
        try context.authorize(.readLetters)
        return try storage.read { session in
            let letter = try session.letters.letter(reference)
            guard try mayRead(letter.record, context.user, session) else {
                throw PuhuiError.notFound("letter \(Reference.normalized(reference)) does not exist")
            }
            return letter
        }
    }

    /// The letters sent about a claim or a policy, oldest first.
    public func letters(about subject: String, _ context: ActionContext) throws -> [LetterRecord] {
        try context.authorize(.readLetters)
        let key = Reference.normalized(subject)
        return try storage.read { session in
            if key.hasPrefix(ReferenceSeries.policy.rawValue + "-") {
                let policy = try session.policies.policy(key, asOf: clock.now().chinaDate)
                guard PolicyService.mayAccess(policy, context.user) else { throw PuhuiError.notFound("policy \(key) does not exist") }
                return try session.letters.letters(policyID: try session.policies.policyID(key))
            }
            let claim = try session.claims.claim(key)
            let policy = try session.policies.policy(claim.policyNumber, asOf: claim.lossDate)
            guard PolicyService.mayAccess(policy, context.user) else { throw PuhuiError.notFound("claim \(key) does not exist") }
            return try session.letters.letters(claimID: claim.id)
        }
    }

    func mayRead(_ record: LetterRecord, _ user: AuthenticatedUser, _ session: any StorageSession) throws -> Bool {
        guard user.isCustomer else { return true }
        let number = record.subject.hasPrefix(ReferenceSeries.policy.rawValue + "-")
            ? record.subject : try session.claims.claim(record.subject).policyNumber
        return PolicyService.mayAccess(try session.policies.policy(number, asOf: clock.now().chinaDate), user)
    }

    /// Writes the policy schedule as the policy stands, keeps it with the policy, and records
    /// its SHA-256 in an audit event about the policy.
    public func issueSchedule(_ number: String, _ context: ActionContext) throws -> Letter {
        try context.authorize(.issuePolicySchedule)
        try context.checkNotInFuture(clock)
        return try storage.write { session in
            let policy = try session.policies.policy(number, asOf: context.at.chinaDate)
            let product = try session.catalog.product(code: policy.productCode, version: policy.productVersion).product
            let holder = try session.parties.party(policy.holder)
            let insured = try policy.insured.map { try session.parties.party($0.party) }
            let reference = try session.nextReference(.letter, year: context.at.chinaDate.year)
            let header = LetterHeader(insurer: letterhead, kind: .policySchedule, reference: reference, date: context.at.chinaDate,
                                      addressee: holder.name, addresseeRole: "投保人")
            let bytes = Array(PolicyScheduleLetter(header: header, policy: policy, product: product, holder: holder, insured: insured).render().utf8)
            let record = LetterRecord(reference: reference, kind: .policySchedule, subject: policy.number, mediaType: Letter.htmlMediaType,
                                      sha256: CanonicalJSON.sha256(bytes: bytes), byteCount: bytes.count, createdAt: context.at,
                                      createdBy: context.actor)
            let letter = Letter(record: record, bytes: bytes)
            try session.letters.insert(letter, claimID: nil, policyID: try session.policies.policyID(policy.number))
            try session.audit.record(AuditEvent(at: context.at, recordedAt: clock.now(), actor: context.actor, subject: policy.number,
                                                action: "schedule sent", after: record.eventText))
            return letter
        }
    }
}
