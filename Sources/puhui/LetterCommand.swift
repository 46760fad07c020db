import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "The letters sent about claims and policies, as sent: Art. 22 document requests, Art. 24 rejection notices, payment advices, policy schedules.",
        discussion: """
            Claim letters are sent by the claim steps themselves (request-docs, reject-notice, pay, approve-payment; --letter FILE
            writes the one a step sends). Each letter is a printable HTML page in Chinese, kept with its claim or policy, its SHA-256 in
            the event that sent it. The insurer's name, address and service phone come from config/insurer.json.
            """,
        subcommands: [List.self, Show.self, Schedule.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The letters sent about a claim or a policy, oldest first.")
        @Argument(help: "Claim reference or policy number.") var subject: String
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let letters = try engine.letters().letters(about: subject, context)
                let shown = page.slice(letters)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["letter", "kind", "subject", "sent", "by", "bytes", "sha256"], rightAligned: [5])
                for l in shown.rows {
                    table.add([l.reference, l.kind.rawValue, l.subject, l.createdAt.shortDescription, l.createdBy, String(l.byteCount), l.sha256])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "A letter as sent (HTML), to standard output or --out FILE; --pdf FILE prints it with headless Chromium.")
        @Argument(help: "Letter reference (LTR-2026-000001).") var reference: String
        @Option(name: .long, help: ArgumentHelp("Write the HTML into this file.", valueName: "file")) var out: String?
        @Option(name: .long, help: ArgumentHelp("Also print it to PDF (needs chromium on PATH).", valueName: "file")) var pdf: String?
        @Option(name: .long, help: "json or csv: the letter's record (kind, subject, sent, by, size, SHA-256) instead of its HTML.")
        var format: OutputFormat?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let letter = try engine.letters().letter(reference, context)
                if let format, format != .table {
                    try Output.show(letter.record, format) { "" }
                    return
                }
                if let pdf {
                    try PDFPrinter.print(letter, to: pdf)
                    CLI.printError("printed \(letter.record.reference) to \(pdf)")
                }
                if let out {
                    try LetterFiles.write(letter, to: out)
                    print("wrote \(out): \(letter.record.kind.rawValue) \(letter.record.reference), \(letter.bytes.count) bytes, sha256 \(letter.record.sha256)")
                } else if pdf == nil {
                    try LetterFiles.write(letter, to: "-")
                }
            }
        }
    }

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule", abstract: "Send the policy schedule as the policy stands (an underwriter); kept with the policy.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: ArgumentHelp("Write the letter into this file (- for standard output).", valueName: "file")) var out: String?
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let letter = try engine.letters().issueSchedule(policy, context)
                if let out { try LetterFiles.write(letter, to: out) }
                if out != "-" {
                    print("policy-schedule letter \(letter.record.reference) sent and kept with \(letter.record.subject) (sha256 \(letter.record.sha256))"
                          + (out.map { "; written to \($0)" } ?? ""))
                }
            }
        }
    }
}

/// PDF by headless Chromium, when it is installed: the HTML is written to a private temporary
/// file and printed with Chromium's own A4 print settings (the page's print style).
enum PDFPrinter {
    static func chromium() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in paths where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    static func print(_ letter: Letter, to path: String) throws {
        guard let chromium = chromium() else {
            throw PuhuiError.invalid("PDF needs headless Chromium (chromium) on PATH; open the HTML in a browser and print it instead", field: "pdf")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-letter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent(letter.record.fileName)
        try Data(letter.bytes).write(to: html)
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--print-to-pdf=\(target)", html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target) else {
            throw PuhuiError(.storage, "chromium could not print \(letter.record.reference) to \(path) (exit \(process.terminationStatus))")
        }
    }
}
