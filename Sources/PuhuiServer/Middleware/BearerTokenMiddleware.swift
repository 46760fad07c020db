import HTTPTypes
import OpenAPIRuntime
import PuhuiDomain
import PuhuiServices

/// Who the request acts for: the user whose token is in `Authorization: Bearer …`, resolved
/// through `IdentityService.authenticate` (the token's digest looked up, its expiry,
/// revocation and the user's status checked) before the operation runs, and kept in
/// `RequestScope.current.user` while it does. A request without the header goes on as
/// anonymous: whether the operation allows that is for the handler, which asks
/// `RequestScope.context` for the acting user (401 when there is none). A header that is not a
/// bearer token, or a token that does not authenticate, is 401 whatever the operation: a
/// caller that meant to sign in is told, not served as anonymous.
///
/// What a token proved is kept (`TokenCache`) and used again while the book's users'
/// generation, read without waiting on the calling thread, is unchanged; otherwise, and for a
/// token not kept, the book is read on the service threads.
///
/// The token is never logged, and the user is not either (the access log has no identities).
struct BearerTokenMiddleware: ServerMiddleware {
    let identity: IdentityService
    let threads: ServiceThreads
    var tokens = TokenCache()

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
        guard let header = request.headerFields[.authorization] else {
            return try await next(request, body, metadata)
        }
        let token = try Self.bearerToken(header)
        let user = try await user(token: token)
        var scope = RequestScope.current
        scope.user = user
        return try await RequestScope.$current.withValue(scope) {
            try await next(request, body, metadata)
        }
    }

    /// The user `token` proves: the one kept for it while nothing about users has changed,
    /// else the book's answer (kept for the next request).
    func user(token: String) async throws -> AuthenticatedUser {
        let digest = AccessToken.digest(token)
        if let generation = identity.storage.identityGenerationWithoutWaiting(),
           let user = tokens.user(digest: digest, generation: generation, at: identity.clock.now()) {
            return user
        }
        let identity = identity
        let proven = try await threads.read { try identity.authenticateForKeeping(token: token) }
        tokens.remember(digest: digest, proven)
        return proven.user
    }

    /// The token of an `Authorization` value `Bearer TOKEN` (the scheme in any case, RFC 9110).
    static func bearerToken(_ header: String) throws -> String {
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].utf8.count == 6, parts[0].lowercased() == "bearer" else {
            throw PuhuiError(.unauthenticated, "the Authorization header must be 'Bearer' and a token", field: "Authorization")
        }
        // Trimmed without Foundation's CharacterSet, which was a measurable part of a request.
        var trimmed = parts[1]
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        let token = String(trimmed)
        guard !token.isEmpty, !token.contains(" ") else {
            throw PuhuiError(.unauthenticated, "the Authorization header must be 'Bearer' and a token", field: "Authorization")
        }
        return token
    }
}

extension RequestScope {
    /// The acting user's context now, for an operation that needs a signed-in user; 401 when
    /// the request came without a token.
    static func context(at instant: Instant, expectedVersion: Int? = nil) throws -> ActionContext {
        guard let user = current.user else {
            throw PuhuiError(.unauthenticated, "this operation needs a bearer token (Authorization: Bearer …)", field: "Authorization")
        }
        return ActionContext(user: user, at: instant, expectedVersion: expectedVersion)
    }
}
