import Foundation
import Testing

/// The servicing commands as a clerk, an underwriter and a regulator use them: premiums, arrears
/// and lapses, endorsements, renewals, the pension statement, party updates and search. Bad input
/// gets a message, an exit code and nothing written.
@Suite(.serialized) struct ServicingCLITests {
    /// A micro restaurant P-000001 (phone 13800138000) and its property policy PL-2026-000001
    /// (property-shop.json, 810.00 a year) paid quarterly, 4 × 202.50 from 2026-07-01.
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        let firm = try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                                  "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025",
                                  "--phone", "13800138000"], as: "clerk.ma")
        #expect(firm.status == 0, "\(firm.stderr)")
        let apply = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                   "--start", "2026-07-01", "--at", "2026-06-28T10:00", "--frequency", "quarterly",
                                   "--document", "application-form", "--document", "business-licence"], as: "clerk.ma")
        #expect(apply.status == 0, "\(apply.stderr)")
        return puhui
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func premiumsArrearsAndTheLapseRun() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let receipt = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "202.50", "--at", "2026-07-01T09:00", "--reference", "BK-1"],
                                    as: "clerk.ma")
        #expect(receipt.status == 0, "\(receipt.stderr)")
        #expect(receipt.stdout.hasPrefix("policy PL-2026-000001: received 202.50 on 2026-07-01 (BK-1)\nreceived 202.50 of 810.00 charged; overdue 0.00; credit 0.00"))
        // Bad input: a usage error (64), a refused step (1), a role missing (77); nothing written.
        let negative = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount=-5"], as: "clerk.ma")
        #expect(negative.status == 64 && negative.stderr.contains("--amount '-5' is not an amount in yuan above zero"), "\(negative.stderr)")
        let words = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "ten"], as: "clerk.ma")
        #expect(words.status == 64 && words.stderr.contains("--amount 'ten' is not an amount in yuan above zero"))
        let unknown = try puhui.run(["premium", "receive", "PL-2026-000404", "--amount", "5"], as: "clerk.ma")
        #expect(unknown.status == 1 && unknown.stderr == "error: policy PL-2026-000404 does not exist\n")
        let twice = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "5", "--reference", "BK-1"], as: "clerk.ma")
        #expect(twice.status == 1 && twice.stderr == "error: bank reference BK-1 was already received on policy PL-2026-000001; a receipt is recorded once (--reference)\n")
        let adjuster = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "5"], as: "chen.jie")
        #expect(adjuster.status == 77 && adjuster.stderr == "error: chen.jie may not receive and refund premiums: role underwriter needed\n")
        #expect(try puhui.sqlCount("premium_receipt") == 1)

        // On 2026-10-31 the second quarter (due 10-01) is 30 days late, the last day of grace.
        let arrears = try puhui.run(["premium", "arrears", "--as-of", "2026-10-31", "--format", "csv"], as: "regulator.guo")
        #expect(arrears.stdout == "policy,product,holder,oldest unpaid,due,overdue,days late,grace to,stage\nPL-2026-000001,PH-PROP-SHOP v1,P-000001,instalment 2,2026-10-01,202.50,30,2026-10-31,in-grace\n")
        let early = try puhui.run(["premium", "lapse", "--as-of", "2026-10-31", "--at", "2026-10-31T18:00"], as: "clerk.ma")
        #expect(early.stdout == "lapse run as of 2026-10-31: 1 in arrears, 1 within grace, 0 lapsed before, 0 lapsed now\n")
        let run = try puhui.run(["premium", "lapse", "--as-of", "2026-11-01", "--at", "2026-11-01T18:00", "--format", "json"], as: "clerk.ma")
        let lapsed = try #require(try json(run.stdout)["lapsed"] as? [[String: Any]])
        #expect(lapsed.count == 1 && lapsed.first?["noticeDue"] as? String == "2026-11-08")
        let future = try puhui.run(["premium", "lapse", "--as-of", "2099-01-01"], as: "clerk.ma")
        #expect(future.status == 1 && future.stderr.hasPrefix("error: a lapse run as of 2099-01-01 is after its own time"))
        let show = try puhui.run(["policy", "show", "PL-2026-000001", "--as-of", "2026-11-02"], as: "clerk.ma")
        #expect(show.stdout.contains("lapsed") && show.stdout.contains("lapsed from 2026-10-01 (instalment 2 unpaid past 2026-10-31); notice due 2026-11-08"))
        let ledger = try json(try puhui.run(["premium", "ledger", "PL-2026-000001", "--as-of", "2026-11-02", "--format", "json"], as: "clerk.ma").stdout)
        let arrearsState = try #require(ledger["arrears"] as? [String: Any])
        #expect(arrearsState["stage"] as? String == "lapsed" && arrearsState["overdue"] as? String == "202.50" && arrearsState["daysLate"] as? Int == 32)
        // The arrears paid, the policy is reinstated.
        #expect(try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "202.50", "--at", "2026-11-10T09:00"], as: "clerk.ma").status == 0)
        let reinstated = try puhui.run(["policy", "reinstate", "PL-2026-000001", "--at", "2026-11-10T10:00"], as: "clerk.ma")
        #expect(reinstated.status == 0, "\(reinstated.stderr)")
        #expect(reinstated.stdout.hasPrefix("reinstated PL-2026-000001 from 2026-11-10"))

        // A bank's file, all or nothing.
        let file = puhui.directory + "/receipts.csv"
        try "policy,amount,at,reference\nPL-2026-000001,10.00,2026-11-11,BK-9\nPL-2026-000404,10.00,2026-11-11,BK-10\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try puhui.run(["premium", "import", file], as: "clerk.ma")
        #expect(refused.status == 1 && refused.stderr.contains("receipts.csv:3: error: policy PL-2026-000404 does not exist"))
        #expect(try puhui.sqlCount("premium_receipt") == 2)
        let skipped = try puhui.run(["premium", "import", file, "--skip-invalid"], as: "clerk.ma")
        #expect(skipped.status == 0 && skipped.stdout == "received 1 receipt, 10.00 in all\n")
        #expect(FileManager.default.fileExists(atPath: puhui.directory + "/receipts.rejects.csv"))
        let verify = try puhui.run(["audit", "verify"], as: "regulator.guo")
        #expect(verify.status == 0 && verify.stdout.hasPrefix("audit trail intact"))
    }

    @Test func anEndorsementARenewalAndTheirBadInput() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "810.00", "--at", "2026-06-28T11:00"], as: "clerk.ma").status == 0)
        let bigger = puhui.directory + "/bigger.json"
        try #"{"sumInsured": "1000000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}"#
            .write(toFile: bigger, atomically: true, encoding: .utf8)
        let endorsed = try puhui.run(["policy", "endorse", "PL-2026-000001", "--effective", "2026-11-01", "--risk", bigger, "--at", "2026-10-30T10:00"], as: "clerk.ma")
        #expect(endorsed.status == 0, "\(endorsed.stderr)")
        #expect(endorsed.stdout.hasPrefix("endorsement END-2026-000001 of PL-2026-000001: risk from 2026-11-01, in-force (cover version 2)"))
        #expect(endorsed.stdout.contains("decision: ACCEPT"))
        let shown = try puhui.run(["policy", "endorsement", "END-2026-000001"], as: "regulator.guo")
        #expect(shown.stdout.contains("Additional premium: change × 242 days from 2026-11-01 to 2027-06-30 / 365 days of the policy year"))
        let both = try puhui.run(["policy", "endorse", "PL-2026-000001", "--effective", "2026-11-01", "--risk", bigger, "--remove-insured", "P-000002"], as: "clerk.ma")
        #expect(both.status == 64 && both.stderr.contains("give exactly one of --risk, --add-insured, --remove-insured"))
        let badDate = try puhui.run(["policy", "endorse", "PL-2026-000001", "--effective", "2026-13-01", "--risk", bigger], as: "clerk.ma")
        #expect(badDate.status == 64 && badDate.stderr.contains("--effective '2026-13-01' is not a date YYYY-MM-DD"))
        let outside = try puhui.run(["policy", "endorse", "PL-2026-000001", "--effective", "2027-07-01", "--risk", bigger], as: "clerk.ma")
        #expect(outside.status == 1 && outside.stderr == "error: policy PL-2026-000001 runs 2026-07-01 to 2027-06-30; a change cannot take effect on 2027-07-01 (--effective)\n")
        #expect(try puhui.sqlCount("policy_endorsement") == 1)
        // A renewal is offered only from 60 days before the end (2027-04-01).
        let renewals = try puhui.run(["policy", "renewals", "--due-within", "60d", "--as-of", "2027-05-15", "--format", "json"], as: "regulator.guo")
        let due = try #require(try JSONSerialization.jsonObject(with: Data(renewals.stdout.utf8)) as? [[String: Any]])
        #expect(due.map { $0["policy"] as? String } == ["PL-2026-000001"])
        let early = try puhui.run(["policy", "renew", "PL-2026-000001"], as: "clerk.ma")
        #expect(early.status == 1 && early.stderr == "error: policy PL-2026-000001 ends on 2027-06-30; renewal is offered from 2027-05-01 (60 days before)\n")
        let neither = try puhui.run(["policy", "renew"], as: "clerk.ma")
        #expect(neither.status == 64)
        let stats = try puhui.run(["uw", "stats", "--from", "2027-06-01", "--to", "2027-06-30"], as: "regulator.guo")
        #expect(stats.stdout.contains("renewals of the policies ending 2027-06-01 to 2027-06-30"))
        let renewalRates = try #require(try json(try puhui.run(["uw", "stats", "--from", "2027-06-01", "--to", "2027-06-30", "--format", "json"],
                                                              as: "regulator.guo").stdout)["renewals"] as? [String: Any])
        let total = try #require(renewalRates["total"] as? [String: Any])
        #expect(total["due"] as? Int == 1 && total["notOffered"] as? Int == 1 && total["renewalRate"] as? String == "0.0000")
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
    }

    @Test func thePensionStatement() throws {
        let puhui = try PuhuiRunner()
        defer { puhui.cleanUp() }
        try puhui.createDatabase()
        // A flexible worker born 1991-05-08 (female), as in examples/risks/pension-flex.json: 800.00 a month to 60.
        #expect(try puhui.run(["party", "add", "--kind", "person", "--name", "王芳", "--id", "110105199105080021", "--role", "flexible-worker"],
                              as: "clerk.ma").status == 0)
        let young = try puhui.run(["policy", "apply", "--product", "PH-PENS-FLEX", "--holder", "P-000001", "--insured", "P-000001", "--risk",
                                   "examples/risks/pension-flex.json", "--start", "2026-01-05", "--at", "2026-01-04T10:00",
                                   "--document", "application-form", "--document", "identity-document", "--document", "flexible-work-proof"], as: "clerk.ma")
        #expect(young.status == 0, "\(young.stderr)")
        #expect(try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "1000", "--at", "2026-01-05T10:00"], as: "clerk.ma").status == 0)
        let statement = try puhui.run(["pension", "statement", "PL-2026-000001", "--as-of", "2026-02-28"], as: "regulator.guo")
        #expect(statement.status == 0, "\(statement.stderr)")
        // January: 990.00 × 27 days × 0.030 / 365 = 2.20; February: 992.20 × 28 × 0.030 / 365 = 2.28.
        #expect(statement.stdout.contains("2026-01-31  interest"))
        #expect(statement.stdout.contains("balance 994.48"))
        #expect(statement.stdout.contains("projected at the guaranteed rate 0.015"))
        let csv = try puhui.run(["pension", "statement", "PL-2026-000001", "--as-of", "2026-02-28", "--format", "csv"], as: "regulator.guo")
        #expect(csv.stdout.hasPrefix("date,movement,amount,balance,rate,note\n2026-01-05,contribution,1000.00,1000.00,,\n2026-01-05,contribution-charge,-10.00,990.00,0.01"))
        let early = try puhui.run(["pension", "convert", "PL-2026-000001"], as: "clerk.ma")
        #expect(early.status == 1 && early.stderr.hasPrefix("error: policy PL-2026-000001: the account converts at retirement, on 2052-01-05 or later"))
        let notPension = try puhui.run(["pension", "statement", "PL-2026-000404"], as: "regulator.guo")
        #expect(notPension.status == 1 && notPension.stderr == "error: policy PL-2026-000404 does not exist\n")
    }

    @Test func partyUpdateSearchAndHistory() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let update = try puhui.run(["party", "update", "91440300708461136T", "--employees", "60", "--revenue", "1500", "--year", "2026"], as: "clerk.ma")
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.hasPrefix("updated P-000001: employees 8 → 60; revenue 90 → 1500; year 2025 → 2026; size micro → small; segment micro-enterprise → small-enterprise"))
        let nothing = try puhui.run(["party", "update", "P-000001"], as: "clerk.ma")
        #expect(nothing.status == 1 && nothing.stderr == "error: nothing to change: give a name, phone, employees, revenue, assets or year\n")
        let badYear = try puhui.run(["party", "update", "P-000001", "--year", "1800"], as: "clerk.ma")
        #expect(badYear.status == 1 && badYear.stderr.contains("year: 1800 is not a year the figures can refer to"))
        let adjuster = try puhui.run(["party", "update", "P-000001", "--employees", "70"], as: "chen.jie")
        #expect(adjuster.status == 77)
        #expect(try puhui.sqlCount("party_history") == 1)
        let history = try puhui.run(["party", "show", "P-000001", "--history"], as: "clerk.ma")
        #expect(history.stdout.contains("segment:      small-enterprise") && history.stdout.contains("by clerk.ma: employees 8 → 60"))
        // The policy keeps its segment.
        #expect(try puhui.run(["policy", "show", "PL-2026-000001"], as: "clerk.ma").stdout.contains("segment micro-enterprise"))
        // Search by phone: the phone is masked unless revealed.
        let found = try puhui.run(["party", "search", "13800138000"], as: "clerk.ma")
        #expect(found.stdout.contains("P-000001") && found.stdout.contains("138****8000") && !found.stdout.contains("13800138000"))
        #expect(try puhui.run(["party", "search", "13800138000", "--reveal"], as: "clerk.ma").stdout.contains("13800138000"))
        #expect(try puhui.run(["party", "search", "小禾", "--format", "csv"], as: "clerk.ma").stdout.split(separator: "\n").count == 2)
        #expect(try puhui.run(["party", "search", "  "], as: "clerk.ma").status == 1)
    }
}
