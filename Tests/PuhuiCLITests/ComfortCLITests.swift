import Foundation
import Testing

/// CLI comfort (issue 18): tables fitted to the terminal, --limit and --offset, CSV for every
/// show, exit 64 for usage errors everywhere, NO_COLOR, paging, claim list --due-within for the
/// acting adjuster, and completion from the book.
@Suite(.serialized) struct ComfortCLITests {
    /// A seeded book (40 parties, 60 policies, 20 claims) plus a firm with a long Chinese name.
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        let seed = try puhui.run(["demo", "seed", "--parties", "40", "--policies", "60", "--claims", "20", "--seed", "7"], as: "admin.li")
        #expect(seed.status == 0, "\(seed.stderr)")
        return puhui
    }

    /// Columns a line takes: CJK and full-width characters two, combining marks none (as the table measures).
    static func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark { return total }
            let wide = (0x2E80...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            return total + (wide ? 2 : 1)
        }
    }

    /// Every subcommand path and whether it has a required argument or option, from the command tree itself.
    static func commands(_ puhui: PuhuiRunner) throws -> [(path: [String], required: Bool)] {
        let dump = try puhui.run(["--experimental-dump-help"], useDatabase: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var found: [(path: [String], required: Bool)] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
            if subcommands.isEmpty {
                let arguments = command["arguments"] as? [[String: Any]] ?? []
                let required = arguments.contains { ($0["isOptional"] as? Bool) == false && ($0["kind"] as? String) != "flag" }
                found.append((path, required))
            }
            for sub in subcommands { walk(sub, path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(object["command"] as? [String: Any]), [])
        return found
    }

    @Test func tablesFitTheTerminalAndKeepReferencesWhole() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        // 22 characters of Chinese: 44 columns.
        let name = "深圳市南山区前海湾跨境电子商务供应链管理有限公司"
        #expect(try puhui.run(["party", "add", "--kind", "enterprise", "--name", name, "--id", "91440300708461136T", "--industry", "F5292",
                               "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma").status == 0)
        // The fixed columns of a party list take 109 columns with their gaps; the name takes what is left.
        for columns in [120, 130] {
            let list = try puhui.run(["party", "list"], as: "clerk.ma", environment: ["COLUMNS": String(columns)])
            #expect(list.status == 0)
            let lines = list.stdout.split(separator: "\n")
            #expect(lines.count == 43 && lines.allSatisfy { Self.width($0) <= columns }, "\(list.stdout)")
            // The free-text name is cut with "…"; every reference and identifier stays whole.
            let row = try #require(lines.first { $0.hasPrefix("P-000041") })
            #expect(row.contains("91440300708461136T") && row.contains("…") && !row.contains(name))
        }
        // Wide enough, or --wide: nothing is cut.
        let wide = try puhui.run(["party", "list", "--wide"], as: "clerk.ma", environment: ["COLUMNS": "80"])
        #expect(wide.stdout.contains(name) && !wide.stdout.contains("…"))
        let roomy = try puhui.run(["party", "list"], as: "clerk.ma", environment: ["COLUMNS": "300"])
        #expect(roomy.stdout.contains(name))
        // CSV is never cut.
        let csv = try puhui.run(["party", "list", "--format", "csv"], as: "clerk.ma", environment: ["COLUMNS": "40"])
        #expect(csv.stdout.contains(name))
        // Claims by clock: the legal basis is cut, never the claim, the policy, the state or the due time.
        let clocks = try puhui.run(["claim", "list", "--due-within", "3650d", "--all"], as: "chen.jie", environment: ["COLUMNS": "120"])
        let clockRows = clocks.stdout.split(separator: "\n").filter { $0.hasPrefix("CLM-") }
        #expect(!clockRows.isEmpty && clockRows.allSatisfy { Self.width($0) <= 120 } && clocks.stdout.contains("…"), "\(clocks.stdout)")
        #expect(clockRows.allSatisfy { $0.range(of: #"^CLM-\d{4}-\d{6}  PL-\d{4}-\d{6}  "#, options: .regularExpression) != nil })
    }

    @Test func limitAndOffsetWithTheirFooters() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let all = try puhui.run(["party", "list", "--format", "csv"], as: "clerk.ma")
        #expect(all.stdout.split(separator: "\n").count == 41)
        let second = try puhui.run(["party", "list", "--limit", "5", "--offset", "5"], as: "clerk.ma")
        let rows = second.stdout.split(separator: "\n").filter { $0.hasPrefix("P-") }
        #expect(rows.map { String($0.prefix(8)) } == ["P-000006", "P-000007", "P-000008", "P-000009", "P-000010"])
        #expect(second.stdout.hasSuffix("rows 6–10 of more than 10 (--offset 10 for more)\n"), "\(second.stdout)")
        let last = try puhui.run(["party", "list", "--limit", "5", "--offset", "38"], as: "clerk.ma")
        #expect(last.stdout.hasSuffix("rows 39–40 of 40\n"), "\(last.stdout)")
        // Sliced in the command when the service returns the whole list: the total is known.
        let users = try puhui.run(["user", "list", "--limit", "2"], as: "admin.li")
        #expect(users.stdout.range(of: #"rows 1–2 of \d+ \(--offset 2 for more\)\n$"#, options: .regularExpression) != nil, "\(users.stdout)")
        // JSON and CSV pages have no footer; without --limit they are complete.
        let json = try puhui.run(["policy", "list", "--limit", "3", "--offset", "1", "--format", "json"], as: "clerk.ma")
        let policies = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(policies.count == 3)
        let claims = try puhui.run(["claim", "list", "--format", "csv"], as: "chen.jie")
        #expect(claims.stdout.split(separator: "\n").count == 21)
        // Negative or not a number: a usage error naming the option.
        for bad in [["--limit=-1"], ["--offset", "x"], ["--limit", "ten"], ["--offset=-5"]] {
            let refused = try puhui.run(["claim", "list"] + bad, as: "chen.jie")
            let option = bad[0].hasPrefix("--limit") ? "--limit" : "--offset"
            #expect(refused.status == 64 && refused.stderr.contains(option), "\(bad): \(refused.stderr)")
        }
    }

    /// The argument each `show` needs in the seeded book.
    static let showArguments: [String: (arguments: [String], user: String)] = [
        "catalog show": (["PH-PROP-SHOP"], "clerk.ma"),
        "party show": (["P-000001"], "clerk.ma"),
        "policy show": (["PL-2026-000001"], "clerk.ma"),
        "claim show": (["CLM-2026-000001"], "chen.jie"),
        "uw show": (["A-2026-000001"], "li.na"),
        "user show": (["chen.jie"], "admin.li"),
        "letter show": (["LTR-2026-000001"], "chen.jie"),
        "audit show": (["--claim", "CLM-2026-000001"], "regulator.guo"),
    ]

    @Test func csvForEveryShow() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["letter", "schedule", "PL-2026-000001"], as: "li.na").status == 0)
        let shows = try Self.commands(puhui).map { $0.path.joined(separator: " ") }.filter { $0.hasSuffix(" show") }
        #expect(Set(shows) == Set(Self.showArguments.keys), "a show command without a case here: \(shows)")
        for show in shows {
            let (arguments, user) = try #require(Self.showArguments[show])
            let csv = try puhui.run(show.split(separator: " ").map(String.init) + arguments + ["--format", "csv"], as: user)
            #expect(csv.status == 0, "\(show): \(csv.stderr)")
            // A record is section,field,value rows; the audit trail is a list with its own columns. No BOM on standard output.
            let header = show == "audit show" ? "when,who,subject,what,before,after\n" : "section,field,value\n"
            #expect(csv.stdout.hasPrefix(header), "\(show): \(csv.stdout.prefix(200))")
            #expect(csv.stdout.split(separator: "\n").count > 2)
        }
        // One rule: the record's own fields in section "record", each element of a sub-list its own section.
        let claim = try puhui.run(["claim", "show", "CLM-2026-000001", "--format", "csv"], as: "chen.jie").stdout
        #expect(claim.contains("\nrecord,claim.reference,CLM-2026-000001\n") && claim.contains("\ndocuments 1,code,"))
        let product = try puhui.run(["catalog", "show", "PH-PROP-SHOP", "--format", "csv"], as: "clerk.ma").stdout
        #expect(product.contains("\nrecord,code,PH-PROP-SHOP\n") && product.contains("\ncoverages 1,"))
        // Personal data is masked in CSV as in text and JSON unless revealed.
        let person = try #require(try puhui.run(["party", "list", "--kind", "person", "--limit", "1", "--format", "csv"], as: "clerk.ma")
            .stdout.split(separator: "\n").dropFirst().first?.split(separator: ",").first.map(String.init))
        let revealed = try puhui.run(["party", "show", person, "--reveal", "--format", "json"], as: "clerk.ma").stdout
        let fullName = try #require((try JSONSerialization.jsonObject(with: Data(revealed.utf8)) as? [String: Any])?["name"] as? String)
        let masked = try puhui.run(["party", "show", person, "--format", "csv"], as: "clerk.ma").stdout
        #expect(!masked.contains(fullName) && masked.contains("\nrecord,reference,\(person)\n"))
        #expect(try puhui.run(["party", "show", person, "--format", "csv", "--reveal"], as: "clerk.ma").stdout.contains(fullName))
    }

    @Test func csvFilesHaveAByteOrderMarkAndStandardOutputHasNone() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let file = puhui.directory + "/claims.csv"
        #expect(try puhui.run(["claim", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--out", file], as: "zhou.hui").status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] && String(decoding: bytes, as: UTF8.self).contains("\r\n"))
        let stdout = try puhui.run(["claim", "export", "--from", "2026-01-01", "--to", "2026-06-30"], as: "zhou.hui")
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("赔案号 claim,") && stdout.stdout.contains("\r\n"), "\(stdout.stdout.prefix(80))")
    }

    @Test func everySubcommandRefusesUsageErrorsWith64() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let commands = try Self.commands(puhui)
        #expect(commands.count > 80)
        for command in commands {
            if command.required {
                let missing = try puhui.run(command.path, environment: ["PUHUI_TOKEN": "nobody"])
                #expect(missing.status == 64, "\(command.path.joined(separator: " ")) without its required input: \(missing.status) \(missing.stderr)")
            }
            let unknown = try puhui.run(command.path + ["--no-such-option"], environment: ["PUHUI_TOKEN": "nobody"])
            #expect(unknown.status == 64, "\(command.path.joined(separator: " ")) --no-such-option: \(unknown.status)")
        }
        // A value of the wrong form is a usage error too, naming the option; an unknown but well-formed code is bad data (1).
        try puhui.createDatabase(catalog: false)
        for (arguments, option) in [(["party", "add", "--kind", "enterprise", "--name", "X", "--revenue", "abc"], "--revenue"),
                                    (["party", "update", "P-000001", "--assets", "-4"], "--assets"),
                                    (["party", "quality", "--limit=-3"], "--limit"),
                                    (["classify", "--industry", "ZZZ"], "--industry"),
                                    (["premium", "receive", "PL-2026-000001", "--amount", "abc"], "--amount"),
                                    (["claim", "list", "--as-of", "yesterday"], "--as-of"),
                                    (["letter", "list", "PL-2026-000001", "--format", "xml"], "--format")] {
            let refused = try puhui.run(arguments, as: "clerk.ma")
            #expect(refused.status == 64 && refused.stderr.contains(option), "\(arguments): \(refused.status) \(refused.stderr)")
        }
        #expect(try puhui.run(["classify", "--industry", "T9999"]).status == 1)
    }

    @Test func claimListDueWithinDefaultsToTheActingAdjuster() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        func adjusters(_ result: PuhuiRunner.Result) throws -> Set<String> {
            let lines = result.stdout.split(separator: "\n").dropFirst()
            return Set(lines.map { String($0.split(separator: ",")[3]) })
        }
        let everyone = try adjusters(try puhui.run(["claim", "list", "--due-within", "3650d", "--all", "--format", "csv"], as: "chen.jie"))
        #expect(everyone.count > 1 && everyone.contains("chen.jie"), "\(everyone)")
        let mine = try puhui.run(["claim", "list", "--due-within", "3650d"], as: "chen.jie")
        #expect(mine.stdout.contains(" on your claims (chen.jie; --all for everyone's)\n"), "\(mine.stdout)")
        #expect(try adjusters(try puhui.run(["claim", "list", "--due-within", "3650d", "--format", "csv"], as: "chen.jie")) == ["chen.jie"])
        let other = try #require(everyone.subtracting(["chen.jie"]).first)
        #expect(try adjusters(try puhui.run(["claim", "list", "--due-within", "3650d", "--adjuster", other, "--format", "csv"], as: "chen.jie")) == [other])
        // Not an adjuster: every claim it may read, and the output says so.
        let clerk = try puhui.run(["claim", "list", "--due-within", "3650d"], as: "regulator.guo")
        #expect(clerk.stdout.contains(" on every claim you may read\n"), "\(clerk.stdout) \(clerk.stderr)")
        #expect(try puhui.run(["claim", "list", "--all", "--adjuster", "chen.jie"], as: "chen.jie").status == 64)
    }

    /// Runs puhui on a pseudo-terminal (util-linux `script`), as `user`, with `environment`; the terminal's output.
    func runInTerminal(_ puhui: PuhuiRunner, _ arguments: [String], as user: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        let quoted = ([PuhuiRunner.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        process.arguments = ["20", "/usr/bin/script", "-qec", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: PuhuiRunner.packageRoot)
        var env = ProcessInfo.processInfo.environment
        for variable in ["NO_COLOR", "PAGER", "PUHUI_NO_PAGER", "COLUMNS", "LINES"] { env[variable] = nil }
        env["PUHUI_DB"] = puhui.database
        env["PUHUI_TOKEN"] = try puhui.token(user)
        env["HOME"] = puhui.directory
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let quiet = ["PUHUI_NO_PAGER": "1", "LINES": "100"]
        let coloured = try runInTerminal(puhui, ["claim", "show", "CLM-2026-000001"], as: "chen.jie", environment: quiet)
        #expect(coloured.contains("\u{1B}[1mclaim CLM-2026-000001\u{1B}[0m"), "\(coloured.prefix(300))")
        let plain = try runInTerminal(puhui, ["claim", "show", "CLM-2026-000001"], as: "chen.jie", environment: quiet.merging(["NO_COLOR": "1"]) { $1 })
        #expect(plain.hasPrefix("claim CLM-2026-000001") && !plain.contains("\u{1B}"), "\(plain.prefix(300))")
        // An empty NO_COLOR does not count (no-color.org); a pipe never gets colour.
        let empty = try runInTerminal(puhui, ["claim", "show", "CLM-2026-000001"], as: "chen.jie", environment: quiet.merging(["NO_COLOR": ""]) { $1 })
        #expect(empty.contains("\u{1B}[1m"))
        #expect(!(try puhui.run(["claim", "show", "CLM-2026-000001"], as: "chen.jie").stdout.contains("\u{1B}")))
    }

    @Test func longOutputOnATerminalGoesThroughThePager() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        // The pager sets the terminal as less does: stopped by the terminal unless it runs in the foreground process group.
        let pager = ["PAGER": "stty -F /dev/tty -echo && sed s/^/PAGED:/", "LINES": "10", "NO_COLOR": "1"]
        // Longer than the 10 lines of the screen: paged, every line.
        let long = try runInTerminal(puhui, ["party", "list", "--limit", "12"], as: "clerk.ma", environment: pager)
        let lines = long.split(separator: "\n")
        #expect(lines.count == 15 && lines.allSatisfy { $0.hasPrefix("PAGED:") }, "\(long)")
        // Shorter than a screen, --no-pager, PUHUI_NO_PAGER, or not a terminal: written as it is.
        let short = try runInTerminal(puhui, ["party", "list", "--limit", "3"], as: "clerk.ma", environment: pager)
        #expect(short.hasPrefix("reference") && !short.contains("PAGED:"), "\(short)")
        let flag = try runInTerminal(puhui, ["party", "list", "--limit", "12", "--no-pager"], as: "clerk.ma", environment: pager)
        #expect(flag.hasPrefix("reference") && !flag.contains("PAGED:"))
        let variable = try runInTerminal(puhui, ["party", "list", "--limit", "12"], as: "clerk.ma", environment: pager.merging(["PUHUI_NO_PAGER": "1"]) { $1 })
        #expect(variable.hasPrefix("reference") && !variable.contains("PAGED:"))
        let piped = try puhui.run(["party", "list", "--limit", "12"], as: "clerk.ma", environment: pager)
        #expect(piped.stdout.hasPrefix("reference") && !piped.stdout.contains("PAGED:"))
        // A failure is still reported on the terminal, with its exit code.
        let failed = try runInTerminal(puhui, ["claim", "show", "CLM-2026-999999"], as: "chen.jie", environment: pager)
        #expect(failed.contains("error: claim CLM-2026-999999"), "\(failed)")
    }

    @Test func completionOffersCodesAndReferencesFromTheBook() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        // As the generated scripts call it: ---completion SUBCOMMANDS -- ARGUMENT WORD-INDEX CURSOR WORDS…
        let claims = try puhui.run(["---completion", "claim", "show", "--", "positional@0", "3", "14", "puhui", "claim", "show", "clm-2026-00001"])
        #expect(claims.status == 0 && claims.stderr.isEmpty)
        #expect(claims.stdout.split(separator: "\n").map(String.init) == (10...19).map { "CLM-2026-0000\($0)" }, "\(claims.stdout)")
        let products = try puhui.run(["---completion", "quote", "--", "--product", "3", "5", "puhui", "quote", "--product", "PH-PR"])
        #expect(products.stdout == "PH-PROP-SHOP\n", "\(products.stdout)")
        let policies = try puhui.run(["---completion", "policy", "show", "--", "positional@0", "3", "14", "puhui", "policy", "show", "PL-2026-000001"])
        #expect(policies.stdout.hasPrefix("PL-2026-000001\n"))
        // --db on the command line is the book completed from; no book, or not a book: nothing, silently, exit 0.
        let elsewhere = try puhui.run(["---completion", "claim", "show", "--", "positional@0", "5", "4", "puhui", "--db", puhui.database, "claim", "show", "CLM-"],
                                      useDatabase: false)
        #expect(elsewhere.stdout.split(separator: "\n").count == 20)
        let missing = try puhui.run(["---completion", "claim", "show", "--", "positional@0", "5", "4", "puhui", "--db", "/nonexistent/x.sqlite", "claim", "show", "CLM-"])
        #expect(missing.status == 0 && missing.stdout.isEmpty && missing.stderr.isEmpty)
        let notABook = try puhui.run(["---completion", "claim", "show", "--", "positional@0", "5", "4", "puhui", "--db", "README.md", "claim", "show", "CLM-"])
        #expect(notABook.status == 0 && notABook.stdout.isEmpty && notABook.stderr.isEmpty)
        // The script itself, for bash, zsh and fish.
        for shell in ["bash", "zsh", "fish"] {
            let script = try puhui.run(["--generate-completion-script", shell], useDatabase: false)
            #expect(script.status == 0 && script.stdout.contains("---completion"))
        }
    }
}

