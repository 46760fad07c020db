import Foundation
import Testing

/// The underwriting gaps of issue 18 through the CLI: the case file, documents received and
/// waived before approval, a referral that waited past its start or its offer validity.
@Suite(.serialized) struct UnderwritingCaseFileCLITests {
    /// Catalog loaded and the micro restaurant P-000001; `bigRisk` refers on its sum insured.
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        let firm = try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                                  "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma")
        #expect(firm.status == 0, "\(firm.stderr)")
        try #"{"sumInsured": "3500000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
            .write(toFile: puhui.directory + "/big.json", atomically: true, encoding: .utf8)
        return puhui
    }

    func apply(_ puhui: PuhuiRunner, start: String, at: String, documents: [String] = ["application-form"]) throws -> PuhuiRunner.Result {
        try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", puhui.directory + "/big.json",
                       "--start", start, "--at", at] + documents.flatMap { ["--document", $0] }, as: "clerk.ma")
    }

    @Test func theCaseFileDocumentsAndApproval() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let applied = try apply(puhui, start: "2026-07-01", at: "2026-06-28T10:00")
        #expect(applied.status == 0 && applied.stdout.contains("REFER"), "\(applied.stderr)")
        let show = try puhui.run(["uw", "show", "A-2026-000001"], as: "li.na")
        #expect(show.status == 0, "\(show.stderr)")
        for text in ["application A-2026-000001  REFERRED", "applicant P-000001 上海小禾餐饮管理有限公司",
                     "UW-PROP-SI refer: sum-insured above 3000000, value 3500000", "business-licence  营业执照  yes       MISSING",
                     "authority is checked on the sum insured 3500000.00", "offer open 30 days, until the end of 2026-07-28",
                     "× base rate", "2026-06-28 10:00  clerk.ma  A-2026-000001  applied"] {
            #expect(show.stdout.contains(text), "\(text)")
        }
        #expect(show.stdout.split(separator: "\n").contains { $0.hasPrefix("sumInsured ") && $0.hasSuffix(" 3500000") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try puhui.run(["uw", "show", "A-2026-000001", "--format", "json"], as: "li.na").stdout.utf8)) as? [String: Any])
        #expect((json["documents"] as? [[String: Any]])?.map { $0["status"] as? String } == ["with-application", "missing"])
        #expect(try puhui.run(["uw", "show", "A-2026-000001"], as: "chen.jie").status == 77)

        // Approval waits for the licence; exit 1 and nothing written.
        let refused = try puhui.run(["uw", "approve", "A-2026-000001", "--at", "2026-06-29T09:00"], as: "li.na")
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: application A-2026-000001: required document missing: business-licence (营业执照); record it received or waive it with a reason before approving\n")
        #expect(try puhui.sqlCount("policy") == 0)
        let unknown = try puhui.run(["uw", "receive-docs", "A-2026-000001", "tax-return", "--at", "2026-06-28T15:00"], as: "clerk.ma")
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: 'tax-return' is not on PH-PROP-SHOP's document list"))
        let noReason = try puhui.run(["uw", "waive-doc", "A-2026-000001", "business-licence", "--at", "2026-06-28T15:00"], as: "zhang.wei")
        #expect(noReason.status == 64)
        #expect(try puhui.sqlCount("application_document") == 0)
        let received = try puhui.run(["uw", "receive-docs", "A-2026-000001", "business-licence", "--at", "2026-06-28T15:00"], as: "clerk.ma")
        #expect(received.status == 0 && received.stdout.contains("every required document is on file"), "\(received.stderr)")
        let approved = try puhui.run(["uw", "approve", "A-2026-000001", "--at", "2026-06-29T09:00"], as: "li.na")
        #expect(approved.status == 0 && approved.stdout.contains("policy PL-2026-000001"), "\(approved.stderr)")
        let after = try puhui.run(["uw", "show", "A-2026-000001"], as: "li.na")
        #expect(after.stdout.contains("application A-2026-000001  ISSUED") && after.stdout.contains("policy PL-2026-000001"))
        #expect(after.stdout.contains("documents received"))
    }

    @Test func aReferralThatWaitedNeedsANewStartOrHasExpired() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        // Applied in June for July; approved on 2026-07-10: cover may not start in the past.
        #expect(try apply(puhui, start: "2026-07-01", at: "2026-06-28T10:00", documents: ["application-form", "business-licence"]).status == 0)
        let past = try puhui.run(["uw", "approve", "A-2026-000001", "--at", "2026-07-10T09:00"], as: "li.na")
        #expect(past.status == 1)
        #expect(past.stderr == "error: application A-2026-000001: cover would start on 2026-07-01, before the day of approval (2026-07-10); give a new start date on or after 2026-07-10\n")
        let earlier = try puhui.run(["uw", "approve", "A-2026-000001", "--start", "2026-07-09", "--at", "2026-07-10T09:00"], as: "li.na")
        #expect(earlier.status == 1 && earlier.stderr.hasSuffix("is before the day of approval (2026-07-10) (--start)\n"))
        let bad = try puhui.run(["uw", "approve", "A-2026-000001", "--start", "next week"], as: "li.na")
        #expect(bad.status == 64)
        #expect(try puhui.sqlCount("policy") == 0)
        let moved = try puhui.run(["uw", "approve", "A-2026-000001", "--start", "2026-07-15", "--at", "2026-07-10T09:00"], as: "li.na")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("cover 2026-07-15 to 2027-07-14") && moved.stdout.contains("instalments: 1. 2026-07-15"))

        // Applied in January, still waiting in November: past the 30 days; expired by an explicit, audited step.
        #expect(try apply(puhui, start: "2026-01-15", at: "2026-01-10T10:00", documents: ["application-form", "business-licence"]).status == 0)
        let lapsed = try puhui.run(["uw", "approve", "A-2026-000002", "--start", "2026-11-25", "--at", "2026-11-20T09:00"], as: "li.na")
        #expect(lapsed.status == 1)
        #expect(lapsed.stderr == "error: application A-2026-000002: the offer was open for 30 days, until the end of 2026-02-09; it can no longer be approved (uw expire records it expired) and the applicant must apply again\n")
        let queue = try puhui.run(["uw", "queue"], as: "li.na")
        #expect(queue.stdout.contains("2026-02-09 LAPSED") && queue.stdout.contains("2026-01-15 (past)"))
        let expired = try puhui.run(["uw", "expire", "--as-of", "2026-11-20T12:00"], as: "li.na")
        #expect(expired.status == 0 && expired.stdout.contains("A-2026-000002  PH-PROP-SHOP  2026-01-10 10:00  2026-02-09"), "\(expired.stderr)")
        #expect(expired.stdout.contains("1 referral expired as of 2026-11-20 12:00"))
        let again = try puhui.run(["uw", "approve", "A-2026-000002", "--at", "2026-11-20T13:00"], as: "li.na")
        #expect(again.status == 1 && again.stderr == "error: application A-2026-000002 is expired, not waiting in the underwriting queue\n")
        let audit = try puhui.run(["audit", "show", "--application", "A-2026-000002", "--format", "csv"], as: "regulator.guo")
        #expect(audit.stdout.contains(",li.na,A-2026-000002,expired,referred,\"offer open for 30 days, until the end of 2026-02-09\""))
        #expect(try puhui.run(["uw", "expire"], as: "chen.jie").status == 77)
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
    }
}
