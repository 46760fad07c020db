import ArgumentParser
import Foundation
import PuhuiDomain
import PuhuiServices
import PuhuiStorage

extension Role: ExpressibleByArgument {}

/// `puhui init`: a new book and its first administrator.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database (schema, no catalog) and its first administrator; print their token once.",
        discussion: """
            The database file is created readable by its owner only. The administrator's token is printed once, or with
            --token-out written to FILE (mode 0600, refused if FILE exists). Next: puhui user import, puhui user token,
            and with a product user's token puhui catalog load.
            """)

    @Option(name: .long, help: "The administrator's user name (e.g. admin.li).") var admin: String
    @Option(name: .long, help: ArgumentHelp("Write the token to this file instead of printing it.", valueName: "file")) var tokenOut: String?
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try CLI.run {
            if let tokenOut, FileManager.default.fileExists(atPath: tokenOut) {
                throw PuhuiError.invalid("\(tokenOut) exists already; a token file is never overwritten")
            }
            let storage = try database.openCreating()
            let token = try IdentityService(storage: storage, clock: SystemClock()).initialize(admin: admin)
            print("database \(database.path) is ready; \(admin) is its administrator")
            try TokenOutput.deliver(token, to: tokenOut, for: admin)
        }
    }
}

/// Shows a new token once: on standard output, or in a new file readable by its owner only.
enum TokenOutput {
    static func deliver(_ token: String, to path: String?, for user: String) throws {
        guard let path else {
            print("token for \(user) (shown once; keep it in ~/\(IdentityOptions.defaultFile) or PUHUI_TOKEN):")
            print(token)
            return
        }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR)
        guard descriptor >= 0 else { throw PuhuiError.invalid("cannot create \(path) (it may exist already)") }
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw PuhuiError.invalid("cannot write \(path)") }
        print("token for \(user) written to \(path) (readable by you only)")
    }
}

/// `puhui whoami`.
struct WhoamiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", abstract: "Who your token says you are, with your roles and authority.")
    @OptionGroup var format: FormatOptions
    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        try CLI.run {
            let (engine, context) = try engineOptions.context()
            let details = try engine.identity.user(context.actor, context)
            try Output.show(details, format.format) { UserText.render(details, today: context.at.chinaDate) }
        }
    }
}

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Users, roles, authority and tokens (administrators).",
        discussion: """
            Roles: admin, product, underwriter, adjuster, approver, regulator, customer (bound to a party). Authority is
            the largest sum insured an underwriter may accept, or the largest single payment an adjuster may make or an
            approver approve, per line (* for every line not listed), from a date.
            """,
        subcommands: [Add.self, List.self, Show.self, Disable.self, Token.self, RevokeTokens.self, Grant.self, Import.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user with roles (a customer with their party) and authority.")
        @Argument(help: "The user name (a-z, 0-9, '.', '_', '-').") var name: String
        @Option(name: .long, parsing: .singleValue, help: "A role (repeat for several).") var role: [Role] = []
        @Option(name: .long, help: "For a customer: the party they act for (P-000001).") var party: String?
        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Authority LINE=AMOUNT or KIND:LINE=AMOUNT (kind underwriting or claims; line * for all).", valueName: "authority"))
        var authority: [String] = []
        @Option(name: .long, help: "The date the authority holds from (default today).") var from: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let start = try from.map { try CLI.parseDate($0, option: "--from") } ?? context.at.chinaDate
                let grants = try authority.map { try AuthorityArgument.parse($0, user: name, roles: Set(role), from: start) }
                let account = try engine.identity.addUser(name: name, roles: Set(role), party: party, grants: grants, context)
                print("added \(account.name): \(account.roles.sorted().map(\.rawValue).joined(separator: ", "))\(account.party.map { ", party \($0)" } ?? "")")
                for grant in grants { print("  \(grant.kind.rawValue) authority on \(grant.lineText): \(grant.amount.yuanString) from \(grant.effectiveFrom)") }
                print("issue a token with: puhui user token \(account.name)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every user with their roles and status.")
        @OptionGroup var page: PageOptions
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                try context.authorize(.manageUsers)
                let users = try engine.identity.users()
                let shown = page.slice(users)
                if format.format == .json {
                    print(try CLI.json(shown.rows))
                    return
                }
                var table = TextTable(["user", "roles", "party", "status", "since", "added by"])
                for u in shown.rows {
                    table.add([u.name, u.roles.sorted().map(\.rawValue).joined(separator: " "), u.party ?? "", u.status.rawValue,
                               u.createdAt.shortDescription, u.createdBy])
                }
                Output.table(table, shown, format.format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "A user: roles, authority with its dates, tokens (never the tokens themselves).")
        @Argument(help: "The user name.") var name: String
        @OptionGroup var format: FormatOptions
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let details = try engine.identity.user(name, context)
                try Output.show(details, format.format) { UserText.render(details, today: context.at.chinaDate) }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable a user: their tokens stop working, their history stays.")
        @Argument(help: "The user name.") var name: String
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                try engine.identity.disable(name, context)
                print("disabled \(name)")
            }
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "token", abstract: "Issue a new bearer token for a user; it is shown once.")
        @Argument(help: "The user name.") var name: String
        @Option(name: .long, help: "Last day the token works (default: no expiry).") var expires: String?
        @Option(name: .long, help: ArgumentHelp("Write the token to this new file (mode 0600) instead of printing it.", valueName: "file")) var out: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                if let out, FileManager.default.fileExists(atPath: out) {
                    throw PuhuiError.invalid("\(out) exists already; a token file is never overwritten")
                }
                let (engine, context) = try engineOptions.context()
                let token = try engine.identity.issueToken(for: name, expires: try expires.map { try CLI.parseDate($0, option: "--expires") }, context)
                try TokenOutput.deliver(token, to: out, for: name)
            }
        }
    }

    struct RevokeTokens: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke-tokens", abstract: "Revoke every token of a user (yours, or anyone's as an administrator).")
        @Argument(help: "The user name.") var name: String
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let count = try engine.identity.revokeTokens(of: name, context)
                print("revoked \(count) token\(count == 1 ? "" : "s") of \(name)")
            }
        }
    }

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant", abstract: "Grant authority from a date; an open grant of the same kind and line ends the day before.")
        @Argument(help: "The user name.") var name: String
        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("LINE=AMOUNT or KIND:LINE=AMOUNT.", valueName: "authority")) var authority: [String]
        @Option(name: .long, help: "The date the authority holds from (default today).") var from: String?
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let account = try engine.identity.user(name, context).user
                let start = try from.map { try CLI.parseDate($0, option: "--from") } ?? context.at.chinaDate
                for text in authority {
                    let grant = try AuthorityArgument.parse(text, user: name, roles: account.roles, from: start)
                    try engine.identity.grant(grant, context)
                    print("\(name): \(grant.kind.rawValue) authority on \(grant.lineText) \(grant.amount.yuanString) from \(grant.effectiveFrom)")
                }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Load staff and their authority from the configuration (staff.csv, underwriters.csv, adjusters.csv).",
            discussion: "All or nothing; people already registered are kept as they are.")
        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let seed = try engine.environment.staffSeed()
                let (added, kept) = try engine.identity.importStaff(staff: seed.staff, underwriters: seed.underwriters, adjusters: seed.adjusters, context)
                print("added \(added.count) user\(added.count == 1 ? "" : "s")\(added.isEmpty ? "" : ": " + added.joined(separator: ", "))")
                if !kept.isEmpty { print("already registered, kept as they are: \(kept.joined(separator: ", "))") }
            }
        }
    }
}

/// `--authority [KIND:]LINE=AMOUNT`, the kind taken from the roles when not given.
enum AuthorityArgument {
    static func parse(_ text: String, user: String, roles: Set<Role>, from: CivilDate) throws -> AuthorityGrant {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let amount = Money(yuan: parts[1]), amount.fen >= 0 else {
            throw ValidationError("--authority '\(text)' is not LINE=AMOUNT or KIND:LINE=AMOUNT (e.g. property=5000000, claims:*=50000)")
        }
        var kindText: String? = nil, lineText = parts[0]
        if let colon = parts[0].firstIndex(of: ":") {
            kindText = String(parts[0][..<colon])
            lineText = String(parts[0][parts[0].index(after: colon)...])
        }
        let kind: AuthorityKind
        if let kindText {
            guard let given = AuthorityKind(rawValue: kindText) else { throw ValidationError("--authority '\(text)': kind must be underwriting or claims") }
            kind = given
        } else {
            let underwriting = roles.contains(.underwriter), claims = roles.contains(.adjuster) || roles.contains(.approver)
            guard underwriting != claims else {
                throw ValidationError("--authority '\(text)': say underwriting:\(lineText)=… or claims:\(lineText)=… (the roles do not tell which)")
            }
            kind = underwriting ? .underwriting : .claims
        }
        let line = lineText == "*" ? nil : LineOfBusiness(rawValue: lineText)
        if lineText != "*" && line == nil {
            throw ValidationError("--authority '\(text)': unknown line '\(lineText)' (\(LineOfBusiness.allCases.map(\.rawValue).joined(separator: ", ")), or *)")
        }
        return AuthorityGrant(user: user, kind: kind, line: line, amount: amount, effectiveFrom: from)
    }
}

enum UserText {
    static func render(_ d: IdentityService.UserDetails, today: CivilDate) -> String {
        let u = d.user
        var lines = ["\(u.name)  \(u.status.rawValue)  roles: \(u.roles.sorted().map(\.rawValue).joined(separator: ", "))\(u.party.map { "  party \($0)" } ?? "")"]
        lines.append("added \(u.createdAt.shortDescription) by \(u.createdBy); \(d.activeTokens) active token\(d.activeTokens == 1 ? "" : "s")")
        if !d.grants.isEmpty {
            var table = TextTable(["authority", "line", "amount", "from", "to", "now"], rightAligned: [2])
            for g in d.grants {
                table.add([g.kind.rawValue, g.lineText, g.amount.yuanString, g.effectiveFrom.description, g.effectiveTo?.description ?? "open",
                           g.holds(on: today) ? "holds" : ""])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }
}
