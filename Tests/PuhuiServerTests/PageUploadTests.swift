import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// Documents sent from a claim's page and downloaded from it: the API's checks, the same
/// vault and service step, the CSRF token before anything is kept, ownership, and attachments.
@Suite(.serialized) struct PageUploadTests {
    static let reader = ActionContext(user: AuthenticatedUser(name: "chen.jie", roles: [.adjuster]), at: ServerFixtures.clock.now())

    /// The page tests' book, with a document directory of its own.
    struct Book: Sendable {
        let pages: PageTests.Book
        let documents: String

        var settings: ServerSettings {
            var settings = ServerSettings(port: 0)
            settings.documents = DocumentVault(directory: documents)
            return settings
        }

        func storedFiles() -> [String] {
            (FileManager.default.enumerator(atPath: documents)?.allObjects as? [String] ?? []).filter { $0.count > 64 && !$0.hasSuffix(".part") }
        }

        func serve(settings: ServerSettings? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
            defer { try? FileManager.default.removeItem(atPath: documents) }
            try await TestServer.with(settings: settings ?? self.settings, storage: pages.storage, body)
        }

        func details() throws -> ClaimDetails {
            try ServerFixtures.engine(pages.storage).claims().details(pages.otherClaim, asOf: ServerFixtures.clock.now(), PageUploadTests.reader)
        }
    }

    static func book() async throws -> Book {
        Book(pages: try await PageTests.book(),
             documents: FileManager.default.temporaryDirectory.appendingPathComponent("puhui-page-documents-\(UUID().uuidString)").path)
    }

    /// A page's upload form as a browser sends it: the token, the version, then the file.
    static func upload(_ client: any TestClientProtocol, claim: String, code: String, session: String, csrf: String?, version: Int,
                       bytes: [UInt8], fileName: String = "scan.pdf", declared: String = "application/pdf",
                       contentType: String? = nil) async throws -> TestResponse {
        let boundary = "----PuhuiPageBoundary7MA4YWxk"
        var body: [UInt8] = []
        if let csrf { body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8) }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n\(version)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(declared)\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        let headers: HTTPFields = [.cookie: "puhui_session=\(session)", .contentType: contentType ?? "multipart/form-data; boundary=\(boundary)"]
        return try await client.execute(uri: "/claims/\(claim)/documents/\(code)", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    @Test func aCustomerSendsADocumentFromTheClaimPageAndSeesItReceived() async throws {
        let book = try await Self.book()
        let claim = book.pages.otherClaim
        let before = try book.details()
        let needed = before.documents.map(\.code)
        #expect(needed.count >= 2)
        try await book.serve { client in
            let session = try await PageTests.signIn(client, book.pages.storage, "other.owner")
            let csrf = WebSignInService.csrfToken(session: session)
            let page = try await client.execute(uri: "/claims/\(claim)", method: .get, headers: PageTests.cookie(session))
            // A form per document needed, its file field labelled with the document's name.
            for document in before.documents {
                #expect(page.text.contains("action=\"/claims/\(claim)/documents/\(document.code)\" enctype=\"multipart/form-data\""))
                #expect(page.text.contains("<label for=\"file-\(document.code)\">\(document.name.zh)</label>"))
            }
            let sent = try await Self.upload(client, claim: claim, code: needed[0], session: session, csrf: csrf, version: before.claim.version,
                                             bytes: SampleFiles.pdf, fileName: "../../火灾认定书\u{7}.pdf")
            #expect(sent.status == .seeOther)
            #expect(sent.headers[.location] == "/claims/\(claim)?received=\(needed[0])")
            // Recorded by the same step as the API's: the document received, the file's digest on the claim's event.
            let after = try book.details()
            #expect(after.documents.first { $0.code == needed[0] }?.receivedAt != nil)
            #expect(after.claim.version == before.claim.version + 1)
            let files = try ServerFixtures.engine(book.pages.storage).claims().files(claim, Self.reader)
            #expect(files.count == 1 && files[0].mediaType == "application/pdf" && files[0].fileName == "火灾认定书.pdf")
            #expect(files[0].receivedBy == "other.owner")
            let sha256 = CanonicalJSON.sha256(bytes: SampleFiles.pdf)
            #expect(book.storedFiles() == ["\(sha256.prefix(2))/\(sha256)"])
            let timeline = try ServerFixtures.engine(book.pages.storage).claims().timeline(claim, Self.reader)
            #expect(timeline.last?.detail.contains("sha256 \(sha256)") == true)
            // The page says what came and what happens next (the documents still needed).
            let shown = try await client.execute(uri: "/claims/\(claim)?received=\(needed[0])", method: .get, headers: PageTests.cookie(session))
            let name = before.documents[0].name.zh
            #expect(shown.text.contains("我们已收到：\(name)"))
            #expect(shown.text.contains("我们还需要："))
            #expect(!shown.text.contains("action=\"/claims/\(claim)/documents/\(needed[0])\""))
            #expect(shown.text.contains("href=\"/claims/\(claim)/files/\(sha256)\""))
            // The customer downloads their own file as an attachment.
            let download = try await client.execute(uri: "/claims/\(claim)/files/\(sha256)", method: .get, headers: PageTests.cookie(session))
            #expect(download.status == .ok && Array(download.body.readableBytesView) == SampleFiles.pdf)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"_____.pdf\"; filename*=UTF-8''%E7%81%AB%E7%81%BE%E8%AE%A4%E5%AE%9A%E4%B9%A6.pdf")
            #expect(download.headers[.xContentTypeOptions] == "nosniff")

            // Every other document: complete, and the decision clock starts, in words.
            var version = after.claim.version
            for (index, code) in needed.dropFirst().enumerated() {
                let next = try await Self.upload(client, claim: claim, code: code, session: session, csrf: csrf, version: version,
                                                 bytes: SampleFiles.png + [UInt8(index)], fileName: "photo.png", declared: "image/png")
                #expect(next.status == .seeOther, "\(code): \(next.text)")
                version += 1
            }
            let complete = try book.details()
            #expect(complete.claim.state == .documentsComplete)
            #expect(complete.clocks.contains { $0.kind == .decision && $0.status == .open })
            let last = try await client.execute(uri: "/claims/\(claim)?received=\(needed.last ?? "")", method: .get, headers: PageTests.cookie(session))
            #expect(last.text.contains("下一步：我们须在") && last.text.contains("前作出核定（《保险法》第二十三条）"), "\(last.text)")
            #expect(!last.text.contains("enctype=\"multipart/form-data\""))
        }
    }

    @Test func nothingIsKeptWithoutTheTokenOrForABadFile() async throws {
        let book = try await Self.book()
        let claim = book.pages.otherClaim
        let before = try book.details()
        let code = before.documents[0].code
        var settings = book.settings
        settings.maxDocumentBytes = 4096
        try await book.serve(settings: settings) { client in
            let session = try await PageTests.signIn(client, book.pages.storage, "other.owner")
            let csrf = WebSignInService.csrfToken(session: session)
            let version = before.claim.version
            let other = try await PageTests.signIn(client, book.pages.storage, "shop.owner")
            for token in [nil, "wrong", WebSignInService.csrfToken(session: other)] {
                let refused = try await Self.upload(client, claim: claim, code: code, session: session, csrf: token, version: version, bytes: SampleFiles.pdf)
                #expect(refused.status == .forbidden, "\(String(describing: token))")
            }
            // Without a session the body is not read at all.
            let anonymous = try await client.execute(uri: "/claims/\(claim)/documents/\(code)", method: .post,
                                                     headers: [.contentType: "multipart/form-data; boundary=x"], body: ByteBuffer(string: "--x--"))
            #expect(anonymous.status == .unauthorized)
            // Each refusal beside the file field, with its status.
            let cases: [(bytes: [UInt8], declared: String, contentType: String?, status: HTTPResponse.Status, message: String)] = [
                (Array("just text".utf8), "application/pdf", nil, .unsupportedMediaType, "只接收 PDF、JPEG 或 PNG 文件"),
                (SampleFiles.png, "image/jpeg", nil, .unsupportedMediaType, "文件的扩展名与内容不符"),
                ([], "application/pdf", nil, .badRequest, "所选文件是空的"),
                (SampleFiles.pdf + Array(repeating: UInt8(ascii: "x"), count: 5000), "application/pdf", nil, .contentTooLarge, "文件太大：每个文件不能超过 4 KB"),
                (SampleFiles.pdf + Array(repeating: UInt8(ascii: "x"), count: 70_000), "application/pdf", nil, .contentTooLarge, "文件太大：每个文件不能超过 4 KB"),
                (SampleFiles.pdf, "application/pdf", "multipart/form-data", .badRequest, "上传的表单无法读取"),
            ]
            for item in cases {
                let response = try await Self.upload(client, claim: claim, code: code, session: session, csrf: csrf, version: version, bytes: item.bytes,
                                                     declared: item.declared, contentType: item.contentType)
                #expect(response.status == item.status, "\(item.message)")
                #expect(response.text.contains("id=\"file-\(code)-error\">\(item.message)"), "\(item.message)")
                #expect(response.text.contains("aria-invalid=\"true\""), "\(item.message)")
            }
            // A document the claim does not need, and a stale version: the service refuses.
            let unknown = try await Self.upload(client, claim: claim, code: "no-such-document", session: session, csrf: csrf, version: version, bytes: SampleFiles.pdf)
            #expect(unknown.status == .badRequest)
            let stale = try await Self.upload(client, claim: claim, code: code, session: session, csrf: csrf, version: version - 1, bytes: SampleFiles.pdf)
            #expect(stale.status == .preconditionFailed && stale.text.contains("页面已过期"))
            #expect(book.storedFiles().isEmpty)
            #expect(try book.details().claim.version == version)
        }
    }

    @Test func aClaimNoLongerOpenOffersNoUpload() async throws {
        let book = try await Self.book()
        let claims = try ServerFixtures.engine(book.pages.storage).claims()
        _ = try claims.withdraw(book.pages.otherClaim, Self.reader)
        try await book.serve { client in
            let session = try await PageTests.signIn(client, book.pages.storage, "other.owner")
            let page = try await client.execute(uri: "/claims/\(book.pages.otherClaim)", method: .get, headers: PageTests.cookie(session))
            #expect(page.status == .ok && !page.text.contains("enctype=\"multipart/form-data\""))
        }
    }

    @Test func anotherCustomersClaimIsNotFoundAndStaffDownloadByRole() async throws {
        let book = try await Self.book()
        let claim = book.pages.otherClaim
        let before = try book.details()
        let code = before.documents[0].code
        try await book.serve { client in
            let stranger = try await PageTests.signIn(client, book.pages.storage, "shop.owner")
            let refused = try await Self.upload(client, claim: claim, code: code, session: stranger, csrf: WebSignInService.csrfToken(session: stranger),
                                                version: before.claim.version, bytes: SampleFiles.pdf)
            #expect(refused.status == .notFound)
            #expect(book.storedFiles().isEmpty)
            let owner = try await PageTests.signIn(client, book.pages.storage, "other.owner")
            let sent = try await Self.upload(client, claim: claim, code: code, session: owner, csrf: WebSignInService.csrfToken(session: owner),
                                             version: before.claim.version, bytes: SampleFiles.jpeg, fileName: "a\\\"b.jpg", declared: "image/jpeg")
            #expect(sent.status == .seeOther)
            let sha256 = CanonicalJSON.sha256(bytes: SampleFiles.jpeg)
            let path = "/claims/\(claim)/files/\(sha256)"
            #expect(try await client.execute(uri: path, method: .get, headers: PageTests.cookie(stranger)).status == .notFound)
            #expect(try await client.execute(uri: path, method: .get).status == .unauthorized)
            // The adjuster sees the file listed on the claim page and downloads it.
            let adjuster = try await PageTests.signIn(client, book.pages.storage, "chen.jie")
            let page = try await client.execute(uri: "/claims/\(claim)", method: .get, headers: PageTests.cookie(adjuster))
            #expect(page.text.contains("href=\"\(path)\""))
            let download = try await client.execute(uri: path, method: .get, headers: PageTests.cookie(adjuster))
            #expect(download.status == .ok && download.headers[.contentType] == "image/jpeg")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"ab.jpg\"")
            // A digest the claim does not have, or not a digest: not found.
            for other in [String(repeating: "0", count: 64), "../../etc/passwd", sha256.uppercased()] {
                let response = try await client.execute(uri: "/claims/\(claim)/files/\(other)", method: .get, headers: PageTests.cookie(adjuster))
                #expect(response.status == .notFound, "\(other)")
            }
        }
    }
}
