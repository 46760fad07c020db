import Foundation
import Testing

@Suite(.serialized) struct PolicyCLITests {
    /// Catalog loaded, a micro restaurant P-000001 and its employee P-000002.
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        let firm = try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                                  "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma")
        #expect(firm.status == 0, "\(firm.stderr)")
        let person = try puhui.run(["party", "add", "--kind", "person", "--name", "王芳", "--id", "11010519491231002X", "--role", "employee", "--employer", "P-000001"],
                                   as: "clerk.ma")
        #expect(person.status == 0, "\(person.stderr)")
        return puhui
    }

    @Test func applyReferApproveCancelAndAudit() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let accepted = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                      "--start", "2026-07-01", "--at", "2026-06-28T10:00", "--document", "application-form", "--document", "business-licence",
                                      "--format", "json"], as: "clerk.ma")
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [String: Any])
        #expect((result["decision"] as? [String: Any])?["outcome"] as? String == "accept")
        #expect((result["policy"] as? [String: Any])?["number"] as? String == "PL-2026-000001")
        // The annual premium 810.00 received the same day: the refund is worked out from it.
        let paid = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "810.00", "--at", "2026-06-28T10:30", "--reference", "BK-0001"],
                                 as: "clerk.ma")
        #expect(paid.status == 0, "\(paid.stderr)")

        let referred = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                      "--start", "2026-07-01", "--at", "2026-06-28T11:00"], as: "zhang.wei")
        #expect(referred.status == 0)
        #expect(referred.stdout.hasPrefix("application A-2026-000002: REFER  (segment micro-enterprise)"))
        #expect(try puhui.run(["uw", "queue"], as: "li.na").stdout.contains("A-2026-000002  PH-PROP-SHOP  P-000001  micro-enterprise  sum insured   800000.00"))

        // Nobody approves what they entered; a clerk holds no authority; a typed name counts for nothing.
        let own = try puhui.run(["uw", "approve", "A-2026-000002", "--at", "2026-06-29T09:30"], as: "zhang.wei")
        #expect(own.status == 77)
        #expect(own.stderr == "error: application A-2026-000002: zhang.wei entered it and cannot also approve it; another underwriter must\n")
        let clerk = try puhui.run(["uw", "approve", "A-2026-000002", "--at", "2026-06-29T09:30"], as: "clerk.ma")
        #expect(clerk.status == 77)
        #expect(clerk.stderr == "error: application A-2026-000002: clerk.ma holds no underwriting authority on property (sum insured 800000.00); li.na may\n")
        let typed = try puhui.run(["uw", "approve", "A-2026-000002", "--underwriter", "li.na"], as: "clerk.ma")
        #expect(typed.status == 64 && typed.stderr.contains("--underwriter no longer says who acts: your token does"))
        // Entered without its documents: approval waits for them.
        let missing = try puhui.run(["uw", "approve", "A-2026-000002", "--at", "2026-06-29T09:30"], as: "li.na")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: application A-2026-000002: required documents missing: application-form (投保单), business-licence (营业执照); record them received or waive them with a reason before approving\n")
        let received = try puhui.run(["uw", "receive-docs", "A-2026-000002", "application-form", "business-licence", "--at", "2026-06-29T09:00"],
                                     as: "zhang.wei")
        #expect(received.status == 0 && received.stdout.contains("every required document is on file"), "\(received.stderr)")
        let approved = try puhui.run(["uw", "approve", "A-2026-000002", "--at", "2026-06-29T09:30"], as: "li.na")
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(approved.stdout.contains("policy PL-2026-000002"))

        let cancelled = try puhui.run(["policy", "cancel", "PL-2026-000001", "--date", "2026-09-15", "--format", "json"], as: "clerk.ma")
        let refund = try #require(try JSONSerialization.jsonObject(with: Data(cancelled.stdout.utf8)) as? [String: Any])
        #expect(refund["refund"] as? String == "567.00")

        let audit = try puhui.run(["audit", "show", "--policy", "PL-2026-000001", "--format", "csv"], as: "regulator.guo")
        let actions = audit.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] }
        #expect(actions == ["applied", "decided accept", "issued", "policy issued", "premium received", "cancelled"])
        #expect(audit.stdout.contains("clerk.ma"))

        let stats = try puhui.run(["uw", "stats", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json"], as: "regulator.guo")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["applications"] as? Int == 2 && total["autoAcceptRate"] as? String == "0.5000")
        let list = try puhui.run(["policy", "list", "--status", "cancelled", "--as-of", "2026-10-01"], as: "chen.jie")
        #expect(list.stdout.contains("PL-2026-000001") && !list.stdout.contains("PL-2026-000002"))
    }

    @Test func badApplicationsExitOneAndWriteNothing() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let wrongSegment = try puhui.run(["policy", "apply", "--product", "PH-HLTH-OWNER", "--holder", "P-000002", "--insured", "P-000002",
                                          "--risk", "-"], as: "clerk.ma", stdin: #"{"plan": "basic"}"#)
        #expect(wrongSegment.status == 1)
        #expect(wrongSegment.stderr == "error: holder P-000002 is in segment employee, which PH-HLTH-OWNER does not serve (it serves individual-business, business-owner, flexible-worker)\n")
        let future = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                    "--at", "2099-01-01T00:00"], as: "clerk.ma")
        #expect(future.status == 1)
        #expect(future.stderr == "error: at 2099-01-01T00:00:00+08:00 is in the future (--at)\n")
        let declined = try puhui.run(["policy", "apply", "--product", "PH-ACC-GROUP", "--holder", "P-000001", "--insured", "P-000002", "--risk", "-"],
                                     as: "clerk.ma", stdin: #"{"deathBenefit": "100000", "insured": [{"occupationClass": "1"}]}"#)
        #expect(declined.status == 1) // declined: a group of one; the application is recorded
        #expect(declined.stdout.contains("DECLINE"))
        #expect(try puhui.sqlCount("application") == 1)
        #expect(try puhui.sqlCount("policy") == 0)
    }
}
