import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

/// `policy endorse`, the endorsement decisions, `policy reinstate`, `policy renewals`, `policy renew`.
extension PolicyCommand {
    struct Endorse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "endorse", abstract: "Change a policy from a date: a new risk, insured persons joining or leaving.",
            discussion: """
                Re-rated on the rate tables of the policy's start; the pro-rata additional or return premium falls due on the effective date \
                (or today, if later). Accepted, referred or declined by the product's underwriting rules. \
                --add-insured P-000010:2 gives the person's occupation class after the colon (accident cover needs one).
                Exit 0 when accepted or referred, 1 when declined or refused.
                """)
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var number: String
        @Option(name: .long, help: "The first day of the changed cover.") var effective: String
        @Option(name: .long, help: "The whole risk as it is from that day, as JSON (- reads standard input).") var risk: String?
        @Option(name: .long, parsing: .singleValue, help: "A person joining (party reference[:occupation class]); repeat for each.") var addInsured: [String] = []
        @Option(name: .long, parsing: .singleValue, help: "A person leaving (party reference); repeat for each.") var removeInsured: [String] = []
        @Option(name: .long, parsing: .singleValue, help: "A document received with the change (repeat for each).") var document: [String] = []
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            let given = [risk != nil, !addInsured.isEmpty, !removeInsured.isEmpty].filter { $0 }.count
            if given != 1 { throw ValidationError("give exactly one of --risk, --add-insured, --remove-insured") }
        }

        func run() throws {
            try CLI.run {
                let date = try CLI.parseDate(effective, option: "--effective")
                let change: EndorsementChange
                if let risk {
                    change = .risk(text: try CLI.readInput(risk), source: risk == "-" ? "<stdin>" : risk)
                } else if !addInsured.isEmpty {
                    change = .addInsured(try addInsured.map { text in
                        guard let person = EndorsementChange.JoiningPerson(parsing: text) else { throw ValidationError("--add-insured '\(text)' is not P-…[:class]") }
                        return person
                    })
                } else {
                    change = .removeInsured(removeInsured)
                }
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let result = try engine.endorsements.endorse(number, effective: date, change: change, documents: document, context)
                try Output.show(result, format.format) { EndorsementText.result(result) }
                if result.decision == .decline { throw ExitCode(1) }
            }
        }
    }

    struct ShowEndorsement: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "endorsement", abstract: "Show an endorsement with its worksheet.")
        @Argument(help: "Endorsement reference (END-2026-000001).") var reference: String
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let endorsement = try engine.endorsements.endorsement(reference, context)
                try Output.show(endorsement, format.format) { EndorsementText.endorsement(endorsement, worksheet: true) }
            }
        }
    }

    struct ApproveEndorsement: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve-endorsement", abstract: "Approve a referred endorsement within your authority.")
        @Argument(help: "Endorsement reference.") var reference: String
        @Option(name: .long, help: "A note for the file.") var note: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let result = try engine.endorsements.approve(reference, note: note, context)
                try Output.show(result, format.format) { EndorsementText.result(result) }
            }
        }
    }

    struct DeclineEndorsement: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decline-endorsement", abstract: "Decline a referred endorsement, with the reason.")
        @Argument(help: "Endorsement reference.") var reference: String
        @Option(name: .long, help: "Why.") var reason: String
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                _ = try engine.endorsements.decline(reference, reason: reason, context)
                print("declined \(Reference.normalized(reference)): \(reason)")
            }
        }
    }

    struct Reinstate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reinstate", abstract: "Reinstate a lapsed policy, its arrears paid, within the product's window.",
            discussion: "Cover resumes on the day of the reinstatement (--at); the days from the end of grace to it stay uncovered.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var number: String
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let policy = try engine.policies.reinstate(number, context)
                try Output.show(policy, format.format) { "reinstated \(policy.number) from \(context.at.chinaDate)\n" + PolicyText.policy(policy) }
            }
        }
    }

    struct Renewals: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "renewals", abstract: "Renewable policies ending soon, with their own claims and any renewal offered.")
        @Option(name: .long, help: "Ending within this many days (60 or 60d).") var dueWithin: String = "60d"
        @Option(name: .long, help: "From this date (default today).") var asOf: String?
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let days = try CLI.parseDays(dueWithin, option: "--due-within")
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let due = try engine.underwriting.renewalsDue(within: days, asOf: date, context)
                let shown = page.slice(due)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["policy", "product", "holder", "segment", "ends", "premium", "claims", "renewal"], rightAligned: [5, 6])
                for d in shown.rows {
                    table.add([d.policy, "\(d.productCode) v\(d.productVersion)", d.holder, d.segment.rawValue, d.endDate.description, d.premium.yuanString,
                               String(d.claims), d.renewalApplication.map { "\($0) (\(d.renewalStatus ?? ""))" } ?? ""])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Renew: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "renew", abstract: "Offer the next term, re-rated on the product and tables in force at its start.",
            discussion: "The loss-history factor counts the policy's own claims. Accepted automatically within the product's renewal terms, else referred. With --all-due-within, every renewable policy ending within the days is offered renewal.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var number: String?
        @Option(name: .long, help: "Renew every policy ending within this many days (60 or 60d) not yet renewed.") var allDueWithin: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            if (number == nil) == (allDueWithin == nil) { throw ValidationError("give a policy number or --all-due-within DAYS") }
        }

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                if let allDueWithin {
                    let run = try engine.underwriting.renewAll(dueWithin: try CLI.parseDays(allDueWithin, option: "--all-due-within"), context)
                    if format.format == .json {
                        print(try CLI.json(run))
                        return
                    }
                    let outcomes = Dictionary(grouping: run.offers, by: { $0.result.decision.outcome.rawValue }).mapValues(\.count)
                    print("renewal run \(run.asOf): \(run.due) due, \(run.offers.count) offered (accepted \(outcomes["accept"] ?? 0), referred \(outcomes["refer"] ?? 0), declined \(outcomes["decline"] ?? 0)), \(run.refused.count) refused")
                    for refusal in run.refused { print("  \(refusal.policy): \(refusal.reason)") }
                    return
                }
                let offer = try engine.underwriting.renew(number ?? "", context)
                if format.format == .json {
                    print(try CLI.json(offer))
                } else {
                    print("renewal of \(offer.previous): \(offer.claimsCounted) claim\(offer.claimsCounted == 1 ? "" : "s") counted\(offer.lossHistoryField.map { " (\($0))" } ?? ""); previous premium \(offer.previousPremium.yuanString)")
                    print(PolicyText.application(offer.result))
                }
                if offer.result.decision.outcome == .decline { throw ExitCode(1) }
            }
        }
    }
}

enum EndorsementText {
    static func result(_ r: EndorsementService.Result) -> String {
        var lines = [endorsement(r.endorsement, worksheet: false)]
        lines.append("decision: \(r.decision.rawValue.uppercased())")
        for reason in r.reasons { lines.append("  \(reason)") }
        if r.decision == .refer { lines.append("waiting for an underwriter (puhui uw endorsements)") }
        return lines.joined(separator: "\n")
    }

    static func endorsement(_ e: Endorsement, worksheet: Bool) -> String {
        var lines = ["endorsement \(e.reference) of \(e.policy): \(e.change) from \(e.effectiveFrom), \(e.status.rawValue)\(e.version.map { " (cover version \($0))" } ?? "")"]
        let kind = e.adjustment.fen >= 0 ? "additional premium" : "return premium"
        lines.append("annual premium \(e.premiumBefore.yuanString) → \(e.premium.yuanString); \(kind) \(Money(fen: abs(e.adjustment.fen)).yuanString) due \(e.dueOn); sum insured \(e.sumInsured.yuanString)")
        if !e.insured.isEmpty { lines.append("insured: " + e.insured.map { "\($0.position). \($0.party) (\($0.premium.yuanString))" }.joined(separator: ", ")) }
        if worksheet {
            var table = TextTable(["step", "table", "factor", "amount", "rounding"], rightAligned: [3])
            for step in e.worksheet { table.add([step.name, step.table ?? "", step.factor ?? "", step.amount ?? "", step.rounding ?? ""]) }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }
}
