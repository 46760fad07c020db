import ArgumentParser
import PuhuiDomain
import PuhuiServices

@main
struct Puhui: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "puhui",
        abstract: "Puhui (普惠): insurance products, rating, underwriting, claims and statistics for small and micro businesses.",
        discussion: """
            The database is --db PATH, else $PUHUI_DB, else ./puhui.sqlite; puhui init makes it.
            Who acts is the holder of the token in $PUHUI_TOKEN, else in --token-file FILE, else in ~/.config/puhui/token.
            Exit codes: 0 success, 1 invalid input or a refused step, 64 a usage error, 77 not permitted.
            """,
        version: PuhuiVersion.current,
        subcommands: [InitCommand.self, UserCommand.self, WhoamiCommand.self, CatalogCommand.self, QuoteCommand.self, ClassifyCommand.self, PartyCommand.self, PolicyCommand.self,
                      PremiumCommand.self, PensionCommand.self, UnderwritingCommand.self, ClaimCommand.self, LetterCommand.self, StatsCommand.self, AuditCommand.self, DemoCommand.self,
                      ServeCommand.self]
    )

    /// Parses and runs the command as ArgumentParser's own `main` does, with long output on a
    /// terminal paged (`Pager`).
    static func main() async {
        let pager = Pager.begin(arguments: Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            pager?.finish()
            exit(withError: error)
        }
        pager?.finish()
    }
}
