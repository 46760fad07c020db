import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct PensionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pension",
        abstract: "The flexible worker's pension account: its statement and its conversion at retirement.",
        discussion: "Contributions are received with puhui premium receive; a surrender is puhui policy cancel.",
        subcommands: [Statement.self, Convert.self])

    struct Statement: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "statement", abstract: "Every movement of the account, its value and surrender value, and the pension projected.",
            discussion: "Interest is credited at the end of each month on the month's daily balances at the declared rate, never below the guaranteed rate, to the fen.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @Option(name: .long, help: "At the end of this date (default today).") var asOf: String?
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let statement = try engine.pensions.statement(policy, asOf: date, context)
                print(format.format == .json ? try CLI.json(statement) : PensionText.statement(statement, csv: format.format == .csv))
            }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert", abstract: "Convert the account at retirement into its monthly life annuity, guaranteed for the product's years.")
        @Argument(help: "Policy number.", completion: Completions.policyNumber) var policy: String
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let conversion = try engine.pensions.convert(policy, context)
                if format.format == .json {
                    print(try CLI.json(conversion))
                    return
                }
                let a = conversion.annuity
                print("policy \(Reference.normalized(policy)) converted on \(conversion.convertedOn): account \(a.account.yuanString) at age \(a.age)")
                print("monthly annuity \(a.monthly.yuanString) for life, \(a.guaranteedYears) years guaranteed (factor \(a.factor), \(a.table), interest \(a.interest))")
            }
        }
    }
}

enum PensionText {
    static func statement(_ s: PensionService.Statement, csv: Bool) -> String {
        var table = TextTable(["date", "movement", "amount", "balance", "rate", "note"], rightAligned: [2, 3], free: [5])
        for m in s.account.movements {
            table.add([m.date.description, m.kind.rawValue, m.amount.yuanString, m.balance.yuanString, m.rate?.description ?? "", m.note ?? ""])
        }
        if csv { return table.csv() }
        var lines = ["pension account \(s.policy)  \(s.product)  insured \(s.insured)  as of \(s.account.asOf)"]
        lines.append("opened \(s.startDate); retirement at \(s.retirementAge) on \(s.retirementDate); guaranteed rate \(s.guaranteedRate); declared rates \(s.declaredRates ?? "none (the guaranteed rate)")")
        lines.append(table.render())
        let a = s.account
        lines.append("contributions \(a.contributions.yuanString); charges \(a.charges.yuanString); interest credited \(a.interest.yuanString); balance \(a.balance.yuanString)")
        lines.append("interest of the month so far (not yet credited) \(a.accruedInterest.yuanString); account value \(a.value.yuanString)")
        lines.append("surrender value in policy year \(s.policyYear): \(a.value.yuanString) less \(s.surrenderPercent)% (\(s.surrenderCharge.yuanString)) = \(s.surrenderValue.yuanString)")
        for p in s.projections {
            let annuity = p.annuity.map { "monthly annuity \($0.monthly.yuanString) (factor \($0.factor), \($0.guaranteedYears) years guaranteed)" } ?? "no annuity value"
            lines.append("projected at the \(p.basis) rate \(p.rate): account at retirement \(p.accountAtRetirement.yuanString); \(annuity)")
        }
        if let c = s.conversion {
            lines.append("converted on \(c.convertedOn): monthly annuity \(c.annuity.monthly.yuanString) from an account of \(c.annuity.account.yuanString)")
        }
        return lines.joined(separator: "\n")
    }
}
