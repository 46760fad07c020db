import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// Document files: typed by content, capped in size, kept once under their SHA-256 outside the
/// book, named only in metadata, and recorded on the claim with their digest.
@Suite struct UploadAPITests {
    /// A reported claim and its ETag.
    func reported(_ client: any TestClientProtocol, _ book: OnlineBook, _ owner: String) async throws -> (String, String) {
        let created = try await client.report(book, as: owner)
        return (try created.decode(Components.Schemas.ClaimReport.self).claim.reference, created.headers[.eTag] ?? "")
    }

    @Test func theTypeIsReadFromTheContentAndMustAgreeWithTheDeclaredOne() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let (claim, etag) = try await reported(client, book, owner)
            let text = try await client.upload(claim, code: "loss-list", bytes: Array("just text".utf8), declared: "application/pdf", as: owner, ifMatch: etag)
            #expect(try text.status == .unsupportedMediaType && (text.problem().detail.contains("not a PDF, JPEG or PNG")))
            let lying = try await client.upload(claim, code: "loss-photos", bytes: SampleFiles.png, declared: "image/jpeg", as: owner, ifMatch: etag)
            #expect(try lying.status == .unsupportedMediaType && (lying.problem().detail == "the file was declared image/jpeg but its content is image/png"))
            let jpeg = try await client.upload(claim, code: "loss-photos", bytes: SampleFiles.jpeg, declared: "image/jpeg", fileName: "../../etc/passwd\u{7}.jpg",
                                               as: owner, ifMatch: etag)
            #expect(jpeg.status == .created, "\(jpeg.text)")
            let claimRead = try jpeg.decode(Components.Schemas.Claim.self)
            #expect(claimRead.documents.first { $0.code == "loss-photos" }?.receivedAt != nil)
            let files = try await client.execute(uri: "/api/v1/claims/\(claim)/documents", method: .get, headers: .bearer(owner))
                .decode(Components.Schemas.ClaimDocumentFiles.self).files
            #expect(files.count == 1 && files[0].mediaType == .imageJpeg && files[0].size == SampleFiles.jpeg.count)
            // The name is metadata, its path and control characters gone.
            let name = try #require(files[0].fileName)
            #expect(name.hasPrefix("passwd") && name.hasSuffix(".jpg") && !name.contains("/") && !name.contains("\u{7}"))
            #expect(files[0].sha256 == CanonicalJSON.sha256(bytes: SampleFiles.jpeg))
            // The claim's event carries the digest, so the chain covers the bytes.
            let events = try await client.execute(uri: "/api/v1/claims/\(claim)/timeline", method: .get, headers: .bearer(owner))
                .decode(Components.Schemas.ClaimTimeline.self).events
            #expect(events.last?.detail.contains("sha256 \(files[0].sha256)") == true)
            // Kept under its digest, not its name.
            #expect(book.storedFiles() == ["\(files[0].sha256.prefix(2))/\(files[0].sha256)"])
        }
    }

    @Test func theSameBytesAreKeptOnceAndAnUnknownDocumentIsRefused() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let (claim, etag) = try await reported(client, book, owner)
            let first = try await client.upload(claim, code: "claim-form", bytes: SampleFiles.pdf, as: owner, ifMatch: etag)
            #expect(first.status == .created)
            let second = try await client.upload(claim, code: "loss-list", bytes: SampleFiles.pdf, as: owner, ifMatch: first.headers[.eTag])
            #expect(second.status == .created)
            #expect(book.storedFiles().count == 1)
            let unknown = try await client.upload(claim, code: "no-such-document", bytes: SampleFiles.pdf(9), as: owner, ifMatch: second.headers[.eTag])
            #expect(try unknown.status == .badRequest && unknown.problem().field == "documents")
            let noMatch = try await client.upload(claim, code: "loss-list", bytes: SampleFiles.pdf(9), as: owner, ifMatch: nil)
            #expect(noMatch.status == .preconditionRequired)
            #expect(book.storedFiles().count == 1)
        }
    }

    @Test func aFileOverTheCapIs413() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        var settings = book.settings
        settings.maxDocumentBytes = 4096
        try await book.serve(settings: settings) { client in
            let (claim, etag) = try await reported(client, book, owner)
            let big = SampleFiles.pdf + Array(repeating: UInt8(ascii: "x"), count: 5000)
            let response = try await client.upload(claim, code: "loss-list", bytes: big, as: owner, ifMatch: etag)
            #expect(response.status == .contentTooLarge)
            let body = SampleFiles.pdf + Array(repeating: UInt8(ascii: "x"), count: 70_000)
            #expect(try await client.upload(claim, code: "loss-list", bytes: body, as: owner, ifMatch: etag).status == .contentTooLarge)
            #expect(book.storedFiles().isEmpty)
        }
    }

    /// Headers promising a megabyte and no token, and only a few bytes of the body: answered
    /// 401. A server that read the body first would wait for it and answer 408 after its body
    /// timeout (five minutes here), long after the client gave up (100 s). No time bound is
    /// asserted: the other tests share the machine.
    @Test func anUploadWithoutATokenIsRefusedBeforeItsBodyIsRead() async throws {
        let book = try OnlineBook()
        var settings = book.settings
        settings.bodyTimeout = .seconds(300)
        try await book.serve(.live, settings: settings) { client in
            let port = try #require(client.port)
            let response = try await LoopbackHTTP.blocking {
                let connection = try LoopbackHTTP(port: port, timeout: 100)
                try connection.send("POST /api/v1/claims/CLM-2026-000001/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000\r\n\r\n--x\r\n")
                return try connection.readResponse()
            }
            #expect(response.status == 401)
            #expect(response.headers["www-authenticate"] == #"Bearer realm="puhui""#)
        }
    }
}

@Suite struct DocumentFileTypeTests {
    @Test func typesAreReadFromMagicNumbers() {
        #expect(DocumentFileType.mediaType(of: SampleFiles.pdf) == "application/pdf")
        #expect(DocumentFileType.mediaType(of: SampleFiles.png) == "image/png")
        #expect(DocumentFileType.mediaType(of: SampleFiles.jpeg) == "image/jpeg")
        #expect(DocumentFileType.mediaType(of: Array("%PD".utf8)) == nil)
        #expect(DocumentFileType.mediaType(of: []) == nil)
    }

    @Test func namesAreSanitised() {
        #expect(DocumentFileType.sanitisedName("C:\\Users\\x\\发票.pdf") == "发票.pdf")
        #expect(DocumentFileType.sanitisedName("../../.hidden") == "hidden")
        #expect(DocumentFileType.sanitisedName("a\"b'c<d>.png") == "abcd.png")
        #expect(DocumentFileType.sanitisedName("/") == nil)
        #expect(DocumentFileType.sanitisedName(String(repeating: "x", count: 300))?.count == 200)
    }

    @Test func theDeclaredTypeOfTheFilePartIsFound() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\nloss-list\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\nContent-Type: Image/PNG; q=1\r\n\r\nDATA\r\n--b--\r\n"
        #expect(RequestScope(body: ByteBuffer(string: body)).partContentType == "image/png")
        let typeFirst = "--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nDATA\r\n--b--\r\n"
        #expect(RequestScope(body: ByteBuffer(string: typeFirst)).partContentType == "image/jpeg")
        #expect(RequestScope(body: ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nDATA")).partContentType == nil)
    }
}

extension UploadAPITests {
    /// Framing the runtime cannot read, or a part missing, is the sender's problem: 400.
    @Test func aMalformedMultipartBodyIs400() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let (claim, etag) = try await reported(client, book, owner)
            for body in ["--b\r\n[]--b--\r\n",
                         "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\nContent-Type: */*\r\n\r\n\r\n--b--\r\n"] {
                let response = try await client.execute(uri: "/api/v1/claims/\(claim)/documents", method: .post,
                                                        headers: [.contentType: "multipart/form-data; boundary=b", .authorization: "Bearer \(owner)", .ifMatch: etag],
                                                        body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(response.text)")
            }
        }
    }
}
