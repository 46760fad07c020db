import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension ClaimParty.Role: ExpressibleByArgument {}
extension ClaimParty.Relation: ExpressibleByArgument {}

/// `--letter PATH` on the steps that send a letter: the letter the step sent, written to PATH
/// (`-` for standard output); the step always names the letter it sent.
struct LetterOutOption: ParsableArguments {
    @Option(name: .customLong("letter"), help: ArgumentHelp("Also write the letter this step sends into this file (- for standard output).", valueName: "path"))
    var path: String?

    /// The line naming the letter of `kind` the step just sent on `claim` (nothing when it sent none).
    func sent(_ kind: LetterKind, claim: String, _ service: ClaimService, _ context: ActionContext) throws -> String {
        guard let letterhead = service.letterhead,
              let record = try service.letters(claim, context).last(where: { $0.kind == kind && $0.createdAt == context.at && $0.createdBy == context.actor })
        else { return "" }
        var line = "\n\(kind.rawValue) letter \(record.reference) sent and kept with the claim (sha256 \(record.sha256))"
        if let path {
            let letter = try LetterService(storage: service.storage, clock: service.clock, letterhead: letterhead).letter(record.reference, context)
            try LetterFiles.write(letter, to: path)
            if path != "-" { line += "; written to \(path)" }
        }
        return line
    }
}

extension ClaimCommand {
    struct Party: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "party", abstract: "Record the claimant or the payee: name, relation to the insured, phone, and the payee's bank account.",
            discussion: "Personal data: shown masked everywhere (show, list, JSON, events) except claim show --reveal for an adjuster or approver, which is recorded in the audit trail.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, help: "claimant or payee.") var role: ClaimParty.Role
        @Option(name: .long, help: "Full name.") var name: String
        @Option(name: .long, help: "Relation to the insured: \(ClaimParty.Relation.allCases.map(\.rawValue).joined(separator: ", ")).") var relation: ClaimParty.Relation
        @Option(name: .long, help: "Phone number.") var phone: String?
        @Option(name: .long, help: "The payee's bank.") var bank: String?
        @Option(name: .long, help: "The payee's account number.") var account: String?
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let party = try service.recordParty(claim, ClaimPartyInput(role: role, name: name, relation: relation, phone: phone, bankName: bank,
                                                                           bankAccount: account), context)
                return "recorded \(party.maskedSummary)"
            }
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a claim's file (staff only; never shown to the customer).")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Argument(help: "The note.") var text: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                "note \(try service.note(claim, text: text, context).number) added"
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assign", abstract: "Hand an open claim to another adjuster (recorded on the claim's timeline).")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Argument(help: "The adjuster's user name.") var adjuster: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                "assigned to \(try service.assign(claim, to: adjuster, context).adjuster)"
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "The claim bordereau: one row per claim of the period, as of its as-of time (role finance).",
            discussion: """
                Every claim reported by the as-of time that was open then or had something recorded in the period, replayed from its
                history as the regulator extract does: report, documents complete, decision, agreement, payments, closing and rejection
                times, amounts paid to date and in the period, waivers, and the reserve (when nothing was recorded after the as-of time).
                Claimants' names are masked unless --reveal. Summed over the period, the rows give the extract's claim counts and amounts.
                """)
        @OptionGroup var export: ExportOptions

        func run() throws {
            try export.run { service, filter, format, context, write in try service.claims(filter, format: format, context, write: write) }
        }
    }
}

/// Writes letters out as sent.
enum LetterFiles {
    static func write(_ letter: Letter, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(letter.bytes))
            return
        }
        do {
            try Data(letter.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PuhuiError.invalid("cannot write \(path)", field: "out")
        }
    }
}
