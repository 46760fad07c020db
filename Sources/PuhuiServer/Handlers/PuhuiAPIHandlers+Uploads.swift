import Foundation
import OpenAPIRuntime
import PuhuiAPI
import PuhuiDomain
import PuhuiServices

extension PuhuiAPIHandlers {
    /// A file for one of a claim's documents: its type read from its content (and checked
    /// against the type declared), its size capped, its bytes kept under their SHA-256 outside
    /// the book, and the document recorded on the claim by the same service step as
    /// `claim receive-docs`, with the digest in the event.
    func uploadClaimDocument(_ input: Operations.UploadClaimDocument.Input) async throws -> Operations.UploadClaimDocument.Output {
        // Who asks comes first: a request without a token is 401 whatever its If-Match.
        _ = try RequestScope.context(at: engine.clock.now())
        let expected = try ClaimVersion.expected(input.headers.ifMatch)
        let context = try RequestScope.context(at: engine.clock.now(), expectedVersion: expected)
        guard let vault = settings.documents else {
            throw PuhuiError.refused("this server keeps no document files (it was started without a document directory)")
        }
        guard case let .multipartForm(parts) = input.body else {
            throw PuhuiError.invalid("the request body must be multipart/form-data with the parts code and file", field: "body")
        }
        let limit = settings.maxDocumentBytes
        var code: String?
        var upload: (bytes: [UInt8], declared: String?, name: String?)?
        // The runtime's own multipart errors (framing, a part missing or repeated) are the
        // sender's: 400, as a body that does not match the contract.
        do {
            for try await part in parts {
                switch part {
                case let .code(wrapper):
                    guard code == nil else { throw PuhuiError.invalid("send one code per request", field: "code") }
                    code = try await String(collecting: wrapper.payload.body, upTo: 256).trimmingCharacters(in: .whitespacesAndNewlines)
                case let .file(wrapper):
                    guard upload == nil else { throw PuhuiError.invalid("send one file per request", field: "file") }
                    let bytes: [UInt8]
                    do {
                        bytes = try await [UInt8](collecting: wrapper.payload.body, upTo: limit)
                    } catch where String(reflecting: type(of: error)).hasSuffix("TooManyBytesError") {
                        // The runtime's own (private) error for a body past the limit.
                        throw PuhuiError(.tooLarge, "the file is larger than \(limit) bytes", field: "file")
                    }
                    upload = (bytes, RequestScope.current.partContentType, wrapper.filename)
                case .undocumented:
                    throw PuhuiError.invalid("the only parts taken are code and file", field: "body")
                }
            }
        } catch let error as PuhuiError {
            throw error
        } catch let error as HTTPProblem {
            throw error
        } catch {
            throw PuhuiError.invalid("the request body is not the multipart/form-data the contract asks for (parts code and file): \(error)", field: "body")
        }
        guard let code, !code.isEmpty else { throw PuhuiError.invalid("the part code (the document's code) is missing", field: "code") }
        guard let upload, !upload.bytes.isEmpty else { throw PuhuiError.invalid("the part file is missing or empty", field: "file") }
        guard let mediaType = DocumentFileType.mediaType(of: upload.bytes) else {
            throw HTTPProblem(status: .unsupportedMediaType, type: "unsupported-media-type",
                              detail: "the file is not a PDF, JPEG or PNG (read from its content)", field: "file")
        }
        if let declared = upload.declared, !["application/octet-stream", mediaType].contains(declared) {
            throw HTTPProblem(status: .unsupportedMediaType, type: "unsupported-media-type",
                              detail: "the file was declared \(declared) but its content is \(mediaType)", field: "file")
        }
        let sha256 = CanonicalJSON.sha256(bytes: upload.bytes)
        let file = ClaimDocumentFile(code: code, sha256: sha256, mediaType: mediaType, byteCount: upload.bytes.count,
                                     fileName: DocumentFileType.sanitisedName(upload.name), receivedAt: context.at, receivedBy: context.actor)
        let (claims, reference) = (try engine.claims(), input.path.ref)
        let bytes = upload.bytes
        // A retry with the same key is the same document and the same file (type, name, bytes).
        let request = Array("\(code)\n\(mediaType)\n\(file.fileName ?? "")\n\(sha256)".utf8)
        let answer = try await IdempotentChange(engine: engine, threads: threads)
            .run(key: input.headers.idempotencyKey, operation: "uploadClaimDocument", subject: Reference.normalized(reference), request: request,
                 context) { session in
                _ = try claims.receiveFiles(reference, [file], context, session)
                // Kept once the claim has taken it; a failure to keep it undoes the step.
                _ = try vault.keep(bytes, sha256: sha256)
                let details = try claims.details(reference, asOf: context.at, context, session)
                return .init(status: 201, headers: ["ETag": ClaimVersion.etag(details.claim.version)], body: try Components.Schemas.Claim(details))
            }
        return .created(.init(headers: .init(eTag: answer.headers["ETag"] ?? ""), body: .json(answer.body)))
    }

    func listClaimDocumentFiles(_ input: Operations.ListClaimDocumentFiles.Input) async throws -> Operations.ListClaimDocumentFiles.Output {
        let context = try RequestScope.context(at: engine.clock.now())
        let (claims, reference) = (try engine.claims(), input.path.ref)
        let files = try await threads.read { try claims.files(reference, context) }
        return .ok(.init(body: .json(.init(claim: Reference.normalized(reference), files: try files.map(Components.Schemas.ClaimDocumentFile.init)))))
    }
}
