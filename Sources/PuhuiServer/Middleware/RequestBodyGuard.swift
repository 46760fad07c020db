import Hummingbird
import NIOCore
import Synchronization
import OpenAPIRuntime
import PuhuiDomain

/// Reads the body of a request that carries one (POST, PUT, PATCH) in full before any handler
/// sees it, within the server's limits: its size (refused with 413 before reading when
/// `Content-Length` says so, else as soon as it grows past the limit), the time it takes to
/// arrive (408), and for JSON its nesting depth (400) and list lengths (413). The checked body
/// is kept in the request scope, so that a quote's risk is read from the bytes the caller sent,
/// with their lines and columns, and so that a body that is not JSON is answered with where.
struct RequestBodyGuard<Context: RequestContext>: RouterMiddleware {
    let settings: ServerSettings

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // A page's file upload is read by its page, within the document limit, so that its
        // errors are shown beside the file field (`Pages.upload`).
        guard [.post, .put, .patch].contains(request.method), !Self.isPageUpload(request.uri.path) else { return try await next(request, context) }
        let upload = Self.isUpload(request.uri.path)
        // An upload may be large: without a token it is refused before a byte of it is read.
        if upload && request.headers[.authorization] == nil {
            throw PuhuiError(.unauthenticated, "this operation needs a bearer token (Authorization: Bearer …)", field: "Authorization")
        }
        // A document, its part headers and the document code.
        let limit = upload ? settings.maxDocumentBytes + Self.multipartOverhead : settings.maxJSONBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw HTTPProblem.bodyTooLarge(limit: limit)
        }
        var request = request
        let body = try await Self.collect(request.body, limit: limit, timeout: settings.bodyTimeout)
        request.body = RequestBody(buffer: body)
        if Self.isJSON(request.headers[.contentType]) {
            let shape = JSONShape(maxDepth: settings.maxJSONDepth, maxItems: settings.maxJSONItems)
            if let violation = body.withUnsafeReadableBytes({ shape.violation(in: $0) }) {
                throw Self.problem(violation, shape)
            }
            if let field = Self.nullMember(body) {
                throw PuhuiError.invalid("field '\(field)' is null; leave out a field that has no value", field: field)
            }
        }
        var scope = RequestScope.current
        scope.body = body
        do {
            return try await RequestScope.$current.withValue(scope) { try await next(request, context) }
        } catch let error as ServerError {
            throw Self.locatingSyntaxError(error, in: body)
        }
    }

    /// The whole body, or 413 past `limit` bytes, or 408 when it takes longer than `timeout`.
    ///
    /// The body is read by a task of its own, which `deadlines` cancels when the time is up (at
    /// most a quarter of a second late). The time counts as the suspending clock does (the
    /// monotonic uptime): time the machine spent suspended (a virtual machine paused or restored
    /// from a snapshot) is not time the client failed to send in. A request whose task is
    /// cancelled (the server forced down) ends with the cancellation, not a 408.
    static func collect(_ body: RequestBody, limit: Int, timeout: Duration, deadlines: BodyDeadlines = .shared) async throws -> ByteBuffer {
        let reading = Task { try await body.collect(upTo: limit) }
        let expired = Atomic(false)
        let ticket = deadlines.watch(TimeAmount(timeout)) {
            expired.store(true, ordering: .sequentiallyConsistent)
            reading.cancel()
        }
        defer { deadlines.finish(ticket) }
        do {
            return try await withTaskCancellationHandler { try await reading.value } onCancel: { reading.cancel() }
        } catch is NIOTooManyBytesError {
            throw HTTPProblem.bodyTooLarge(limit: limit)
        } catch where expired.load(ordering: .sequentiallyConsistent) {
            throw HTTPProblem.bodyTimeout(timeout)
        }
    }

    /// The first member of the body's top-level object whose value is `null`: the contract's
    /// optional fields are left out, never null (a risk's own fields, one level down, are the
    /// rating module's to judge). Parsed only when the body has a `null` at all.
    static func nullMember(_ body: ByteBuffer) -> String? {
        let bytes = body.readableBytesView
        // Looked for in the bytes first: most bodies have no null, and this is every request's cost.
        guard containsNull(bytes),
              let text = String(validating: bytes, as: UTF8.self),
              case let .object(members, keys, _, _)? = try? JSONReader.parse(text) else { return nil }
        return keys.first { key in
            if case .null = members[key] { return true }
            return false
        }
    }

    /// Room in an upload's body for what surrounds the file: boundaries, part headers, the code.
    static var multipartOverhead: Int { 64 << 10 }

    /// `POST /api/v1/claims/{ref}/documents`.
    static func isUpload(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return segments.count == 5 && segments[0] == "api" && segments[1] == "v1" && segments[2] == "claims" && segments[4] == "documents"
    }

    /// `POST /claims/{ref}/documents/{code}` (a page, not the API).
    static func isPageUpload(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return segments.count == 4 && segments[0] == "claims" && segments[2] == "documents"
    }

    /// Whether the bytes `null` occur anywhere (in a string too: a cheap first look).
    static func containsNull(_ bytes: ByteBufferView) -> Bool {
        let pattern: [UInt8] = Array("null".utf8)
        var matched = 0
        for byte in bytes {
            matched = byte == pattern[matched] ? matched + 1 : (byte == pattern[0] ? 1 : 0)
            if matched == pattern.count { return true }
        }
        return false
    }

    /// `application/json`, or a `+json` type, with or without parameters.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = MediaType.parse(contentType).essence
        return mediaType == "application/json" || mediaType.hasSuffix("+json")
    }

    static func problem(_ violation: JSONShape.Violation, _ shape: JSONShape) -> HTTPProblem {
        switch violation.excess {
        case .depth:
            let message = "objects and lists are nested more than \(shape.maxDepth) deep"
            return HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue, detail: "the request body's \(message)",
                               field: "body", diagnostics: [Diagnostic(path: RequestScope.bodySource, line: violation.line, column: violation.column, message: message)])
        case .items:
            let message = "a list or object has more than \(shape.maxItems) items"
            return HTTPProblem(status: .contentTooLarge, type: PuhuiError.Code.tooLarge.rawValue, detail: "in the request body, \(message)",
                               field: "body", diagnostics: [Diagnostic(path: RequestScope.bodySource, line: violation.line, column: violation.column, message: message)])
        }
    }

    /// A body the generated layer could not read as JSON at all is answered with the line and
    /// column of its first syntax error; every other error passes unchanged.
    static func locatingSyntaxError(_ error: ServerError, in body: ByteBuffer) -> any Error {
        guard let decoding = error.underlyingError as? DecodingError, case let .dataCorrupted(context) = decoding,
              context.codingPath.isEmpty else { return error }
        let bytes = body.readableBytesView
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue, detail: "the request body is not UTF-8 text", field: "body")
        }
        do {
            _ = try JSONReader.parse(text)
            return error
        } catch {
            return HTTPProblem(status: .badRequest, type: PuhuiError.Code.invalidInput.rawValue,
                               detail: "the request body is not valid JSON: \(error.message) (line \(error.line), column \(error.column))", field: "body",
                               diagnostics: [Diagnostic(path: RequestScope.bodySource, line: error.line, column: error.column, message: error.message)])
        }
    }
}
