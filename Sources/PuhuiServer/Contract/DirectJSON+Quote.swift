import PuhuiAPI

/// The quote and its parts, each schema's members in the encoder's key order.
extension DirectJSON {
    static func members(_ writer: inout JSONByteWriter, _ quote: Components.Schemas.Quote) {
        writer.field("asOf", quote.asOf)
        writer.field("buyers", quote.buyers, members)
        writer.field("coverages", quote.coverages, members)
        writer.field("endDate", quote.endDate)
        writer.field("id", quote.id)
        writer.field("insuredPersons", quote.insuredPersons, members)
        writer.field("line", quote.line)
        writer.field("netPremium", quote.netPremium)
        writer.field("notes", quote.notes)
        writer.field("pension", quote.pension, members)
        writer.field("premium", quote.premium)
        writer.field("product", quote.product)
        writer.field("productVersion", quote.productVersion)
        writer.field("startDate", quote.startDate)
        writer.field("tableVersions", quote.tableVersions)
        writer.field("worksheet", quote.worksheet, members)
    }

    static func members(_ writer: inout JSONByteWriter, _ buyer: Components.Schemas.BuyerLimit) {
        writer.field("country", buyer.country)
        writer.field("countryClass", buyer.countryClass)
        writer.field("creditPeriodDays", buyer.creditPeriodDays)
        writer.field("declaredTurnover", buyer.declaredTurnover)
        writer.field("limit", buyer.limit)
        writer.field("name", buyer.name)
        writer.field("paymentTerms", buyer.paymentTerms)
        writer.field("premium", buyer.premium)
        writer.field("rate", buyer.rate)
        writer.field("requestedLimit", buyer.requestedLimit)
    }

    static func members(_ writer: inout JSONByteWriter, _ coverage: Components.Schemas.QuotedCoverage) {
        writer.field("aggregateLimit", coverage.aggregateLimit)
        writer.field("amount", coverage.amount)
        writer.field("code", coverage.code)
        writer.field("coverFrom", coverage.coverFrom)
        writer.field("deductible", coverage.deductible)
        writer.field("deductiblePercent", coverage.deductiblePercent)
        writer.field("indemnityPercent", coverage.indemnityPercent)
        writer.field("name", coverage.name, members)
        writer.field("premium", coverage.premium)
    }

    static func members(_ writer: inout JSONByteWriter, _ person: Components.Schemas.InsuredPremium) {
        writer.field("age", person.age)
        writer.field("index", person.index)
        writer.field("occupationClass", person.occupationClass)
        writer.field("premium", person.premium)
        writer.field("sex", person.sex)
    }

    static func members(_ writer: inout JSONByteWriter, _ pension: Components.Schemas.PensionProjection) {
        writer.field("annuityFactor", pension.annuityFactor)
        writer.field("bases", pension.bases, members)
        writer.field("entryAge", pension.entryAge)
        writer.field("guaranteedYears", pension.guaranteedYears)
        writer.field("retirementAge", pension.retirementAge)
        writer.field("totalContributions", pension.totalContributions)
        writer.field("years", pension.years)
    }

    static func members(_ writer: inout JSONByteWriter, _ basis: Components.Schemas.PensionBasis) {
        writer.field("accountAtRetirement", basis.accountAtRetirement)
        writer.field("monthlyAnnuity", basis.monthlyAnnuity)
        writer.field("name", basis.name)
        writer.field("rate", basis.rate)
    }

    static func members(_ writer: inout JSONByteWriter, _ step: Components.Schemas.WorksheetStep) {
        writer.field("amount", step.amount)
        writer.field("factor", step.factor)
        writer.field("key", step.key)
        writer.field("name", step.name)
        writer.field("note", step.note)
        writer.field("rounding", step.rounding)
        writer.field("table", step.table)
    }
}
