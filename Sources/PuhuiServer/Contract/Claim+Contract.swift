import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension Components.Schemas.Claim {
    /// The claim as `claim show` shows it, less the staff notes: the claimant and the payee
    /// masked as every default output shows them (masked here again, so that no path can put
    /// them in an answer in full; masking is idempotent).
    init(_ details: ClaimDetails) throws {
        let claim = details.claim
        self.init(reference: claim.reference, policy: claim.policyNumber, product: claim.productCode, coverage: claim.coverage,
                  _type: claim.claimType, lossDate: claim.lossDate.description, claimed: claim.claimed.yuanString,
                  description: claim.description, small: claim.small, state: try ContractValue.of(claim.state.rawValue),
                  covered: claim.covered, decisionReason: claim.decisionReason, agreedLoss: claim.agreedLoss?.yuanString,
                  payable: claim.payable?.yuanString, paid: claim.paid.yuanString, advancePaid: claim.advancePaid.yuanString,
                  reserve: claim.reserve.yuanString, adjuster: claim.adjuster, cycle: claim.cycle, reportedAt: claim.reportedAt.description,
                  version: claim.version, asOf: details.asOf.description,
                  documents: details.documents.map(Components.Schemas.ClaimDocument.init),
                  requests: details.requests.map(Components.Schemas.DocumentRequest.init),
                  payments: try details.payments.map(Components.Schemas.Payment.init),
                  clocks: try details.clocks.map(Components.Schemas.Clock.init),
                  claimant: try details.parties.last { $0.role == .claimant }.map(Components.Schemas.ClaimParty.init),
                  payee: try details.parties.last { $0.role == .payee }.map(Components.Schemas.ClaimParty.init))
    }
}

extension Components.Schemas.ClaimParty {
    init(_ party: ClaimParty) throws {
        let shown = party.masked()
        self.init(name: shown.name, relation: try ContractValue.of(shown.relation.rawValue), phone: shown.phone, bankName: shown.bankName,
                  bankAccount: shown.bankAccount, recordedAt: shown.recordedAt.description)
    }
}

extension Components.Schemas.ClaimDocument {
    init(_ document: ClaimDocument) {
        self.init(code: document.code, name: .init(document.name), required: document.required,
                  firstRequestedAt: document.firstRequestedAt?.description, receivedAt: document.receivedAt?.description)
    }
}

extension Components.Schemas.DocumentRequest {
    init(_ request: DocumentRequest) {
        self.init(number: request.number, at: request.at.description, documents: request.documents, breaches: request.breaches)
    }
}

extension Components.Schemas.Payment {
    init(_ payment: ClaimPayment) throws {
        self.init(number: payment.number, amount: payment.amount.yuanString, advance: payment.advance,
                  status: try ContractValue.of(payment.status.rawValue), requestedBy: payment.requestedBy,
                  requestedAt: payment.requestedAt.description, approvedBy: payment.approvedBy, paidAt: payment.paidAt?.description)
    }
}

extension Components.Schemas.Clock {
    init(_ clock: ClaimDetails.ClockView) throws {
        self.init(kind: try ContractValue.of(clock.kind.rawValue), cycle: clock.cycle, basis: clock.basis, startedAt: clock.startedAt.description,
                  dueAt: clock.dueAt.description, endedAt: clock.endedAt?.description, status: try ContractValue.of(clock.status.rawValue),
                  lateSeconds: clock.lateSeconds)
    }
}

extension Components.Schemas.ClaimEvent {
    init(_ event: ClaimEvent) throws {
        self.init(sequence: event.sequence, at: event.at.description, actor: event.actor, action: event.action, detail: event.detail,
                  stateBefore: try event.stateBefore.map { try ContractValue.of($0.rawValue) }, stateAfter: try ContractValue.of(event.stateAfter.rawValue))
    }
}

extension Components.Schemas.ClaimListRow {
    init(_ row: ClaimListRow) throws {
        self.init(claim: row.claim, policy: row.policy, product: row.productCode, state: try ContractValue.of(row.state.rawValue),
                  adjuster: row.adjuster, claimed: row.claimed.yuanString, reserve: row.reserve.yuanString, paid: row.paid.yuanString,
                  reportedAt: row.reportedAt.description, clock: row.clock?.rawValue, basis: row.basis, dueAt: row.dueAt?.description,
                  lateSeconds: row.lateSeconds)
    }
}

extension Components.Schemas.PendingPayment {
    init(_ pending: PendingPayment) throws {
        self.init(claim: pending.claim, policy: pending.policy, line: try ContractValue.of(pending.line.rawValue), payment: try .init(pending.payment))
    }
}

extension Components.Schemas.ClaimDocumentFile {
    init(_ file: ClaimDocumentFile) throws {
        self.init(code: file.code, sha256: file.sha256, mediaType: try ContractValue.of(file.mediaType), size: file.byteCount,
                  fileName: file.fileName, receivedAt: file.receivedAt.description)
    }
}
