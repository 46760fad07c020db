import PuhuiDomain
import PuhuiServices

/// A product version as text for a person: terms, coverages, rating, underwriting and claims.
enum ProductText {
    static func render(_ stored: StoredProduct) -> String {
        let p = stored.product
        var out: [String] = []
        out.append("\(p.code) v\(p.version)  \(p.name.zh) / \(p.name.en)")
        out.append("line:         \(p.line.rawValue) (\(p.line.chineseName))")
        out.append("department:   \(p.department)")
        out.append("effective:    \(p.effectiveFrom) to \(p.effectiveTo?.description ?? "open")")
        out.append("segments:     \(p.segments.map(\.rawValue).joined(separator: ", "))")
        out.append("policy term:  \(p.policyTerm.allowedDescription)")
        out.append("payment:      \(p.paymentFrequencies.map(\.rawValue).joined(separator: ", "))")
        out.append("cancellation: \(p.cancellation.refund.rawValue)\(p.cancellation.table.map { " (table \($0))" } ?? "")")
        out.append("")
        out.append("coverages:")
        for c in p.coverages {
            out.append("  \(c.code)  \(c.name.zh) / \(c.name.en)  [\(c.basis.rawValue)\(c.mandatory ? "" : ", optional")]")
            out.append("    amount: \(c.amount.allowedDescription)")
            var deductible: [String] = []
            if !c.deductible.options.isEmpty { deductible.append("choose " + c.deductible.options.map(\.yuanString).joined(separator: ", ")) }
            if let amount = c.deductible.amount { deductible.append(amount.yuanString) }
            if let percent = c.deductible.percentOfLoss { deductible.append("\(percent)% of loss") }
            if !deductible.isEmpty { out.append("    deductible: \(deductible.joined(separator: " or "))") }
            if let indemnity = c.indemnityPercent { out.append("    indemnity: \(indemnity)%") }
            if let waiting = c.waitingPeriodDays { out.append("    waiting period: \(waiting) days") }
            for exclusion in c.exclusions { out.append("    excludes: \(exclusion.text)") }
        }
        out.append("")
        out.append("rating: module \(p.rating.module.rawValue), rounding \(p.rating.rounding.rawValue)")
        for (role, table) in p.rating.tables.sorted(by: { $0.key < $1.key }) { out.append("  table \(role): \(table)") }
        for (name, value) in p.rating.parameters.sorted(by: { $0.key < $1.key }) { out.append("  \(name) = \(value)") }
        if let open = p.rating.openFields { out.append("  open fields (accepted, not rated): \(open.joined(separator: ", "))") }
        if let steps = p.rating.steps { out += steps.lines.map { "  " + $0 } }
        out.append("")
        out.append("underwriting rules:")
        for r in p.underwriting.rules {
            out.append("  \(r.code): \(r.action.rawValue) when \(r.fact) \(r.test.rawValue) \(r.value): \(r.reason.zh) / \(r.reason.en)")
        }
        out.append("underwriting documents (* waived for micro enterprises and individual businesses):")
        for d in p.underwriting.documents { out.append("  \(d.reducedList ? " " : "*")\(d.code): \(d.name.zh) / \(d.name.en)") }
        out.append("")
        let c = p.claims
        out.append("claims: decision within \(c.decisionDays) days of complete documents, payment within \(c.paymentDays) days of agreement")
        out.append("  small claims up to \(c.smallClaimThreshold.yuanString): notice within \(c.smallClaimNoticeWorkingDays) working day(s), closed within \(c.smallClaimCloseDays) days")
        for t in c.claimTypes {
            out.append("  \(t.code) (\(t.coverage)) \(t.name.zh) / \(t.name.en): \(t.requiredDocuments.joined(separator: ", "))")
        }
        out.append("")
        out.append("source: \(stored.sourcePath), loaded \(stored.loadedAt.shortDescription), sha256 \(stored.definitionSHA256.prefix(16))…")
        return out.joined(separator: "\n")
    }
}
