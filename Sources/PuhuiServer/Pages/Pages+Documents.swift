import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PuhuiDomain
import PuhuiServices

/// Document files from a claim's page: a customer (or adjuster) sends the file for one of the
/// documents needed, with the API's checks (type read from the content, the server's size
/// limit, the file name sanitised), kept in the same vault and recorded by the same service
/// step; and anyone who may read the claim downloads the files received, as attachments.
extension Pages {
    /// `POST /claims/{reference}/documents/{code}`: one file for the document `code`, sent as
    /// `multipart/form-data` with the session's CSRF token and the claim's version as read.
    /// Nothing is read from the body before the visitor is known, and nothing is kept before the
    /// token is checked; every refusal is shown beside the document's file field.
    func upload(_ reference: String, code: String, _ request: Request) async -> Response {
        let visitor = await visitor(request)
        guard let session = visitor.session, visitor.user != nil else {
            return errorPage(PuhuiError(.unauthenticated, "sign in to send documents"), visitor)
        }
        let language = visitor.language
        let field = "upload-\(code)"
        func refuse(_ message: String, _ status: HTTPResponse.Status) async -> Response {
            do {
                return try await claim(reference, visitor, errors: [field: message], status: status)
            } catch {
                return errorPage(error, visitor)
            }
        }
        guard let vault = settings.documents else {
            return await refuse(language == .zh ? "本系统暂不接收上传的文件，请将文件交给理赔人员" : "This server does not take files; give the documents to your adjuster",
                                .unprocessableContent)
        }
        let limit = settings.maxDocumentBytes
        let bodyLimit = limit + RequestBodyGuard<BasicRequestContext>.multipartOverhead
        let tooLarge = language == .zh ? "文件太大：每个文件不能超过 \(Self.megabytes(limit))" : "The file is too large: each file may be at most \(Self.megabytes(limit))"
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > bodyLimit {
            return await refuse(tooLarge, .contentTooLarge)
        }
        let form: MultipartForm
        do {
            let body = try await RequestBodyGuard<BasicRequestContext>.collect(request.body, limit: bodyLimit, timeout: settings.bodyTimeout)
            form = try MultipartForm(body: Array(body.readableBytesView), contentType: request.headers[.contentType], maxPartBytes: limit)
        } catch let problem as HTTPProblem {
            return await refuse(problem.status == .contentTooLarge ? tooLarge
                                : (language == .zh ? "文件未能在规定时间内传完，请重试" : "The file did not arrive in time; try again"), problem.status)
        } catch let error as PuhuiError where error.code == .tooLarge {
            return await refuse(tooLarge, .contentTooLarge)
        } catch let error as PuhuiError {
            let message = language == .zh ? "上传的表单无法读取（\(error.message)），请重新打开页面后再试" : "The form could not be read (\(error.message)); open the page again and retry"
            return await refuse(message, .badRequest)
        } catch {
            return await refuse(language == .zh ? "上传的表单无法读取" : "The form could not be read", .badRequest)
        }
        guard WebSignInService.checkCSRF(form["csrf"], session: session) else {
            return errorPage(PuhuiError(.unauthorized, "the form is out of date or did not come from this site; open the page again"), visitor)
        }
        guard let version = form["version"].flatMap({ Int($0) }) else {
            return await refuse(language == .zh ? "页面已过期，请重新打开" : "The page is out of date; open it again", .badRequest)
        }
        guard let part = form.part("file"), part.fileName?.isEmpty == false || !part.bytes.isEmpty else {
            return await refuse(language == .zh ? "请选择要上传的文件" : "Choose a file to send", .badRequest)
        }
        guard !part.bytes.isEmpty else { return await refuse(language == .zh ? "所选文件是空的" : "The file chosen is empty", .badRequest) }
        guard let mediaType = DocumentFileType.mediaType(of: part.bytes) else {
            return await refuse(language == .zh ? "只接收 PDF、JPEG 或 PNG 文件（按文件内容判断）" : "Only PDF, JPEG or PNG files are taken (read from the file's content)",
                                .unsupportedMediaType)
        }
        if let declared = part.contentType, !["application/octet-stream", mediaType].contains(declared) {
            return await refuse(language == .zh ? "文件的扩展名与内容不符（内容是 \(mediaType)）" : "The file was declared \(declared) but its content is \(mediaType)",
                                .unsupportedMediaType)
        }
        let context: ActionContext
        do {
            context = try visitor.context(at: engine.clock.now(), expectedVersion: version)
        } catch {
            return errorPage(error, visitor)
        }
        let sha256 = CanonicalJSON.sha256(bytes: part.bytes)
        let file = ClaimDocumentFile(code: code, sha256: sha256, mediaType: mediaType, byteCount: part.bytes.count,
                                     fileName: DocumentFileType.sanitisedName(part.fileName), receivedAt: context.at, receivedBy: context.actor)
        let (engine, bytes) = (engine, part.bytes)
        do {
            try await threads.run {
                let claims = try engine.claims()
                try engine.storage.write { session in
                    _ = try claims.receiveFiles(reference, [file], context, session)
                    // Kept once the claim has taken it; a failure to keep it undoes the step.
                    _ = try vault.keep(bytes, sha256: sha256)
                }
            }
        } catch let error as PuhuiError where error.code != .notFound && error.code != .unauthenticated && error.code != .unauthorized {
            return await refuse(PageErrors.message(error, language), Self.status(error))
        } catch {
            return errorPage(error, visitor)
        }
        return Self.redirect("/claims/\(Reference.normalized(reference))?received=\(PageVisitor.queryEncoded(code))")
    }

    /// `GET /claims/{reference}/files/{sha256}`: a file received for the claim, to someone who
    /// may read the claim, as an attachment of its stored (safe) type under its sanitised name.
    func download(_ reference: String, sha256: String, _ visitor: PageVisitor) async throws -> Response {
        let context = try visitor.context(at: engine.clock.now())
        guard sha256.count == 64, sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { throw PuhuiError.notFound("no such file") }
        let engine = engine
        let files = try await threads.run { try engine.claims().files(reference, context) }
        guard let file = files.last(where: { $0.sha256 == sha256 }), let vault = settings.documents,
              let data = FileManager.default.contents(atPath: vault.path(of: sha256)) else {
            throw PuhuiError.notFound("no such file")
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = DocumentFileType.safeMediaType(file.mediaType)
        response.headers[.contentDisposition] = Self.attachment(file.fileName ?? "\(file.code).\(DocumentFileType.fileExtension(file.mediaType))")
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// `attachment; filename="…"` with an ASCII name (others as `_`), and the name in full as
    /// `filename*` (RFC 6266) when it is not ASCII.
    static func attachment(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar != "%" ? Character(scalar) : "_"
        })
        var value = "attachment; filename=\"\(ascii)\""
        if ascii != name {
            var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(0x80)))
            allowed.insert(charactersIn: "-._~")
            value += "; filename*=UTF-8''" + (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii)
        }
        return value
    }

    /// 20 MB, 512 KB: a limit in words.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : (bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes")
    }
}

extension DocumentFileType {
    /// The stored type when it is one the vault takes; anything else (a row from elsewhere) is
    /// served as bytes.
    static func safeMediaType(_ stored: String) -> String {
        ["application/pdf", "image/jpeg", "image/png"].contains(stored) ? stored : "application/octet-stream"
    }

    static func fileExtension(_ mediaType: String) -> String {
        switch mediaType {
        case "application/pdf": "pdf"
        case "image/jpeg": "jpg"
        case "image/png": "png"
        default: "bin"
        }
    }
}
