import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PuhuiAPI
import Synchronization
import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// The shipped catalog in an in-memory book, and the server over it, for in-process tests. The
/// engine's clock reads 2026-11-23 12:00 China time, so "today" is 2026-11-23.
enum ServerFixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/PuhuiServerTests/ServerTestSupport.swift → package root
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    static let clock = FixedClock(Instant(parsing: "2026-11-23T12:00")!)
    static let environment = PuhuiEnvironment(dataDirectory: path("data"), configDirectory: path("config"), schemasDirectory: path("schemas"))

    static let admin = AuthenticatedUser(name: "admin.li", roles: [.admin])

    /// A fresh in-memory book: its administrator, the staff of config/, the shipped products
    /// and rate tables (loaded by product.wu), and a customer, `shop.owner`, for party P-000001
    /// (a micro enterprise). In a file at `file` when one is given.
    static func book(file: String? = nil) throws -> SQLiteStorage {
        let storage = try file.map { try SQLiteStorage.open(path: $0, mode: .create) } ?? SQLiteStorage.inMemory()
        let identity = IdentityService(storage: storage, clock: clock)
        _ = try identity.initialize(admin: admin.name)
        let seed = try environment.staffSeed()
        let asAdmin = ActionContext(user: admin, at: Instant(parsing: "2026-01-02T09:00")!)
        _ = try identity.importStaff(staff: seed.staff, underwriters: seed.underwriters, adjusters: seed.adjusters, asAdmin)
        let catalog = try CatalogService.validate(products: [path("products")], rates: [path("rates")], schema: path("products/puhui-product.xsd"))
        let product = ActionContext(user: AuthenticatedUser(name: "product.wu", roles: [.product]), at: Instant(parsing: "2026-01-05T09:00")!)
        _ = try CatalogService(storage: storage, clock: FixedClock(product.at)).load(catalog, product)
        let clerk = ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: Instant(parsing: "2026-01-06T09:00")!)
        let parties = PartyService(storage: storage, clock: clock, standard: try environment.sizeStandard())
        let shop = try parties.register(PartyInput(kind: .enterprise, name: "静安小厨餐饮有限公司", identifier: TestIdentifiers.creditCode("91", serial: 7),
                                                   industryCode: "H6210", employees: 8, revenue: "300", figuresYear: 2025), clerk)
        _ = try identity.addUser(name: "shop.owner", roles: [.customer], party: shop.reference, asAdmin)
        return storage
    }

    /// A kept quote of `book`, as an underwriter reads it.
    static func storedQuote(_ book: any PuhuiStorage, _ reference: String) throws -> StoredQuote {
        try QuoteService(storage: book, clock: clock)
            .storedQuote(reference, ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: clock.now()))
    }

    /// A new bearer token for `user` of `book`.
    static func token(_ book: any PuhuiStorage, _ user: String) throws -> String {
        try IdentityService(storage: book, clock: clock).issueToken(for: user, expires: nil, ActionContext(user: admin, at: clock.now()))
    }

    static func engine(_ storage: any PuhuiStorage) -> PuhuiEngine {
        PuhuiEngine(storage: storage, clock: clock, environment: environment)
    }

    /// The text of a file of the repository.
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// A quote request for `product` with the risk file `examples/risks/<example>.json`.
    static func quoteRequest(_ product: String, example: String, asOf: String = "2026-06-30") throws -> String {
        "{\"product\": \"\(product)\", \"asOf\": \"\(asOf)\", \"risk\": \(try text("examples/risks/\(example).json"))}"
    }
}

/// What the server logged, line by line, with its metadata.
final class LogRecord: Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let entries = Mutex<[Entry]>([])

    var all: [Entry] { entries.withLock { $0 } }

    func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }

    /// A logger writing here (and nowhere else).
    func logger() -> Logger {
        Logger(label: "puhui.test") { _ in RecordingLogHandler(record: self) }
    }

    /// The access log lines.
    var requests: [Entry] { all.filter { $0.message == "request" } }
}

struct RecordingLogHandler: LogHandler {
    let record: LogRecord
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        record.append(.init(level: event.level, message: event.message.description, metadata: merged.mapValues { "\($0)" }))
    }
}

/// The server in process: requests go straight to its router (HummingbirdTesting `.router`),
/// or over loopback to a live server on a free port (`.live`).
enum TestServer {
    static func with<T: Sendable>(_ setup: TestingSetup = .router, settings: ServerSettings = ServerSettings(port: 0),
                                  storage: (any PuhuiStorage)? = nil, engine: PuhuiEngine? = nil, log: LogRecord = LogRecord(),
                                  _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let book = try storage ?? ServerFixtures.book()
        let threads = ServiceThreads(count: 2)
        do {
            let app = try PuhuiServer.application(engine: engine ?? ServerFixtures.engine(book), settings: settings, threads: threads,
                                                  logger: log.logger())
            let result = try await app.test(setup, body)
            try await threads.shutdown()
            return result
        } catch {
            try? await threads.shutdown()
            throw error
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body decoded as `type` (a generated schema type: decoding checks the shape).
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The problem details of an error answer, after checking the media type.
    func problem() throws -> Components.Schemas.Problem {
        expectMediaType(headers[.contentType], "application/problem+json")
        return try decode(Components.Schemas.Problem.self)
    }
}

/// Records an issue unless the media type is `expected` (parameters ignored).
func expectMediaType(_ contentType: String?, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let mediaType = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(mediaType == expected, sourceLocation: sourceLocation)
}

extension HTTPFields {
    static var json: HTTPFields { [.contentType: "application/json"] }

    /// JSON, with `token` as the bearer.
    static func json(bearer token: String) -> HTTPFields { [.contentType: "application/json", .authorization: "Bearer \(token)"] }

    /// `token` as the bearer.
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

extension ByteBuffer {
    init(text: String) { self.init(string: text) }
}
