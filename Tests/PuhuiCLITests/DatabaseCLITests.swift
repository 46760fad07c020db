import Foundation
import Testing

@Suite struct DatabaseCLITests {
    @Test func aReadingCommandOnAMissingDatabaseFailsAndCreatesNothing() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let typo = puhui.directory + "/typo.sqlite"
        for arguments in [["claim", "list", "--overdue"], ["policy", "list"], ["party", "quality"], ["catalog", "list"],
                          ["stats", "extract", "--from", "2026-01-01", "--to", "2026-06-30"]] {
            let result = try puhui.run(arguments + ["--db", typo])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "error: no Puhui database at \(typo)\n", "\(arguments)")
        }
        // A change on a missing database is refused the same way.
        let add = try puhui.run(["party", "add", "--kind", "enterprise", "--name", "x", "--db", typo])
        #expect(add.status == 1 && add.stderr == "error: no Puhui database at \(typo)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: puhui.directory).isEmpty)
    }

    @Test func catalogLoadCreatesTheDatabaseForItsOwnerOnly() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: puhui.database)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
    }
}
