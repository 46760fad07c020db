import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct UnderwritingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uw",
        abstract: "Work the underwriting queue and see underwriting turnaround.",
        subcommands: [Queue.self, Approve.self, Decline.self, Stats.self])

    struct UnderwriterOption: ParsableArguments {
        @Option(name: .long, help: "The underwriter acting (default: $PUHUI_UNDERWRITER).")
        var underwriter: String?

        func name() throws -> String {
            guard let name = underwriter ?? ProcessInfo.processInfo.environment["PUHUI_UNDERWRITER"], !name.isEmpty else {
                throw ValidationError("give --underwriter NAME or set PUHUI_UNDERWRITER")
            }
            return name
        }
    }

    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "queue", abstract: "Referred applications waiting for an underwriter, oldest first.")
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let queue = try engineOptions.engine().underwriting().queue()
                if format.format == .json {
                    print(try CLI.json(queue))
                    return
                }
                let now = CLI.now()
                var table = TextTable(["application", "product", "holder", "segment", "sum insured", "premium", "waiting", "reasons"], rightAligned: [4, 5, 6])
                for a in queue {
                    table.add([a.application, a.productCode, a.holder, a.segment.rawValue, a.sumInsured.yuanString, a.premium.yuanString,
                               DurationText.text(now.secondsSinceEpoch - a.appliedAt.secondsSinceEpoch), a.reasons.joined(separator: "; ")])
                }
                print(format.format == .csv ? table.csv() : table.render())
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a referred application within your authority; the policy is issued.")
        @Argument(help: "Application reference (A-2026-000001).") var reference: String
        @Option(name: .long, help: "A note for the file.") var note: String?
        @OptionGroup var underwriter: UnderwriterOption
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let context = ActionContext(actor: try underwriter.name(), at: try at.instant())
                let policy = try engineOptions.engine().underwriting(withAuthority: true).approve(reference, note: note, context)
                print(format.format == .json ? try CLI.json(policy) : "approved \(reference)\n" + PolicyText.policy(policy))
            }
        }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decline", abstract: "Decline a referred application, with the reason.")
        @Argument(help: "Application reference.") var reference: String
        @Option(name: .long, help: "Why.") var reason: String
        @OptionGroup var underwriter: UnderwriterOption
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let context = ActionContext(actor: try underwriter.name(), at: try at.instant())
                try engineOptions.engine().underwriting(withAuthority: true).decline(reference, reason: reason, context)
                print("declined \(reference): \(reason)")
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Auto-accept and referral rates and application-to-issue time per line.",
            discussion: "Median: the middle value (mean of the two middle values for an even count). 90th percentile: nearest rank.")
        @Option(name: .long, help: "First application date (default: 30 days ago).") var from: String?
        @Option(name: .long, help: "Last application date (default: today).") var to: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let end = try to.map { try CLI.parseDate($0, option: "--to") } ?? CLI.today()
                let start = try from.map { try CLI.parseDate($0, option: "--from") } ?? end.adding(days: -30)
                let stats = try engineOptions.engine().underwriting().stats(from: start, to: end)
                if format.format == .json {
                    print(try CLI.json(stats))
                    return
                }
                print("applications \(stats.from) to \(stats.to)")
                var table = TextTable(["line", "applications", "auto-accepted", "referred", "declined", "auto-accept rate", "referral rate",
                                       "issued", "median to issue", "90th pct to issue"], rightAligned: [1, 2, 3, 4, 5, 6, 7, 8, 9])
                for l in stats.lines + [stats.total] {
                    table.add([l.line, String(l.applications), String(l.autoAccepted), String(l.referred), String(l.declinedByRules),
                               l.autoAcceptRate, l.referralRate, String(l.issued), l.medianSecondsToIssue.map(DurationText.text) ?? "-",
                               l.p90SecondsToIssue.map(DurationText.text) ?? "-"])
                }
                print(format.format == .csv ? table.csv() : table.render())
            }
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the append-only audit log.",
        subcommands: [Show.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Every recorded event of a policy (with its application), an application, a claim, or a product or rate table of the catalog.")
        @Option(name: .long, help: "Policy number.") var policy: String?
        @Option(name: .long, help: "Application reference.") var application: String?
        @Option(name: .long, help: "Claim reference.") var claim: String?
        @Option(name: .long, help: "Product code (catalog events such as withdrawn versions).") var product: String?
        @Option(name: .long, help: "Rate table name (catalog events).") var table: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            if [policy, application, claim, product, table].compactMap({ $0 }).count != 1 {
                throw ValidationError("give one of --policy, --application, --claim, --product, --table")
            }
        }

        func run() throws {
            try CLI.run {
                let subject: AuditTrailService.Subject = policy.map { .policy($0) } ?? application.map { .application($0) }
                    ?? product.map { .product($0) } ?? table.map { .rateTable($0) } ?? .claim(claim ?? "")
                let events = try engineOptions.engine().audit.trail(subject, asOf: CLI.today())
                if format.format == .json {
                    print(try CLI.json(events))
                    return
                }
                var table = TextTable(["when", "who", "subject", "what", "before", "after"])
                for e in events {
                    table.add([e.at.shortDescription, e.actor, e.subject, e.action, e.before ?? "", e.after ?? ""])
                }
                print(format.format == .csv ? table.csv() : table.render())
            }
        }
    }
}
