import PuhuiAPI
import PuhuiDomain

extension PuhuiAPIHandlers {
    /// The risk is read from the request body as sent, not from the decoded `risk` value, so
    /// the rating module sees exactly what a risk file would give it (numbers as written,
    /// duplicate fields refused) and its problems point to lines and columns of the body.
    func createQuote(_ input: Operations.CreateQuote.Input) async throws -> Operations.CreateQuote.Output {
        guard case let .json(request) = input.body else { throw PuhuiError.invalid("the request body must be JSON", field: "body") }
        let date = try date(request.asOf, field: "asOf")
        let risk = try RiskInput.member("risk", ofDocument: try RequestScope.bodyText(), source: RequestScope.bodySource)
        let quote = try await quoteAnswer(product: request.product, asOf: date, risk: risk)
        guard let id = quote.id else { return .ok(.init(body: .json(quote))) }
        return .created(.init(headers: .init(location: Self.location(ofQuote: id)), body: .json(quote)))
    }

    /// The answer to a quote request: the price and its worksheet, kept (with an `id`) for a
    /// signed-in caller. For the operation above and for `DirectAnswerMiddleware`, which reads
    /// the same request and writes the same answer without the generated layer.
    func quoteAnswer(product: String, asOf date: CivilDate, risk: JSONValue) async throws -> Components.Schemas.Quote {
        let quotes = engine.quotes
        guard RequestScope.current.user != nil else {
            // Anonymous: the price and its worksheet, nothing kept; from a kept rater on this
            // thread when the catalog is unchanged (no transaction), else from the book.
            if let quote = try quotes.quoteFromKeptRater(productCode: product, asOf: date, risk: risk, source: RequestScope.bodySource) {
                return try Components.Schemas.Quote(quote)
            }
            let quote = try await threads.read { try quotes.quote(productCode: product, asOf: date, risk: risk, source: RequestScope.bodySource) }
            return try Components.Schemas.Quote(quote)
        }
        let context = try RequestScope.context(at: engine.clock.now())
        let quote = try await threads.run {
            try quotes.quoteAndStore(productCode: product, asOf: date, risk: risk, source: RequestScope.bodySource, context)
        }
        let body = try Components.Schemas.Quote(quote)
        guard body.id != nil else { throw PuhuiError(.corrupt, "quote of \(quote.productCode) was kept without a reference") }
        return body
    }

    /// Where a kept quote is read.
    static func location(ofQuote id: String) -> String { "/api/v1/quotes/\(id)" }

    func getQuote(_ input: Operations.GetQuote.Input) async throws -> Operations.GetQuote.Output {
        let (quotes, id) = (engine.quotes, input.path.id)
        let context = try RequestScope.context(at: engine.clock.now())
        let stored = try await threads.read { try quotes.storedQuote(id, context) }
        return .ok(.init(body: .json(try .init(stored.quote))))
    }
}
