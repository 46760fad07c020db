import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices

extension PartyKind: ExpressibleByArgument {}
extension PersonRole: ExpressibleByArgument {}
extension Segment: ExpressibleByArgument {}

struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "party",
        abstract: "Register, check and classify policyholders and insured persons.",
        discussion: "Identity numbers, phone numbers and person names are masked unless --reveal is given.",
        subcommands: [VerifyID.self, Add.self, Import.self, Update.self, Show.self, Search.self, List.self, Quality.self])

    struct RevealOption: ParsableArguments {
        @Flag(name: .long, help: "Show identity numbers, phone numbers and person names in full.")
        var reveal = false
    }

    struct VerifyID: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify-id",
            abstract: "Check a unified social credit code or a resident identity number. Exit 1 when invalid.")

        @Argument(help: "The code or number.")
        var code: String

        @Option(name: .long, help: "Birth dates are checked against this date (default today in China).")
        var asOf: String?

        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption

        func run() throws {
            try CLI.run {
                let today = try CLI.asOfDate(asOf)
                let result = IdentifierCheck.check(code, today: today)
                let shown = reveal.reveal || result.kind != "person" ? result.identifier : PersonalDataMask.identity(result.identifier)
                var output = result
                output.identifier = shown
                switch format.format {
                case .json, .csv:
                    try Output.show(output, format.format) { "" }
                case .table:
                    if result.valid {
                        var line = "\(shown): valid \(result.kind ?? "")"
                        if let birth = result.birthDate, let sex = result.sex { line += ", born \(birth), \(sex)" }
                        print(line)
                    } else {
                        print("\(shown): invalid: \(result.reason ?? "")")
                    }
                }
                if !result.valid { throw ExitCode(1) }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Register one party from options or from a JSON file.",
            discussion: """
                Firms: --kind enterprise|individual-business --name --id CODE --industry --employees --revenue --assets --year.
                Persons: --kind person --name --id NUMBER [--role business-owner|employee|flexible-worker] [--employer P-…|CODE] [--owner-of P-…|CODE] [--phone].
                """)

        @Option(name: .long, help: "enterprise, individual-business or person.") var kind: PartyKind?
        @Option(name: .long, help: "Registered name.") var name: String?
        @Option(name: .customLong("id"), help: "Social credit code (firms) or resident identity number (persons).") var identifier: String?
        @Option(name: .long, help: "Mobile phone number.") var phone: String?
        @Option(name: .long, help: "A person's role: business-owner, employee, flexible-worker.") var role: PersonRole?
        @Option(name: .long, help: "An employee's employer: party reference or social credit code.") var employer: String?
        @Option(name: .long, help: "The business a business owner owns: party reference or social credit code.") var ownerOf: String?
        @Option(name: .long, help: "GB/T 4754-2017 industry code.") var industry: String?
        @Option(name: .long, help: "Employees.") var employees: Int?
        @Option(name: .long, help: "Operating revenue in 万元.") var revenue: String?
        @Option(name: .long, help: "Total assets in 万元.") var assets: String?
        @Option(name: .long, help: "The year the size figures refer to.") var year: Int?
        @Option(name: .long, help: "Read the party from this JSON file instead of options (- for stdin).") var file: String?
        @Flag(name: .long, help: "Register even when the identifier is already registered (the quality report lists it).")
        var allowDuplicate = false

        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            if file == nil && (kind == nil || name == nil) { throw ValidationError("give --kind and --name, or --file FILE.json") }
            try SizeFigureOptions.check(employees: employees, revenue: revenue, assets: assets)
        }

        func run() throws {
            try CLI.run {
                let input: PartyInput
                if let file {
                    input = try PartyInput.read(json: try CLI.readInput(file), source: file == "-" ? "<stdin>" : file)
                } else {
                    input = PartyInput(kind: kind ?? .person, name: name ?? "", identifier: identifier, phone: phone, role: role,
                                       employer: employer, ownerOf: ownerOf, industryCode: industry, employees: employees,
                                       revenue: revenue, assets: assets, figuresYear: year)
                }
                let (engine, context) = try engineOptions.context()
                let party = try engine.parties().register(input, allowDuplicate: allowDuplicate, context)
                PartyText.print(party, format: format.format, reveal: reveal.reveal)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Register parties from CSV, all or nothing (or --skip-invalid).",
            discussion: "Columns: \(PartyImport.columns.joined(separator: ",")). The first row is the header; kind and name are required.")

        @Argument(help: "The CSV file.") var file: String
        @Flag(name: .long, help: "Register the valid rows and write the others to the rejects file with their reasons.")
        var skipInvalid = false
        @Option(name: .long, help: "Where --skip-invalid writes rejected rows (default FILE.rejects.csv).") var rejects: String?
        @Flag(name: .long, help: "Register rows whose identifier is already registered.") var allowDuplicates = false

        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let text = try CLI.readInput(file)
                let (engine, context) = try engineOptions.context()
                let report = try engine.parties().importCSV(SourceText(path: file, text: text), skipInvalid: skipInvalid,
                                                            allowDuplicates: allowDuplicates, context)
                print("registered \(report.added.count) part\(report.added.count == 1 ? "y" : "ies")")
                if !report.rejects.isEmpty {
                    let path = rejects ?? (file.hasSuffix(".csv") ? String(file.dropLast(4)) : file) + ".rejects.csv"
                    try report.rejectsCSV.write(toFile: path, atomically: true, encoding: .utf8)
                    for reject in report.rejects { CLI.printError("\(file):\(reject.line): rejected: \(reject.reason)") }
                    CLI.printError("\(report.rejects.count) row\(report.rejects.count == 1 ? "" : "s") rejected, written to \(path)")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one party, by reference or (a firm) by social credit code.")

        @Argument(help: "Party reference (P-000001) or a firm's social credit code.") var reference: String
        @Flag(name: .long, help: "Also list the party's earlier states.") var history = false
        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let service = try engine.parties()
                let party = try service.party(reference, context)
                let earlier = history ? try service.history(party.reference, context) : []
                if format.format != .table && history {
                    struct Shown: Encodable { var party: Party; var history: [PartyHistoryEntry] }
                    try Output.show(Shown(party: reveal.reveal ? party : party.masked(),
                                          history: earlier.map { entry in
                                              var shown = entry
                                              if !reveal.reveal { shown.before = entry.before.masked() }
                                              return shown
                                          }), format.format) { "" }
                    return
                }
                PartyText.print(party, format: format.format, reveal: reveal.reveal)
                if history {
                    print(earlier.isEmpty ? "history: no changes since registration" : "history:")
                    for entry in earlier {
                        print("  \(entry.changedAt.shortDescription) by \(entry.changedBy): \(entry.changes.joined(separator: "; "))")
                    }
                }
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Update a party's figures, contact or name; the earlier state is kept.",
            discussion: "Size class and segment are derived again (for new business, and for the employees and owners linked to a firm); policies keep the segment they were issued with.")
        @Argument(help: "Party reference or a firm's social credit code.") var reference: String
        @Option(name: .long, help: "Registered name.") var name: String?
        @Option(name: .long, help: "Mobile phone number (empty to clear).") var phone: String?
        @Option(name: .long, help: "Employees.") var employees: Int?
        @Option(name: .long, help: "Operating revenue in 万元.") var revenue: String?
        @Option(name: .long, help: "Total assets in 万元.") var assets: String?
        @Option(name: .long, help: "The year the size figures refer to.") var year: Int?
        @OptionGroup var at: AtOption
        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            try SizeFigureOptions.check(employees: employees, revenue: revenue, assets: assets)
        }

        func run() throws {
            try CLI.run {
                let changes = PartyChanges(name: name, phone: phone, employees: employees, revenue: revenue, assets: assets, figuresYear: year)
                let (engine, context) = try engineOptions.context(at: try at.instant())
                let update = try engine.parties().update(reference, changes, context)
                if format.format == .table {
                    print("updated \(update.party.reference): " + update.changes.joined(separator: "; "))
                    for person in update.relinked { print("  \(person.reference): \(person.changes.joined(separator: "; "))") }
                }
                PartyText.print(update.party, format: format.format, reveal: reveal.reveal)
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search", abstract: "Find parties by name, reference, social credit code or phone.",
            discussion: "Phones, identity numbers and person names are masked unless --reveal is given.")
        @Argument(help: "Part of a name, or a whole reference, code or phone number.") var text: String
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                // A search finds at most 50 by default; --limit and --offset page further.
                let wanted = page.skip + (page.limit ?? 50) + 1
                let found = try engine.parties().search(text, limit: wanted, context).map { reveal.reveal ? $0 : $0.masked() }
                var shown = PageOptions.slice(found, offset: page.skip, limit: page.limit ?? 50)
                if found.count < wanted { shown.total = found.count } else { shown.total = nil }
                try Output.list(shown, format.format) { parties in
                    var table = TextTable(["reference", "kind", "name", "identifier", "phone", "segment"], free: [2])
                    for p in parties {
                        table.add([p.reference, p.kind.rawValue, p.shownName(reveal: reveal.reveal), p.shownIdentifier(reveal: reveal.reveal) ?? "",
                                   p.shownPhone(reveal: reveal.reveal) ?? "", p.segment.rawValue])
                    }
                    return table
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List parties, optionally of one segment or kind.")

        @Option(name: .long, help: "Only this segment.") var segment: Segment?
        @Option(name: .long, help: "Only this kind.") var kind: PartyKind?
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let parties = try engine.parties().list(segment: segment, kind: kind, limit: page.probe, offset: page.skip, context)
                try Output.list(page.page(probed: parties.map { reveal.reveal ? $0 : $0.masked() }), format.format) { parties in
                    var table = TextTable(["reference", "kind", "name", "identifier", "segment", "size", "role", "linked to"], free: [2])
                    for p in parties {
                        table.add([p.reference, p.kind.rawValue, p.shownName(reveal: reveal.reveal), p.shownIdentifier(reveal: reveal.reveal) ?? "",
                                   p.segment.rawValue, p.sizeClass?.rawValue ?? "", p.role?.rawValue ?? "", p.employer ?? p.ownerOf ?? ""])
                    }
                    return table
                }
            }
        }
    }

    struct Quality: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "quality", abstract: "The data-quality report of the party registry (夯实数据统计基础).")

        @Option(name: .long, help: "The date the report is for (default today in China).") var asOf: String?
        @Option(name: .long, help: "Findings listed per category.") var limit = 20

        func validate() throws {
            if limit < 0 { throw ValidationError("--limit '\(limit)' must be 0 or more") }
        }
        @OptionGroup var format: FormatOptions
        @OptionGroup var reveal: RevealOption
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let date = try CLI.asOfDate(asOf)
                let (engine, context) = try engineOptions.context()
                let report = try engine.parties().qualityReport(asOf: date, limit: limit, reveal: reveal.reveal, context)
                if format.format == .json {
                    print(try CLI.json(report))
                    return
                }
                print("party registry data quality as of \(report.asOf): \(report.parties) parties")
                var segments = TextTable(["segment", "", "parties"], rightAligned: [2])
                for segment in Segment.allCases {
                    segments.add([segment.rawValue, segment.chineseName, String(report.countsBySegment[segment.rawValue] ?? 0)])
                }
                print("")
                print(segments.render())
                for category in [report.missingClassificationInputs, report.staleSizeData, report.individualBusinessesWithoutCode92,
                                 report.employeesWithoutEmployer] {
                    print("")
                    print("\(category.title): \(category.count)")
                    for finding in category.findings { print("  \(finding.reference) (\(finding.kind.rawValue)): \(finding.detail)") }
                    if category.count > category.findings.count { print("  … and \(category.count - category.findings.count) more") }
                }
                print("")
                print("Identifiers registered more than once: \(report.duplicateIdentifierCount)")
                for duplicate in report.duplicateIdentifiers {
                    print("  \(duplicate.identifier): \(duplicate.references.joined(separator: ", "))")
                }
            }
        }
    }
}

/// A party for a person, masked unless revealed.
enum PartyText {
    static func print(_ party: Party, format: OutputFormat, reveal: Bool) {
        let shown = reveal ? party : party.masked()
        if format != .table {
            try? Output.show(shown, format) { "" }
            return
        }
        var lines = ["\(party.reference)  \(party.shownName(reveal: reveal))  (\(party.kind.rawValue))"]
        if let identifier = party.shownIdentifier(reveal: reveal) { lines.append("identifier:   \(identifier)") }
        if party.kind == .person {
            if reveal, let birth = party.birthDate { lines.append("born:         \(birth)") }
            if let sex = party.sex { lines.append("sex:          \(sex.rawValue)") }
        }
        if let phone = party.shownPhone(reveal: reveal) { lines.append("phone:        \(phone)") }
        if let role = party.role { lines.append("role:         \(role.rawValue)") }
        if let employer = party.employer { lines.append("employer:     \(employer)") }
        if let owned = party.ownerOf { lines.append("owner of:     \(owned)") }
        if let f = party.figures {
            lines.append("figures:      industry \(f.industryCode ?? "-"), employees \(f.employees.map(String.init) ?? "-"), revenue \(f.revenue?.normalized.description ?? "-") 万元, assets \(f.assets?.normalized.description ?? "-") 万元, year \(f.year.map(String.init) ?? "-")")
        }
        if party.kind != .person {
            lines.append("size:         \(party.sizeClass?.rawValue ?? "unclassified")")
            if let classification = party.classification { lines.append("              \(classification)") }
        }
        lines.append("segment:      \(party.segment.rawValue) (\(party.segment.chineseName)): \(party.segmentBasis)")
        lines.append("registered:   \(party.createdAt.shortDescription)")
        Swift.print(lines.joined(separator: "\n"))
    }
}

/// The size figures given as options (`--employees`, `--revenue`, `--assets` in 万元): a value of the
/// wrong form is a usage error (exit 64), before anything is read or written.
enum SizeFigureOptions {
    static func check(employees: Int?, revenue: String?, assets: String?) throws {
        if let employees, employees < 0 { throw ValidationError("--employees must not be negative") }
        for (option, text) in [("--revenue", revenue), ("--assets", assets)] {
            guard let text else { continue }
            guard let value = ExactDecimal(parsing: text), !value.isNegative else { throw ValidationError("\(option) '\(text)' is not an amount in 万元") }
        }
    }
}
