import Foundation
import GRDB
@testable import PuhuiCore

/// Paths of the package and its fixtures, independent of the working directory.
enum Fixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/PuhuiCoreTests/Support/Fixtures.swift → package root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    static var schema: String { path("products/puhui-product.xsd") }
    static var rates: String { path("rates") }
    static var products: String { path("products") }

    static func catalogFixture(_ name: String) -> String { path("Tests/Fixtures/catalog/\(name)") }

    /// Validates the product fixture directory `name` with the shipped rate tables.
    static func validate(_ productPaths: [String], rates: [String]? = nil) throws(InputRejected) -> Catalog {
        try CatalogValidator.validate(.init(productPaths: productPaths, ratesPaths: rates ?? [Fixtures.rates], schemaPath: schema))
    }

    /// The shipped catalog loaded into a fresh in-memory database.
    static func shippedCatalogDatabase() throws -> DatabaseQueue {
        let db = try PuhuiDatabase.inMemory()
        let catalog = try validate([products])
        _ = try CatalogLoader.load(catalog, into: db, at: Instant(parsing: "2026-01-05T09:00")!)
        return db
    }

    static func writeTemporaryFile(_ name: String, _ content: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

extension InputRejected {
    /// The diagnostics as `file:line: message` with only the file's last two path components.
    var brief: [String] {
        diagnostics.map { d in
            let parts = d.path.split(separator: "/").suffix(2).joined(separator: "/")
            return "\(parts):\(d.line.map(String.init) ?? "-"): \(d.message)"
        }
    }
}
