/// Export credit: for each buyer, the declared insured turnover × the rate for the buyer's
/// country risk class, the payment terms and the credit period band, rounded to the fen; the
/// total not below the minimum premium. Buyer credit limits are carried into the quote, capped
/// at the product's maximum per buyer, with the indemnity percentages of the coverages.
public struct ExportCreditRating: RatingModule {
    public struct Buyer: Sendable {
        var name: String
        var country: String
        var countryClass: String
        var terms: String
        var creditDays: Int
        var turnover: Money
        var requestedLimit: Money
    }

    public struct Risk: Sendable {
        var annualExports: Money
        var maximumLiability: Money
        var buyers: [Buyer]
    }

    public static let line = LineOfBusiness.exportCredit
    public static let vocabulary = RatingVocabulary(
        module: "export-credit",
        summary: "For each buyer, the declared insured turnover × the rate for the buyer's country risk class, payment terms and credit period band, rounded to the fen; the buyers added, not below the minimum premium. Buyer credit limits are carried into the quote, capped at the product's maximum per buyer, with the indemnity percentages of the coverages.",
        roles: [TableRole("rate", [("country-class", .key), ("terms", .key), ("credit-days", .range)],
                          meaning: "rate per yuan of declared insured turnover by country risk class (OECD 0-7, HI), payment terms (DP, DA, OA) and credit days",
                          valueRange: .of("0", "0.1"))],
        parameters: [
            ParameterSpec("minimum-premium", .money, meaning: "the least premium of a policy", unit: "yuan", range: .of("0", "1000000")),
            ParameterSpec("max-buyer-limit", .money, meaning: "the largest credit limit granted on one buyer", unit: "yuan", range: .of("0", "100000000")),
            ParameterSpec("max-credit-days", .integer, meaning: "the longest credit period accepted", unit: "days", range: .of("1", "360")),
        ],
        fields: [
            RiskFieldSpec("annualExports", .money, unit: "yuan", meaning: "the exporter's annual export sales"),
            RiskFieldSpec("maximumLiability", .money, unit: "yuan", meaning: "the policy's maximum liability", allowed: .described("an allowed amount of the main coverage")),
            RiskFieldSpec("buyers", .list, meaning: "the buyers insured", items: [
                RiskFieldSpec("name", .text, meaning: "the buyer's name"),
                RiskFieldSpec("country", .text, meaning: "the buyer's country", allowed: .described("an ISO 3166 two-letter code such as DE")),
                RiskFieldSpec("countryClass", .key, meaning: "the country's risk class", allowed: .tableKeys(role: "rate", dimension: "country-class")),
                RiskFieldSpec("paymentTerms", .key, meaning: "payment terms", allowed: .tableKeys(role: "rate", dimension: "terms")),
                RiskFieldSpec("creditPeriodDays", .integer, unit: "days", meaning: "the credit period granted", allowed: .described("1 to max-credit-days")),
                RiskFieldSpec("declaredTurnover", .money, unit: "yuan", meaning: "turnover declared on the buyer for the year"),
                RiskFieldSpec("creditLimit", .money, unit: "yuan", meaning: "the credit limit requested on the buyer"),
            ]),
            .startDate,
        ],
        facts: [
            FactSpec("annual-exports", .number, meaning: "the exporter's annual export sales", unit: "yuan"),
            FactSpec("sum-insured", .number, meaning: "the maximum liability", unit: "yuan"),
            FactSpec("insured-turnover", .number, meaning: "the turnover declared on all buyers", unit: "yuan"),
            FactSpec("buyer-country", .key, meaning: "each buyer's country code", perItem: true),
            FactSpec("buyer-country-class", .key, meaning: "each buyer's country risk class", perItem: true),
            FactSpec("payment-terms", .key, meaning: "each buyer's payment terms", perItem: true),
            FactSpec("credit-period-days", .number, meaning: "each buyer's credit period", unit: "days", perItem: true),
            FactSpec("buyer-credit-limit", .number, meaning: "each buyer's requested credit limit", unit: "yuan", perItem: true),
        ],
        coverages: .all("each coverage (commercial and political risk) shares the maximum liability and carries its indemnity percentage"))

    public static func needs(_ product: Product) -> [TableNeed] {
        let maxDays = Int64(product.rating.parameters["max-credit-days"].flatMap { Int($0) } ?? 360)
        return [TableNeed(role: "rate", ranges: ["credit-days": 1...maxDays], reason: "credit periods up to \(maxDays) days for every country class and payment terms")]
    }

    public let product: Product
    let coverages: [Coverage]
    let rate: RateIndex
    let minimumPremium: Money
    let maxBuyerLimit: Money
    let maxCreditDays: Int
    let classes: [String]
    let terms: [String]

    public init(product: Product, tables: ResolvedTables) throws(PuhuiError) {
        self.product = product
        coverages = product.coverages
        rate = try tables.index("rate", product: product)
        let parameters = RatingParameters(product: product)
        minimumPremium = try parameters.money("minimum-premium")
        maxBuyerLimit = try parameters.money("max-buyer-limit")
        maxCreditDays = try parameters.integer("max-credit-days")
        classes = rate.keys(of: "country-class")
        terms = rate.keys(of: "terms")
    }

    public func read(_ fields: any InputFields, context: RatingContext, reader: inout FieldReader) -> Risk? {
        let exports = reader.money(fields, "annualExports")
        let liability = reader.money(fields, "maximumLiability")
        if let liability, let main = product.mainCoverage { _ = reader.check(liability, within: main, path: "maximumLiability", line: fields.line) }
        var buyers: [Buyer] = []
        let items = reader.list(fields, "buyers") ?? []
        for (i, item) in items.enumerated() {
            let p = "buyers[\(i + 1)]"
            let name = reader.text(item, "name", path: "\(p).name")?.0
            let country = reader.text(item, "country", path: "\(p).country")
            if let (code, line, column) = country, code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                reader.fail("\(p).country", "'\(code)' is not an ISO 3166 two-letter country code such as DE", line: line, column: column)
            }
            let countryClass = reader.key(item, "countryClass", path: "\(p).countryClass", allowed: classes)
            let term = reader.key(item, "paymentTerms", path: "\(p).paymentTerms", allowed: terms)
            let days = reader.integer(item, "creditPeriodDays", path: "\(p).creditPeriodDays", allowed: 1...maxCreditDays)
            let turnover = reader.money(item, "declaredTurnover", path: "\(p).declaredTurnover")
            let limit = reader.money(item, "creditLimit", path: "\(p).creditLimit")
            if let name, let (code, _, _) = country, let countryClass, let term, let days, let turnover, let limit {
                buyers.append(Buyer(name: name, country: code, countryClass: countryClass, terms: term, creditDays: days,
                                    turnover: turnover, requestedLimit: limit))
            }
        }
        guard let exports, let liability, buyers.count == items.count, !buyers.isEmpty else { return nil }
        return Risk(annualExports: exports, maximumLiability: liability, buyers: buyers)
    }

    public func facts(_ risk: Risk, context: RatingContext) -> UnderwritingFacts {
        var facts = UnderwritingFacts()
        facts.set("annual-exports", risk.annualExports)
        facts.set("sum-insured", risk.maximumLiability)
        facts.set("insured-turnover", risk.buyers.reduce(ExactDecimal.zero) { $0 + $1.turnover.yuan })
        for buyer in risk.buyers {
            facts.set("buyer-country", key: buyer.country)
            facts.set("buyer-country-class", key: buyer.countryClass)
            facts.set("payment-terms", key: buyer.terms)
            facts.set("credit-period-days", buyer.creditDays)
            facts.set("buyer-credit-limit", buyer.requestedLimit)
        }
        return facts
    }

    public func price<W: WorksheetRecorder>(_ risk: Risk, context: RatingContext, worksheet w: inout W,
                                            details: inout QuoteDetails?) throws -> Money {
        let rule = context.rounding
        var total = Money.zero
        var limits: [BuyerLimit] = []
        for buyer in risk.buyers {
            let lookup = try rate.lookup(["country-class": .key(buyer.countryClass), "terms": .key(buyer.terms),
                                          "credit-days": .number(Int64(buyer.creditDays))])
            let exact = buyer.turnover.yuan * lookup.value
            let premium = try exact.money(rule, product, step: "buyer \(buyer.name): turnover × rate")
            w.record(WorksheetStep(name: "Buyer \(buyer.name) (\(buyer.country)): declared turnover \(buyer.turnover.yuanString) × rate",
                                   table: lookup.tableVersion, key: lookup.query, factor: lookup.value.description,
                                   amount: premium.yuanString, rounding: rule.worksheetText, note: "exact \(exact.yuanText)"))
            let (sum, overflow) = total.fen.addingReportingOverflow(premium.fen)
            if overflow { throw PuhuiError(.invalidInput, "\(product.code) v\(product.version): the buyers' premiums add up to more than an amount can hold") }
            total = Money(fen: sum)
            let limit = min(buyer.requestedLimit, maxBuyerLimit)
            limits.append(BuyerLimit(name: buyer.name, country: buyer.country, countryClass: buyer.countryClass,
                                     paymentTerms: buyer.terms, creditPeriodDays: buyer.creditDays, declaredTurnover: buyer.turnover,
                                     requestedLimit: buyer.requestedLimit, limit: limit, rate: lookup.value, premium: premium))
        }
        w.record(WorksheetStep(name: "Sum over \(risk.buyers.count) buyer\(risk.buyers.count == 1 ? "" : "s")", amount: total.yuanString))
        total = total.atLeast(minimumPremium, &w)
        if details != nil {
            details?.coverages = coverages.map {
                QuotedCoverage(code: $0.code, name: $0.name, amount: risk.maximumLiability, deductible: nil, deductiblePercent: nil,
                               indemnityPercent: $0.indemnityPercent, coverFrom: nil, aggregateLimit: risk.maximumLiability, premium: nil)
            }
            details?.buyers = limits
            for limit in limits where limit.limit < limit.requestedLimit {
                details?.notes.append("Credit limit for \(limit.name) capped at \(limit.limit.yuanString) (requested \(limit.requestedLimit.yuanString))")
            }
            for coverage in coverages {
                details?.notes.append("\(coverage.code): losses indemnified at \(coverage.indemnityPercent?.description ?? "100")%")
            }
        }
        return total
    }
}
