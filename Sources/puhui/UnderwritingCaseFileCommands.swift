import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension UnderwritingCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "An application's case file: applicant, risk, premium and worksheet, rules, documents, authority, offer, history.",
            discussion: "Names and identity numbers of persons are masked; --reveal (an underwriter) shows them and is recorded in the audit trail.")
        @Argument(help: "Application reference (A-2026-000001).") var reference: String
        @Flag(name: .long, help: "Person names and identity numbers in full.") var reveal = false
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let file = try engine.underwriting.caseFile(reference, reveal: reveal, context)
                try Output.show(file, format.format) { UnderwritingText.caseFile(file) }
            }
        }
    }

    struct ReceiveDocs: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "receive-docs", abstract: "Record underwriting documents received for a referred application.")
        @Argument(help: "Application reference.") var reference: String
        @Argument(help: "Document codes (from the product's underwriting list).") var documents: [String]
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let missing = try engine.underwriting.receiveDocuments(reference, codes: documents, context)
                print("application \(Reference.normalized(reference)): received \(documents.joined(separator: ", "))")
                print(missing.isEmpty ? "every required document is on file" : "still missing: \(missing.joined(separator: ", "))")
            }
        }
    }

    struct WaiveDoc: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "waive-doc", abstract: "Waive a missing required document, with the reason (an underwriter who did not enter the application).")
        @Argument(help: "Application reference.") var reference: String
        @Argument(help: "Document code.") var document: String
        @Option(name: .long, help: "Why the document is not needed.") var reason: String
        @OptionGroup var at: AtOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let missing = try engine.underwriting.waiveDocument(reference, code: document, reason: reason, context)
                print("application \(Reference.normalized(reference)): \(document) waived: \(reason)")
                print(missing.isEmpty ? "every required document is on file" : "still missing: \(missing.joined(separator: ", "))")
            }
        }
    }

    struct Expire: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expire", abstract: "Expire every referral whose offer is past its product's offer validity.",
            discussion: "Each product declares how many days an offer stays open (default 30). Each expiry is recorded in the audit trail.")
        @Option(name: .long, help: "Expire as of this time (default now; not in the future).") var asOf: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let when = try asOf.map { text -> Instant in
                    guard let instant = Instant(parsing: text) else { throw ValidationError("--as-of '\(text)' is not a timestamp such as 2026-11-23T18:00") }
                    return instant
                }
                let (engine, context) = try engineOptions.context(at: when)
                let expired = try engine.underwriting.expireReferrals(context)
                if format.format == .json {
                    print(try CLI.json(expired))
                    return
                }
                var table = TextTable(["application", "product", "applied", "open until"])
                for e in expired {
                    table.add([e.application, e.productCode, e.appliedAt.shortDescription, e.openUntil.adding(seconds: -1).chinaDate.description])
                }
                if format.format == .csv {
                    print(table.csv())
                } else {
                    if !expired.isEmpty { print(table.render()) }
                    print("\(expired.count) referral\(expired.count == 1 ? "" : "s") expired as of \(context.at.shortDescription)")
                }
            }
        }
    }
}

enum UnderwritingText {
    static func caseFile(_ f: ApplicationCaseFile) -> String {
        var lines = ["application \(f.application)  \(f.status.rawValue.uppercased())  (decision by rules: \(f.decision.rawValue))"]
        lines.append("product \(f.productCode) v\(f.productVersion) \(f.productName.zh) / \(f.productName.en) (\(f.line.rawValue)); segment \(f.segment.rawValue)")
        lines.append("entered by \(f.appliedBy) at \(f.appliedAt.shortDescription)"
                     + (f.decidedAt.map { "; decided \($0.shortDescription) by \(f.decidedBy ?? "")" } ?? "")
                     + (f.decisionNote.map { " — \($0)" } ?? "") + (f.policy.map { "; policy \($0)" } ?? ""))
        lines.append("")
        let h = f.holder
        lines.append("applicant \(h.reference) \(h.name) (\(h.kind.rawValue)\(h.identifier.map { ", \($0)" } ?? "")), segment \(h.segment.rawValue): \(h.segmentBasis)")
        if let size = h.sizeClass { lines.append("  size \(size.rawValue)\(h.classification.map { ": \($0)" } ?? "")") }
        for (i, person) in f.insured.enumerated() {
            lines.append("insured \(i + 1). \(person.reference) \(person.name)\(person.identifier.map { ", \($0)" } ?? ""), segment \(person.segment.rawValue)")
        }
        lines.append("")
        lines.append("cover \(f.startDate) to \(f.endDate)\(f.startsInPast ? "  " + Style.warning("(STARTS IN THE PAST: approve with --start)") : ""); \(f.frequency.rawValue)")
        lines.append("premium \(f.premium.yuanString); sum insured \(f.sumInsured.yuanString); authority is checked on the \(f.authority.name) \(f.authority.amount.yuanString)")
        let offer = f.offer
        lines.append("offer open \(offer.validityDays) days, until the end of \(offer.openUntil.adding(seconds: -1).chinaDate)\(offer.lapsed ? "  " + Style.alarm("LAPSED") + " (uw expire)" : "")")
        lines.append("")
        lines.append("risk as given:")
        var risk = TextTable(["field", "value"], free: [1])
        for line in f.risk { risk.add([line.field, line.value]) }
        lines.append(risk.render())
        lines.append("")
        lines.append("rules that fired:" + (f.firedRules.isEmpty ? " none" : ""))
        for rule in f.firedRules {
            lines.append("  \(rule.code) \(rule.action.rawValue): \(rule.fact) \(rule.test), value \(rule.value) — \(rule.reason.zh) / \(rule.reason.en)")
        }
        lines.append("")
        var documents = TextTable(["document", "name", "required", "status", "when", "by", "reason"], free: [1, 6])
        for d in f.documents {
            documents.add([d.code, d.name.zh, d.required ? "yes" : "", d.status.rawValue.uppercased(), d.at?.shortDescription ?? "", d.by ?? "", d.reason ?? ""])
        }
        lines.append(documents.render())
        if !f.missingDocuments.isEmpty { lines.append("missing before approval: \(f.missingDocuments.joined(separator: ", ")) (uw receive-docs, or uw waive-doc --reason)") }
        lines.append("")
        lines.append("worksheet (rate tables \(f.quote.tableVersions.joined(separator: ", ")))\(f.worksheetReproduced ? "" : ": not reproduced"):")
        lines.append(QuoteText.worksheetTable(f.quote.worksheet).render())
        for note in f.notes { lines.append("note: \(note)") }
        lines.append("")
        lines.append("history:")
        var history = TextTable(["when", "who", "subject", "what", "after"], free: [4])
        for e in f.history {
            // The rules' decision is shown in full above; long records are cut here (the JSON has them whole).
            let after = e.after ?? ""
            history.add([e.at.shortDescription, e.actor, e.subject, e.action, after.count > 110 ? String(after.prefix(109)) + "…" : after])
        }
        lines.append(history.render())
        return lines.joined(separator: "\n")
    }
}
