import PuhuiDomain
import PuhuiReports

extension ClaimService {
    /// Writes a letter about `claim` (as the step that sends it left the claim), keeps it with
    /// the claim, and returns what the step's event records of it; nil without a letterhead.
    /// Addressed to the payee (a payment advice), else the claimant, else the policyholder.
    func sendLetter(_ kind: LetterKind, about claim: Claim, _ product: Product, _ context: ActionContext, _ session: any StorageSession,
                    render: (LetterHeader, ClaimLetterFacts, _ payee: ClaimParty?) throws -> String) throws -> LetterRecord? {
        guard let letterhead else { return nil }
        let parties = try session.claims.parties(claimID: claim.id)
        let claimant = parties.first { $0.role == .claimant }, payee = parties.first { $0.role == .payee }
        let policy = try session.policies.policy(claim.policyNumber, asOf: claim.lossDate)
        let holder = try session.parties.party(policy.holder)
        let addressee: (name: String, role: String)
        if kind == .paymentAdvice, let payee {
            addressee = (payee.name, "领款人")
        } else if let claimant {
            addressee = (claimant.name, "索赔申请人")
        } else {
            addressee = (holder.name, "投保人")
        }
        let holderName = holder.name == addressee.name ? holder.name : holder.shownName(reveal: false)
        let reference = try session.nextReference(.letter, year: context.at.chinaDate.year)
        let header = LetterHeader(insurer: letterhead, kind: kind, reference: reference, date: context.at.chinaDate,
                                  addressee: addressee.name, addresseeRole: addressee.role)
        let facts = ClaimLetterFacts(claim: claim, productName: product.name,
                                     claimTypeName: product.claims.claimType(claim.claimType)?.name ?? LocalizedName(zh: claim.claimType, en: claim.claimType),
                                     holderName: holderName)
        let bytes = Array(try render(header, facts, payee).utf8)
        let record = LetterRecord(reference: reference, kind: kind, subject: claim.reference, mediaType: Letter.htmlMediaType,
                                  sha256: CanonicalJSON.sha256(bytes: bytes), byteCount: bytes.count, createdAt: context.at, createdBy: context.actor)
        try session.letters.insert(Letter(record: record, bytes: bytes), claimID: claim.id, policyID: nil)
        return record
    }

    /// The Art. 22 letter for `request`: every document it names, once.
    func documentRequestLetter(_ request: DocumentRequest, _ claim: Claim, _ product: Product, _ context: ActionContext,
                               _ session: any StorageSession) throws -> LetterRecord? {
        let documents = try documents(claim, product, session)
        return try sendLetter(.documentRequest, about: claim, product, context, session) { header, facts, _ in
            DocumentRequestLetter(header: header, facts: facts, request: request,
                                  missing: request.documents.compactMap { code in documents.first { $0.code == code } },
                                  received: documents.filter { $0.receivedAt != nil }, decisionDays: product.claims.decisionDays).render()
        }
    }

    /// The Art. 24 notice: the decision, its reasons and the claimant's rights.
    func rejectionNotice(_ claim: Claim, _ product: Product, _ context: ActionContext, _ session: any StorageSession) throws -> LetterRecord? {
        try sendLetter(.rejectionNotice, about: claim, product, context, session) { header, facts, _ in
            RejectionNoticeLetter(header: header, facts: facts).render()
        }
    }

    /// The payment advice for a payment made.
    func paymentAdvice(_ payment: ClaimPayment, _ claim: Claim, _ product: Product, _ context: ActionContext,
                       _ session: any StorageSession) throws -> LetterRecord? {
        try sendLetter(.paymentAdvice, about: claim, product, context, session) { header, facts, payee in
            PaymentAdviceLetter(header: header, facts: facts, payment: payment, payee: payee, paymentDays: product.claims.paymentDays).render()
        }
    }

    /// The letters of a claim, for someone who may read it.
    public func letters(_ reference: String, _ context: ActionContext) throws -> [LetterRecord] {
        try context.authorize(.readLetters)
        return try storage.read { session in try session.letters.letters(claimID: try readable(reference, context, session).id) }
    }
}
