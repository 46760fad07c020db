import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension PaymentFrequency: ExpressibleByArgument {}
extension LineOfBusiness: ExpressibleByArgument {}
extension Policy.Status: ExpressibleByArgument {}

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Apply for cover; show, list, change, reinstate, renew, cancel and export policies.",
        subcommands: [Apply.self, Show.self, List.self, Endorse.self, ShowEndorsement.self, ApproveEndorsement.self, DeclineEndorsement.self,
                      Reinstate.self, Renewals.self, Renew.self, Cancel.self, Export.self])

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply", abstract: "Rate a risk, run the product's underwriting rules and accept (issue), refer or decline.",
            discussion: "Exit 0 when accepted or referred, 1 when declined or the input is refused.")

        @Option(name: .long, help: "Product code.", completion: Completions.productCode) var product: String?
        @Option(name: .long, help: "Apply on a stored quote (its product and risk) instead of --product and --risk.") var quote: String?
        @Option(name: .long, help: "The policyholder's party reference.") var holder: String
        @Option(name: .long, parsing: .singleValue, help: "An insured person's party reference (repeat for each, in the order of the risk's insured list).")
        var insured: [String] = []
        @Option(name: .long, help: "The risk as JSON (- reads standard input).") var risk: String?
        @Option(name: .long, help: "First day of cover (default the day of the application).") var start: String?
        @Option(name: .long, help: "Payment frequency (default the product's first).") var frequency: PaymentFrequency?
        @Option(name: .long, parsing: .singleValue, help: "A document received with the application (repeat for each).")
        var document: [String] = []
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var legacy: LegacyActorOptions

        func validate() throws {
            if quote == nil && (product == nil || risk == nil) { throw ValidationError("give --product and --risk, or --quote Q-…") }
            if quote != nil && (product != nil || risk != nil) { throw ValidationError("--quote replaces --product and --risk") }
        }

        func run() throws {
            try CLI.run {
                let startDate = try start.map { try CLI.parseDate($0, option: "--start") }
                let subject: ApplicationRequest.Subject
                if let quote {
                    subject = .quote(quote)
                } else {
                    let source = risk ?? "-"
                    subject = .risk(productCode: product ?? "", text: try CLI.readInput(source), source: source == "-" ? "<stdin>" : source)
                }
                let request = ApplicationRequest(subject: subject, holder: holder, insured: insured, start: startDate, frequency: frequency,
                                                 documents: document)
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let result = try engine.underwriting.apply(request, context)
                if format.format == .json {
                    print(try CLI.json(result))
                } else {
                    print(PolicyText.application(result))
                }
                if result.decision.outcome == .decline { throw ExitCode(1) }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one policy.")
        @Argument(help: "Policy number (PL-2026-000001).", completion: Completions.policyNumber) var number: String
        @Option(name: .long, help: "Status as of this date (default today).") var asOf: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let policy = try engine.policies.policy(number, asOf: date, context)
                try Output.show(policy, format.format) { PolicyText.policy(policy) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List policies, newest first.")
        @Option(name: .long, help: "Only this policyholder.") var holder: String?
        @Option(name: .long, help: "Only this line.") var line: LineOfBusiness?
        @Option(name: .long, help: "Only this status: in-force, lapsed, cancelled, expired.") var status: Policy.Status?
        @Option(name: .long, help: "Status as of this date (default today).") var asOf: String?
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let filter = PolicyFilter(holder: holder, line: line, status: status, asOf: date, limit: page.probe, offset: page.skip)
                try Output.list(page.page(probed: try engine.policies.list(filter, context)), format.format) { policies in
                    var table = TextTable(["policy", "product", "holder", "segment", "start", "end", "premium", "sum insured", "status"], rightAligned: [6, 7])
                    for p in policies {
                        table.add([p.number, "\(p.productCode) v\(p.productVersion)", p.holder, p.segment.rawValue, p.startDate.description,
                                   p.endDate.description, p.premium.yuanString, p.sumInsured.yuanString, p.status.rawValue])
                    }
                    return table
                }
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel", abstract: "Cancel a policy from a date, refunding what was received less the premium earned by the product's rule.",
            discussion: "A pension account is surrendered: its value less the surrender charge of the policy year.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var number: String
        @Option(name: .long, help: "The last day of cover.") var date: String
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var legacy: LegacyActorOptions

        func run() throws {
            try CLI.run {
                let day = try CLI.parseDate(date, option: "--date")
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let (policy, refund) = try engine.policies.cancel(number, on: day, context)
                if format.format == .json {
                    struct Output: Encodable { var policy: String; var cancelledOn: CivilDate; var refund: Money; var rule: String }
                    print(try CLI.json(Output(policy: policy.number, cancelledOn: day, refund: refund.amount, rule: refund.explanation)))
                } else {
                    print("policy \(policy.number) cancelled on \(day); refund \(refund.amount.yuanString)")
                    print(refund.explanation)
                }
            }
        }
    }
}

extension PolicyCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "The policy bordereau: one row per policy term of the period, as of its as-of time (role finance).",
            discussion: """
                Every policy issued by the as-of time whose term overlaps the period or that was issued in it: parties, dates, status,
                premium and instalments, written premium in the period, cover, cancellation and refund, and the claims on it by then.
                A person's name and identity number are masked unless --reveal; firms are shown in full.
                """)
        @OptionGroup var export: ExportOptions

        func run() throws {
            try export.run { service, filter, format, context, write in try service.policies(filter, format: format, context, write: write) }
        }
    }
}

enum PolicyText {
    static func application(_ result: ApplicationResult) -> String {
        var lines = ["application \(result.application): \(result.decision.outcome.rawValue.uppercased())  (segment \(result.segment.rawValue))"]
        lines.append("premium \(result.quote.premium.yuanString), cover \(result.quote.startDate) to \(result.quote.endDate), rate tables \(result.quote.tableVersions.joined(separator: ", "))")
        for reason in result.decision.reasons { lines.append("  \(reason)") }
        lines.append("documents required: \(result.decision.requiredDocuments.joined(separator: ", "))")
        if !result.decision.missingDocuments.isEmpty { lines.append("documents missing: \(result.decision.missingDocuments.joined(separator: ", "))") }
        if let policy = result.policy {
            lines.append("")
            lines.append(PolicyText.policy(policy))
        } else if result.decision.outcome == .refer {
            lines.append("waiting in the underwriting queue (puhui uw queue)")
        }
        return lines.joined(separator: "\n")
    }

    static func policy(_ p: Policy) -> String {
        var lines = [Style.heading("policy \(p.number)") + "  \(p.productCode) v\(p.productVersion) (\(p.line.rawValue))  \(p.status.rawValue)"]
        lines.append("holder \(p.holder), segment \(p.segment.rawValue); application \(p.application), issued \(p.issuedAt.shortDescription)")
        lines.append("cover \(p.startDate) to \(p.endDate); premium \(p.premium.yuanString) (\(p.frequency.rawValue)); sum insured \(p.sumInsured.yuanString)")
        if let cancelled = p.cancelledOn { lines.append("cancelled on \(cancelled), refund \(p.cancellationRefund?.yuanString ?? "0.00")") }
        if let renews = p.renews { lines.append("renews \(renews)") }
        for lapse in p.lapses {
            lines.append("lapsed from \(lapse.lapsedFrom) (\(lapse.due) unpaid past \(lapse.graceEnd)); notice due \(lapse.noticeDue)"
                         + (lapse.reinstatedOn.map { "; reinstated on \($0)" } ?? ""))
        }
        var coverages = TextTable(["coverage", "name", "amount", "deductible", "indemnity", "cover from", "aggregate"], rightAligned: [2, 3, 6], free: [1])
        for c in p.coverages {
            var deductible = c.deductible?.yuanString ?? ""
            if let percent = c.deductiblePercent { deductible += (deductible.isEmpty ? "" : " or ") + "\(percent)%" }
            coverages.add([c.code, c.name.zh, c.amount.yuanString, deductible, c.indemnityPercent.map { "\($0)%" } ?? "",
                           c.coverFrom?.description ?? "", c.aggregateLimit?.yuanString ?? ""])
        }
        lines.append(coverages.render())
        if !p.insured.isEmpty {
            lines.append("insured: " + p.insured.map { "\($0.position). \($0.party) (\($0.premium.yuanString))" }.joined(separator: ", "))
        }
        lines.append("instalments: " + p.instalments.map { "\($0.number). \($0.dueDate) \($0.amount.yuanString)" }.joined(separator: "; "))
        for v in p.versions {
            let kind = v.adjustment.fen >= 0 ? "additional" : "return"
            lines.append("version \(v.version) from \(v.effectiveFrom) (\(v.endorsement ?? ""), \(v.change)): annual premium \(v.premium.yuanString), \(kind) premium \(Money(fen: abs(v.adjustment.fen)).yuanString), sum insured \(v.sumInsured.yuanString)")
            lines.append("  " + v.coverages.map { "\($0.code) \($0.amount.yuanString)" }.joined(separator: ", ")
                         + (v.insured.isEmpty ? "" : "; insured " + v.insured.map(\.party).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }
}
