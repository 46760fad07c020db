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

/// A book for the customer and claim operations: `ServerFixtures.book()` with a shop policy of
/// P-000001 (`shop.owner`'s party) and one of P-000002 (`other.owner`'s), each from
/// 2026-01-05 with its premium received, and a document directory of its own.
struct OnlineBook {
    let storage: SQLiteStorage
    let policy: String
    let otherPolicy: String
    let documents: String

    static let shopRisk = #"{"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#

    init() throws {
        storage = try ServerFixtures.book()
        let clock = ServerFixtures.clock
        let clerk = ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: Instant(parsing: "2026-01-04T10:00")!)
        let parties = PartyService(storage: storage, clock: clock, standard: try ServerFixtures.environment.sizeStandard())
        let other = try parties.register(PartyInput(kind: .individualBusiness, name: "小店", industryCode: "F5211", employees: 2, revenue: "20",
                                                    figuresYear: 2025), clerk)
        _ = try IdentityService(storage: storage, clock: clock).addUser(name: "other.owner", roles: [.customer], party: other.reference,
                                                                           ActionContext(user: ServerFixtures.admin, at: clerk.at))
        let underwriting = UnderwritingService(storage: storage, clock: clock)
        let premiums = PremiumService(storage: storage, clock: clock)
        var numbers: [String] = []
        for holder in ["P-000001", other.reference] {
            let result = try underwriting.apply(ApplicationRequest(productCode: "PH-PROP-SHOP", holder: holder, riskText: Self.shopRisk, riskSource: "risk.json",
                                                                   start: CivilDate(iso: "2026-01-05"), documents: ["application-form", "business-licence"]), clerk)
            let policy = try #require(result.policy)
            _ = try premiums.receive(policy.number, amount: policy.premium, reference: nil, clerk)
            numbers.append(policy.number)
        }
        (policy, otherPolicy) = (numbers[0], numbers[1])
        documents = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-documents-\(UUID().uuidString)").path
    }

    var settings: ServerSettings {
        var settings = ServerSettings(port: 0)
        settings.documents = DocumentVault(directory: documents)
        return settings
    }

    func token(_ user: String) throws -> String { try ServerFixtures.token(storage, user) }

    /// Runs `body` against the server on this book.
    func serve<T: Sendable>(_ setup: TestingSetup = .router, settings: ServerSettings? = nil,
                            _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        defer { try? FileManager.default.removeItem(atPath: documents) }
        return try await TestServer.with(setup, settings: settings ?? self.settings, storage: storage, body)
    }

    /// A claim report body on `policy`.
    static func report(_ policy: String, claimed: String = "60000.00", type: String = "fire") -> String {
        #"{"policy": "\#(policy)", "lossDate": "2026-11-20", "type": "\#(type)", "claimed": "\#(claimed)", "description": "kitchen fire"}"#
    }

    /// The files of the vault.
    func storedFiles() -> [String] {
        (FileManager.default.enumerator(atPath: documents)?.allObjects as? [String] ?? []).filter { $0.count > 64 && !$0.hasSuffix(".part") }
    }
}

/// Requests the claim tests send.
extension TestClientProtocol {
    func report(_ book: OnlineBook, as token: String, body: String? = nil, key: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields.json(bearer: token)
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await execute(uri: "/api/v1/claims", method: .post, headers: headers, body: ByteBuffer(text: body ?? OnlineBook.report(book.policy)))
    }

    func act(_ claim: String, _ body: String, as token: String, ifMatch: String?, key: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields.json(bearer: token)
        if let ifMatch { headers[.ifMatch] = ifMatch }
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await execute(uri: "/api/v1/claims/\(claim)/actions", method: .post, headers: headers, body: ByteBuffer(text: body))
    }

    func etag(_ claim: String, as token: String) async throws -> String {
        let response = try await execute(uri: "/api/v1/claims/\(claim)", method: .get, headers: .bearer(token))
        return response.headers[.eTag] ?? ""
    }

    /// A multipart upload of `bytes` as the document `code`.
    func upload(_ claim: String, code: String, bytes: [UInt8], declared: String = "application/pdf", fileName: String = "scan.pdf",
                as token: String?, ifMatch: String?, key: String? = nil) async throws -> TestResponse {
        let boundary = "puhui-test-boundary"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n\(code)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(declared)\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let ifMatch { headers[.ifMatch] = ifMatch }
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await execute(uri: "/api/v1/claims/\(claim)/documents", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}

enum SampleFiles {
    static let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46]
    /// A PDF whose bytes differ by `n`.
    static func pdf(_ n: Int) -> [UInt8] { pdf + Array("% \(n)\n".utf8) }
}
