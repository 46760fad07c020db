import Testing
@testable import PuhuiDomain
@testable import PuhuiServer

/// The pages' multipart reader: well-framed forms read part by part; every malformed body
/// refused with a message (never a trap), and a part past the limit refused as too large.
@Suite struct MultipartFormTests {
    static let type = "multipart/form-data; boundary=XyZ"

    static func body(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func refusal(_ text: String, contentType: String? = type, maxPartBytes: Int = 1024) -> PuhuiError? {
        do {
            _ = try MultipartForm(body: body(text), contentType: contentType, maxPartBytes: maxPartBytes)
            return nil
        } catch let error as PuhuiError {
            return error
        } catch {
            return PuhuiError(.storage, "\(error)")
        }
    }

    @Test func aWellFramedFormIsReadPartByPart() throws {
        let text = "preamble to ignore\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n abc \r\n"
            + "--XyZ\r\ncontent-disposition: form-data; name=\"file\"; filename=\"C:\\\\scans\\\\\\\"a;b\\\".pdf\"\r\nContent-Type: Application/PDF; x=1\r\n\r\n"
            + "%PDF-1\r\n-XyZ and --XyZ mid-line\r\n--XyZ--\r\nepilogue"
        let form = try MultipartForm(body: Self.body(text), contentType: "multipart/form-data; charset=utf-8; boundary=\"XyZ\"", maxPartBytes: 1024)
        #expect(form.parts.count == 2)
        #expect(form["csrf"] == "abc")
        let file = try #require(form.part("file"))
        #expect(file.fileName == "C:\\scans\\\"a;b\".pdf")
        #expect(file.contentType == "application/pdf")
        #expect(String(decoding: file.bytes, as: UTF8.self) == "%PDF-1\r\n-XyZ and --XyZ mid-line")
        // A file field is not a text field.
        #expect(form["file"] == nil)
        // A part exactly at the limit is taken: "%PDF-1\r\n-XyZ and --XyZ mid-line" is 8 + 23 = 31 bytes.
        #expect(throws: Never.self) { try MultipartForm(body: Self.body(text), contentType: Self.type, maxPartBytes: 31) }
        #expect(throws: PuhuiError.self) { try MultipartForm(body: Self.body(text), contentType: Self.type, maxPartBytes: 30) }
    }

    @Test func anEmptyFileIsAPartWithNoBytes() throws {
        let text = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--XyZ--\r\n"
        let form = try MultipartForm(body: Self.body(text), contentType: Self.type, maxPartBytes: 1024)
        #expect(form.part("file")?.bytes.isEmpty == true && form.part("file")?.fileName == "")
    }

    @Test(arguments: [
        (nil, "without a content type"),
        ("application/x-www-form-urlencoded", "must be sent as multipart/form-data"),
        ("multipart/form-data", "names no boundary"),
        ("multipart/form-data; boundary=", "not a valid multipart boundary"),
        ("multipart/form-data; boundary=" + String(repeating: "b", count: 71), "not a valid multipart boundary"),
    ] as [(String?, String)])
    func aContentTypeWithoutAUsableBoundaryIsRefused(contentType: String?, message: String) {
        let error = Self.refusal("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ--\r\n", contentType: contentType)
        #expect(error?.code == .invalidInput && error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.field == "body")
    }

    @Test(arguments: [
        ("", "boundary never appears"),
        ("no delimiter at all", "boundary never appears"),
        ("--XyZ", "ends in the middle of a part"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated value", "not terminated"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ", "ends in the middle of a part"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ\r\n", "headers that do not end"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\"", "headers that do not end"),
        ("--XyZ\r\n\r\nx\r\n--XyZ--\r\n", "has no headers"),
        ("--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--\r\n", "no Content-Disposition: form-data with a name"),
        ("--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XyZ--\r\n", "no Content-Disposition: form-data with a name"),
        ("--XyZ\r\nContent-Disposition: form-data; filename=\"a.pdf\"\r\n\r\nx\r\n--XyZ--\r\n", "no Content-Disposition: form-data with a name"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nx\r\n--XyZ--\r\n", "no Content-Disposition: form-data with a name"),
        ("--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--XyZ--\r\n", "quoted parameter that is not closed"),
        ("--XyZ\r\nContent-Disposition form-data\r\n\r\nx\r\n--XyZ--\r\n", "header line without a colon"),
        ("--XyZjunk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XyZ--\r\n", "ends in the middle of a part"),
    ])
    func aMalformedBodyIsRefusedSayingWhy(text: String, message: String) {
        let error = Self.refusal(text)
        #expect(error?.code == .invalidInput, "\(text.debugDescription): \(String(describing: error))")
        #expect(error?.message.contains(message) == true, "\(text.debugDescription): \(error?.message ?? "no error")")
    }

    @Test func headersThatNeverEndWithinTheirLimitAreRefused() {
        let long = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Padding: " + String(repeating: "p", count: MultipartForm.maxHeaderBytes + 10)
            + "\r\n\r\nx\r\n--XyZ--\r\n"
        #expect(Self.refusal(long)?.message.contains("headers that do not end") == true)
    }

    @Test func aPartPastTheLimitIsTooLargeAndNamesItsField() {
        let text = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n" + String(repeating: "x", count: 1025) + "\r\n--XyZ--\r\n"
        let error = Self.refusal(text, maxPartBytes: 1024)
        #expect(error?.code == .tooLarge && error?.field == "file")
        #expect(Self.refusal(text, maxPartBytes: 1025) == nil)
    }

    @Test func tooManyPartsAreRefused() {
        let part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
        let many = String(repeating: part, count: MultipartForm.maxParts + 1) + "--XyZ--\r\n"
        #expect(Self.refusal(many)?.message.contains("more than \(MultipartForm.maxParts) parts") == true)
        #expect(Self.refusal(String(repeating: part, count: MultipartForm.maxParts) + "--XyZ--\r\n") == nil)
    }

    @Test func bytesThatAreNotTextInHeadersAreRefused() {
        var bytes = Array("--XyZ\r\nContent-Disposition: form-data; name=\"".utf8) + [0xFF, 0xFE] + Array("\"\r\n\r\nx\r\n--XyZ--\r\n".utf8)
        #expect(throws: PuhuiError.self) { try MultipartForm(body: bytes, contentType: Self.type, maxPartBytes: 10) }
        bytes = Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n".utf8) + [0xFF, 0xFE] + Array("\r\n--XyZ--\r\n".utf8)
        // Bytes in a part are bytes: a text field that is not UTF-8 reads as absent.
        let form = try? MultipartForm(body: bytes, contentType: Self.type, maxPartBytes: 10)
        #expect(form?.parts.count == 1 && form?["a"] == nil)
    }
}
