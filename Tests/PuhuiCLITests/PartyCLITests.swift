import Foundation
import Testing

@Suite(.serialized) struct PartyCLITests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func verifyIDAsJSONWithExitCodes() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let good = try puhui.run(["party", "verify-id", "91440300708461136T", "--format", "json"])
        #expect(good.status == 0)
        let object = try json(good.stdout)
        #expect(object["valid"] as? Bool == true && object["kind"] as? String == "enterprise")

        let person = try puhui.run(["party", "verify-id", "11010519491231002X", "--format", "json"])
        let p = try json(person.stdout)
        #expect(p["kind"] as? String == "person" && p["birthDate"] as? String == "1949-12-31" && p["sex"] as? String == "female")
        #expect(p["identifier"] as? String == "110105********002X")

        let bad = try puhui.run(["party", "verify-id", "110105194912310021", "--format", "json"])
        #expect(bad.status == 1)
        let b = try json(bad.stdout)
        #expect(b["valid"] as? Bool == false && b["reason"] as? String == "check character should be X, not 1")
    }

    @Test func classifyAsJSON() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["classify", "--industry", "F5211", "--employees", "12", "--revenue", "150", "--assets", "30", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["sizeClass"] as? String == "small")
        #expect(object["industryGroup"] as? Int == 5)
        #expect((object["explanation"] as? String)?.hasSuffix("→ small") == true)
        let missing = try puhui.run(["classify", "--industry", "F5211", "--employees", "12"])
        #expect(missing.status == 1)
        #expect(missing.stdout.hasPrefix("unclassifiable\nunclassifiable: needs operating revenue"))
    }

    @Test func addShowMaskedAndRevealed() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let firm = try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                                  "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma")
        #expect(firm.status == 0, "\(firm.stderr)")
        #expect(firm.stdout.contains("segment:      micro-enterprise"))
        let file = puhui.directory + "/person.json"
        try #"{"kind": "person", "name": "王芳", "identifier": "11010519491231002X", "phone": "13812345678", "role": "employee", "employer": "P-000001"}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let person = try puhui.run(["party", "add", "--file", file], as: "clerk.ma")
        #expect(person.status == 0, "\(person.stderr)")
        #expect(person.stdout.hasPrefix("P-000002  王*  (person)\nidentifier:   110105********002X\n"))
        #expect(person.stdout.contains("phone:        138****5678"))
        #expect(!person.stdout.contains("王芳") && !person.stdout.contains("13812345678"))
        let revealed = try puhui.run(["party", "show", "P-000002", "--reveal"], as: "clerk.ma")
        #expect(revealed.stdout.contains("王芳") && revealed.stdout.contains("11010519491231002X") && revealed.stdout.contains("13812345678"))
        let list = try puhui.run(["party", "list", "--segment", "employee", "--format", "json"], as: "clerk.ma")
        #expect(!list.stdout.contains("11010519491231002X"))
        let duplicate = try puhui.run(["party", "add", "--file", file], as: "clerk.ma")
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr == "error: party '王*': identifier: already registered as P-000002\n")
        let badJSON = try puhui.run(["party", "add", "--file", "-"], as: "clerk.ma", stdin: #"{"kind": "robot", "name": 5}"#)
        #expect(badJSON.status == 1)
        #expect(badJSON.stderr.contains("<stdin>:1:10: error: field 'kind': 'robot' is not one of enterprise, individual-business, person"))
    }

    @Test func importWithABadRowInTheMiddle() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        let file = puhui.directory + "/parties.csv"
        try """
            kind,name,identifier,role,employer,industry,employees,revenue,assets,year
            enterprise,上海小禾餐饮管理有限公司,91440300708461136T,,,H6210,8,90,40,2025
            person,张三,110105190002290025,flexible-worker,,,,,,
            person,王芳,11010519491231002X,employee,91440300708461136T,,,,,

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let strict = try puhui.run(["party", "import", file], as: "clerk.ma")
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("\(file):3: error: identifier: no such date: positions 7-14 give the birth date 1900-02-29\n"))
        #expect(try puhui.sqlCount("party") == 0)

        let lenient = try puhui.run(["party", "import", file, "--skip-invalid"], as: "clerk.ma")
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout == "registered 2 parties\n")
        #expect(lenient.stderr.contains("1 row rejected, written to \(puhui.directory)/parties.rejects.csv"))
        let rejects = try String(contentsOfFile: puhui.directory + "/parties.rejects.csv", encoding: .utf8)
        #expect(rejects.contains("person,张三,110105190002290025,flexible-worker,,,,,,,3,identifier: no such date"))
        #expect(try puhui.sqlCount("party") == 2)

        let quality = try puhui.run(["party", "quality", "--format", "json"], as: "clerk.ma")
        let report = try json(quality.stdout)
        #expect((report["countsBySegment"] as? [String: Int])?["micro-enterprise"] == 1)
        #expect((report["countsBySegment"] as? [String: Int])?["employee"] == 1)
    }
}
