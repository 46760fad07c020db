import Hummingbird
import NIOCore
import PuhuiDomain
import PuhuiServices

/// The letters kept with a policy or a claim (the schedule, document requests, payment
/// advice), listed on its page and downloaded as sent.
extension Pages {
    /// The letters about `subject`, as its page lists them.
    static func letterLinks(_ letters: [LetterRecord], _ language: PageLanguage) -> [[String: Any]] {
        letters.map { record -> [String: Any] in
            ["reference": record.reference, "title": language == .zh ? record.kind.chineseTitle : record.kind.englishTitle,
             "date": language.date(record.createdAt.chinaDate)]
        }
    }

    /// `GET /letters/{reference}`: the letter's bytes as sent (checked against their SHA-256 by
    /// the service), always as a download, so that it never runs as a page of this site.
    func letter(_ reference: String, _ visitor: PageVisitor) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        let engine = engine
        let letter = try await threads.run { try engine.letters().letter(reference, context) }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: letter.bytes)))
        response.headers[.contentType] = "application/octet-stream"
        response.headers[.contentDisposition] = "attachment; filename=\"\(letter.record.fileName)\""
        return response
    }
}
