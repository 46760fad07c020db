/// Reading `<servicing>`: each part optional, each attribute defaulted as the schema documents,
/// every value checked beyond what the schema can say (ranges, a pension account on a pension
/// product only, policy years listed once).
extension ProductReader {
    mutating func readServicing(_ element: XMLElement, line: LineOfBusiness) -> ProductServicing {
        var servicing = ProductServicing.defaults(for: line)
        if let premiums = element.child(named: "premiums") {
            var p = servicing.premiums
            p.graceDays = wholeNumber(premiums, "graceDays", in: 1...366) ?? p.graceDays
            p.reinstatementDays = wholeNumber(premiums, "reinstatementDays", in: 0...3660) ?? p.reinstatementDays
            p.lapseNoticeDays = wholeNumber(premiums, "lapseNoticeDays", in: 0...90) ?? p.lapseNoticeDays
            if let text = premiums.attribute("lossInGrace") {
                if let rule = ProductServicing.Premiums.LossInGrace(rawValue: text) {
                    p.lossInGrace = rule
                } else {
                    servicingError(premiums, "lossInGrace must be \(ProductServicing.Premiums.LossInGrace.allCases.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
                }
            }
            servicing.premiums = p
        }
        if let endorsements = element.child(named: "endorsements") {
            servicing.endorsements.backdateDays = wholeNumber(endorsements, "backdateDays", in: 0...366) ?? servicing.endorsements.backdateDays
        }
        if let renewal = element.child(named: "renewal") {
            var r = servicing.renewal
            r.allowed = flag(renewal, "allowed") ?? r.allowed
            r.offerDays = wholeNumber(renewal, "offerDays", in: 1...366) ?? r.offerDays
            r.referAboveClaims = wholeNumber(renewal, "referAboveClaims", in: 0...1000) ?? r.referAboveClaims
            if let text = renewal.attribute("referAbovePremiumIncrease") {
                if let percent = ExactDecimal(parsing: text), !percent.isNegative {
                    r.referAbovePremiumIncrease = percent
                } else {
                    servicingError(renewal, "referAbovePremiumIncrease '\(text)' is not a percentage of 0 or more")
                }
            }
            if let field = renewal.attribute("lossHistoryField") { r.lossHistoryField = field.isEmpty ? nil : field }
            r.lossHistoryYears = wholeNumber(renewal, "lossHistoryYears", in: 1...10) ?? r.lossHistoryYears
            servicing.renewal = r
        }
        if let account = element.child(named: "pensionAccount") {
            if line != .pension {
                servicingError(account, "<pensionAccount> belongs to pension products, not \(line.rawValue)")
            } else {
                servicing.pensionAccount = readPensionAccount(account)
            }
        }
        return servicing
    }

    private mutating func readPensionAccount(_ element: XMLElement) -> ProductServicing.PensionAccount {
        var account = ProductServicing.PensionAccount()
        if let text = element.attribute("guaranteedRate") {
            if let rate = ExactDecimal(parsing: text), !rate.isNegative, rate < .one {
                account.guaranteedRate = rate
            } else {
                servicingError(element, "guaranteedRate '\(text)' is not an annual rate from 0 up to 1 (0.015 is 1.5%)")
            }
        }
        account.declaredRates = element.attribute("declaredRates")
        account.privatePension = flag(element, "privatePension") ?? false
        if let text = element.attribute("privatePensionCap") {
            if let cap = Money(yuan: text), cap.fen > 0 { account.privatePensionCap = cap } else { servicingError(element, "privatePensionCap '\(text)' is not an amount in yuan above zero") }
        }
        if let text = element.attribute("monthlyCharge") {
            if let charge = Money(yuan: text), charge.fen >= 0 { account.monthlyCharge = charge } else { servicingError(element, "monthlyCharge '\(text)' is not an amount in yuan") }
        }
        for charge in element.children(named: "surrenderCharge") {
            guard let year = wholeNumber(charge, "policyYear", in: 1...100) else {
                if charge.attribute("policyYear") == nil { servicingError(charge, "surrenderCharge needs policyYear") }
                continue
            }
            guard let text = charge.attribute("percent"), let percent = ExactDecimal(parsing: text), !percent.isNegative, percent <= ExactDecimal(100) else {
                servicingError(charge, "surrenderCharge for policy year \(year): percent must be from 0 to 100")
                continue
            }
            if account.surrenderCharges.contains(where: { $0.policyYear == year }) {
                servicingError(charge, "surrenderCharge for policy year \(year) is given twice")
                continue
            }
            account.surrenderCharges.append(.init(policyYear: year, percent: percent))
        }
        return account
    }

    private mutating func servicingError(_ element: XMLElement, _ message: String) {
        diagnostics.error("<\(element.name)>: \(message)", path: tree.path, line: element.line)
    }

    /// A whole-number attribute within `range`, nil when absent or wrong (and reported then).
    private mutating func wholeNumber(_ element: XMLElement, _ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = element.attribute(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            servicingError(element, "\(name) '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    private mutating func flag(_ element: XMLElement, _ name: String) -> Bool? {
        guard let text = element.attribute(name) else { return nil }
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default:
            servicingError(element, "\(name) must be true or false, not '\(text)'")
            return nil
        }
    }
}
