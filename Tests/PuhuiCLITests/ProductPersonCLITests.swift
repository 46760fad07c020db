import Foundation
import Testing

/// What a product person meets editing a copy of products/ and rates/: every slip named with its
/// file, line and column (and a "did you mean"), nothing loaded; CRLF files load; a version
/// loaded by mistake for a future date can be withdrawn.
@Suite(.serialized) struct ProductPersonCLITests {
    /// A copy of products/ and rates/ in the runner's directory, edited by `edit(path, text)`.
    func copy(_ puhui: PuhuiRunner, edit: (String, String) -> String = { $1 }) throws -> (products: String, rates: String) {
        let products = puhui.directory + "/products", rates = puhui.directory + "/rates"
        for (from, to) in [("products", products), ("rates", rates)] {
            try FileManager.default.copyItem(atPath: PuhuiRunner.packageRoot + "/" + from, toPath: to)
            for name in try FileManager.default.contentsOfDirectory(atPath: to) {
                let path = to + "/" + name
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let edited = edit("\(from)/\(name)", text)
                if edited != text { try edited.write(toFile: path, atomically: true, encoding: .utf8) }
            }
        }
        return (products, rates)
    }

    @Test func everySlipIsNamedAtItsLineAndColumnAndNothingLoads() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase(catalog: false)
        let (products, rates) = try copy(puhui) { path, text in
            switch path {
            case "products/property-shop.xml":
                return text.replacingOccurrences(of: #"fact="sum-insured" test="above" value="3000000""#, with: #"fact="sum-insurd" test="above" value="3000000""#)
                    .replacingOccurrences(of: #"<parameter name="theft-rate" value="0.012"/>"#,
                                          with: #"<parameter name="theft-rate" value="0.012"/><parameter name="glass-rate" value="0.002"/>"#)
            case "rates/property-base-rate.csv":
                return text.replacingOccurrences(of: "restaurant,class-2,0.00110\n", with: "")
                    .replacingOccurrences(of: "office,class-3,0.00070", with: "office,class-3,99999999999999999999999999999999999999")
                    .replacingOccurrences(of: "office,class-4,0.00110", with: "office,class-4,-0.00110")
            default:
                return text
            }
        }
        let result = try puhui.run(["catalog", "load", "--products", products, "--rates", rates], as: "product.wu")
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map { line in
            String(line.replacingOccurrences(of: puhui.directory + "/", with: ""))
        }
        #expect(errors == [
            "products/property-shop.xml:66:66: error: rating parameter 'glass-rate' is used by no step, so it would change nothing (the steps use: minimum-premium, theft-rate)",
            "products/property-shop.xml:118:35: error: rule UW-PROP-SI: fact 'sum-insurd' is not a fact the product's risk fields provide, so the rule would never fire; did you mean 'sum-insured'? (facts: sum-insured, occupancy, construction, fire-protection, claims-last-3-years)",
            "rates/property-base-rate.csv:8:1: error: table property-base-rate has no row for occupancy=restaurant, construction=class-2, which PH-PROP-SHOP v1 needs for part PROPERTY, step 2 (the values of occupancy, construction it accepts)",
            "rates/property-base-rate.csv:11:16: error: rate 99999999999999999999999999999999999999 is too large for exact premium arithmetic (a rate table value must be below 1000000000000)",
            "rates/property-base-rate.csv:12:16: error: rate -0.00110 is outside the table's value-range 0-0.01",
        ])
        #expect(result.stderr.hasSuffix("5 errors; nothing was written\n"))
        #expect(try puhui.sqlCount("product_version") == 0 && puhui.sqlCount("rate_row") == 0)
    }

    @Test func aCopySavedWithCRLFLoadsAndPointsAtTheSameColumns() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase(catalog: false)
        let (products, rates) = try copy(puhui) { _, text in text.replacingOccurrences(of: "\n", with: "\r\n") }
        let load = try puhui.run(["catalog", "load", "--products", products, "--rates", rates], as: "product.wu")
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("products: 8 added") && load.stdout.contains("rate tables: 21 added (1073 rows)"), "\(load.stdout)")
        // The same files with LF line ends are the same versions.
        #expect(try puhui.run(["catalog", "load"], as: "product.wu").stdout.contains("nothing to change"))
        let cargo = products + "/cargo-micro.xml"
        let text = try String(contentsOfFile: cargo, encoding: .utf8)
        try text.replacingOccurrences(of: #"fact="goods-class" test="in" value="dangerous-goods""#, with: #"fact="goods-clas" test="in" value="dangerous-goods""#)
            .write(toFile: cargo, atomically: true, encoding: .utf8)
        let validate = try puhui.run(["catalog", "validate", products, "--rates", rates])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("\(cargo):97:36: error: rule UW-CARGO-DG: fact 'goods-clas' is not a fact the product's risk fields provide, so the rule would never fire; did you mean 'goods-class'?"))
    }

    @Test func aMisspeltRiskFieldIsRefusedNotDropped() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let result = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-"], as: "clerk.ma", stdin: """
            {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers",
             "deductible": "1000", "claimsLast3Years": 1, "theftSumInsrued": "20000"}
            """)
        #expect(result.status == 1)
        #expect(result.stderr == """
            <stdin>:2:66: error: field 'theftSumInsrued': is not a risk field of PH-PROP-SHOP v1; did you mean 'theftSumInsured'? (fields: sumInsured, occupancy, construction, fireProtection, deductible, claimsLast3Years, theftSumInsured, startDate)
            1 error in the risk; nothing was stored

            """)
        #expect(try puhui.sqlCount("quote") == 0)
        // Spelt right, the theft cover is priced: 570.00 + 240.00.
        let right = try puhui.run(["quote", "--product", "PH-PROP-SHOP", "--as-of", "2026-06-30", "--risk", "-", "--format", "json"], as: "clerk.ma", stdin: """
            {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers",
             "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}
            """)
        #expect(right.stdout.contains(#""premium" : "810.00""#))
    }

    @Test func aFutureVersionLoadedByMistakeIsWithdrawnAndAudited() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        // Version 2 of cargo from 2099, beside version 1 closed the day before.
        let (products, rates) = try copy(puhui) { path, text in
            path == "products/cargo-micro.xml"
                ? text.replacingOccurrences(of: "<effectiveFrom>2026-01-01</effectiveFrom>", with: "<effectiveFrom>2026-01-01</effectiveFrom>\n  <effectiveTo>2098-12-31</effectiveTo>")
                : text
        }
        let next = try String(contentsOfFile: PuhuiRunner.packageRoot + "/products/cargo-micro.xml", encoding: .utf8)
            .replacingOccurrences(of: "<version>1</version>", with: "<version>2</version>")
            .replacingOccurrences(of: "<effectiveFrom>2026-01-01</effectiveFrom>", with: "<effectiveFrom>2099-01-01</effectiveFrom>")
        try next.write(toFile: products + "/cargo-micro-v2.xml", atomically: true, encoding: .utf8)
        let load = try puhui.run(["catalog", "load", "--products", products, "--rates", rates], as: "product.wu")
        #expect(load.stdout.contains("1 added: PH-CARGO-MICRO v2, 1 closed: PH-CARGO-MICRO v1"), "\(load.stdout)\(load.stderr)")

        // Only the product role withdraws; a typed name does not say who acts.
        let underwriter = try puhui.run(["catalog", "withdraw", "PH-CARGO-MICRO", "--version", "2"], as: "zhang.wei")
        #expect(underwriter.status == 77 && underwriter.stderr == "error: zhang.wei may not withdraw product versions: role product needed\n")
        let typed = try puhui.run(["catalog", "withdraw", "PH-CARGO-MICRO", "--version", "2", "--user", "ma.li"], as: "product.wu")
        #expect(typed.status == 64 && typed.stderr.contains("Unknown option '--user'"))
        let withdraw = try puhui.run(["catalog", "withdraw", "PH-CARGO-MICRO", "--version", "2"], as: "product.wu")
        #expect(withdraw.status == 0, "\(withdraw.stderr)")
        #expect(withdraw.stdout.hasPrefix("withdrew PH-CARGO-MICRO v2 (effective from 2099-01-01, loaded from cargo-micro-v2.xml)"))
        let again = try puhui.run(["catalog", "withdraw", "PH-CARGO-MICRO", "--version", "1"], as: "product.wu")
        #expect(again.status == 1)
        #expect(again.stderr == "error: PH-CARGO-MICRO v1 took effect on 2026-01-01; a version in effect cannot be withdrawn, only closed (load it again with an earlier effectiveTo)\n")
        let audit = try puhui.run(["audit", "show", "--product", "PH-CARGO-MICRO", "--format", "csv"], as: "regulator.guo")
        #expect(audit.stdout.contains("product.wu,product PH-CARGO-MICRO,withdrawn version 2"), "\(audit.stdout)\(audit.stderr)")
        let usage = try puhui.run(["catalog", "withdraw", "--table", "cargo-rate"], as: "product.wu")
        #expect(usage.status == 64)
    }
}
