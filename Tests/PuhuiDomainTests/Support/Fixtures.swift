import Foundation
@testable import PuhuiDomain

/// Paths of the package and its fixtures, independent of the working directory; files are read
/// here, since the domain reads none itself.
enum Fixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/PuhuiDomainTests/Support/Fixtures.swift → package root
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { packageRoot + "/" + relative }

    static var schema: String { path("products/puhui-product.xsd") }
    static var rates: String { path("rates") }
    static var products: String { path("products") }

    static func catalogFixture(_ name: String) -> String { path("Tests/Fixtures/catalog/\(name)") }

    /// The files with extension `ext` of a directory (sorted), or the file itself; a missing path
    /// is a finding, as the services report it.
    static func files(_ paths: [String], ext: String, findings: inout [Diagnostic]) -> [SourceFile] {
        var result: [SourceFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                findings.append(Diagnostic(path: path, message: "no such file or directory"))
                continue
            }
            let names = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".\(ext)") }.sorted().map { "\(path)/\($0)" }
                : [path]
            for name in names {
                result.append(SourceFile(path: name, bytes: [UInt8](FileManager.default.contents(atPath: name) ?? Data())))
            }
        }
        return result
    }

    /// Validates the product files or directories with the shipped rate tables (or `rates`).
    static func validate(_ productPaths: [String], rates: [String]? = nil, regulatory: RegulatoryParameters? = nil) throws(PuhuiError) -> Catalog {
        var findings: [Diagnostic] = []
        let products = files(productPaths, ext: "xml", findings: &findings)
        let tables = files(rates ?? [Fixtures.rates], ext: "csv", findings: &findings)
        let schema = SourceFile(path: Fixtures.schema, bytes: [UInt8](FileManager.default.contents(atPath: Fixtures.schema) ?? Data()))
        return try CatalogValidator.validate(.init(productFiles: products, rateFiles: tables, schema: schema, findings: findings,
                                                   regulatory: regulatory))
    }

    /// The shipped regulatory parameters (data/pricing-interest-caps.csv, data/mortality-tables.csv).
    static func regulatory() throws -> RegulatoryParameters {
        try RegulatoryParameters.parse(caps: text("data/pricing-interest-caps.csv"), mortality: text("data/mortality-tables.csv"))
    }

    static func text(_ relative: String) -> SourceText {
        let path = path(relative)
        return SourceText(path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }

    static func writeTemporaryFile(_ name: String, _ content: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
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

/// The shipped catalog, validated once and held in memory for all rating tests: products and
/// rate tables are chosen by the same rule the services use (`VersionInForce`).
enum ShippedCatalog {
    static let catalog: Catalog = {
        do { return try Fixtures.validate([Fixtures.products]) } catch { preconditionFailure("shipped catalog does not validate: \(error)") }
    }()

    static let asOf = CivilDate(iso: "2026-06-30")!

    /// The version of `code` in force on `date`.
    static func product(_ code: String, on date: CivilDate = asOf) -> Product {
        let versions = catalog.products.map(\.product).filter { $0.code == code }
        guard let product = VersionInForce.product(versions, on: date, from: \.effectiveFrom, to: \.effectiveTo, version: \.version) else {
            preconditionFailure("no version of \(code) in force on \(date)")
        }
        return product
    }

    /// The tables of `product` in force on `date`, by role.
    static func tables(for product: Product, on date: CivilDate = asOf) throws -> ResolvedTables {
        var byRole: [String: RateIndex] = [:]
        for (role, name) in product.rating.tables {
            guard let table = catalog.table(name, on: date) else { throw PuhuiError.notFound("no \(name) on \(date)") }
            byRole[role] = RateIndex(table)
        }
        return ResolvedTables(byRole: byRole)
    }

    /// Quotes `json` on `product` as of 2026-06-30.
    static func quote(_ code: String, _ json: String, asOf: CivilDate = asOf) throws -> Quote {
        let fields = try RiskInput.parse(json, source: "risk.json")
        let product = product(code, on: asOf)
        let rater = try RatingModules.rater(for: product, tables: tables(for: product, on: asOf))
        let start = try RiskInput.startDate(fields, asOf: asOf, source: "risk.json")
        return try rater.quote(fields, context: RatingContext(asOf: asOf, startDate: start, rounding: product.rating.rounding), source: "risk.json")
    }

    /// The problems a bad risk gets, as `field 'x': message` lines.
    static func problems(_ product: String, _ json: String) -> [String] {
        do {
            _ = try quote(product, json)
            return []
        } catch let error as PuhuiError where !error.diagnostics.isEmpty {
            return error.diagnostics.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    /// A rater for the product as of 2026-06-30, optionally with its rounding rule replaced.
    static func rater(_ code: String, rounding: RoundingRule? = nil) throws -> any Rater {
        var product = product(code)
        if let rounding { product.rating.rounding = rounding }
        return try RatingModules.rater(for: product, tables: tables(for: product))
    }
}
