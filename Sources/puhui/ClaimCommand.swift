import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension ClaimState: ExpressibleByArgument {}

/// What every claim command takes: when, on which version, the database and the holiday
/// calendar; who acts comes from the token.
struct ClaimActorOptions: ParsableArguments {
    @OptionGroup var at: AtOption
    @Option(name: .long, help: "Refuse if the claim is no longer at this version (from claim show).") var expectVersion: Int?
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var legacy: LegacyActorOptions

    /// The claim service and the acting user's context.
    func session() throws -> (ClaimService, ActionContext) {
        let (engine, context) = try engineOptions.context(at: try at.instant(), expectedVersion: expectVersion)
        return (try engine.claims(), context)
    }
}

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Work claims through their states with the Insurance Law's clocks and the products' service levels.",
        discussion: """
            States: reported → awaiting-documents ⇄ documents-complete → decided → agreed → paid → closed;
            rejected (after the written notice), withdrawn, reopened. Who acts is the holder of the token (role adjuster;
            approver for approve-payment); --at records entries made later (never in the future, never before the claim's last event).
            """,
        subcommands: [Report.self, RequestDocs.self, ReceiveDocs.self, Decide.self, Agree.self, Pay.self, ApprovePayment.self,
                      RejectNotice.self, Close.self, Reopen.self, Reserve.self, Withdraw.self, Party.self, Note.self, Assign.self,
                      List.self, Approvals.self, Show.self, Timeline.self, Export.self])

    /// Runs one claim command and prints its result line and the claim's state.
    static func perform(_ options: ClaimActorOptions, claim: String, _ body: (ClaimService, ActionContext) throws -> String) throws {
        try CLI.run {
            let (service, context) = try options.session()
            let line = try body(service, context)
            let now = try service.claim(claim, context)
            print(line)
            print("claim \(now.reference) is \(now.state.rawValue) (version \(now.version)), reserve \(now.reserve.yuanString), paid \(now.paid.yuanString)")
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", abstract: "Open a claim on a policy: sets the reserve and lists the documents needed.")
        @Option(name: .long, help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: "Date of the loss.") var lossDate: String
        @Option(name: .long, help: "Claim type (from the product).") var type: String
        @Option(name: .long, help: "Amount claimed in yuan.") var claimed: String
        @Option(name: .long, help: "What happened.") var description: String?
        @OptionGroup var options: ClaimActorOptions
        @OptionGroup var format: FormatOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.parseDate(lossDate, option: "--loss-date")
                guard let amount = Money(yuan: claimed), amount.fen > 0 else { throw ValidationError("--claimed '\(claimed)' is not an amount in yuan") }
                let (service, context) = try options.session()
                let report = try service.report(policy: policy, lossDate: date, type: type, claimed: amount, description: description, context)
                if format.format == .json {
                    print(try CLI.json(report))
                    return
                }
                let c = report.claim
                print("claim \(c.reference) reported on \(c.policyNumber) (\(c.productCode)): \(c.claimType) on \(c.coverage), loss \(c.lossDate), claimed \(c.claimed.yuanString)\(c.small ? ", small claim" : "")")
                let duplicates = PossibleDuplicates(listed: report.possibleDuplicates, total: report.possibleDuplicateCount)
                for note in duplicates.notes { print(Style.warning("WARNING:") + " " + note) }
                print("reserve \(c.reserve.yuanString); adjuster \(c.adjuster)")
                print("documents needed:")
                for d in report.documents { print("  \(d.code): \(d.name.zh) / \(d.name.en)") }
                for note in report.notes where !note.hasPrefix("possible duplicate of ") { print("note: \(note)") }
            }
        }
    }

    struct RequestDocs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request-docs",
            abstract: "Ask once for every document still missing (Insurance Law Art. 22).")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, parsing: .singleValue, help: "A further document to ask for (repeat).") var also: [String] = []
        @OptionGroup var letter: LetterOutOption
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let request = try service.requestDocuments(claim, also: also, context)
                var line = "request \(request.number) names: \(request.documents.joined(separator: ", "))"
                if !request.breaches.isEmpty {
                    line += "\n" + Style.alarm("BREACH") + " of the one-time rule (Insurance Law Art. 22): \(request.breaches.joined(separator: ", ")) could have been named in the first request"
                }
                return line + (try letter.sent(.documentRequest, claim: claim, service, context))
            }
        }
    }

    struct ReceiveDocs: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "receive-docs", abstract: "Record documents received.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Argument(help: "Document codes.") var documents: [String]
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let after = try service.receiveDocuments(claim, codes: documents, context)
                return after.state == .documentsComplete ? "documents complete at \(after.documentsCompleteAt?.shortDescription ?? "")" : "received \(documents.joined(separator: ", "))"
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decide", abstract: "Decide on cover (Insurance Law Art. 23).")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Flag(name: .long, help: "The loss is covered.") var covered = false
        @Flag(name: .long, help: "The loss is not covered (give --reason).") var notCovered = false
        @Option(name: .long, help: "Why (required when not covered).") var reason: String?
        @OptionGroup var options: ClaimActorOptions

        func validate() throws {
            if covered == notCovered { throw ValidationError("give --covered or --not-covered") }
        }

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                _ = try service.decide(claim, covered: covered, reason: reason, context)
                return covered ? "decided: covered" : "decided: not covered (\(reason ?? "")); the written rejection notice is due within 3 days (Art. 24)"
            }
        }
    }

    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "agree", abstract: "Agree the amount of the loss; deductible, indemnity and limit are applied.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, help: "The agreed loss in yuan, before deductible.") var amount: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            guard let loss = Money(yuan: amount), loss.fen >= 0 else { throw ValidationError("--amount '\(amount)' is not an amount in yuan") }
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let settlement = try service.agree(claim, loss: loss, context)
                return settlement.steps.joined(separator: "\n") + "\npayment due within the payment period (Art. 23)"
            }
        }
    }

    struct Pay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pay", abstract: "Pay (or --advance before the amount is agreed, Art. 25).",
            discussion: "A payment above your authority is recorded and waits for an approver (exit 0, 'AWAITING APPROVAL').")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, help: "Amount in yuan.") var amount: String
        @Flag(name: .long, help: "An advance payment of the amount that can already be fixed.") var advance = false
        @OptionGroup var letter: LetterOutOption
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            guard let money = Money(yuan: amount), money.fen > 0 else { throw ValidationError("--amount '\(amount)' is not an amount in yuan") }
            try CLI.run {
                let (service, context) = try options.session()
                let outcome = try service.pay(claim, amount: money, advance: advance, context)
                switch outcome {
                case let .paid(payment):
                    print("\(payment.advance ? "advance " : "")payment \(payment.number) of \(payment.amount.yuanString) made"
                          + (try letter.sent(.paymentAdvice, claim: claim, service, context)))
                case let .pending(payment, approvers, limit):
                    print(Style.warning("AWAITING APPROVAL:") + " payment \(payment.number) of \(payment.amount.yuanString) exceeds \(payment.requestedBy)'s authority of \(limit.yuanString); it is recorded and waits for \(approvers.isEmpty ? "an approver with enough authority (nobody has it yet)" : approvers.joined(separator: " or ")) (puhui claim approvals; puhui claim approve-payment \(Reference.normalized(claim)))")
                }
            }
        }
    }

    struct ApprovePayment: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve-payment", abstract: "Approve and make a payment waiting for approval.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @OptionGroup var letter: LetterOutOption
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let payment = try service.approvePayment(claim, context)
                return "payment \(payment.number) of \(payment.amount.yuanString) approved by \(payment.approvedBy ?? "") and made"
                    + (try letter.sent(.paymentAdvice, claim: claim, service, context))
            }
        }
    }

    struct RejectNotice: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject-notice", abstract: "Send the written rejection notice with reasons (Art. 24).")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @OptionGroup var letter: LetterOutOption
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let after = try service.rejectNotice(claim, context)
                return "rejection notice sent: \(after.decisionReason ?? "")" + (try letter.sent(.rejectionNotice, claim: claim, service, context))
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: "Close a claim paid in full; the reserve is released.",
            discussion: """
                After a partial payment, --waive-rest --reason "…" closes the claim with the rest of the payable amount waived by the
                claimant: the amount and the reason are recorded, and the Art. 23 payment clock ends with this closing.
                """)
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Flag(name: .long, help: "The claimant accepts what was paid and waives the rest of the payable amount (give --reason).") var waiveRest = false
        @Option(name: .long, help: "Why the rest is waived.") var reason: String?
        @OptionGroup var options: ClaimActorOptions

        func validate() throws {
            if waiveRest && reason == nil { throw ValidationError("--waive-rest needs --reason") }
            if !waiveRest && reason != nil { throw ValidationError("--reason goes with --waive-rest") }
        }

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                let closed = try service.close(claim, waivingRestBecause: waiveRest ? reason : nil, context)
                guard waiveRest, let payable = closed.payable else { return "closed" }
                return "closed with \(Money(fen: payable.fen - closed.paid.fen).yuanString) of the payable \(payable.yuanString) waived: \(reason ?? "")"
            }
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a closed, rejected or withdrawn claim.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, help: "Why.") var reason: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                _ = try service.reopen(claim, reason: reason, context)
                return "reopened: \(reason)"
            }
        }
    }

    struct Reserve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reserve", abstract: "Set the claim's reserve.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @Option(name: .long, help: "The reserve in yuan.") var amount: String
        @Option(name: .long, help: "Why.") var reason: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            guard let money = Money(yuan: amount), money.fen >= 0 else { throw ValidationError("--amount '\(amount)' is not an amount in yuan") }
            try ClaimCommand.perform(options, claim: claim) { service, context in
                _ = try service.setReserve(claim, amount: money, reason: reason, context)
                return "reserve set to \(money.yuanString)"
            }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "The claimant withdraws the claim.")
        @Argument(help: "Claim reference.", completion: Completions.claimReference) var claim: String
        @OptionGroup var options: ClaimActorOptions

        func run() throws {
            try ClaimCommand.perform(options, claim: claim) { service, context in
                _ = try service.withdraw(claim, context)
                return "withdrawn"
            }
        }
    }
}
