import PuhuiDomain
import PuhuiServices

/// A quote and its worksheet for a person (or the worksheet as CSV).
enum QuoteText {
    static func worksheetTable(_ steps: [WorksheetStep]) -> TextTable {
        var table = TextTable(["#", "step", "table", "key", "factor", "amount", "rounding / note"], rightAligned: [0, 5], free: [6])
        for (i, step) in steps.enumerated() {
            table.add([String(i + 1), step.name, step.table ?? "", step.key ?? "", step.factor ?? "", step.amount ?? "",
                       [step.rounding, step.note].compactMap { $0 }.joined(separator: "; ")])
        }
        return table
    }

    static func render(_ quote: Quote, csv: Bool) -> String {
        if csv { return worksheetTable(quote.worksheet).csv() }
        var out: [String] = []
        out.append("quote \(quote.id ?? "(not stored)")  \(quote.productCode) v\(quote.productVersion) (\(quote.line.rawValue)), rated as of \(quote.asOf)")
        out.append("cover \(quote.startDate) to \(quote.endDate)")
        out.append("premium: \(quote.premium.yuanString)" + (quote.netPremium.map { "  (net premium \($0.yuanString))" } ?? ""))
        out.append("")
        var coverages = TextTable(["coverage", "name", "amount", "deductible", "indemnity", "cover from", "aggregate", "premium"], rightAligned: [2, 3, 6, 7], free: [1])
        for c in quote.coverages {
            var deductible = c.deductible?.yuanString ?? ""
            if let percent = c.deductiblePercent { deductible += (deductible.isEmpty ? "" : " or ") + "\(percent)%" }
            coverages.add([c.code, c.name.zh, c.amount.yuanString, deductible, c.indemnityPercent.map { "\($0)%" } ?? "",
                           c.coverFrom?.description ?? "", c.aggregateLimit?.yuanString ?? "", c.premium?.yuanString ?? ""])
        }
        out.append(coverages.render())
        out.append("")
        out.append("worksheet:")
        out.append(worksheetTable(quote.worksheet).render())
        if let persons = quote.insuredPersons, persons.count > 1 {
            out.append("")
            // The persons' own fields (a steps product's, such as occupationClass), by name.
            let names = Array(Set(persons.flatMap { ($0.fields ?? [:]).keys })).sorted()
            let classes = persons.contains { $0.occupationClass != nil }
            var table = TextTable(["insured", "party", "age", "sex"] + (classes ? ["class"] : []) + names + ["premium"],
                                  rightAligned: [0, 2, 4 + (classes ? 1 : 0) + names.count])
            for p in persons {
                table.add([String(p.index), p.party ?? "", String(p.age), p.sex ?? ""] + (classes ? [p.occupationClass ?? ""] : [])
                          + names.map { p.fields?[$0] ?? "" } + [p.premium.yuanString])
            }
            out.append(table.render())
        }
        if let buyers = quote.buyers {
            out.append("")
            var table = TextTable(["buyer", "country", "class", "terms", "days", "turnover", "rate", "premium", "requested limit", "limit"],
                                  rightAligned: [4, 5, 6, 7, 8, 9])
            for b in buyers {
                table.add([b.name, b.country, b.countryClass, b.paymentTerms, String(b.creditPeriodDays), b.declaredTurnover.yuanString,
                           b.rate.description, b.premium.yuanString, b.requestedLimit.yuanString, b.limit.yuanString])
            }
            out.append(table.render())
        }
        if let pension = quote.pension {
            out.append("")
            out.append("pension: \(pension.years) years from age \(pension.entryAge) to \(pension.retirementAge), contributions \(pension.totalContributions.yuanString), annuity factor \(pension.annuityFactor) (\(pension.guaranteedYears) years guaranteed)")
            var table = TextTable(["basis", "rate", "account at retirement", "monthly annuity"], rightAligned: [1, 2, 3])
            for b in pension.bases { table.add([b.name, b.rate.description, b.accountAtRetirement.yuanString, b.monthlyAnnuity.yuanString]) }
            out.append(table.render())
        }
        if !quote.notes.isEmpty {
            out.append("")
            out += quote.notes.map { "note: \($0)" }
        }
        out.append("")
        out.append("rate tables: \(quote.tableVersions.joined(separator: ", "))")
        return out.joined(separator: "\n")
    }
}
