import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Validate, load, list and show the product catalog (products/*.xml and rates/*.csv).",
        subcommands: [Validate.self, Load.self, List.self, Show.self, Withdraw.self, Reference.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate", abstract: "Check product files against the schema and the catalog rules; list every defect.")

        @Argument(help: "Product files or directories (default: products).")
        var paths: [String] = []

        @Option(name: .long, help: "Rate table directory or files the products refer to.")
        var rates: [String] = ["rates"]

        @Option(name: .long, help: "The XML schema (default: puhui-product.xsd in the first directory given, else products/).")
        var schema: String?

        @OptionGroup var environment: EnvironmentOptions

        func run() throws {
            try CLI.run {
                let productPaths = paths.isEmpty ? ["products"] : paths
                let (regulatory, notes) = try environment.environment.regulatoryParametersIfPresent()
                let catalog = try CatalogService.validate(products: productPaths, rates: rates, schema: schema, regulatory: regulatory)
                (notes + catalog.warnings).forEach { CLI.printError($0.description) }
                print("\(catalog.products.count) product version\(catalog.products.count == 1 ? "" : "s") and \(catalog.tables.count) rate table\(catalog.tables.count == 1 ? "" : "s") are valid")
            }
        }
    }

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load", abstract: "Validate, then load products and rate tables in one transaction (all or nothing).",
            discussion: "Needs the product role. The database is made by puhui init.")

        @Option(name: .long, help: "Product directory or files.")
        var products: [String] = ["products"]

        @Option(name: .long, help: "Rate table directory or files.")
        var rates: [String] = ["rates"]

        @Option(name: .long, help: "The XML schema (default: puhui-product.xsd beside the products).")
        var schema: String?

        @OptionGroup var engineOptions: EngineOptions

        var database: DatabaseOptions { engineOptions.database }

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                try context.authorize(.loadCatalog)   // before the files are read and their warnings printed
                let (regulatory, notes) = try engine.environment.regulatoryParametersIfPresent()
                let catalog = try CatalogService.validate(products: products, rates: rates, schema: schema, regulatory: regulatory)
                (notes + catalog.warnings).forEach { CLI.printError($0.description) }
                let report = try engine.catalog.load(catalog, context)
                func names(_ list: [String]) -> String { list.isEmpty ? "" : ": " + list.joined(separator: ", ") }
                print("products: \(report.productsAdded.count) added\(names(report.productsAdded)), \(report.productsClosed.count) closed\(names(report.productsClosed)), \(report.productsUnchanged.count) unchanged")
                print("rate tables: \(report.tablesAdded.count) added (\(report.rowsAdded) rows), \(report.tablesUnchanged.count) unchanged")
                print(report.changedAnything ? "loaded into \(database.path)" : "nothing to change in \(database.path)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the product versions in force on a date.")

        @Option(name: .long, help: "The date (YYYY-MM-DD, default today in China).")
        var asOf: String?

        @Flag(name: .long, help: "List every loaded version, in force or not.")
        var allVersions = false

        @OptionGroup var format: FormatOptions
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let catalog = CatalogService(storage: try database.open(), clock: SystemClock())
                let products = allVersions ? try catalog.allVersions() : try catalog.productsInForce(on: date)
                switch format.format {
                case .json:
                    print(try CLI.json(products))
                case .table, .csv:
                    var table = TextTable(["code", "version", "line", "name (zh)", "name (en)", "effective from", "effective to", "department"],
                                          rightAligned: [1], free: [3, 4, 7])
                    for p in products {
                        table.add([p.code, String(p.version), p.line.rawValue, p.nameZh, p.nameEn, p.effectiveFrom.description,
                                   p.effectiveTo?.description ?? "open", p.department])
                    }
                    if format.format == .csv {
                        print(table.csv())
                    } else {
                        print(table.render())
                        print("\(products.count) product version\(products.count == 1 ? "" : "s") \(allVersions ? "loaded" : "in force on \(date)")")
                    }
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one product version in full.")

        @Argument(help: "Product code.", completion: Completions.productCode)
        var code: String

        @Option(name: .long, help: "The version to show.")
        var version: Int?

        @Option(name: .long, help: "Show the version in force on this date (default today in China).")
        var asOf: String?

        @OptionGroup var format: FormatOptions
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if version != nil && asOf != nil { throw ValidationError("give --version or --as-of, not both") }
        }

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let stored = try CatalogService(storage: try database.open(), clock: SystemClock()).product(code: code, version: version, on: date)
                try Output.show(stored.product, format.format) { ProductText.render(stored) }
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Remove a product or rate table version loaded by mistake, before its effective date and while nothing uses it (audited).",
            discussion: """
                puhui catalog withdraw PH-CARGO-MICRO --version 2
                puhui catalog withdraw --table cargo-rate --effective-from 2027-01-01
                A version already in effect, or used by a quote, application or policy, cannot be withdrawn: close it
                (a product file with an effectiveTo) or give the table a later version.
                """)

        @Argument(help: "Product code.", completion: Completions.productCode)
        var code: String?

        @Option(name: .long, help: "The product version to withdraw.")
        var version: Int?

        @Option(name: .long, help: "A rate table name, to withdraw one of its versions.")
        var table: String?

        @Option(name: .long, help: "The table version's effective-from date (YYYY-MM-DD).")
        var effectiveFrom: String?

        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            if let _ = table {
                if code != nil || version != nil { throw ValidationError("give a product code with --version, or --table with --effective-from, not both") }
                if effectiveFrom == nil { throw ValidationError("--table needs --effective-from") }
            } else {
                if code == nil || version == nil { throw ValidationError("give a product code with --version (or --table with --effective-from)") }
                if effectiveFrom != nil { throw ValidationError("--effective-from goes with --table") }
            }
        }

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let service = engine.catalog
                let withdrawn: CatalogService.Withdrawal
                if let table, let effectiveFrom {
                    withdrawn = try service.withdrawTable(name: table, effectiveFrom: try CLI.parseDate(effectiveFrom, option: "--effective-from"), context)
                } else {
                    withdrawn = try service.withdrawProduct(code: code ?? "", version: version ?? 0, context)
                }
                print("withdrew \(withdrawn.label) (effective from \(withdrawn.effectiveFrom), loaded from \(withdrawn.source)); recorded in the audit log as \(context.actor)")
            }
        }
    }
}

extension CatalogCommand {
    struct Reference: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reference",
            abstract: "Write the product reference (every module's roles, parameters, risk fields and facts) from the declarations.")

        @Option(name: .long, help: "Where to write it (default: standard output); the repository keeps it in docs/product-reference.md.")
        var out: String?

        @Option(name: .long, help: "Product files or directories whose steps products it describes.")
        var products: [String] = ["products"]

        @Option(name: .long, help: "Rate table directory or files.")
        var rates: [String] = ["rates"]

        func run() throws {
            try CLI.run {
                let catalog = try CatalogService.validate(products: products, rates: rates, schema: nil)
                let text = ProductReference.markdown(products: catalog.products.map(\.product))
                if let out {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out))
                    print("wrote \(out)")
                } else {
                    print(text, terminator: "")
                }
            }
        }
    }
}
