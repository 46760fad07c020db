import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Price a risk and show the worksheet; or rate a whole portfolio from CSV.",
        discussion: """
            A single quote (--risk FILE.json, - for stdin) is stored with an id (Q-000001) for underwriting, as yours
            (it needs your token); with --no-store it is only priced, and anyone may. A batch (--batch FILE.csv) rates one
            risk a row, streaming, and writes the rows back with premium and error columns (to --out, else stdout);
            nothing is stored.
            """)

    @Option(name: .long, help: "Product code.", completion: Completions.productCode)
    var product: String

    @Option(name: .long, help: "Rating date (YYYY-MM-DD, default today in China): the product and rate versions in force on it.")
    var asOf: String?

    @Option(name: .long, help: "The risk as JSON (- reads standard input).")
    var risk: String?

    @Option(name: .long, help: "A CSV file of risks, one a row, for batch rating.")
    var batch: String?

    @Option(name: .long, help: "Where batch rating writes its CSV (default: standard output).")
    var out: String?

    @Flag(name: .long, help: "Price the risk and show the worksheet without storing the quote (no token needed).")
    var noStore = false

    @OptionGroup var format: FormatOptions
    @OptionGroup var engineOptions: EngineOptions

    func validate() throws {
        if (risk == nil) == (batch == nil) { throw ValidationError("give --risk FILE.json or --batch FILE.csv") }
        if out != nil && batch == nil { throw ValidationError("--out goes with --batch") }
    }

    func run() throws {
        try CLI.run {
            let date = try CLI.asOfDate(asOf)
            let quotes = try engineOptions.engine().quotes
            if let batch {
                let summary = try quotes.rateBatch(productCode: product, asOf: date, input: batch, output: out)
                CLI.printError("rated \(summary.rated) of \(summary.rows) rows (\(summary.failed) with an error) in \(summary.seconds)s")
                if summary.failed > 0 { throw ExitCode(1) }
                return
            }
            let path = risk ?? "-"
            let text = try CLI.readInput(path)
            let source = path == "-" ? "<stdin>" : path
            let quote: Quote
            if noStore {
                quote = try quotes.quote(productCode: product, asOf: date, riskText: text, source: source)
            } else {
                let (engine, context) = try engineOptions.context()
                quote = try engine.quotes.quoteAndStore(productCode: product, asOf: date, riskText: text, source: source, context)
            }
            switch format.format {
            case .json: print(try CLI.json(quote))
            case .table, .csv: print(QuoteText.render(quote, csv: format.format == .csv))
            }
        }
    }
}
