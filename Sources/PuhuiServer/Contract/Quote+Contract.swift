import PuhuiAPI
import PuhuiDomain

extension Components.Schemas.Quote {
    /// A quote as the contract shows it (without `id` when it was not kept). Insured persons
    /// appear by position, age, sex and class only: the party ids a risk may name stay out of
    /// the answer.
    init(_ quote: PuhuiDomain.Quote) throws {
        self.init(
            id: quote.id, product: quote.productCode, productVersion: quote.productVersion, line: try ContractValue.of(quote.line.rawValue),
            asOf: quote.asOf.description, startDate: quote.startDate.description, endDate: quote.endDate.description,
            premium: quote.premium.yuanString, netPremium: quote.netPremium?.yuanString,
            coverages: quote.coverages.map(Components.Schemas.QuotedCoverage.init),
            worksheet: quote.worksheet.map(Components.Schemas.WorksheetStep.init),
            tableVersions: quote.tableVersions,
            insuredPersons: quote.insuredPersons?.map {
                .init(index: $0.index, age: $0.age, sex: $0.sex, occupationClass: $0.occupationClass ?? $0.fields?["occupationClass"],
                      premium: $0.premium.yuanString)
            },
            buyers: quote.buyers?.map {
                .init(name: $0.name, country: $0.country, countryClass: $0.countryClass, paymentTerms: $0.paymentTerms,
                      creditPeriodDays: $0.creditPeriodDays, declaredTurnover: $0.declaredTurnover.yuanString,
                      requestedLimit: $0.requestedLimit.yuanString, limit: $0.limit.yuanString, rate: $0.rate.description,
                      premium: $0.premium.yuanString)
            },
            pension: quote.pension.map(Components.Schemas.PensionProjection.init),
            notes: quote.notes)
    }
}

extension Components.Schemas.QuotedCoverage {
    init(_ coverage: PuhuiDomain.QuotedCoverage) {
        self.init(code: coverage.code, name: .init(coverage.name), amount: coverage.amount.yuanString,
                  deductible: coverage.deductible?.yuanString, deductiblePercent: coverage.deductiblePercent?.description,
                  indemnityPercent: coverage.indemnityPercent?.description, coverFrom: coverage.coverFrom?.description,
                  aggregateLimit: coverage.aggregateLimit?.yuanString, premium: coverage.premium?.yuanString)
    }
}

extension Components.Schemas.WorksheetStep {
    init(_ step: PuhuiDomain.WorksheetStep) {
        self.init(name: step.name, table: step.table, key: step.key, factor: step.factor, amount: step.amount,
                  rounding: step.rounding, note: step.note)
    }
}

extension Components.Schemas.PensionProjection {
    init(_ pension: PuhuiDomain.PensionProjection) {
        self.init(entryAge: pension.entryAge, retirementAge: pension.retirementAge, years: pension.years,
                  totalContributions: pension.totalContributions.yuanString, annuityFactor: pension.annuityFactor.description,
                  guaranteedYears: pension.guaranteedYears,
                  bases: pension.bases.map {
                      .init(name: $0.name, rate: $0.rate.description, accountAtRetirement: $0.accountAtRetirement.yuanString,
                            monthlyAnnuity: $0.monthlyAnnuity.yuanString)
                  })
    }
}
