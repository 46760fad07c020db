import Foundation
import Testing

@Suite(.serialized) struct IdentityCLITests {
    @Test func initMakesTheFirstAdministratorOnceWithATokenOnlyTheyCanRead() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let tokenFile = puhui.directory + "/admin.token"
        let first = try puhui.run(["init", "--admin", "admin.li", "--token-out", tokenFile])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.contains("puhui_")) // the token went to the file, not the screen
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: tokenFile)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
        let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("puhui_"))
        let again = try puhui.run(["init", "--admin", "other.admin"])
        #expect(again.status == 1 && again.stderr == "error: this database has users already; the first administrator is set up once\n")
        let overwrite = try puhui.run(["init", "--admin", "x.y", "--token-out", tokenFile, "--db", puhui.directory + "/second.sqlite"])
        #expect(overwrite.status == 1 && overwrite.stderr.contains("exists already; a token file is never overwritten"))

        // The token is found in PUHUI_TOKEN, in --token-file, or in ~/.config/puhui/token.
        let viaFile = try puhui.run(["whoami", "--token-file", tokenFile])
        #expect(viaFile.status == 0 && viaFile.stdout.hasPrefix("admin.li  active  roles: admin"))
        let home = puhui.directory + "/.config/puhui"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: tokenFile, toPath: home + "/token")
        #expect(try puhui.run(["whoami"]).stdout.hasPrefix("admin.li"))
        try FileManager.default.removeItem(atPath: home + "/token")
        let none = try puhui.run(["whoami"])
        #expect(none.status == 77)
        #expect(none.stderr == "error: no token: set PUHUI_TOKEN, give --token-file FILE, or keep your token in ~/.config/puhui/token\n")
        let wrong = try puhui.run(["whoami"], environment: ["PUHUI_TOKEN": "puhui_guessed"])
        #expect(wrong.status == 77 && wrong.stderr == "error: the token is not known (mistyped, or from another database)\n")
        let legacy = try puhui.run(["whoami"], environment: ["PUHUI_TOKEN": token, "PUHUI_ADJUSTER": "zhao.min"])
        #expect(legacy.status == 64 && legacy.stderr.contains("PUHUI_ADJUSTER no longer says who acts"))
    }

    @Test func usersRolesTokensAndTheirRefusals() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase(catalog: false)
        let added = try puhui.run(["user", "add", "qian.wei", "--role", "adjuster", "--authority", "*=30000", "--authority", "export-credit=80000",
                                   "--from", "2026-01-01"], as: "admin.li")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("claims authority on *: 30000.00 from 2026-01-01"))
        let refused = try puhui.run(["user", "add", "mallory", "--role", "admin"], as: "zhao.min")
        #expect(refused.status == 77 && refused.stderr == "error: zhao.min may not manage users and authority: role admin needed\n")
        let tokenFile = puhui.directory + "/qian.token"
        let issued = try puhui.run(["user", "token", "qian.wei", "--expires", "2099-12-31", "--out", tokenFile], as: "admin.li")
        #expect(issued.status == 0, "\(issued.stderr)")
        let qian = try String(contentsOfFile: tokenFile, encoding: .utf8)
        let whoami = try puhui.run(["whoami", "--format", "json"], environment: ["PUHUI_TOKEN": qian])
        #expect(whoami.status == 0 && whoami.stdout.contains("\"name\" : \"qian.wei\""))
        let show = try puhui.run(["user", "show", "qian.wei"], as: "admin.li")
        #expect(show.stdout.contains("claims     export-credit  80000.00  2026-01-01  open"))
        #expect(!show.stdout.contains("puhui_"))
        let list = try puhui.run(["user", "list", "--format", "csv"], as: "admin.li")
        #expect(list.stdout.contains("qian.wei,adjuster,,active"))
        #expect(try puhui.run(["user", "revoke-tokens", "qian.wei"], as: "admin.li").stdout == "revoked 1 token of qian.wei\n")
        let revoked = try puhui.run(["whoami"], environment: ["PUHUI_TOKEN": qian])
        #expect(revoked.status == 77 && revoked.stderr.hasPrefix("error: the token of qian.wei was revoked at "))
        #expect(try puhui.run(["user", "disable", "qian.wei"], as: "admin.li").status == 0)
        let disabled = try puhui.run(["user", "token", "qian.wei"], as: "admin.li")
        #expect(disabled.status == 1 && disabled.stderr == "error: user qian.wei is disabled; no token is issued\n")
        let verify = try puhui.run(["audit", "verify"], as: "regulator.guo")
        #expect(verify.status == 0 && verify.stdout.hasPrefix("audit trail intact: "))
        let notAllowed = try puhui.run(["audit", "verify"], as: "chen.jie")
        #expect(notAllowed.status == 77)
    }

    @Test func tamperingThroughSQLiteMakesVerifyExitOneNamingTheRow() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
        let sql = Process()
        sql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sql.arguments = ["sqlite3", puhui.database, "DROP TRIGGER audit_event_no_update; UPDATE audit_event SET actor = 'mallory' WHERE id = 2;"]
        try sql.run()
        sql.waitUntilExit()
        #expect(sql.terminationStatus == 0)
        let verify = try puhui.run(["audit", "verify"], as: "regulator.guo")
        #expect(verify.status == 1)
        #expect(verify.stderr.hasPrefix("error: the audit trail is broken at audit_event #2: its content was changed after it was recorded"))
    }
}
