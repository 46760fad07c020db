import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Undoes the generated layer's percent-encoding of the `Location` header: swift-openapi-runtime
/// writes every header value as a URI component (`/api/v1/quotes/Q-000001` becomes
/// `%2Fapi%2Fv1%2Fquotes%2FQ-000001`; swift-openapi-generator issue #857). The server's own
/// locations are paths of unreserved characters and slashes, so decoding gives them back
/// exactly.
struct LocationHeaderMiddleware: ServerMiddleware {
    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        var (response, responseBody) = try await next(request, body, metadata)
        // Only where there is something to decode (the direct lane's answers have nothing).
        if let location = response.headerFields[.location], location.utf8.contains(UInt8(ascii: "%")), let decoded = location.removingPercentEncoding {
            response.headerFields[.location] = decoded
        }
        // The same for ETag: `"7"` is written `%227%22`.
        if let etag = response.headerFields[.eTag], etag.utf8.contains(UInt8(ascii: "%")), let decoded = etag.removingPercentEncoding {
            response.headerFields[.eTag] = decoded
        }
        return (response, responseBody)
    }
}
