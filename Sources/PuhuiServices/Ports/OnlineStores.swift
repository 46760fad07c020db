import PuhuiDomain

/// The first answer to a request sent with an `Idempotency-Key`, as kept for its retries.
public struct IdempotentAnswer: Sendable, Hashable {
    /// The operation the key was first used for (`payClaim`).
    public var operation: String
    /// SHA-256 (hex) of what the request asked: the operation's path and its body.
    public var requestSHA256: String
    public var status: Int
    /// The answer's headers that matter to a retry (`Location`, `ETag`), name and value.
    public var headers: [String: String]
    public var body: [UInt8]
    public var createdAt: Instant
    public var expiresAt: Instant

    public init(operation: String, requestSHA256: String, status: Int, headers: [String: String], body: [UInt8],
                createdAt: Instant, expiresAt: Instant) {
        self.operation = operation
        self.requestSHA256 = requestSHA256
        self.status = status
        self.headers = headers
        self.body = body
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Answers kept for retries, per user and key.
public protocol IdempotencyStore {
    /// The answer kept for `key` of `user`, unless it expired before `now`.
    func answer(user: String, key: String, now: Instant) throws -> IdempotentAnswer?
    /// Keeps `answer` (a key already kept is a conflict: the caller looks first).
    func keep(_ answer: IdempotentAnswer, user: String, key: String) throws
    /// Deletes the answers that expired before `now`; how many.
    @discardableResult func purge(expiredBefore now: Instant) throws -> Int
}

/// A file received for one of a claim's documents: its bytes are kept outside the book, under
/// their SHA-256; this is what the book knows of it.
public struct ClaimDocumentFile: Sendable, Hashable, Codable {
    public var code: String
    public var sha256: String
    public var mediaType: String
    public var byteCount: Int
    /// The name the sender gave the file, sanitised; never used as a path.
    public var fileName: String?
    public var receivedAt: Instant
    public var receivedBy: String

    public init(code: String, sha256: String, mediaType: String, byteCount: Int, fileName: String?, receivedAt: Instant, receivedBy: String) {
        self.code = code
        self.sha256 = sha256
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.fileName = fileName
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
    }
}

/// The files received for claims' documents.
public protocol ClaimDocumentFileStore {
    func insert(_ file: ClaimDocumentFile, claimID: Int64) throws
    /// The files of a claim, oldest first.
    func files(claimID: Int64) throws -> [ClaimDocumentFile]
}
