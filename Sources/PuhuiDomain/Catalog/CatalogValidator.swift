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
        /// Pricing interest caps and mortality tables in force, for warnings (nil: not checked).
        public var regulatory: RegulatoryParameters?

        public init(productFiles: [SourceFile], rateFiles: [SourceFile], schema: SourceFile?, findings: [Diagnostic] = [],
                    regulatory: RegulatoryParameters? = nil) {
            self.productFiles = productFiles
            self.rateFiles = rateFiles
            self.schema = schema
            self.findings = findings
            self.regulatory = regulatory
        }
    }

    /// The catalog, or every defect found in every file.
    public static func validate(_ input: Input) throws(PuhuiError) -> Catalog {
        var diagnostics = DiagnosticCollector()
        input.findings.forEach { diagnostics.emit($0) }
        let tables = readRateTables(input.rateFiles, &diagnostics)
        let products = readProducts(input.productFiles, schema: input.schema, &diagnostics)
        var catalog = Catalog(products: products, tables: tables)
        checkAcrossFiles(catalog, regulatory: input.regulatory, &diagnostics)
        if diagnostics.hasErrors { throw PuhuiError.rejected(diagnostics.sorted) }
        catalog.warnings = DiagnosticCollector.sorted(diagnostics.warnings)
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
            // Schema errors and the reader's own are reported together; where the schema
            // already reported a line, the reader's finding there is the same defect.
            let schemaErrors = schema.validate(tree).map { locate($0, in: tree) }
            let schemaLines = Set(schemaErrors.compactMap(\.line))
            var reader = ProductReader(tree: tree)
            let source = reader.read(xml: String(decoding: bytes, as: UTF8.self))
            // Where the reader says the same with a suggestion, its message replaces the schema's.
            let suggestions = reader.diagnostics.diagnostics.filter { $0.message.contains("did you mean") }
            for diagnostic in schemaErrors {
                diagnostics.emit(suggestions.first { $0.line == diagnostic.line } ?? diagnostic)
            }
            for diagnostic in reader.diagnostics.diagnostics where !schemaLines.contains(diagnostic.line ?? -1) {
                diagnostics.emit(diagnostic)
            }
            // A product whose only defects are values the schema refused (an attribute or text) is
            // still checked against the catalog, so that its other defects are reported in the
            // same run; one with elements missing or out of place is not (everything after would
            // follow from the one defect).
            let otherErrors = reader.diagnostics.errors.contains { !schemaLines.contains($0.line ?? -1) }
            let structural = schemaErrors.contains { $0.message.contains("Missing child element") || $0.message.contains("is not expected") }
            if var source, !otherErrors, !structural {
                source.schemaErrorLines = schemaLines
                products.append(source)
            }
        }
        return products
    }

    /// A schema error with the column of the attribute or element it names (libxml2 gives the
    /// line only): `Element 'rule', attribute 'test': …`.
    static func locate(_ diagnostic: Diagnostic, in tree: XMLTree) -> Diagnostic {
        guard diagnostic.column == nil, let line = diagnostic.line else { return diagnostic }
        var located = diagnostic
        let message = diagnostic.message
        func quoted(after marker: String) -> String? {
            guard let start = message.range(of: marker) else { return nil }
            let rest = message[start.upperBound...]
            guard let end = rest.firstIndex(of: "'") else { return nil }
            return String(rest[..<end])
        }
        if let attribute = quoted(after: "attribute '"), let found = tree.locator.attribute(attribute, from: line) {
            located.line = found.line
            located.column = found.column
        } else if let element = quoted(after: "Element '"), let found = tree.locator.element(element, from: line) {
            located.column = found.column
        }
        return located
    }

    static func checkAcrossFiles(_ catalog: Catalog, regulatory: RegulatoryParameters? = nil, _ diagnostics: inout DiagnosticCollector) {
        var byVersion: [String: ProductSource] = [:]
        // A product the schema faulted is checked within its file, not against others: its
        // code or dates may be what is wrong.
        for source in catalog.products where source.schemaErrorLines.isEmpty {
            let key = "\(source.product.code)#\(source.product.version)"
            if let other = byVersion[key] {
                diagnostics.error("product \(source.product.code) version \(source.product.version) is also defined in \(other.path):\(other.codeLine)",
                                  path: source.path, at: source.place("code", else: source.codeLine))
            } else {
                byVersion[key] = source
            }
        }
        let distinct = Array(byVersion.values)
        for diagnostic in overlappingVersions(distinct.map { VersionPeriod(source: $0) }) {
            diagnostics.emit(diagnostic)
        }
        for source in catalog.products {
            var found = DiagnosticCollector()
            checkRateTables(source, catalog, &found)
            if !found.hasErrors {
                RatingRequirements.check(source, catalog, &found)
            }
            if let regulatory { RegulatoryChecks.check(source, regulatory, &found) }
            // A line the schema already faulted is not faulted again.
            for diagnostic in found.diagnostics where diagnostic.path != source.path || !source.schemaErrorLines.contains(diagnostic.line ?? -1) {
                diagnostics.emit(diagnostic)
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
        public var column: Int? = nil

        public init(source: ProductSource) {
            code = source.product.code
            version = source.product.version
            from = source.product.effectiveFrom
            to = source.product.effectiveTo
            path = source.path
            line = source.effectiveLine
            column = source.places["effectiveFrom"]?.column
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
            path: located.path, line: located.line, column: located.column,
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
                let known = Array(Set(catalog.tables.map(\.name))).sorted()
                diagnostics.error("rate table '\(reference.name)' (role \(reference.role)) is unknown: no rate table file given defines it\(NameSuggestion.hint(for: reference.name, in: known))",
                                  path: source.path, at: reference.role == "short-rate" ? SourcePlace(line: reference.line, column: nil)
                                      : source.place("table-name:\(reference.role)", else: reference.line))
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
