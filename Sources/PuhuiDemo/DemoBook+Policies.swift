import Foundation
import PuhuiDomain
import PuhuiServices

extension DemoBook {
    struct Referral {
        var application: String
        var line: LineOfBusiness
        /// What underwriting authority is checked on.
        var figure: Money
        var appliedAt: Instant
        var appliedBy: String
        /// Underwriting documents the applicant did not give (received later, before approval).
        var missing: [String]
        var start: CivilDate
    }

    /// Who can hold what, worked out once from the registered parties.
    struct Pools {
        var smallFirms: [Int] = []
        var exporters: [Int] = []
        var staffed: [Int] = []
        var healthHolders: [Int] = []
        var termLifeInsured: [Int] = []
        var pensionHolders: [Int] = []
        var byReference: [String: Segment] = [:]
    }

    func makePools() -> Pools {
        var pools = Pools()
        let today = options.bookDate.chinaDate
        for (i, firm) in firms.enumerated() {
            pools.byReference[firm.reference] = firm.segment
            guard [.microEnterprise, .smallEnterprise, .individualBusiness].contains(firm.segment) else { continue }
            pools.smallFirms.append(i)
            if firm.kind == .enterprise && ["F5129", "C1810", "C3311", "C2110"].contains(firm.trade.code) { pools.exporters.append(i) }
            if firm.employees.count >= 3 { pools.staffed.append(i) }
        }
        for (i, person) in persons.enumerated() {
            pools.byReference[person.reference] = person.segment
            let age = person.birth.age(on: today)
            if [.businessOwner, .flexibleWorker, .individualBusiness].contains(person.segment) { pools.healthHolders.append(i) }
            if [.businessOwner, .employee, .flexibleWorker].contains(person.segment) && age <= 58 { pools.termLifeInsured.append(i) }
            if [.flexibleWorker, .businessOwner].contains(person.segment) && age <= 55 { pools.pensionHolders.append(i) }
        }
        return pools
    }

    /// The first day the demo book takes applications.
    static let firstApplicationDay = CivilDate(year: 2026, month: 1, day: 5)

    mutating func seedPolicies(_ storage: any PuhuiStorage) throws {
        var referrals: [Referral] = []
        let pools = makePools()
        try batches("applications", count: options.policies, storage) { book, _, db in
            guard let (product, holder, insured, risk) = book.nextApplication(pools) else { return }
            let first = Self.firstApplicationDay ?? book.options.bookDate.chinaDate
            let last = book.options.bookDate.adding(days: -12)
            let at = Instant(startOfChinaDay: first).adding(seconds: book.random.seconds(0...max(0, last.secondsSinceEpoch - Instant(startOfChinaDay: first).secondsSinceEpoch)))
            let start = at.chinaDate.adding(days: book.random.int(0...10))
            let stored = try book.cache.product(code: product, on: start, db.catalog)
            let segment = [.health, .termLife, .pension].contains(stored.product.line) && insured.count == 1
                ? pools.byReference[insured[0]] ?? .other : pools.byReference[holder] ?? .other
            var documents = stored.product.underwriting.requiredDocuments(for: segment).map(\.code)
            if book.random.chance(percent: 12), !documents.isEmpty { documents.remove(at: book.random.int(0...(documents.count - 1))) }
            let request = ApplicationRequest(
                productCode: product, holder: holder, insured: insured, riskText: risk, riskSource: "demo",
                start: start, frequency: book.random.pick(stored.product.paymentFrequencies.filter { $0 != .flexible }.isEmpty
                                                          ? stored.product.paymentFrequencies : stored.product.paymentFrequencies.filter { $0 != .flexible }),
                documents: documents)
            let context = book.context(book.random.pick(["clerk.ma", "clerk.xu", "broker.online"]), at: at)
            book.summary.applications += 1
            let result = try book.applications.apply(request, context, db, cache: book.cache)
            switch result.decision.outcome {
            case .accept:
                book.summary.acceptedAtOnce += 1
                if let policy = result.policy { book.remember(policy, stored.product) }
            case .refer:
                book.summary.referred += 1
                referrals.append(Referral(application: result.application, line: stored.product.line,
                                          figure: AuthorityMeasure.of(result.quote, fallback: SumInsuredRule.of(result.quote)).amount,
                                          appliedAt: at, appliedBy: context.actor, missing: result.decision.missingDocuments, start: start))
            case .decline:
                book.summary.declinedByRules += 1
            }
        }
        // Underwriters work the queue: most referrals approved within three days, some
        // declined, the rest still waiting.
        try batches("underwriting", count: referrals.count, storage) { book, i, db in
            let referral = referrals[i]
            let at = referral.appliedAt.adding(seconds: book.random.seconds(3600...(72 * 3600)))
            let draw = book.random.int(1...100)
            guard at < book.options.bookDate, draw <= 85 else { return }
            let authority = book.underwritingAuthority.usersWhoMay(.underwriting, referral.figure, on: referral.line, date: at.chinaDate,
                                                                   among: book.underwriterNames.filter { $0 != referral.appliedBy })
            guard let underwriter = authority.first else { return }
            if draw <= 70 {
                // Missing documents arrive before approval; a start already past moves to the day of approval.
                if !referral.missing.isEmpty {
                    let received = referral.appliedAt.adding(seconds: (at.secondsSinceEpoch - referral.appliedAt.secondsSinceEpoch) / 2)
                    _ = try book.applications.receiveDocuments(referral.application, codes: referral.missing,
                                                               book.context(referral.appliedBy, at: received), db)
                }
                let start = referral.start < at.chinaDate ? at.chinaDate : nil
                let policy = try book.applications.approve(referral.application, note: "reviewed", start: start, book.context(underwriter, at: at), db)
                book.summary.approved += 1
                let product = try db.catalog.product(code: policy.productCode, version: policy.productVersion).product
                book.remember(policy, product)
            } else {
                try book.applications.decline(referral.application, reason: "outside appetite after review", book.context(underwriter, at: at), db)
                book.summary.declinedByUnderwriters += 1
            }
        }
    }

    mutating func remember(_ policy: Policy, _ product: Product) {
        summary.policies += 1
        issued.append(IssuedPolicy(number: policy.number, line: policy.line, product: product, start: policy.startDate, end: policy.endDate,
                                   coverages: Dictionary(policy.coverages.map { ($0.code, $0.amount) }, uniquingKeysWith: { a, _ in a }),
                                   issuedAt: policy.issuedAt, instalments: policy.instalments))
    }

    /// A product, holder, insured persons and risk JSON, drawn to look like a small-business book.
    mutating func nextApplication(_ pools: Pools) -> (String, String, [String], String)? {
        guard !pools.smallFirms.isEmpty else { return nil }
        func firm(_ from: [Int]) -> Firm { firms[random.pick(from)] }
        let draw = random.int(1...100)
        switch draw {
        case 1...6:
            // Traders insure their shipments: one transit, or the year's shipments by declaration.
            let firm = firm(pools.smallFirms)
            let goods: [String] = switch firm.trade.code {
            case "F5211": ["general-merchandise", "general-merchandise", "food-perishable"]
            case "F5129": ["general-merchandise", "electronics", "fragile"]
            case "C1810": ["textiles-apparel"]
            case "C3311": ["machinery"]
            case "C2110": ["general-merchandise", "fragile"]
            default: ["general-merchandise", "electronics"]
            }
            let annual = random.chance(percent: 30)
            let value = annual ? random.int(20...500) * 10_000 : random.int(50...5000) * 100
            let goodsClass = random.chance(percent: 2) ? "dangerous-goods" : random.pick(goods)
            let distance = random.chance(percent: 3) ? random.int(5001...9000) : random.int(20...3500)
            let mode = random.pick(["road", "road", "road", "rail", "waterway", "air", "multimodal"])
            let cover = random.chance(percent: 40) ? "all-risks" : "basic"
            return ("PH-CARGO-MICRO", firm.reference, [], """
                {"basis": "\(annual ? "annual-declaration" : "per-shipment")", "insuredValue": "\(value)", "goodsClass": "\(goodsClass)", "transportMode": "\(mode)", "distanceKm": \(distance), "cover": "\(cover)"}
                """)
        case 7...38:
            let firm = firm(pools.smallFirms)
            var si = Int64(random.int(5...300)) * 10_000
            if random.chance(percent: 5) { si = Int64(random.int(310...500)) * 10_000 }
            let construction = random.chance(percent: 8) ? "class-4" : "class-\(random.int(1...3))"
            let theft = random.chance(percent: 30) ? #", "theftSumInsured": "\#(random.pick(["10000", "20000", "50000"]))""# : ""
            let claims = random.chance(percent: 3) ? random.int(4...6) : random.pick([0, 0, 0, 1, 1, 2])
            return ("PH-PROP-SHOP", firm.reference, [], """
                {"sumInsured": "\(si)", "occupancy": "\(firm.trade.occupancy)", "construction": "\(construction)", "fireProtection": "\(random.pick(["sprinklers", "extinguishers", "extinguishers", "none"]))", "deductible": "\(random.pick(["500", "1000", "2000", "5000"]))", "claimsLast3Years": \(claims)\(theft)}
                """)
        case 39...58:
            let firm = firm(pools.smallFirms)
            let employer = random.chance(percent: 60) && firm.headcount > 0 ? #", "employerLimit": "\#(random.pick(["300000", "500000", "800000", "1000000"]))""# : ""
            let limit = random.chance(percent: 10) ? "2000000" : random.pick(["200000", "500000", "1000000"])
            return ("PH-LIAB-MICRO", firm.reference, [], """
                {"industryHazardClass": "\(firm.trade.hazard)", "annualRevenue": "\(max(100_000, firm.revenueYuan))", "employees": \(max(1, min(firm.headcount, 290))), "publicLimit": "\(limit)", "deductible": "\(random.pick(["0", "500", "1000", "2000"]))"\(employer)}
                """)
        case 59...63:
            guard !pools.exporters.isEmpty else { return nil }
            let firm = firm(pools.exporters)
            let countries = [("DE", "HI"), ("US", "HI"), ("JP", "0"), ("FR", "HI"), ("AE", "2"), ("VN", "5"), ("ID", "3"), ("BR", "4"), ("IN", "3"), ("NG", "6"), ("PK", "7")]
            let buyers = (0..<random.int(1...3)).map { n -> String in
                let (country, risk) = random.pick(countries)
                let days = random.chance(percent: 6) ? 270 : random.pick([30, 45, 60, 90, 120, 150, 180])
                return #"{"name": "Buyer \#(n + 1) \#(country)", "country": "\#(country)", "countryClass": "\#(risk)", "paymentTerms": "\#(random.pick(["DP", "DA", "OA", "OA"]))", "creditPeriodDays": \#(days), "declaredTurnover": "\#(random.int(5...50) * 100_000)", "creditLimit": "\#(random.int(2...25) * 100_000)"}"#
            }
            return ("PH-EXCR-SME", firm.reference, [], """
                {"annualExports": "\(random.int(3...40) * 1_000_000)", "maximumLiability": "\(random.int(10...300) * 10_000)", "buyers": [\(buyers.joined(separator: ", "))]}
                """)
        case 64...77:
            guard !pools.staffed.isEmpty else { return nil }
            let firm = firm(pools.staffed)
            let members = Array(firm.employees.shuffled(using: &random).prefix(random.int(3...min(12, firm.employees.count))))
            let manual = ["C1810", "C3311", "C2110", "G5430"].contains(firm.trade.code)
            let classes = members.map { _ in firm.trade.code == "E4720" ? random.pick(["4", "5"]) : (manual ? random.pick(["3", "4"]) : random.pick(["1", "1", "2"])) }
            let medical = random.chance(percent: 60) ? #", "medicalSumInsured": "\#(random.pick(["10000", "20000", "50000"]))""# : ""
            return ("PH-ACC-GROUP", firm.reference, members.map { persons[$0].reference }, """
                {"deathBenefit": "\(random.chance(percent: 5) ? "1000000" : random.pick(["100000", "200000", "300000", "500000"]))"\(medical), "insured": [\(classes.map { #"{"occupationClass": "\#($0)"}"# }.joined(separator: ", "))]}
                """)
        case 78...86:
            guard !pools.healthHolders.isEmpty else { return nil }
            let person = persons[random.pick(pools.healthHolders)]
            let declaration = random.chance(percent: 5) ? #", "healthDeclaration": "abnormal""# : ""
            return ("PH-HLTH-OWNER", person.reference, [person.reference], #"{"plan": "\#(random.pick(["basic", "standard", "standard", "premium"]))"\#(declaration)}"#)
        case 87...93:
            guard !pools.termLifeInsured.isEmpty else { return nil }
            let person = persons[random.pick(pools.termLifeInsured)]
            let holder = person.firm.map { firms[$0].reference } ?? person.reference
            let si = random.chance(percent: 8) ? random.int(110...300) * 10_000 : random.int(10...100) * 10_000
            let age = person.birth.age(on: options.bookDate.chinaDate)
            let terms = [10, 15, 20, 30].filter { age + $0 <= 70 }
            guard !terms.isEmpty else { return nil }
            return ("PH-TERM-KEY", holder, [person.reference], #"{"sumInsured": "\#(si)", "termYears": \#(random.pick(terms))}"#)
        default:
            guard !pools.pensionHolders.isEmpty else { return nil }
            let person = persons[random.pick(pools.pensionHolders)]
            let retirement = random.int(60...65)
            // The product allows 5 to 42 years to retirement, counted from the start date; the
            // earliest start gives the most years.
            guard retirement - person.birth.age(on: Self.firstApplicationDay ?? options.bookDate.chinaDate) <= 42 else { return nil }
            let risk = random.chance(percent: 70)
                ? #"{"retirementAge": \#(retirement), "contributionAmount": "\#(random.int(2...30) * 100)", "contributionFrequency": "monthly"}"#
                : #"{"retirementAge": \#(retirement), "contributionAmount": "\#(random.int(2...40) * 1000)", "contributionFrequency": "annual"}"#
            return ("PH-PENS-FLEX", person.reference, [person.reference], risk)
        }
    }
}
