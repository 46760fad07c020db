import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension ExtractDetail.Format: ExpressibleByArgument {}

/// What `policy export` and `claim export` take: the period, its as-of time, the line and
/// segment, the format, where to write, and whether personal data is in full.
struct ExportOptions: ParsableArguments {
    @Option(name: .long, help: "First day of the period.") var from: String
    @Option(name: .long, help: "Last day of the period (not after today).") var to: String
    @Option(name: .long, help: "Only what was recorded by this time (default the end of --to, or now).") var asOf: String?
    @Option(name: .long, help: "Only this line of business.") var line: LineOfBusiness?
    @Option(name: .long, help: "Only this customer segment.") var segment: Segment?
    @Option(name: .long, help: "csv (UTF-8, CRLF; with a BOM in a file, for spreadsheets) or json.") var format: ExtractDetail.Format = .csv
    @Option(name: .long, help: ArgumentHelp("Write into this file (replaced once complete) or directory; default standard output.", valueName: "path"))
    var out: String?
    @Flag(name: .long, help: "Person names and identity numbers in full (role finance; recorded in the audit trail).") var reveal = false
    @OptionGroup var engineOptions: EngineOptions

    /// Runs an export of the engine's `ExportService`, streaming into the file or standard output.
    func run(_ export: (ExportService, BordereauFilter, ExtractDetail.Format, ActionContext, ([UInt8]) throws -> Void) throws -> ExportService.Summary) throws {
        try CLI.run {
            let first = try CLI.parseDate(from, option: "--from"), last = try CLI.parseDate(to, option: "--to")
            let cut = try asOf.map { text -> Instant in
                guard let instant = Instant(parsing: text) else { throw ValidationError("--as-of '\(text)' is not a timestamp such as 2026-06-30T23:59") }
                return instant
            }
            let (engine, context) = try engineOptions.context()
            let service = engine.exports
            let filter = BordereauFilter(period: try service.period(from: first, to: last, asOf: cut), line: line, segment: segment, reveal: reveal)
            guard let out else {
                // A byte order mark is for spreadsheets opening a file; standard output goes to programs.
                let stdout = FileHandle.standardOutput
                var first = true
                _ = try export(service, filter, format, context) { bytes in
                    let chunk = first && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                    first = false
                    try stdout.write(contentsOf: Data(chunk))
                }
                return
            }
            var isDirectory: ObjCBool = false
            let intoDirectory = FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue
            let directory = intoDirectory ? out : (out as NSString).deletingLastPathComponent
            let partial = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(".puhui-export-\(UUID().uuidString).partial")
            guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forWritingAtPath: partial) else {
                throw PuhuiError.invalid("cannot write into \(directory.isEmpty ? "." : directory)", field: "out")
            }
            do {
                let summary = try export(service, filter, format, context) { try handle.write(contentsOf: Data($0)) }
                try handle.synchronize()
                try handle.close()
                let final = intoDirectory ? (out as NSString).appendingPathComponent(summary.fileName) : out
                guard rename(partial, final) == 0 else { throw PuhuiError(.storage, "cannot put \(final) in place (error \(errno))") }
                print("wrote \(final): \(summary.rows) rows, \(summary.bytes) bytes, sha256 \(summary.sha256)")
            } catch {
                try? handle.close()
                try? FileManager.default.removeItem(atPath: partial)
                throw error
            }
        }
    }
}
