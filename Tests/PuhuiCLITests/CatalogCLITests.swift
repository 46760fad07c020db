import Foundation
import Testing

@Suite(.serialized) struct CatalogCLITests {
    @Test func validateLoadAndListAsJSON() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let validate = try puhui.run(["catalog", "validate", "products"])
        #expect(validate.status == 0)
        #expect(validate.stdout == "8 product versions and 21 rate tables are valid\n")

        try puhui.createDatabase(catalog: false)
        // Loading needs the product role: an underwriter is refused, nothing is loaded.
        let clerk = try puhui.run(["catalog", "load"], as: "clerk.ma")
        #expect(clerk.status == 77 && clerk.stderr == "error: clerk.ma may not load the catalog: role product needed\n")
        let anonymous = try puhui.run(["catalog", "load"])
        #expect(anonymous.status == 77 && anonymous.stderr.hasPrefix("error: no token: set PUHUI_TOKEN"))
        #expect(try puhui.sqlCount("product_version") == 0)
        let load = try puhui.run(["catalog", "load"], as: "product.wu")
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("products: 8 added"))

        let list = try puhui.run(["catalog", "list", "--as-of", "2026-06-30", "--format", "json"])
        #expect(list.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(items.compactMap { $0["line"] as? String } == ["property", "liability", "export-credit", "accident", "health", "term-life", "pension", "cargo"])
        let first = try #require(items.first)
        #expect(first["code"] as? String == "PH-PROP-SHOP")
        #expect(first["version"] as? Int == 1)
        #expect(first["nameZh"] as? String == "小微商铺及作坊财产综合保险")
        #expect(first["effectiveFrom"] as? String == "2026-01-01")
        #expect(first.keys.contains("effectiveTo"))

        let reload = try puhui.run(["catalog", "load"], as: "product.wu")
        #expect(reload.stdout.contains("nothing to change"))
    }

    @Test func aBrokenCopyFailsNamingFileAndLineAndLoadsNothing() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let copy = puhui.directory + "/products"
        try FileManager.default.copyItem(atPath: PuhuiRunner.packageRoot + "/products", toPath: copy)
        let file = copy + "/health-owner.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "<effectiveFrom>2026-01-01</effectiveFrom>", with: "<effectiveFrom>2026-02-30</effectiveFrom>")
            .write(toFile: file, atomically: true, encoding: .utf8)

        let validate = try puhui.run(["catalog", "validate", copy])
        #expect(validate.status == 1)
        #expect(validate.stderr.hasPrefix("\(copy)/health-owner.xml:11:3: error: Element 'effectiveFrom': '2026-02-30' is not a valid value of the atomic type 'xs:date'."))
        #expect(validate.stderr.hasSuffix("1 error; nothing was written\n"))

        try puhui.createDatabase(catalog: false)
        let load = try puhui.run(["catalog", "load", "--products", copy], as: "product.wu")
        #expect(load.status == 1)
        #expect(try puhui.sqlCount("product_version") == 0)
    }

    @Test func showPrintsAProductAndRefusesAnUnknownOne() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let show = try puhui.run(["catalog", "show", "PH-TERM-KEY", "--version", "1"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("PH-TERM-KEY v1  小微企业主及关键员工定期寿险 / Term Life for Small-Firm Owners and Key Employees\n"))
        let json = try puhui.run(["catalog", "show", "PH-TERM-KEY", "--as-of", "2026-03-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["line"] as? String == "term-life")
        let unknown = try puhui.run(["catalog", "show", "PH-NOPE"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: product PH-NOPE is not in the catalog\n")
        let early = try puhui.run(["catalog", "show", "PH-TERM-KEY", "--as-of", "2025-12-31"])
        #expect(early.status == 1)
        #expect(early.stderr == "error: product PH-TERM-KEY has no version in force on 2025-12-31 (v1 2026-01-01 to open)\n")
    }

    @Test func usageErrorsExitWith64() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let bad = try puhui.run(["catalog", "list", "--as-of", "2026-02-30"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--as-of '2026-02-30' is not a date YYYY-MM-DD"))
        let both = try puhui.run(["catalog", "show", "PH-TERM-KEY", "--version", "1", "--as-of", "2026-01-01"])
        #expect(both.status == 64)
    }
}
