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
        let quotes = engine.quotes
        guard RequestScope.current.user != nil else {
            // Anonymous: the price and its worksheet, nothing kept; from a kept rater on this
            // thread when the catalog is unchanged (no transaction), else from the book.
            if let quote = try quotes.quoteFromKeptRater(productCode: request.product, asOf: date, risk: risk, source: RequestScope.bodySource) {
                return .ok(.init(body: .json(try Components.Schemas.Quote(quote))))
            }
            let quote = try await threads.read { try quotes.quote(productCode: request.product, asOf: date, risk: risk, source: RequestScope.bodySource) }
            return .ok(.init(body: .json(try Components.Schemas.Quote(quote))))
        }
        let context = try RequestScope.context(at: engine.clock.now())
        let quote = try await threads.run {
            try quotes.quoteAndStore(productCode: request.product, asOf: date, risk: risk, source: RequestScope.bodySource, context)
        }
        let body = try Components.Schemas.Quote(quote)
        guard let id = body.id else { throw PuhuiError(.corrupt, "quote of \(quote.productCode) was kept without a reference") }
        return .created(.init(headers: .init(location: "/api/v1/quotes/\(id)"), body: .json(body)))
    }

    func getQuote(_ input: Operations.GetQuote.Input) async throws -> Operations.GetQuote.Output {
        let (quotes, id) = (engine.quotes, input.path.id)
        let context = try RequestScope.context(at: engine.clock.now())
        let stored = try await threads.read { try quotes.storedQuote(id, context) }
        return .ok(.init(body: .json(try .init(stored.quote))))
    }
}
