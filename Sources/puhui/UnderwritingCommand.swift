import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct UnderwritingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uw",
        abstract: "Work the underwriting queue and see underwriting turnaround.",
        subcommands: [Queue.self, Show.self, ReceiveDocs.self, WaiveDoc.self, Endorsements.self, Approve.self, Decline.self, Expire.self, Stats.self])

    struct Endorsements: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "endorsements", abstract: "Referred endorsements waiting for an underwriter, oldest first.",
            discussion: "Approve with puhui policy approve-endorsement, decline with puhui policy decline-endorsement.")
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let queue = try engine.endorsements.queue(context)
                let shown = page.slice(queue)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["endorsement", "policy", "change", "effective", "premium before", "premium after", "adjustment", "asked by", "reasons"],
                                      rightAligned: [4, 5, 6], free: [8])
                for e in shown.rows {
                    table.add([e.reference, e.policy, e.change, e.effectiveFrom.description, e.premiumBefore.yuanString, e.premium.yuanString,
                               e.adjustment.yuanString, e.requestedBy, e.firedRules.map { "\($0.code): \($0.reason.en)" }.joined(separator: "; ")])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue", abstract: "Referred applications waiting for an underwriter, oldest first, with the figure authority is checked on.",
            discussion: "With --mine, only those you may approve: within your authority on that figure, and not entered by you.")
        @Flag(name: .long, help: "Only the referrals waiting for your approval.") var mine = false
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let queue = mine ? try engine.underwriting.approvals(context) : try engine.underwriting.queue(context)
                let shown = page.slice(queue)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                let now = CLI.now()
                var table = TextTable(["application", "product", "holder", "segment", "authority on", "figure", "premium", "entered by", "waiting",
                                       "open until", "start", "reasons"], rightAligned: [5, 6, 8], free: [11])
                for a in shown.rows {
                    let lapsed = a.openUntil.map { now >= $0 } ?? false
                    table.add([a.application, a.productCode, a.holder, a.segment.rawValue, a.authorityMeasure, a.authorityFigure.yuanString,
                               a.premium.yuanString, a.appliedBy, DurationText.text(now.secondsSinceEpoch - a.appliedAt.secondsSinceEpoch),
                               (a.openUntil.map { $0.adding(seconds: -1).chinaDate.description } ?? "") + (lapsed ? " LAPSED" : ""),
                               a.startDate.description + (a.startDate < now.chinaDate ? " (past)" : ""), a.reasons.joined(separator: "; ")])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve", abstract: "Approve a referred application within your authority; the policy is issued.",
            discussion: """
                Refused while the offer is past the product's offer validity, while a required document is neither received nor
                waived, and when cover would start before the day of approval: --start moves the term (same length, instalments
                from the new start; the premium offered stands).
                """)
        @Argument(help: "Application reference (A-2026-000001).") var reference: String
        @Option(name: .long, help: "A note for the file.") var note: String?
        @Option(name: .long, help: "A new first day of cover (not before the day of approval).") var start: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var legacy: LegacyActorOptions

        func run() throws {
            try CLI.run {
                let newStart = try start.map { try CLI.parseDate($0, option: "--start") }
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let policy = try engine.underwriting.approve(reference, note: note, start: newStart, context)
                try Output.show(policy, format.format) { "approved \(reference)\n" + PolicyText.policy(policy) }
            }
        }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decline", abstract: "Decline a referred application, with the reason.")
        @Argument(help: "Application reference.") var reference: String
        @Option(name: .long, help: "Why.") var reason: String
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var legacy: LegacyActorOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                try engine.underwriting.decline(reference, reason: reason, context)
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
                let (engine, context) = try engineOptions.context()
                let stats = try engine.underwriting.stats(from: start, to: end, context)
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
                if let renewals = stats.renewals, format.format == .table {
                    print("")
                    print("renewals of the policies ending \(renewals.from) to \(renewals.to)")
                    var rates = TextTable(["line", "due", "offered", "renewed", "waiting", "declined", "not offered", "renewal rate"],
                                          rightAligned: [1, 2, 3, 4, 5, 6, 7])
                    for l in renewals.lines + [renewals.total] {
                        rates.add([l.line, String(l.due), String(l.offered), String(l.renewed), String(l.waiting), String(l.declined),
                                   String(l.notOffered), l.renewalRate])
                    }
                    print(rates.render())
                }
            }
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the append-only audit log, and verify its hash chain.",
        subcommands: [Show.self, Verify.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Walk the audit trail's hash chain; exit 1 naming the first broken row.",
            discussion: """
                Checks every audit and claim event against its hash and the one before it, and every claim (with its payments
                and documents), policy and user against the state its last event recorded. Prints the chain's head hash: keep it
                outside the database, and --expect-head HASH later also catches a chain rewritten from the start.
                """)
        @Option(name: .long, help: "A head hash recorded earlier; the chain must still pass through it.") var expectHead: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let result = try engine.audit.verify(context, passingThrough: expectHead)
                if format.format == .json {
                    print(try CLI.json(result))
                } else if let broken = result.firstBreak {
                    CLI.printError("error: the audit trail is broken at \(broken.table) \(broken.row): \(broken.problem) (after \(result.eventsChecked) good events)")
                } else {
                    print("audit trail intact: \(result.eventsChecked) events on the chain, \(result.claimsChecked) claims and \(result.policiesChecked) policies as their last events left them")
                    print("head \(result.head)")
                }
                if result.firstBreak != nil { throw ExitCode(1) }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Every recorded event of a policy (with its application), an application, a claim, or a product or rate table of the catalog.")
        @Option(name: .long, help: "Policy number.", completion: Completions.policyNumber) var policy: String?
        @Option(name: .long, help: "Application reference.") var application: String?
        @Option(name: .long, help: "Claim reference.", completion: Completions.claimReference) var claim: String?
        @Option(name: .long, help: "Product code (catalog events such as withdrawn versions).", completion: Completions.productCode) var product: String?
        @Option(name: .long, help: "Rate table name (catalog events).") var table: String?
        @OptionGroup var page: PageOptions
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
                let (engine, context) = try engineOptions.context()
                let events = try engine.audit.trail(subject, asOf: CLI.today(), context)
                let shown = page.slice(events)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["when", "who", "subject", "what", "before", "after"], free: [4, 5])
                for e in shown.rows {
                    table.add([e.at.shortDescription, e.actor, e.subject, e.action, e.before ?? "", e.after ?? ""])
                }
                Output.table(table, shown, format.format)
            }
        }
    }
}
