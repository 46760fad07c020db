import PuhuiAPI
import PuhuiDomain

extension Components.Schemas.ProductDetail {
    /// A product version as a customer or an agent reads it: its coverages, the documents
    /// underwriting and claims ask for, and who it is for in plain words.
    init(_ product: Product) throws {
        let documents = product.underwriting.documents
        let reducedFor = Segment.allCases.filter(\.getsReducedDocumentList)
        self.init(
            code: product.code, version: product.version, line: try ContractValue.of(product.line.rawValue),
            lineName: .init(zh: product.line.chineseName, en: product.line.englishName), name: .init(product.name),
            department: product.department, effectiveFrom: product.effectiveFrom.description,
            effectiveTo: product.effectiveTo?.description, eligibility: try .init(product),
            coverages: try product.coverages.map(Components.Schemas.Coverage.init),
            cancellation: .init(refund: try ContractValue.of(product.cancellation.refund.rawValue)),
            underwritingDocuments: .init(
                standard: documents.map(Components.Schemas.Document.init),
                reduced: documents.filter(\.reducedList).map(Components.Schemas.Document.init),
                reducedFor: try reducedFor.map(Components.Schemas.Segment.init)),
            claims: .init(product.claims))
    }
}

extension Components.Schemas.Document {
    init(_ document: DocumentSpec) {
        self.init(code: document.code, name: .init(document.name))
    }
}

extension Components.Schemas.Coverage {
    init(_ coverage: PuhuiDomain.Coverage) throws {
        let deductible = coverage.deductible
        let hasDeductible = !deductible.options.isEmpty || deductible.amount != nil || deductible.percentOfLoss != nil
        self.init(
            code: coverage.code, name: .init(coverage.name), basis: try ContractValue.of(coverage.basis.rawValue),
            mandatory: coverage.mandatory,
            amount: .init(options: coverage.amount.options.map(\.yuanString), min: coverage.amount.min?.yuanString,
                          max: coverage.amount.max?.yuanString, step: coverage.amount.step?.yuanString,
                          text: coverage.amount.allowedDescription),
            deductible: hasDeductible
                ? .init(options: deductible.options.map(\.yuanString), amount: deductible.amount?.yuanString,
                        percentOfLoss: deductible.percentOfLoss?.description)
                : nil,
            indemnityPercent: coverage.indemnityPercent?.description, waitingPeriodDays: coverage.waitingPeriodDays,
            exclusions: coverage.exclusions.map { .init(lang: $0.lang, text: $0.text) })
    }
}

extension Components.Schemas.ClaimTerms {
    init(_ claims: ClaimsSpec) {
        self.init(
            decisionDays: claims.decisionDays, paymentDays: claims.paymentDays,
            smallClaimThreshold: claims.smallClaimThreshold.yuanString,
            smallClaimNoticeWorkingDays: claims.smallClaimNoticeWorkingDays, smallClaimCloseDays: claims.smallClaimCloseDays,
            types: claims.claimTypes.map { type in
                // A claim type names its documents by code; the product lists them with names.
                let documents = type.requiredDocuments.map { code in
                    claims.document(code).map(Components.Schemas.Document.init) ?? .init(code: code, name: .init(zh: code, en: code))
                }
                return .init(code: type.code, coverage: type.coverage, name: .init(type.name), documents: documents)
            })
    }
}
