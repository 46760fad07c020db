import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify an enterprise as large, medium, small or micro by the 2011 standard.",
        discussion: "Revenue and assets are in 万元 (10,000 yuan). Nothing is stored.")

    @Option(name: .long, help: "GB/T 4754-2017 industry code (F5211, or 5211).")
    var industry: String

    @Option(name: .long, help: "Employees (persons).")
    var employees: Int?

    @Option(name: .long, help: "Operating revenue in 万元.")
    var revenue: String?

    @Option(name: .long, help: "Total assets in 万元.")
    var assets: String?

    @OptionGroup var format: FormatOptions
    @OptionGroup var environment: EnvironmentOptions

    func validate() throws {
        // The form of a code is a usage matter; whether the standard knows it is the classifier's.
        if industry.range(of: "^[A-Ta-t][0-9]{0,4}$", options: .regularExpression) == nil {
            throw ValidationError("--industry '\(industry)' is not a GB/T 4754-2017 industry code (a section letter A-T and up to four digits, such as F5211)")
        }
        try SizeFigureOptions.check(employees: employees, revenue: revenue, assets: assets)
    }

    func run() throws {
        try CLI.run {
            func decimal(_ text: String?, _ option: String) throws -> ExactDecimal? {
                guard let text else { return nil }
                guard let value = ExactDecimal(parsing: text), !value.isNegative else {
                    throw ValidationError("\(option) '\(text)' is not an amount in 万元")
                }
                return value
            }
            if let employees, employees < 0 { throw ValidationError("--employees must not be negative") }
            let figures = SizeFigures(industryCode: industry, employees: employees, revenue: try decimal(revenue, "--revenue"),
                                      assets: try decimal(assets, "--assets"))
            let result: SizeClassification
            switch try environment.environment.sizeStandard().classify(figures) {
            case let .success(classification): result = classification
            case let .failure(problem): throw PuhuiError.invalid("industry: \(problem.message)")
            }
            switch format.format {
            case .json, .csv:
                struct Classification: Encodable {
                    var sizeClass: String?
                    var industryCode: String
                    var industryGroup: Int
                    var industryGroupName: String
                    var explanation: String
                    var missing: [String]
                    func encode(to encoder: Encoder) throws {
                        var c = encoder.container(keyedBy: CodingKeys.self)
                        try c.encode(sizeClass, forKey: .sizeClass)
                        try c.encode(industryCode, forKey: .industryCode)
                        try c.encode(industryGroup, forKey: .industryGroup)
                        try c.encode(industryGroupName, forKey: .industryGroupName)
                        try c.encode(explanation, forKey: .explanation)
                        try c.encode(missing, forKey: .missing)
                    }
                    enum CodingKeys: String, CodingKey { case sizeClass, industryCode, industryGroup, industryGroupName, explanation, missing }
                }
                try Output.show(Classification(sizeClass: result.sizeClass?.rawValue, industryCode: result.industryCode, industryGroup: result.industryGroup,
                                               industryGroupName: result.industryGroupName, explanation: result.explanation, missing: result.missing),
                                format.format) { "" }
            case .table:
                print("\(result.sizeClass?.rawValue ?? "unclassifiable")")
                print(result.explanation)
            }
            if result.sizeClass == nil { throw ExitCode(1) }
        }
    }
}
