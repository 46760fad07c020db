import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiReports
import PuhuiServices

extension ExtractWriter.Format: ExpressibleByArgument {}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistics for regulators.",
        subcommands: [Extract.self, Report.self])

    /// `--from`, `--to`, `--as-of`: the period and its cut-off.
    struct PeriodOptions: ParsableArguments {
        @Option(name: .long, help: "First day of the period.") var from: String
        @Option(name: .long, help: "Last day of the period (today at the latest).") var to: String
        @Option(name: .long, help: "Count only what was recorded by this time (default: the end of --to, or now if --to is today; never in the future).")
        var asOf: String?

        func period(_ statistics: StatisticsService) throws -> ExtractPeriod {
            let start = try CLI.parseDate(from, option: "--from"), end = try CLI.parseDate(to, option: "--to")
            guard start <= end else { throw ValidationError("--from \(start) is after --to \(end)") }
            let cutoff = try asOf.map { text -> Instant in
                guard let instant = Instant(parsing: text) else { throw ValidationError("--as-of '\(text)' is not a timestamp") }
                return instant
            }
            return try statistics.period(from: start, to: end, asOf: cutoff)
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract", abstract: "Segment × line statistics with the claims-speed indicators and the statutory clocks (docs/indicators.md).",
            discussion: """
                Every claim is replayed from its history up to the as-of time, so an earlier period run again gives the same figures.
                Refuses to write an extract whose cells do not add up. With --out, also writes FILE.sha256 (sha256sum format) and the
                detail files (claims and policies, CSV and JSON: one row per claim or policy counted), whose digests are in the extract.
                --format long-csv writes one row per segment × line × indicator, for pivot tables.
                """)

        @OptionGroup var period: PeriodOptions
        @Option(name: .long, help: "csv, long-csv, json or xml.") var format: ExtractWriter.Format = .json
        @Option(name: .long, help: "Directory to write puhui-extract-FROM-TO.FORMAT and its detail files into (default: the extract to standard output).")
        var out: String?
        @Option(name: .long, help: ArgumentHelp("Directory of puhui-extract.xsd (default: ./schemas, else beside the program).", valueName: "dir"))
        var schemas: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let statistics = StatisticsService(storage: engine.storage, environment: PuhuiEnvironment.discover(schemas: schemas), clock: engine.clock)
                let period = try period.period(statistics)
                let result = try statistics.extract(period, detailsInto: out, context)
                let data = try statistics.render(result.extract, format: format)
                guard let out else {
                    FileHandle.standardOutput.write(data)
                    return
                }
                let written = try statistics.write(data, of: result.extract, format: format, into: out)
                print("wrote \(written.path) (\(written.bytes) bytes, sha256 \(written.sha256))")
                for detail in result.extract.details {
                    print("wrote \((out as NSString).appendingPathComponent(detail.name)) (\(detail.rows) rows, sha256 \(detail.sha256))")
                }
                let extract = result.extract
                print("content sha256 \(extract.contentSHA256); period \(extract.periodFrom) to \(extract.periodTo), as of \(extract.asOf)")
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report", abstract: "The extract as one printable HTML page, with charts (Chinese with English labels).",
            discussion: """
                One self-contained page (no script, no external file): the summary, days from report to first payment per line,
                the statutory clocks met, missed and open per month, the small-claim five-day closure rate per month, the segments,
                lines and individual businesses, the products, and the definition of every figure. The figures are those of
                `stats extract` for the same period and as-of time.
                """)

        @OptionGroup var period: PeriodOptions
        @Option(name: .long, help: "Directory to write puhui-report-FROM-TO.html into (default: standard output).") var out: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let statistics = engine.statistics
                let page = ExtractReportPage(try statistics.extract(try period.period(statistics), context))
                let html = Data(page.render().utf8)
                guard let out else {
                    FileHandle.standardOutput.write(html)
                    return
                }
                let written = try statistics.write(html, named: page.fileName, into: out)
                print("wrote \(written.path) (\(written.bytes) bytes, sha256 \(written.sha256))")
                print("content sha256 \(page.result.extract.contentSHA256); period \(page.result.extract.periodFrom) to \(page.result.extract.periodTo), as of \(page.result.extract.asOf)")
            }
        }
    }
}
