import Foundation
import PuhuiDomain
import PuhuiServices

/// A change made at most once per `Idempotency-Key`: the first request's answer (status, the
/// headers a retry needs, body) is kept with the user, the key, the operation and a digest of
/// the request, in the same transaction as the change. A retry with the same key and the same
/// request gets that answer again and changes nothing (a payment is made once); the same key
/// with another request is refused (422), as is a key first used for another operation. A
/// request that failed kept nothing, so its retry is tried afresh. Keys are kept for
/// `lifetime`; expired ones are deleted whenever a new one is written.
struct IdempotentChange: Sendable {
    /// How long a key's answer is kept.
    static let lifetime: Int64 = 24 * 3600

    /// An answer, as sent and as kept.
    struct Answer<Body: Codable & Sendable>: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Body
    }

    let engine: PuhuiEngine
    let threads: ServiceThreads

    /// Runs `change` in one transaction; with a key, keeps or replays its answer. `subject`
    /// names what the request is about besides its body (the claim of a claim action), so that
    /// the digest covers it. `request` is what the digest covers in place of the body, for a
    /// body that is not kept whole (an upload: its document code and its file's digest).
    func run<Body: Codable & Sendable>(key: String?, operation: String, subject: String = "", request: [UInt8]? = nil, _ context: ActionContext,
                                       _ change: @escaping @Sendable (any StorageSession) throws -> Answer<Body>) async throws -> Answer<Body> {
        let storage = engine.storage
        guard let key else { return try await threads.run { try storage.write(change) } }
        guard !key.isEmpty, key.count <= 255, key.allSatisfy({ $0.isASCII && !$0.isWhitespace && !$0.isNewline }) else {
            throw PuhuiError.invalid("Idempotency-Key must be 1 to 255 visible ASCII characters", field: "Idempotency-Key")
        }
        let body = request ?? RequestScope.current.body.map { [UInt8]($0.readableBytesView) } ?? []
        let digest = CanonicalJSON.sha256(bytes: Array("\(operation)\n\(subject)\n".utf8) + body)
        let user = context.actor
        let now = context.at
        return try await threads.run {
            try storage.write { session in
                if let kept = try session.idempotency.answer(user: user, key: key, now: now) {
                    guard kept.operation == operation, kept.requestSHA256 == digest else {
                        throw PuhuiError(.refused, "Idempotency-Key '\(key)' was used \(kept.createdAt.shortDescription) for another request; a new request needs a new key",
                                         field: "Idempotency-Key")
                    }
                    do {
                        return Answer(status: kept.status, headers: kept.headers, body: try JSONDecoder().decode(Body.self, from: Data(kept.body)))
                    } catch {
                        throw PuhuiError.corrupt(table: "idempotent_request", row: "\(user) \(key)", "body cannot be read as \(Body.self)")
                    }
                }
                let answer = try change(session)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                try session.idempotency.purge(expiredBefore: now)
                try session.idempotency.keep(IdempotentAnswer(operation: operation, requestSHA256: digest, status: answer.status, headers: answer.headers,
                                                              body: [UInt8](try encoder.encode(answer.body)), createdAt: now,
                                                              expiresAt: now.adding(seconds: Self.lifetime)),
                                             user: user, key: key)
                return answer
            }
        }
    }
}
