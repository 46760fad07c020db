import Foundation
import Hummingbird
import PuhuiDomain
import PuhuiServices

/// Getting a quote and applying: the products open to the customer's segment, a form made
/// from the product's declared risk fields, the worksheet in plain words, and the decision.
extension Pages {
    /// A product a customer may price on the pages: in force, open to their segment, and its
    /// risk a flat set of fields (products insuring lists of people are applied for through
    /// an account manager, who registers the people first).
    struct QuotableProduct {
        let product: Product
        let fields: [RiskFieldSpec]
    }

    func quotable(_ context: ActionContext) throws -> (party: Party, products: [QuotableProduct]) {
        guard let reference = context.user.party else { throw PuhuiError(.unauthorized, "\(context.actor) acts for no party") }
        let party = try engine.parties().party(reference, context)
        let today = context.at.chinaDate
        let products = try engine.catalog.productsInForce(on: today).compactMap { summary -> QuotableProduct? in
            let (product, declared) = try engine.catalog.riskFields(code: summary.code, on: today)
            guard product.segments.contains(party.segment) else { return nil }
            let fields = declared.filter { $0.name != "party" && $0.name != "startDate" }
            guard !fields.contains(where: { $0.kind == .list }) else { return nil }
            return QuotableProduct(product: product, fields: fields)
        }
        return (party, products)
    }

    /// `GET /quote`: the products open to my segment.
    func quoteProducts(_ visitor: PageVisitor) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        try context.authorize(.storeQuote)
        let pages = self
        let (_, products) = try await threads.run { try pages.quotable(context) }
        let language = visitor.language
        var data = visitor.common(title: language.text("getQuote"))
        data["products"] = products.map { item -> [String: Any] in
            ["code": item.product.code, "name": language.pick(item.product.name)]
        }
        return try html("quote-products", data)
    }

    /// `GET /quote/{code}`: the form the product's risk fields make.
    func quoteForm(_ code: String, _ visitor: PageVisitor, form: PageForm = PageForm(), errors: [String: String] = [:],
                   status: HTTPResponse.Status = .ok) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        try context.authorize(.storeQuote)
        let pages = self
        let (_, products) = try await threads.run { try pages.quotable(context) }
        guard let item = products.first(where: { $0.product.code == code }) else { throw PuhuiError.notFound("product \(code) is not open to you") }
        let language = visitor.language
        let values = form.values
        var data = visitor.common(title: "\(language.text("getQuote")): \(language.pick(item.product.name))")
        data["code"] = item.product.code
        let product = item.product.code
        data["fields"] = item.fields.map { field -> [String: Any] in
            let words = language == .zh ? fieldWords.words(product: product, field: field.name) : nil
            var entry: [String: Any] = ["name": field.name, "label": words?.label ?? Self.label(field.name), "meaning": words?.help ?? field.meaning,
                                        "required": field.required, "value": values[field.name] ?? ""]
            if !field.unit.isEmpty { entry["unit"] = language == .zh ? Self.zhUnits[field.unit] ?? field.unit : field.unit }
            switch (field.kind, field.allowed) {
            case let (_, .values(allowed)):
                entry["hasChoices"] = true
                entry["choices"] = (field.required ? [] : [["value": "", "text": "—", "selected": (values[field.name] ?? "").isEmpty] as [String: Any]])
                    + allowed.map { value -> [String: Any] in
                        let text = (language == .zh ? fieldWords.value(product: product, field: field.name, value: value) : nil) ?? value
                        return ["value": value, "text": text, "selected": values[field.name] == value]
                    }
            case (.date, _): entry["type"] = "date"
            case (.integer, _): entry["type"] = "text"; entry["mode"] = "numeric"
            case (.money, _), (.decimal, _): entry["type"] = "text"; entry["mode"] = "decimal"
            default: entry["type"] = "text"; entry["mode"] = "text"
            }
            if case let .range(lower, upper) = field.allowed { entry["hint"] = "\(lower)–\(upper)" }
            // The engine's description of the bounds is English; the Chinese help says the same.
            if case let .described(words) = field.allowed, language == .en || fieldWords.words(product: product, field: field.name) == nil {
                entry["hint"] = words
            }
            entry["error"] = errors[field.name]
            return entry
        }
        data["error"] = errors[""]
        return try html("quote-form", data, status: status)
    }

    /// `POST /quote/{code}`: prices the risk and keeps the quote; shows the worksheet and the
    /// form to apply with the documents the segment needs.
    func quote(_ code: String, _ visitor: PageVisitor, _ form: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let pages = self
        let engine = engine
        let (party, products) = try await threads.run { try pages.quotable(context) }
        guard let item = products.first(where: { $0.product.code == code }) else { throw PuhuiError.notFound("product \(code) is not open to you") }
        var errors: [String: String] = [:]
        let risk = Self.riskJSON(item.fields, form, errors: &errors, visitor.language)
        guard errors.isEmpty else { return try await quoteForm(code, visitor, form: form, errors: errors, status: .badRequest) }
        let quote: Quote
        do {
            quote = try await threads.run {
                try engine.quotes.quoteAndStore(productCode: code, asOf: context.at.chinaDate, riskText: risk, source: "form", context)
            }
        } catch let error as PuhuiError where error.code == .invalidInput || error.code == .refused || error.code == .rateMissing {
            let language = visitor.language
            if error.diagnostics.isEmpty {
                errors[""] = PageErrors.message(error, language)
            }
            for diagnostic in error.diagnostics {
                let field = item.fields.first { diagnostic.message.hasPrefix("field '\($0.name)'") }?.name
                    ?? item.fields.first { diagnostic.message.contains($0.name) }?.name ?? ""
                errors[field] = [errors[field], PageErrors.risk(diagnostic.message, language)].compactMap { $0 }.joined(separator: language == .zh ? "；" : "; ")
            }
            return try await quoteForm(code, visitor, form: form, errors: errors, status: Self.status(error))
        }
        let language = visitor.language
        var data = visitor.common(title: "\(language.text("yourQuote")): \(language.pick(item.product.name))")
        data["quote"] = quote.id ?? ""
        data["premium"] = language.money(quote.premium)
        data["start"] = language.date(quote.startDate)
        data["end"] = language.date(quote.endDate)
        data["startValue"] = quote.startDate.description
        data["worksheet"] = quote.worksheet.map { step -> [String: Any] in
            // Only what the step has: an empty text would still open its section.
            let looked = [step.table, step.key].compactMap { $0 }.joined(separator: ": ")
            let entries: [String: String?] = ["name": step.name, "factor": step.factor, "amount": step.amount.map { "¥" + $0 },
                                              "note": step.note, "looked": looked.isEmpty ? nil : looked]
            return entries.compactMapValues { $0.flatMap { $0.isEmpty ? nil : $0 } }
        }
        data["documents"] = item.product.underwriting.requiredDocuments(for: party.segment).map { document -> [String: Any] in
            ["code": document.code, "name": language.pick(document.name)]
        }
        data["reduced"] = [.microEnterprise, .individualBusiness].contains(party.segment)
        return try html("quote", data)
    }

    /// `POST /apply`: applies with the kept quote; shows the decision and what it means.
    func apply(_ visitor: PageVisitor, _ form: PageForm) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        guard let quote = form["quote"], let holder = context.user.party else {
            throw PuhuiError.invalid("the quote to apply with is missing; get a quote first", field: "quote")
        }
        let start = form["start"].flatMap { CivilDate(iso: $0) }
        let engine = engine
        let (result, documents) = try await threads.run {
            let result = try engine.underwriting.apply(ApplicationRequest(subject: .quote(quote), holder: holder, start: start, documents: form.all("document")),
                                                       context)
            // The documents by name: the product version the application was rated on.
            let product = try? engine.catalog.product(code: result.quote.productCode, version: result.quote.productVersion, on: result.quote.startDate).product
            return (result, product?.underwriting.documents ?? [])
        }
        let language = visitor.language
        var data = visitor.common(title: language.text("decision.\(result.decision.outcome.rawValue)"))
        data["application"] = result.application
        data["explain"] = language.text("explain.\(result.decision.outcome.rawValue)")
        data["reasons"] = result.decision.firedRules.map { language.pick($0.reason) }
        data["missing"] = result.decision.missingDocuments.map { code in documents.first { $0.code == code }.map { language.pick($0.name) } ?? code }
        data["hasMissing"] = !result.decision.missingDocuments.isEmpty
        data["hasReasons"] = !result.decision.firedRules.isEmpty
        data["policy"] = result.policy?.number
        data["premium"] = language.money(result.quote.premium)
        return try html("applied", data)
    }

    /// The units the products declare, in Chinese.
    static let zhUnits = ["yuan": "元", "claims": "次", "km": "公里", "persons": "人", "year": "年", "years": "年", "month": "月", "months": "月", "days": "天"]

    /// `sumInsured` → "sum insured".
    static func label(_ name: String) -> String {
        var words = ""
        for character in name {
            if character.isUppercase || (character.isNumber && !(words.last?.isNumber ?? true)) {
                words += " " + character.lowercased()
            } else {
                words.append(character)
            }
        }
        return words
    }

    /// The risk as JSON text from the form: amounts and decimals as strings, integers as
    /// numbers, empty optional fields left out. A required field left empty or an integer that
    /// is not one is an error beside its field.
    static func riskJSON(_ fields: [RiskFieldSpec], _ form: PageForm, errors: inout [String: String], _ language: PageLanguage) -> String {
        var members: [String] = []
        for field in fields {
            guard let value = form[field.name] else {
                if field.required { errors[field.name] = language == .zh ? "必填" : "Required" }
                continue
            }
            let encoded: String
            if field.kind == .integer {
                guard let number = Int64(value) else {
                    errors[field.name] = language == .zh ? "请填写整数" : "Enter a whole number"
                    continue
                }
                encoded = String(number)
            } else {
                encoded = jsonString(value)
            }
            members.append("\(jsonString(field.name)): \(encoded)")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func jsonString(_ text: String) -> String { JSONValue.quoted(text) }
}
