import HTTPTypes
import NIOCore
import OpenAPIRuntime
import PuhuiAPI
import PuhuiDomain

/// The two answers asked for most, a claim read (`getClaim`) and a quote (`createQuote`),
/// written straight to bytes (`DirectJSON`) instead of through the generated serializer and
/// Foundation's JSONEncoder, and a quote's body parsed once instead of twice. On the release
/// server those two steps were a quarter of a quote's CPU and a sixth of a claim read's
/// (Benchmarks/RESULTS.md, "The direct lane and the request path, second pass").
///
/// The generated operation stays the reference. This lane takes only a request it answers
/// exactly as the generated layer would: no `Accept`, or one that allows JSON; a claim
/// reference without percent-encoding; a quote body that is a JSON object of the contract's
/// fields (`product` a string, `asOf` a string, `risk` an object, nothing else) sent as
/// `application/json`. Anything else goes on to the generated layer, which answers it (and its
/// errors) as the contract says. Both lanes call the same handler code (`claimAnswer`,
/// `quoteAnswer`), and tests hold the bytes of the two equal.
///
/// It runs after `BearerTokenMiddleware` and `AcceptBeforeChangeMiddleware`, so the caller is
/// known and a change's `Accept` is checked before it here as there.
struct DirectAnswerMiddleware: ServerMiddleware {
    let handlers: PuhuiAPIHandlers

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        guard request.headerFields[.accept].map(AcceptBeforeChangeMiddleware.allowsJSON) ?? true else {
            return try await next(request, body, metadata)
        }
        switch operationID {
        case Operations.GetClaim.id:
            if let reference = metadata.pathParameters["ref"], !reference.contains("%") {
                let (eTag, claim) = try await handlers.claimAnswer(String(reference))
                return (Self.json(status: .ok, headers: [.eTag: eTag]), HTTPBody(DirectJSON.claim(claim)))
            }
        case Operations.CreateQuote.id:
            if let quoteRequest = Self.quoteRequest(request) {
                let date = try handlers.date(quoteRequest.asOf, field: "asOf")
                let quote = try await handlers.quoteAnswer(product: quoteRequest.product, asOf: date, risk: quoteRequest.risk)
                var headers = HTTPFields()
                if let id = quote.id { headers[.location] = PuhuiAPIHandlers.location(ofQuote: id) }
                return (Self.json(status: quote.id == nil ? .ok : .created, headers: headers), HTTPBody(DirectJSON.quote(quote)))
            }
        default:
            break
        }
        return try await next(request, body, metadata)
    }

    /// The response head the generated layer writes for a JSON answer.
    static func json(status: HTTPResponse.Status, headers: HTTPFields) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return HTTPResponse(status: status, headerFields: headers)
    }

    struct QuoteRequest {
        var product: String
        var asOf: String?
        var risk: JSONValue
    }

    /// The quote request in the body `RequestBodyGuard` kept, parsed once, when it is exactly
    /// an object of the contract's fields; nil for anything the generated layer should judge.
    static func quoteRequest(_ request: HTTPRequest) -> QuoteRequest? {
        guard let contentType = request.headerFields[.contentType], isPlainJSON(contentType),
              let body = RequestScope.current.body,
              let text = String(validating: body.readableBytesView, as: UTF8.self),
              case let .object(members, _, _, _)? = try? JSONReader.parse(text),
              members.keys.allSatisfy({ ["product", "asOf", "risk"].contains($0) }),
              case let .string(product, _, _)? = members["product"],
              let risk = members["risk"], case .object = risk else { return nil }
        switch members["asOf"] {
        case nil: return QuoteRequest(product: product, asOf: nil, risk: risk)
        case let .string(asOf, _, _)?: return QuoteRequest(product: product, asOf: asOf, risk: risk)
        default: return nil
        }
    }

    /// `application/json`, alone or with `charset=utf-8`, in any case.
    static func isPlainJSON(_ contentType: String) -> Bool {
        let (essence, parameters) = MediaType.parse(contentType)
        return essence == "application/json" && parameters.allSatisfy { $0 == "charset=utf-8" }
    }
}
