import ArgumentParser
import Foundation
import PuhuiDemo
import PuhuiDomain
import PuhuiServices

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "A realistic synthetic book for trying the engine and for benchmarks.",
        subcommands: [Seed.self])

    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed", abstract: "Seed a deterministic book through the engine's own operations (an administrator's job; load the catalog and import the staff first).",
            discussion: "The same --seed gives the same book. Every time in the book is at or before --book-date.")

        @Option(name: .long, help: "Parties to register.") var parties = 600
        @Option(name: .long, help: "Applications to make (most become policies).") var policies = 1000
        @Option(name: .long, help: "Claims to report and work.") var claims = 300
        @Option(name: .long, help: "Random seed.") var seed: UInt64 = 2026
        @Option(name: .long, help: "The moment the book stands at (default 2026-11-20T18:00).") var bookDate: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                var options = DemoOptions(parties: parties, policies: policies, claims: claims, seed: seed)
                if let bookDate {
                    guard let instant = Instant(parsing: bookDate) else { throw ValidationError("--book-date '\(bookDate)' is not a timestamp") }
                    options.bookDate = instant
                }
                let (engine, admin) = try engineOptions.session()
                if try engine.catalog.allVersions().isEmpty { throw PuhuiError.invalid("the catalog is empty: run puhui catalog load first") }
                let bar = ProgressBar()
                let started = Stopwatch()
                let phases = PhaseClock()
                let summary = try DemoBook.seed(options, engine: engine, by: admin, progress: { phase, done, total in
                                                    bar.update(phase, done, total)
                                                    phases.update(phase, done)
                                                })
                bar.finish()
                phases.finish()
                if format.format == .json {
                    print(try CLI.json(summary))
                    return
                }
                let s = summary
                print("parties: \(s.enterprises) enterprises, \(s.individualBusinesses) individual businesses, \(s.persons) persons")
                print("applications: \(s.applications) — \(s.acceptedAtOnce) accepted at once, \(s.referred) referred (\(s.approved) approved, \(s.declinedByUnderwriters) declined, \(s.referred - s.approved - s.declinedByUnderwriters) waiting), \(s.declinedByRules) declined by rules")
                print("policies issued: \(s.policies); premiums received: \(s.premiumsReceived) (\(s.paidLate) policies paid late, \(s.lapsed) lapsed for premium unpaid)")
                print("claims: \(s.claims) — \(s.claimsClosed) closed or rejected, \(s.claimsOpen) open; \(s.payments) payments")
                if s.refused > 0 {
                    print("generated items the engine refused (skipped): \(s.refused)")
                    for example in s.refusedExamples { print("  e.g. \(example)") }
                }
                for (phase, items, nanoseconds) in phases.results {
                    print("  \(phase): \(items) in \(Stopwatch.secondsText(nanoseconds, decimals: 1)) s")
                }
                print("seeded in \(started.secondsText(decimals: 1)) s")
            }
        }
    }
}

/// A progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var lastPhase = ""

    func update(_ phase: String, _ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        if phase != lastPhase && !lastPhase.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
        lastPhase = phase
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(phase.padding(toLength: 13, withPad: " ", startingAt: 0)) [\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled && !lastPhase.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// How long each phase of seeding took, from the progress reports: a phase starts when the
/// previous one made its last report (or when seeding began).
final class PhaseClock: @unchecked Sendable {
    private let stopwatch = Stopwatch()
    /// Nanoseconds since the clock started: when the current phase started, and the last report.
    private var current: (phase: String, started: UInt64, items: Int)?
    private var lastReport: UInt64 = 0
    private(set) var results: [(phase: String, items: Int, nanoseconds: UInt64)] = []

    func update(_ phase: String, _ done: Int) {
        if current?.phase != phase {
            finish()
            current = (phase, lastReport, 0)
        }
        current?.items = done
        lastReport = stopwatch.nanoseconds
    }

    func finish() {
        if let current { results.append((current.phase, current.items, lastReport - current.started)) }
        current = nil
    }
}
