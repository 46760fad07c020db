import Foundation
import Testing

/// `stats extract` and `stats report` as a user runs them, on a small seeded book.
@Suite(.serialized) struct StatsCLITests {
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        let seed = try puhui.run(["demo", "seed", "--parties", "80", "--policies", "160", "--claims", "60", "--seed", "5"], as: "admin.li")
        #expect(seed.status == 0, "\(seed.stderr)")
        return puhui
    }

    @Test func theExtractWithItsDetailFilesAndTheReport() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let out = puhui.directory + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let extract = try puhui.run(["stats", "extract", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "long-csv", "--out", out], as: "regulator.guo")
        #expect(extract.status == 0, "\(extract.stderr)")
        let base = "puhui-extract-2026-01-01-2026-06-30"
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["\(base)-claims.csv", "\(base)-claims.json", "\(base)-policies.csv", "\(base)-policies.json", "\(base).long.csv", "\(base).long.csv.sha256"])
        #expect(extract.stdout.contains("wrote \(out)/\(base)-claims.csv ("))
        #expect(extract.stdout.contains("as of 2026-06-30T23:59:59+08:00"))

        let json = try puhui.run(["stats", "extract", "--from", "2026-01-01", "--to", "2026-06-30"], as: "regulator.guo")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let content = try #require(object["extract"] as? [String: Any])
        let rows = try #require(content["rows"] as? [[String: Any]])
        #expect(rows.count == 72 && rows.allSatisfy { $0["insuredEntitiesInForce"] is Int })
        let details = try #require(content["details"] as? [[String: Any]])
        // The digests in the extract are those of the files written beside the long CSV.
        let claimsDigest = try #require(details.first?["sha256"] as? String)
        #expect(details.first?["name"] as? String == "\(base)-claims.csv" && extract.stdout.contains("sha256 \(claimsDigest))"))

        let report = try puhui.run(["stats", "report", "--from", "2026-01-01", "--to", "2026-06-30", "--out", out], as: "regulator.guo")
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: out + "/puhui-report-2026-01-01-2026-06-30.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg ") && html.contains("个体工商户") && !html.contains("<script"))
        let again = try puhui.run(["stats", "report", "--from", "2026-01-01", "--to", "2026-06-30"], as: "regulator.guo")
        #expect(again.stdout == html)
    }

    @Test func onlyARegulatorOrAdministratorReadsTheStatistics() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        for command in [["stats", "extract"], ["stats", "report"]] {
            let adjuster = try puhui.run(command + ["--from", "2026-01-01", "--to", "2026-06-30"], as: "chen.jie")
            #expect(adjuster.status == 77 && adjuster.stdout.isEmpty, "\(adjuster.stderr)")
            let nobody = try puhui.run(command + ["--from", "2026-01-01", "--to", "2026-06-30"])
            #expect(nobody.status == 77 && nobody.stdout.isEmpty, "\(nobody.stderr)")
        }
    }

    @Test func aPeriodInTheFutureIsRefused() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let future = try puhui.run(["stats", "extract", "--from", "2099-01-01", "--to", "2099-12-31"], as: "regulator.guo")
        #expect(future.status == 1)
        #expect(future.stderr.hasPrefix("error: the period ends on 2099-12-31, after today (") && future.stderr.contains("(--to)"))
        let asOf = try puhui.run(["stats", "report", "--from", "2026-01-01", "--to", "2026-06-30", "--as-of", "2099-01-01T00:00"], as: "regulator.guo")
        #expect(asOf.status == 1)
        #expect(asOf.stderr.hasPrefix("error: as of 2099-01-01T00:00:00+08:00 is in the future") && asOf.stderr.contains("(--as-of)"))
        #expect(asOf.stdout.isEmpty)
    }
}
