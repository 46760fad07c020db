import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct PremiumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "premium",
        abstract: "Premiums received, credit refunded, ledgers, arrears and the month-end lapse run.",
        discussion: "Money received pays the oldest dues first; what is received beyond the dues fallen due is held as credit. Pension contributions are received the same way.",
        subcommands: [Receive.self, Import.self, Refund.self, Ledger.self, Arrears.self, Lapse.self])

    static func amount(_ text: String, option: String = "--amount") throws -> Money {
        guard let money = Money(yuan: text), money.fen > 0 else { throw ValidationError("\(option) '\(text)' is not an amount in yuan above zero") }
        return money
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "receive", abstract: "Record premium (or a pension contribution) received on a policy.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: "Amount in yuan.") var amount: String
        @Option(name: .long, help: "The bank's reference (each is received once).") var reference: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let money = try PremiumCommand.amount(amount)
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let receipt = try engine.premiums.receive(policy, amount: money, reference: reference, context)
                try Output.show(receipt, format.format) { PremiumText.receipt(receipt) }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Record a bank's file of receipts, all or nothing (or --skip-invalid).",
            discussion: "Columns: \(BankReceiptFile.columns.joined(separator: ",")) (reference optional). Each row is received at its own time.")
        @Argument(help: "The CSV file.") var file: String
        @Flag(name: .long, help: "Record the valid rows and write the others to the rejects file with their reasons.") var skipInvalid = false
        @Option(name: .long, help: "Where --skip-invalid writes rejected rows (default FILE.rejects.csv).") var rejects: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let text = try CLI.readInput(file)
                let (engine, context) = try engineOptions.context()
                let report = try engine.premiums.importReceipts(SourceText(path: file, text: text), skipInvalid: skipInvalid, context)
                let total = report.received.reduce(Money.zero) { $0 + $1.entry.amount }
                print("received \(report.received.count) receipt\(report.received.count == 1 ? "" : "s"), \(total.yuanString) in all")
                if !report.rejects.isEmpty {
                    let path = rejects ?? (file.hasSuffix(".csv") ? String(file.dropLast(4)) : file) + ".rejects.csv"
                    try report.rejectsCSV.write(toFile: path, atomically: true, encoding: .utf8)
                    for reject in report.rejects { CLI.printError("\(file):\(reject.line): rejected: \(reject.reason)") }
                    CLI.printError("\(report.rejects.count) row\(report.rejects.count == 1 ? "" : "s") rejected, written to \(path)")
                }
            }
        }
    }

    struct Refund: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "refund", abstract: "Pay back credit held on a policy.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: "Amount in yuan.") var amount: String
        @Option(name: .long, help: "The payment's reference.") var reference: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let money = try PremiumCommand.amount(amount)
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let receipt = try engine.premiums.refund(policy, amount: money, reference: reference, context)
                try Output.show(receipt, format.format) { PremiumText.receipt(receipt) }
            }
        }
    }

    struct Ledger: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ledger", abstract: "A policy's dues, what paid them, credit and arrears.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: "As it stood at the end of this date (default today).") var asOf: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let view = try engine.premiums.ledger(policy, asOf: date, context)
                try Output.show(view, format.format) { PremiumText.ledger(view) }
            }
        }
    }

    struct Arrears: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arrears", abstract: "Policies with premium fallen due and unpaid, most days late first.",
            discussion: "Stage: in-grace (the last day of grace included), past-grace (the lapse run lapses it), lapsed.")
        @Option(name: .long, help: "At the end of this date (default today).") var asOf: String?
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let rows = try engine.premiums.arrears(asOf: date, context)
                let shown = page.slice(rows)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["policy", "product", "holder", "oldest unpaid", "due", "overdue", "days late", "grace to", "stage"], rightAligned: [5, 6])
                for r in shown.rows {
                    table.add([r.policy, r.product, r.holder, r.due, r.dueDate.description, r.overdue.yuanString, String(r.daysLate),
                               r.graceEnd.description, r.stage.rawValue])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Lapse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lapse", abstract: "The month-end run: lapse every policy with premium unpaid past its grace period.",
            discussion: "Each lapses from the due date of its oldest unpaid due; the customer notice is due within the product's days.")
        @Option(name: .long, help: "At the end of this date (default today; never later than --at).") var asOf: String?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let instant = try at.instant()
                let date = try asOf.map { try CLI.parseDate($0, option: "--as-of") } ?? instant.chinaDate
                let (engine, context) = try engineOptions.context(at: instant)
                let run = try engine.premiums.lapse(asOf: date, context)
                if format.format == .json {
                    print(try CLI.json(run))
                    return
                }
                print("lapse run as of \(run.asOf): \(run.inArrears) in arrears, \(run.inGrace) within grace, \(run.alreadyLapsed) lapsed before, \(run.lapsed.count) lapsed now")
                var table = TextTable(["policy", "holder", "lapsed from", "unpaid", "overdue", "grace ended", "notice due"], rightAligned: [4])
                for l in run.lapsed {
                    table.add([l.arrears.policy, l.arrears.holder, l.arrears.dueDate.description, l.arrears.due, l.arrears.overdue.yuanString,
                               l.arrears.graceEnd.description, l.noticeDue.description])
                }
                if !run.lapsed.isEmpty { print(format.format == .csv ? table.csv() : table.render()) }
            }
        }
    }
}

enum PremiumText {
    static func receipt(_ r: PremiumService.Receipt) -> String {
        var lines = ["policy \(r.policy): \(r.entry.kind.rawValue) \(r.entry.amount.yuanString) on \(r.entry.date)" + (r.entry.reference.map { " (\($0))" } ?? "")]
        if r.line == .pension {
            lines.append("contributions to date \(r.ledger.received.yuanString) (flexible: the plan of \(r.ledger.charged.yuanString) for the first year is not owed); see puhui pension statement")
        } else {
            lines.append("received \(r.ledger.received.yuanString) of \(r.ledger.charged.yuanString) charged; overdue \(r.ledger.overdue.yuanString); credit \(r.ledger.credit.yuanString)")
        }
        lines += r.notes
        return lines.joined(separator: "\n")
    }

    static func ledger(_ v: PremiumService.LedgerView) -> String {
        var lines = ["premium ledger of \(v.policy)  \(v.product) (\(v.line.rawValue))  holder \(v.holder)  as of \(v.ledger.asOf)"]
        lines.append("cover \(v.startDate) to \(v.endDate), paid \(v.frequency.rawValue), grace \(v.graceDays) days" + (v.cancelledOn.map { "; cancelled from \($0)" } ?? ""))
        var dues = TextTable(["due", "date", "amount", "paid", "outstanding", "paid in full on"], rightAligned: [2, 3, 4])
        for d in v.ledger.dues {
            dues.add([d.due.label, d.due.dueDate.description, d.due.amount.yuanString, d.paid.yuanString, d.outstanding.yuanString,
                      d.paidOn?.description ?? ""])
        }
        lines.append(dues.render())
        var entries = TextTable(["date", "movement", "amount", "reference"], rightAligned: [2])
        for e in v.ledger.entries { entries.add([e.date.description, e.kind.rawValue, e.entry(signed: true), e.reference ?? ""]) }
        if !v.ledger.entries.isEmpty { lines.append(entries.render()) }
        lines.append("charged \(v.ledger.charged.yuanString); fallen due \(v.ledger.dueToDate.yuanString); received \(v.ledger.received.yuanString); overdue \(v.ledger.overdue.yuanString); credit \(v.ledger.credit.yuanString)")
        if let a = v.arrears {
            lines.append("in arrears: \(a.due.due.label) due \(a.due.due.dueDate), \(a.daysLate) days late; grace to \(a.graceEnd) (\(a.stage.rawValue))")
        }
        if let l = v.lapse { lines.append("lapsed from \(l.lapsedFrom) (\(l.due) unpaid past \(l.graceEnd)); customer notice due \(l.noticeDue)") }
        return lines.joined(separator: "\n")
    }
}

extension PremiumLedger.Entry {
    /// The amount as the ledger shows it: refunds negative.
    func entry(signed: Bool) -> String { signed ? signedAmount.yuanString : amount.yuanString }
}
