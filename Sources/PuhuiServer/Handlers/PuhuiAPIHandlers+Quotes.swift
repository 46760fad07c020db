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
        let quote = try await threads.run {
            try quotes.quoteAndStore(productCode: request.product, asOf: date, risk: risk, source: RequestScope.bodySource)
        }
        let body = try Components.Schemas.Quote(quote)
        return .created(.init(headers: .init(location: "/api/v1/quotes/\(body.id)"), body: .json(body)))
    }

    func getQuote(_ input: Operations.GetQuote.Input) async throws -> Operations.GetQuote.Output {
        let (quotes, id) = (engine.quotes, input.path.id)
        let (quote, _) = try await threads.run { try quotes.storedQuote(id) }
        return .ok(.init(body: .json(try .init(quote))))
    }
}
