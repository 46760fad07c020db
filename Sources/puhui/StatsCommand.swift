import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension ExtractWriter.Format: ExpressibleByArgument {}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistics for regulators.",
        subcommands: [Extract.self])

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract", abstract: "Segment × line statistics with the claims-speed indicators and the statutory clocks (docs/indicators.md).",
            discussion: """
                Refuses to write an extract whose cells do not add up to their subtotals. The same database and arguments
                give byte-identical output. With --out, also writes FILE.sha256 (sha256sum format) beside the extract.
                """)

        @Option(name: .long, help: "First day of the period.") var from: String
        @Option(name: .long, help: "Last day of the period.") var to: String
        @Option(name: .long, help: "Count only what was recorded by this time (default: the end of --to).") var asOf: String?
        @Option(name: .long, help: "csv, json or xml.") var format: ExtractWriter.Format = .json
        @Option(name: .long, help: "Directory to write puhui-extract-FROM-TO.FORMAT into (default: standard output).") var out: String?
        @Option(name: .long, help: ArgumentHelp("Directory of puhui-extract.xsd (default: ./schemas, else beside the program).", valueName: "dir"))
        var schemas: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let start = try CLI.parseDate(from, option: "--from"), end = try CLI.parseDate(to, option: "--to")
                guard start <= end else { throw ValidationError("--from \(start) is after --to \(end)") }
                let cutoff = try asOf.map { text -> Instant in
                    guard let instant = Instant(parsing: text) else { throw ValidationError("--as-of '\(text)' is not a timestamp") }
                    return instant
                }
                let period = ExtractPeriod(from: start, to: end, asOf: cutoff)
                let (engine, context) = try engineOptions.context()
                let statistics = StatisticsService(storage: engine.storage, environment: PuhuiEnvironment.discover(schemas: schemas))
                let extract = try statistics.extract(period, context)
                let data = try statistics.render(extract, format: format)
                guard let out else {
                    FileHandle.standardOutput.write(data)
                    return
                }
                let written = try statistics.write(data, of: extract, format: format, into: out)
                let (path, digest) = (written.path, written.sha256)
                print("wrote \(path) (\(written.bytes) bytes, sha256 \(digest))")
                print("content sha256 \(extract.contentSHA256); period \(extract.periodFrom) to \(extract.periodTo), as of \(extract.asOf)")
            }
        }
    }
}
