import Foundation
import GRDB
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Paths of the package and its fixtures, independent of the working directory.
enum Fixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/PuhuiServicesTests/Support/Fixtures.swift → package root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    static var schema: String { path("products/puhui-product.xsd") }
    static var rates: String { path("rates") }
    static var products: String { path("products") }

    static func catalogFixture(_ name: String) -> String { path("Tests/Fixtures/catalog/\(name)") }

    /// Reference data, configuration and schemas of the repository.
    static let environment = PuhuiEnvironment(dataDirectory: path("data"), configDirectory: path("config"), schemasDirectory: path("schemas"))

    /// Validates the product files or directories with the shipped rate tables (or `rates`).
    static func validate(_ productPaths: [String], rates: [String]? = nil) throws -> Catalog {
        try CatalogService.validate(products: productPaths, rates: rates ?? [Fixtures.rates], schema: schema)
    }

    /// Loads `catalog` into `storage` as at `at`.
    @discardableResult
    static func load(_ catalog: Catalog, into storage: any PuhuiStorage, at: Instant) throws -> CatalogLoadReport {
        try CatalogService(storage: storage, clock: FixedClock(at)).load(catalog, productUser(at: at))
    }

    /// The shipped catalog loaded into a fresh in-memory database.
    static func shippedCatalogStorage() throws -> SQLiteStorage {
        let storage = try SQLiteStorage.inMemory()
        try load(try validate([products]), into: storage, at: Instant(parsing: "2026-01-05T09:00")!)
        return storage
    }

    static func writeTemporaryFile(_ name: String, _ content: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A regulator reading statistics (the role is all the extract checks).
    static let regulator = ActionContext(user: AuthenticatedUser(name: "regulator.guo", roles: [.regulator]), at: Instant(parsing: "2026-11-23T12:00")!)

    /// A product user loading catalogs.
    static func productUser(at: Instant) -> ActionContext {
        ActionContext(user: AuthenticatedUser(name: "product.wu", roles: [.product]), at: at)
    }

    static let sizeStandard: SizeStandard = {
        do { return try environment.sizeStandard() } catch { preconditionFailure("\(error)") }
    }()
}

extension PuhuiError {
    /// The diagnostics as `file:line: message` with only the file's last two path components.
    var brief: [String] {
        diagnostics.map { d in
            let parts = d.path.split(separator: "/").suffix(2).joined(separator: "/")
            return "\(parts):\(d.line.map(String.init) ?? "-"): \(d.message)"
        }
    }
}

extension SQLiteStorage {
    /// The regulator extract of `period` over this book, on the test books' clock (2026-11-23 12:00).
    func extract(_ period: ExtractPeriod) throws -> RegulatorExtract {
        try statistics.extract(period).extract
    }

    /// The statistics service over this book, on the test books' clock.
    var statistics: StatisticsService {
        StatisticsService(storage: self, environment: Fixtures.environment, clock: TestBook.clock)
    }

    /// Rows in `table`, read straight from SQLite.
    func count(_ table: String) throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }
}

extension StatisticsService {
    /// The extract as the test books' regulator reads it.
    func extract(_ period: ExtractPeriod, detailsInto directory: String? = nil) throws -> ExtractResult {
        try extract(period, detailsInto: directory, Fixtures.regulator)
    }
}
