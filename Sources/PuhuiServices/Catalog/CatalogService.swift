import Foundation
import PuhuiDomain

/// The product catalog: validating product and rate files, loading them (all or nothing,
/// loaded versions immutable), and reading products back.
public struct CatalogService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock

    public init(storage: any PuhuiStorage, clock: any Clock) {
        self.storage = storage
        self.clock = clock
    }

    /// The files of a catalog: products and rate tables from files or directories, and the
    /// schema: the one given, else `puhui-product.xsd` in the first product directory, else
    /// `products/puhui-product.xsd`.
    public static func input(products: [String], rates: [String], schema: String?,
                             regulatory: RegulatoryParameters? = nil) -> CatalogValidator.Input {
        var findings: [Diagnostic] = []
        let productFiles = FileInput.files(in: products, ext: "xml", findings: &findings)
        let rateFiles = FileInput.files(in: rates, ext: "csv", findings: &findings)
        var schemaPath = schema
        if schemaPath == nil {
            for path in products {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let candidate = (path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + ProductSchema.fileName
                    if FileManager.default.fileExists(atPath: candidate) { schemaPath = candidate; break }
                }
            }
        }
        let path = schemaPath ?? "products/" + ProductSchema.fileName
        var schemaFile: SourceFile? = nil
        if let data = FileManager.default.contents(atPath: path) {
            schemaFile = SourceFile(path: path, bytes: [UInt8](data))
        } else {
            findings.append(Diagnostic(path: path, message: "cannot read the product schema"))
        }
        return CatalogValidator.Input(productFiles: productFiles, rateFiles: rateFiles, schema: schemaFile, findings: findings,
                                      regulatory: regulatory)
    }

    /// Every defect of every file, or the catalog they define.
    public static func validate(products: [String], rates: [String], schema: String?,
                                regulatory: RegulatoryParameters? = nil) throws -> Catalog {
        try CatalogValidator.validate(input(products: products, rates: rates, schema: schema, regulatory: regulatory))
    }

    /// Validates the files, then loads them in one transaction.
    public func load(products: [String], rates: [String], schema: String?, _ context: ActionContext) throws -> CatalogLoadReport {
        try context.authorize(.loadCatalog)
        return try load(Self.validate(products: products, rates: rates, schema: schema), context)
    }

    /// Loads a validated catalog in one transaction: any defect leaves the book as it was.
    ///
    /// Loaded versions are immutable. The same file loaded again changes nothing; a changed
    /// product with a code and version already loaded is refused (raise the version), and a
    /// changed rate table with a name and effective-from already loaded is refused (give it a
    /// new effective-from). The one change allowed to a loaded product version is closing it:
    /// setting or bringing forward its `effectiveTo`, nothing else changed.
    public func load(_ catalog: Catalog, _ context: ActionContext) throws -> CatalogLoadReport {
        try context.authorize(.loadCatalog)
        let now = clock.now()
        return try storage.write { session in
            var report = CatalogLoadReport()
            var diagnostics = DiagnosticCollector()
            try loadTables(catalog.tables, session.catalog, now, &report, &diagnostics)
            try loadProducts(catalog.products, session.catalog, now, &report, &diagnostics)
            if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
            if report.changedAnything {
                try session.catalog.recordLoad(report, at: now)
                func names(_ list: [String]) -> String { list.isEmpty ? "none" : list.joined(separator: ", ") }
                try session.audit.record(AuditEvent(
                    at: now, recordedAt: now, actor: context.actor, subject: "catalog", action: "catalog loaded",
                    after: "products added: \(names(report.productsAdded)); closed: \(names(report.productsClosed)); rate tables added: \(names(report.tablesAdded)) (\(report.rowsAdded) rows)"))
            }
            return report
        }
    }

    func loadTables(_ tables: [RateTable], _ store: any CatalogStore, _ now: Instant,
                    _ report: inout CatalogLoadReport, _ diagnostics: inout DiagnosticCollector) throws {
        for table in tables.sorted(by: { $0.versionLabel < $1.versionLabel }) {
            let digest = table.contentDigest
            if let existing = try store.storedTable(name: table.name, effectiveFrom: table.effectiveFrom) {
                if existing.digest == digest {
                    report.tablesUnchanged.append(table.versionLabel)
                } else {
                    diagnostics.error("rate table \(table.name) effective from \(table.effectiveFrom.map(String.init(describing:)) ?? "(undated)") is already loaded with different rates (loaded \(existing.loadedAt.shortDescription) from \(existing.sourceName)); loaded rates are immutable: give the change a new effective-from date",
                                      path: table.path, line: 1)
                }
                continue
            }
            try store.insertTable(table, digest: digest, at: now)
            report.tablesAdded.append(table.versionLabel)
            report.rowsAdded += table.rows.count
        }
    }

    func loadProducts(_ sources: [ProductSource], _ store: any CatalogStore, _ now: Instant,
                      _ report: inout CatalogLoadReport, _ diagnostics: inout DiagnosticCollector) throws {
        var touchedCodes: Set<String> = []
        for source in sources.sorted(by: { ($0.product.code, $0.product.version) < ($1.product.code, $1.product.version) }) {
            let product = source.product
            let label = "\(product.code) v\(product.version)"
            let definition = try CanonicalJSON.encode(product)
            let digest = CanonicalJSON.sha256(definition)
            touchedCodes.insert(product.code)
            if let (existing, stored) = try store.storedProduct(code: product.code, version: product.version) {
                if existing.digest == digest {
                    report.productsUnchanged.append(label)
                } else if ProductVersionChange.isClosing(stored: stored, new: product) {
                    try store.closeProduct(id: existing.id, source, definition: definition, digest: digest)
                    report.productsClosed.append(label)
                } else {
                    // A book loaded before the steps module replaced a coded one holds that version
                    // with the coded module; say so, with the way forward.
                    let retired = RatingModules.retired.contains(stored.rating.module.rawValue) && product.rating.module == .steps
                        ? " (it was loaded with the coded rating module '\(stored.rating.module)', which this release replaces by the steps module with the same premiums; it still serves its policies and claims but can no longer be rated: close it and load the steps file as a new version, or load the catalog into a new database)"
                        : ""
                    diagnostics.error("product \(product.code) version \(product.version) is already loaded with different content (loaded \(existing.loadedAt.shortDescription) from \(existing.sourceName)); a loaded version is immutable: raise the version to change it\(retired)",
                                      path: source.path, line: source.codeLine)
                }
                continue
            }
            try store.insertProduct(source, definition: definition, digest: digest, at: now)
            report.productsAdded.append(label)
        }
        // Versions already stored take part in the overlap rule too.
        let fileVersions = Dictionary(sources.map { ("\($0.product.code)#\($0.product.version)", $0) }, uniquingKeysWith: { a, _ in a })
        var periods: [CatalogValidator.VersionPeriod] = []
        for code in touchedCodes.sorted() {
            for stored in try store.productVersions(code: code) {
                if let source = fileVersions["\(code)#\(stored.version)"] {
                    periods.append(CatalogValidator.VersionPeriod(source: source))
                } else {
                    periods.append(CatalogValidator.VersionPeriod(code: code, version: stored.version, from: stored.effectiveFrom,
                                                                  to: stored.effectiveTo, path: "\(code) v\(stored.version) (loaded)", line: nil))
                }
            }
        }
        // Report each overlap at a version from the files; stored versions cannot be edited.
        for pair in CatalogValidator.overlappingPairs(periods) {
            guard let located = [pair.later, pair.earlier].first(where: { $0.line != nil }) else { continue }
            diagnostics.emit(CatalogValidator.overlapDiagnostic(pair, at: located))
        }
    }

    /// Product versions in force on `date`, one per product, by line then code.
    public func productsInForce(on date: CivilDate) throws -> [ProductSummary] {
        try storage.read { try $0.catalog.productsInForce(on: date) }
    }

    /// Every loaded version of every product.
    public func allVersions() throws -> [ProductSummary] {
        try storage.read { try $0.catalog.allProductVersions() }
            .sorted { ($0.line, $0.code, $0.version) < ($1.line, $1.code, $1.version) }
    }

    /// The version of `code` in force on `date` and the risk fields its rating reads (what a
    /// quote form asks for).
    public func riskFields(code: String, on date: CivilDate) throws -> (product: Product, fields: [RiskFieldSpec]) {
        try storage.read { session in
            let (stored, rater) = try session.catalog.rater(productCode: code, on: date)
            return (stored.product, rater.riskFields)
        }
    }

    /// A product version: the one given, else the one in force on `date`.
    public func product(code: String, version: Int?, on date: CivilDate) throws -> StoredProduct {
        try storage.read { session in
            if let version { return try session.catalog.product(code: code, version: version) }
            return try session.catalog.product(code: code, on: date)
        }
    }
}
