import ArgumentParser
import PuhuiDomain
import PuhuiServices

extension UserCommand {
    struct SignInLink: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signin-link",
            abstract: "Issue a one-time sign-in link to the pages for a user; it is shown once.",
            discussion: """
                An administrator may issue a link for anyone, an underwriter for a customer only. The link
                works once, until it expires; opening it signs the browser in and takes the code out of the
                address bar. Send it to the person by a channel you trust.
                """)
        @Argument(help: "The user name.") var name: String
        @Option(name: .long, help: ArgumentHelp("Where the pages are served.", valueName: "url")) var baseURL = "http://127.0.0.1:8080"
        @Option(name: .long, help: ArgumentHelp("How long the link works, in minutes.", valueName: "minutes")) var validMinutes = 30
        @OptionGroup var engineOptions: EngineOptions

        func validate() throws {
            guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
                throw ValidationError("--base-url must start with http:// or https://")
            }
            guard (1...WebSignInService.maximumCodeMinutes).contains(validMinutes) else {
                throw ValidationError("--valid-minutes must be 1 to \(WebSignInService.maximumCodeMinutes)")
            }
        }

        func run() throws {
            try CLI.run {
                let (engine, context) = try engineOptions.context()
                let issued = try engine.webSignIn.issueCode(for: name, validMinutes: validMinutes, context)
                print("sign-in link for \(issued.user) (works once, until \(issued.expiresAt.shortDescription)):")
                print(Self.link(base: baseURL, code: issued.code))
            }
        }

        /// The link: the base URL with `/signin?code=…` (the code is base64url, safe in a query).
        static func link(base: String, code: String) -> String {
            let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
            return "\(trimmed)/signin?code=\(code)"
        }
    }
}
