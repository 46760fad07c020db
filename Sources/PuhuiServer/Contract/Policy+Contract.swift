import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension Components.Schemas.Policy {
    /// The policy with its cover as last endorsed.
    init(_ policy: Policy) throws {
        let cover = policy.latestCover
        self.init(number: policy.number, application: policy.application, product: policy.productCode, productVersion: policy.productVersion,
                  line: try ContractValue.of(policy.line.rawValue), holder: policy.holder, segment: policy.segment.rawValue,
                  startDate: policy.startDate.description, endDate: policy.endDate.description, status: try ContractValue.of(policy.status.rawValue),
                  premium: cover.premium.yuanString, sumInsured: cover.sumInsured.yuanString, frequency: policy.frequency.rawValue,
                  coverages: cover.coverages.map { .init(code: $0.code, amount: $0.amount.yuanString) },
                  instalments: policy.instalments.map { .init(number: $0.number, dueDate: $0.dueDate.description, amount: $0.amount.yuanString) },
                  insured: cover.insured.isEmpty ? nil : cover.insured.map(\.party), cancelledOn: policy.cancelledOn?.description)
    }
}

extension Components.Schemas.ApplicationOutcome {
    init(_ result: ApplicationResult) throws {
        self.init(application: result.application, decision: try ContractValue.of(result.decision.outcome.rawValue),
                  reasons: result.decision.reasons, premium: result.quote.premium.yuanString, segment: result.segment.rawValue,
                  documentsRequired: result.decision.requiredDocuments, documentsMissing: result.decision.missingDocuments,
                  policy: try result.policy.map(Components.Schemas.Policy.init))
    }
}

extension Components.Schemas.Application {
    init(_ file: ApplicationCaseFile) throws {
        self.init(application: file.application, status: try ContractValue.of(file.status.rawValue), decision: try ContractValue.of(file.decision.rawValue),
                  product: file.productCode, productVersion: file.productVersion, holder: file.holder.reference, segment: file.segment.rawValue,
                  startDate: file.startDate.description, endDate: file.endDate.description, premium: file.premium.yuanString,
                  sumInsured: file.sumInsured.yuanString, reasons: file.firedRules.map { "\($0.code): \($0.reason.zh) / \($0.reason.en) (\($0.fact) = \($0.value))" },
                  documents: try file.documents.map { .init(code: $0.code, name: .init($0.name), required: $0.required, status: try ContractValue.of($0.status.rawValue)) },
                  appliedAt: file.appliedAt.description, decidedAt: file.decidedAt?.description, decisionNote: file.decisionNote,
                  offerOpenUntil: file.status == .referred ? file.offer.openUntil.description : nil, policy: file.policy)
    }
}

extension Components.Schemas.Referral {
    init(_ referral: ReferredApplication) {
        self.init(application: referral.application, product: referral.productCode, holder: referral.holder, segment: referral.segment.rawValue,
                  sumInsured: referral.sumInsured.yuanString, premium: referral.premium.yuanString, appliedAt: referral.appliedAt.description,
                  reasons: referral.reasons)
    }
}
