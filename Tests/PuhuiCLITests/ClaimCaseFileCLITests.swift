import Foundation
import Testing

/// The claims gaps of issue 18 through the CLI: claimant and payee, notes, reassignment, the
/// duplicate warning, closing with the rest waived, the letters, and the exports.
@Suite(.serialized) struct ClaimCaseFileCLITests {
    /// The micro restaurant's property policy PL-2026-000001 (cover from 2026-01-05) and its fire
    /// claim CLM-2026-000001 reported by chen.jie on 2026-03-02 09:00 (claimed 3000.00).
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        #expect(try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                               "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma").status == 0)
        let apply = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                   "--start", "2026-01-05", "--at", "2026-01-04T10:00", "--document", "application-form", "--document", "business-licence"],
                                  as: "clerk.ma")
        #expect(apply.status == 0, "\(apply.stderr)")
        // The annual premium paid the same day: a loss past the grace period of unpaid premium is refused.
        let paid = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "810.00", "--at", "2026-01-04T11:00"], as: "clerk.ma")
        #expect(paid.status == 0, "\(paid.stderr)")
        let report = try puhui.run(["claim", "report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire", "--claimed", "3000",
                                    "--at", "2026-03-02T09:00"], as: "chen.jie")
        #expect(report.status == 0, "\(report.stderr)")
        return puhui
    }

    func claim(_ puhui: PuhuiRunner, _ arguments: [String], as user: String = "chen.jie") throws -> PuhuiRunner.Result {
        try puhui.run(["claim"] + arguments, as: user)
    }

    @Test func partiesNotesAssignmentAndDuplicates() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        // Bad input: a message naming the field, exit 1, nothing written.
        let badAccount = try claim(puhui, ["party", "CLM-2026-000001", "--role", "payee", "--name", "王小明", "--relation", "policyholder",
                                           "--bank", "中国工商银行", "--account", "12", "--at", "2026-03-02T10:00"])
        #expect(badAccount.status == 1 && badAccount.stderr == "error: the bank account must be 8 to 30 digits (--account)\n")
        let badRelation = try claim(puhui, ["party", "CLM-2026-000001", "--role", "payee", "--name", "王小明", "--relation", "cousin"])
        #expect(badRelation.status == 64)
        #expect(try puhui.sqlCount("claim_party") == 0)
        let payee = try claim(puhui, ["party", "CLM-2026-000001", "--role", "payee", "--name", "王小明", "--relation", "policyholder",
                                      "--phone", "13812345678", "--bank", "中国工商银行", "--account", "6222 0212 3456 7890", "--at", "2026-03-02T10:00"])
        #expect(payee.status == 0 && payee.stdout.hasPrefix("recorded payee 王** (policyholder), 138****5678, 中国工商银行 ****7890"), "\(payee.stderr)")
        let show = try claim(puhui, ["show", "CLM-2026-000001"])
        #expect(show.stdout.contains("payee: 王** (policyholder 投保人), phone 138****5678, 中国工商银行 ****7890") && !show.stdout.contains("王小明"))
        let json = try claim(puhui, ["show", "CLM-2026-000001", "--format", "json"])
        #expect(!json.stdout.contains("王小明") && !json.stdout.contains("6222021234567890"))
        let revealed = try claim(puhui, ["show", "CLM-2026-000001", "--reveal"], as: "zhao.min")
        #expect(revealed.stdout.contains("payee: 王小明 (policyholder 投保人), phone 13812345678, 中国工商银行 6222021234567890"))
        #expect(try claim(puhui, ["show", "CLM-2026-000001", "--reveal"], as: "clerk.ma").status == 77)
        let audit = try puhui.run(["audit", "show", "--claim", "CLM-2026-000001", "--format", "csv"], as: "regulator.guo")
        #expect(!audit.stdout.contains("王小明"))

        let emptyNote = try claim(puhui, ["note", "CLM-2026-000001", "  ", "--at", "2026-03-02T11:00"])
        #expect(emptyNote.status == 1 && emptyNote.stderr == "error: a note needs text\n")
        #expect(try claim(puhui, ["note", "CLM-2026-000001", "called the shop", "--at", "2026-03-02T11:00"]).stdout.hasPrefix("note 1 added"))
        let notAdjuster = try claim(puhui, ["assign", "CLM-2026-000001", "clerk.ma", "--at", "2026-03-02T11:30"])
        #expect(notAdjuster.status == 1 && notAdjuster.stderr == "error: clerk.ma is not an active adjuster\n")
        let assigned = try claim(puhui, ["assign", "CLM-2026-000001", "liu.yang", "--at", "2026-03-02T11:30"])
        #expect(assigned.status == 0 && assigned.stdout.hasPrefix("assigned to liu.yang"))
        let mine = try claim(puhui, ["list", "--adjuster", "liu.yang", "--format", "csv"])
        #expect(mine.stdout.contains("CLM-2026-000001,PL-2026-000001"))
        let timeline = try claim(puhui, ["timeline", "CLM-2026-000001", "--format", "csv"])
        #expect(timeline.stdout.contains(",chen.jie,assign,reported → reported,assigned from chen.jie to liu.yang"))

        // The same loss reported again: accepted, flagged in the output and in the result.
        let again = try claim(puhui, ["report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire", "--claimed", "2500",
                                      "--at", "2026-03-02T12:00"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("WARNING: possible duplicate of CLM-2026-000001 (reported, reported 2026-03-02 09:00, claimed 3000.00): same policy, loss date and claim type"))
        let againJSON = try claim(puhui, ["report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire", "--claimed", "100",
                                          "--at", "2026-03-02T12:30", "--format", "json"])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(againJSON.stdout.utf8)) as? [String: Any])
        #expect((result["possibleDuplicates"] as? [[String: Any]])?.compactMap { $0["claim"] as? String } == ["CLM-2026-000001", "CLM-2026-000002"])
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
    }

    /// The fire reported 11 more times (CLM-2026-000002 to 000012, 09:01 to 09:11, claimed
    /// 1002.00 to 1012.00): the 12th has 11 others, lists the 10 most recent (2 to 11) and counts
    /// 1 more; the first's case file lists 3 to 12 and counts 1 more (CLM-2026-000002).
    @Test func aLossReportedTwelveTimesListsTenAndCountsTheRest() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        var last: PuhuiRunner.Result?
        for k in 2...12 {
            last = try claim(puhui, ["report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire", "--claimed", "\(1000 + k)",
                                     "--at", "2026-03-02T09:" + (k - 1 < 10 ? "0" : "") + "\(k - 1)"])
            #expect(last?.status == 0, "\(last?.stderr ?? "")")
        }
        let twelfth = try #require(last)
        let warnings = twelfth.stdout.split(separator: "\n").filter { $0.hasPrefix("WARNING: possible duplicate of ") }
        #expect(warnings.count == 11)
        #expect(warnings.first == "WARNING: possible duplicate of CLM-2026-000002 (reported, reported 2026-03-02 09:01, claimed 1002.00): same policy, loss date and claim type")
        #expect(warnings.last == "WARNING: possible duplicate of 1 more claim as well: same policy, loss date and claim type (the 10 most recent are listed)")
        #expect(!twelfth.stdout.contains("CLM-2026-000001") && !twelfth.stdout.contains("note: possible duplicate"))

        let json = try claim(puhui, ["show", "CLM-2026-000012", "--format", "json"])
        let details = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((details["possibleDuplicates"] as? [[String: Any]])?.compactMap { $0["claim"] as? String } == (2...11).map { "CLM-2026-" + ($0 < 10 ? "00000" : "0000") + "\($0)" })
        #expect(details["possibleDuplicateCount"] as? Int == 11)
        let show = try claim(puhui, ["show", "CLM-2026-000001"])
        #expect(show.stdout.contains("WARNING: possible duplicate of CLM-2026-000003 (reported, reported 2026-03-02 09:02, claimed 1003.00)"))
        #expect(!show.stdout.contains("CLM-2026-000002"))
        #expect(show.stdout.contains("WARNING: possible duplicate of 1 more claim as well: same policy, loss date and claim type (the 10 most recent are listed)"))
        let timeline = try claim(puhui, ["timeline", "CLM-2026-000012", "--format", "csv"])
        #expect(timeline.stdout.contains("CLM-2026-000011 and 1 more claim (same policy, loss date and type)"))
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
    }

    @Test func closingWithTheRestWaivedAndTheLettersSent() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let letter = puhui.directory + "/art22.html"
        let request = try claim(puhui, ["request-docs", "CLM-2026-000001", "--letter", letter, "--at", "2026-03-02T10:00"])
        #expect(request.status == 0, "\(request.stderr)")
        #expect(request.stdout.contains("document-request letter LTR-2026-000001 sent and kept with the claim (sha256 "))
        let html = try String(contentsOfFile: letter, encoding: .utf8)
        #expect(html.contains("理赔材料一次性补充通知书") && html.contains("消防部门火灾事故认定书"))
        for step in [["receive-docs", "CLM-2026-000001", "claim-form", "loss-list", "loss-photos", "fire-report", "repair-invoice", "bank-account", "--at", "2026-03-03T10:00"],
                     ["decide", "CLM-2026-000001", "--covered", "--at", "2026-03-04T10:00"],
                     ["agree", "CLM-2026-000001", "--amount", "3500", "--at", "2026-03-05T10:00"]] {
            #expect(try claim(puhui, step).status == 0, "\(step)")
        }
        let pay = try claim(puhui, ["pay", "CLM-2026-000001", "--amount", "2000", "--at", "2026-03-06T10:00"])
        #expect(pay.status == 0 && pay.stdout.contains("payment-advice letter LTR-2026-000002 sent"), "\(pay.stderr)")
        // After a partial payment the claim is paid, and a plain close is refused.
        let close = try claim(puhui, ["close", "CLM-2026-000001", "--at", "2026-03-09T10:00"])
        #expect(close.status == 1)
        #expect(close.stderr == "error: claim CLM-2026-000001: 500.00 of the payable 2500.00 remains to be paid; pay it, or close with the rest waived and the reason\n")
        #expect(try claim(puhui, ["close", "CLM-2026-000001", "--waive-rest", "--at", "2026-03-09T10:00"]).status == 64)
        #expect(try claim(puhui, ["close", "CLM-2026-000001", "--reason", "x", "--at", "2026-03-09T10:00"]).status == 64)
        let waived = try claim(puhui, ["close", "CLM-2026-000001", "--waive-rest", "--reason", "the claimant accepts 2000.00 in full settlement", "--at", "2026-03-09T10:00"])
        #expect(waived.status == 0, "\(waived.stderr)")
        #expect(waived.stdout == "closed with 500.00 of the payable 2500.00 waived: the claimant accepts 2000.00 in full settlement\nclaim CLM-2026-000001 is closed (version 7), reserve 0.00, paid 2000.00\n")
        let show = try claim(puhui, ["show", "CLM-2026-000001", "--as-of", "2026-03-20T00:00"])
        #expect(show.stdout.contains("waived 500.00 at closing (cycle 1, 2026-03-09 10:00, chen.jie): the claimant accepts 2000.00 in full settlement"))
        #expect(show.stdout.split(separator: "\n").contains { $0.hasPrefix("payment ") && $0.contains(" met ") })

        // The letters: listed, shown as sent, and a policy schedule on request.
        let list = try puhui.run(["letter", "list", "CLM-2026-000001", "--format", "csv"], as: "chen.jie")
        #expect(list.stdout.contains("LTR-2026-000001,document-request,CLM-2026-000001,2026-03-02 10:00,chen.jie"))
        #expect(list.stdout.contains("LTR-2026-000002,payment-advice,CLM-2026-000001,2026-03-06 10:00,chen.jie"))
        let out = puhui.directory + "/advice.html"
        let shown = try puhui.run(["letter", "show", "LTR-2026-000002", "--out", out], as: "chen.jie")
        #expect(shown.status == 0 && shown.stdout.hasPrefix("wrote \(out): payment-advice LTR-2026-000002"), "\(shown.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("赔款支付通知书"))
        let schedule = try puhui.run(["letter", "schedule", "PL-2026-000001", "--out", "-", "--at", "2026-03-10T09:00"], as: "clerk.ma")
        #expect(schedule.status == 0 && schedule.stdout.hasPrefix("<!DOCTYPE html>") && schedule.stdout.contains("保险单明细表"), "\(schedule.stderr)")
        #expect(try puhui.run(["letter", "schedule", "PL-2026-000001"], as: "chen.jie").status == 77)
        #expect(try puhui.run(["letter", "show", "LTR-2026-000099"], as: "chen.jie").stderr == "error: letter LTR-2026-000099 does not exist\n")
        #expect(try puhui.run(["audit", "verify"], as: "regulator.guo").status == 0)
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium, "headless Chromium is not installed")) func aLetterPrintsToPDF() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        #expect(try claim(puhui, ["request-docs", "CLM-2026-000001", "--at", "2026-03-02T10:00"]).status == 0)
        let pdf = puhui.directory + "/art22.pdf"
        let printed = try puhui.run(["letter", "show", "LTR-2026-000001", "--pdf", pdf], as: "chen.jie")
        #expect(printed.status == 0, "\(printed.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: pdf))
        #expect(bytes.prefix(5) == Data("%PDF-".utf8) && bytes.count > 10_000)
    }

    @Test func theBordereauxForFinance() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let out = puhui.directory + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let claims = try puhui.run(["claim", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--out", out], as: "zhou.hui")
        #expect(claims.status == 0, "\(claims.stderr)")
        #expect(claims.stdout.hasPrefix("wrote \(out)/puhui-claims-2026-01-01-2026-06-30.csv: 1 rows"))
        let bytes = try #require(FileManager.default.contents(atPath: out + "/puhui-claims-2026-01-01-2026-06-30.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[1].hasPrefix("CLM-2026-000001,PL-2026-000001,PH-PROP-SHOP v1,property,micro-enterprise,P-000001,上海小禾餐饮管理有限公司,PROPERTY,fire,2026-03-01"))
        let policies = try puhui.run(["policy", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json", "--line", "property"], as: "zhou.hui")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(policies.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 1 && rows.first?["policy"] as? String == "PL-2026-000001" && rows.first?["claims"] as? Int == 1)
        #expect(object["personalData"] as? String == "masked")
        // Not for an adjuster; in full for finance only; a period not yet over is refused and nothing is written.
        #expect(try puhui.run(["claim", "export", "--from", "2026-01-01", "--to", "2026-06-30"], as: "chen.jie").status == 77)
        #expect(try puhui.run(["policy", "export", "--from", "2026-01-01", "--to", "2026-06-30", "--reveal"], as: "admin.li").status == 77)
        let future = try puhui.run(["claim", "export", "--from", "2026-01-01", "--to", "2099-12-31", "--out", out + "/future.csv"], as: "zhou.hui")
        #expect(future.status == 1 && future.stderr.hasPrefix("error: the period ends on 2099-12-31, after today"))
        #expect(try puhui.run(["claim", "export", "--from", "January", "--to", "2026-06-30"], as: "zhou.hui").status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["puhui-claims-2026-01-01-2026-06-30.csv"])
    }
}
