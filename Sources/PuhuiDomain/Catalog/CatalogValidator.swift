/// Validates a catalog's files: every product XML against the schema and the rules of
/// `ProductReader`, every rate table CSV, and the rules across files: unique product versions,
/// non-overlapping versions of one product, rate tables that exist and fit their rating roles.
public enum CatalogValidator {
    /// What a catalog run reads: the product files, the rate table files, the product schema,
    /// and what finding the files already reported (a path that does not exist).
    public struct Input: Sendable {
        public var productFiles: [SourceFile]
        public var rateFiles: [SourceFile]
        public var schema: SourceFile?
        public var findings: [Diagnostic]

        public init(productFiles: [SourceFile], rateFiles: [SourceFile], schema: SourceFile?, findings: [Diagnostic] = []) {
            self.productFiles = productFiles
            self.rateFiles = rateFiles
            self.schema = schema
            self.findings = findings
        }
    }

    /// The catalog, or every defect found in every file.
    public static func validate(_ input: Input) throws(PuhuiError) -> Catalog {
        var diagnostics = DiagnosticCollector()
        input.findings.forEach { diagnostics.emit($0) }
        let tables = readRateTables(input.rateFiles, &diagnostics)
        let products = readProducts(input.productFiles, schema: input.schema, &diagnostics)
        let catalog = Catalog(products: products, tables: tables)
        checkAcrossFiles(catalog, &diagnostics)
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        return catalog
    }

    static func readRateTables(_ files: [SourceFile], _ diagnostics: inout DiagnosticCollector) -> [RateTable] {
        var tables: [RateTable] = []
        for file in files {
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.error("the file is not UTF-8 text", path: file.path)
                continue
            }
            var reader = RateTableReader(path: file.path)
            let table = reader.read(text: text)
            diagnostics.append(contentsOf: reader.diagnostics)
            if let table { tables.append(table) }
        }
        var seen: [String: RateTable] = [:]
        for table in tables {
            let key = table.versionLabel
            if let other = seen[key] {
                diagnostics.error("rate table \(table.name) with effective-from \(table.effectiveFrom.map(String.init(describing:)) ?? "(none)") is also defined in \(other.path)", path: table.path, line: 1)
            } else {
                seen[key] = table
            }
        }
        return tables
    }

    static func readProducts(_ files: [SourceFile], schema schemaFile: SourceFile?, _ diagnostics: inout DiagnosticCollector) -> [ProductSource] {
        if files.isEmpty && !diagnostics.hasErrors {
            diagnostics.error("no product files (*.xml) found", path: "products")
            return []
        }
        guard let schemaFile else {
            diagnostics.error("the product schema \(ProductSchema.fileName) was not found", path: ProductSchema.fileName)
            return []
        }
        let (schema, schemaDiagnostics) = XMLSchemaValidator.load(bytes: schemaFile.bytes, path: schemaFile.path)
        schemaDiagnostics.forEach { diagnostics.emit($0) }
        guard let schema else { return [] }
        var products: [ProductSource] = []
        for file in files {
            let path = file.path, bytes = file.bytes
            let (tree, parseDiagnostics) = XMLTree.parse(bytes: bytes, path: path)
            parseDiagnostics.forEach { diagnostics.emit($0) }
            guard let tree else { continue }
            if parseDiagnostics.contains(where: { $0.severity == .error }) { continue }
            let schemaErrors = schema.validate(tree)
            schemaErrors.forEach { diagnostics.emit($0) }
            if schemaErrors.contains(where: { $0.severity == .error }) { continue }
            var reader = ProductReader(tree: tree)
            let source = reader.read(xml: String(decoding: bytes, as: UTF8.self))
            diagnostics.append(contentsOf: reader.diagnostics)
            if let source, !reader.diagnostics.hasErrors { products.append(source) }
        }
        return products
    }

    static func checkAcrossFiles(_ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        var byVersion: [String: ProductSource] = [:]
        for source in catalog.products {
            let key = "\(source.product.code)#\(source.product.version)"
            if let other = byVersion[key] {
                diagnostics.error("product \(source.product.code) version \(source.product.version) is also defined in \(other.path):\(other.codeLine)",
                                  path: source.path, line: source.codeLine)
            } else {
                byVersion[key] = source
            }
        }
        let distinct = Array(byVersion.values)
        for diagnostic in overlappingVersions(distinct.map { VersionPeriod(source: $0) }) {
            diagnostics.emit(diagnostic)
        }
        for source in catalog.products {
            let before = diagnostics.errors.count
            checkRateTables(source, catalog, &diagnostics)
            if diagnostics.errors.count == before {
                RatingRequirements.check(source, catalog, &diagnostics)
            }
        }
    }

    /// A version's effective period and where it is defined.
    public struct VersionPeriod: Sendable {
        public var code: String
        public var version: Int
        public var from: CivilDate
        public var to: CivilDate?
        public var path: String
        public var line: Int?

        public init(source: ProductSource) {
            code = source.product.code
            version = source.product.version
            from = source.product.effectiveFrom
            to = source.product.effectiveTo
            path = source.path
            line = source.effectiveLine
        }

        public init(code: String, version: Int, from: CivilDate, to: CivilDate?, path: String, line: Int?) {
            self.code = code
            self.version = version
            self.from = from
            self.to = to
            self.path = path
            self.line = line
        }

        public var periodText: String { "\(from) to \(to.map(String.init(describing:)) ?? "open")" }
    }

    /// Pairs of versions of one product whose effective periods overlap (later, earlier).
    public static func overlappingPairs(_ periods: [VersionPeriod]) -> [(later: VersionPeriod, earlier: VersionPeriod)] {
        var result: [(VersionPeriod, VersionPeriod)] = []
        let byCode = Dictionary(grouping: periods, by: \.code)
        for code in byCode.keys.sorted() {
            let versions = (byCode[code] ?? []).sorted { ($0.from, $0.version) < ($1.from, $1.version) }
            for (index, later) in versions.enumerated() {
                for earlier in versions[..<index] where earlier.to.map({ later.from <= $0 }) ?? true {
                    result.append((later, earlier))
                }
            }
        }
        return result
    }

    /// The overlap as a diagnostic located at `at` (one of the two versions).
    public static func overlapDiagnostic(_ pair: (later: VersionPeriod, earlier: VersionPeriod), at located: VersionPeriod) -> Diagnostic {
        let other = located.version == pair.later.version ? pair.earlier : pair.later
        return Diagnostic(
            path: located.path, line: located.line,
            message: "product \(located.code) version \(located.version) (effective \(located.periodText)) overlaps version \(other.version) (effective \(other.periodText)) in \(other.path); a product has one version in force on any day")
    }

    /// Versions of one product whose effective periods overlap, reported at the later one.
    static func overlappingVersions(_ periods: [VersionPeriod]) -> [Diagnostic] {
        overlappingPairs(periods).map { overlapDiagnostic($0, at: $0.later) }
    }

    static func checkRateTables(_ source: ProductSource, _ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        let product = source.product
        var references: [(role: String, name: String, line: Int)] = product.rating.tables.sorted { $0.key < $1.key }.map {
            ($0.key, $0.value, source.ratingTableLines[$0.key] ?? source.ratingLine)
        }
        if let shortRate = product.cancellation.table {
            references.append(("short-rate", shortRate, source.cancellationLine))
        }
        if let declared = product.servicing?.pensionAccount?.declaredRates {
            references.append(("declared crediting rates", declared, source.servicingLine ?? source.codeLine))
            checkDeclaredRates(declared, source, catalog, &diagnostics)
        }
        for reference in references {
            let versions = catalog.tableVersions(reference.name)
            if versions.isEmpty {
                diagnostics.error("rate table '\(reference.name)' (role \(reference.role)) is unknown: no rate table file given defines it",
                                  path: source.path, line: reference.line)
            } else if catalog.table(reference.name, on: product.effectiveFrom) == nil, let first = versions.first {
                diagnostics.error("rate table '\(reference.name)' has no version in force on \(product.effectiveFrom), when the product takes effect (its first version starts \(first.effectiveFrom.map(String.init(describing:)) ?? "-"))",
                                  path: source.path, line: reference.line)
            }
        }
    }

    /// A pension's declared crediting rates: a table keyed by month (YYYY-MM) with a rate value.
    static func checkDeclaredRates(_ name: String, _ source: ProductSource, _ catalog: Catalog, _ diagnostics: inout DiagnosticCollector) {
        for table in catalog.tableVersions(name) {
            guard table.dimensions.count == 1, table.dimensions.first?.name == "month", table.dimensions.first?.kind == .key else {
                diagnostics.error("rate table '\(name)' holds declared crediting rates: it needs the one key column month (YYYY-MM)",
                                  path: source.path, line: source.servicingLine ?? source.codeLine)
                return
            }
            for row in table.rows {
                guard case let .key(month) = row.cells.first, DeclaredRates.month(month) != nil else {
                    diagnostics.error("rate table '\(name)': '\(row.cells.first.map(String.init(describing:)) ?? "")' is not a month YYYY-MM",
                                      path: table.path, line: row.line)
                    continue
                }
                if row.value.isNegative || row.value >= .one {
                    diagnostics.error("rate table '\(name)': the declared rate \(row.value) for \(month) is not an annual rate from 0 up to 1",
                                      path: table.path, line: row.line)
                }
            }
        }
    }
}
