import Foundation
import Testing

@Suite(.serialized) struct ClaimCLITests {
    /// Catalog, a micro restaurant and its property policy PL-2026-000001 (cover from 2026-01-05).
    func book() throws -> PuhuiRunner {
        let puhui = try PuhuiRunner()
        try puhui.createDatabase()
        #expect(try puhui.run(["party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
                               "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025"], as: "clerk.ma").status == 0)
        let apply = try puhui.run(["policy", "apply", "--product", "PH-PROP-SHOP", "--holder", "P-000001", "--risk", "examples/risks/property-shop.json",
                                   "--start", "2026-01-05", "--at", "2026-01-04T10:00", "--document", "application-form", "--document", "business-licence"],
                                  as: "clerk.ma")
        #expect(apply.status == 0, "\(apply.stderr)")
        // The annual premium of 810.00 paid the same day (a claim on unpaid premium past grace is refused).
        let paid = try puhui.run(["premium", "receive", "PL-2026-000001", "--amount", "810.00", "--at", "2026-01-04T11:00"], as: "clerk.ma")
        #expect(paid.status == 0, "\(paid.stderr)")
        return puhui
    }

    @Test func workflowOverdueListAndTimeline() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let report = try puhui.run(["claim", "report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire",
                                    "--claimed", "60000", "--at", "2026-03-02T09:00"], as: "liu.yang")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.hasPrefix("claim CLM-2026-000001 reported on PL-2026-000001 (PH-PROP-SHOP)"))
        let received = try puhui.run(["claim", "receive-docs", "CLM-2026-000001", "claim-form", "loss-list", "loss-photos", "fire-report",
                                      "repair-invoice", "bank-account", "--at", "2026-03-03T10:00"], as: "liu.yang")
        #expect(received.stdout.contains("documents complete at 2026-03-03 10:00"))
        // The product's contract period for a decision is 10 days: due by the end of 2026-03-13.
        let overdue = try puhui.run(["claim", "list", "--overdue", "--as-of", "2026-03-14T10:00", "--format", "json"], as: "chen.jie")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["clock"] as? String == "decision")
        #expect((rows.first?["basis"] as? String)?.hasPrefix("Insurance Law Art. 23") == true)
        #expect(rows.first?["lateSeconds"] as? Int == 10 * 3600)
        let table = try puhui.run(["claim", "list", "--overdue", "--as-of", "2026-03-14T10:00", "--wide"], as: "chen.jie")
        #expect(table.stdout.contains("CLM-2026-000001  PL-2026-000001  documents-complete  liu.yang  decision  Insurance Law Art. 23"))
        #expect(table.stdout.contains("10h"))

        let refused = try puhui.run(["claim", "close", "CLM-2026-000001", "--at", "2026-03-04T10:00"], as: "liu.yang")
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: claim CLM-2026-000001 is documents-complete: close is not allowed; allowed next: request-docs, decide, advance, approve-payment, reserve, withdraw\n")
        let show = try puhui.run(["claim", "show", "CLM-2026-000001", "--as-of", "2026-03-14T10:00", "--format", "json"], as: "liu.yang")
        let details = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let clocks = try #require(details["clocks"] as? [[String: Any]])
        #expect(clocks.first { $0["kind"] as? String == "decision" }?["status"] as? String == "missed")
        let timeline = try puhui.run(["claim", "timeline", "CLM-2026-000001"], as: "liu.yang")
        #expect(timeline.stdout.contains("1d 1h  liu.yang  receive-docs  reported → documents-complete"))
        let audit = try puhui.run(["audit", "show", "--claim", "CLM-2026-000001", "--format", "csv"], as: "regulator.guo")
        #expect(audit.stdout.split(separator: "\n").count == 3)
    }

    @Test func twoAdjustersAtTheSameMomentFromTwoProcesses() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        let report = try puhui.run(["claim", "report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire",
                                    "--claimed", "60000", "--at", "2026-03-02T09:00"], as: "liu.yang")
        #expect(report.status == 0)
        // Both read version 1 and act at once.
        let results = try [("liu.yang", "55000"), ("zhao.min", "58000")].concurrentMap { adjuster, amount in
            try puhui.run(["claim", "reserve", "CLM-2026-000001", "--amount", amount, "--reason", "survey", "--expect-version", "1",
                           "--at", "2026-03-03T09:00"], as: adjuster)
        }
        let succeeded = results.filter { $0.status == 0 }
        let refused = results.filter { $0.status == 1 }
        #expect(succeeded.count == 1 && refused.count == 1)
        #expect(refused.first?.stderr == "error: claim CLM-2026-000001 changed since you read it (version 1, now 2); read it again and retry (puhui claim show CLM-2026-000001)\n")
        let show = try puhui.run(["claim", "show", "CLM-2026-000001", "--format", "json"], as: "zhao.min")
        let details = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let claim = try #require(details["claim"] as? [String: Any])
        #expect(claim["version"] as? Int == 2) // applied once, nothing lost
        #expect(details["events"] as? Int == 2)
    }

    @Test func paymentAboveAuthorityWaitsForAnotherApprover() throws {
        let puhui = try book()
        defer { puhui.cleanUp() }
        for step in [["report", "--policy", "PL-2026-000001", "--loss-date", "2026-03-01", "--type", "fire", "--claimed", "300000", "--at", "2026-03-02T09:00"],
                     ["receive-docs", "CLM-2026-000001", "claim-form", "loss-list", "loss-photos", "fire-report", "repair-invoice", "bank-account", "--at", "2026-03-03T10:00"],
                     ["decide", "CLM-2026-000001", "--covered", "--at", "2026-03-04T10:00"],
                     ["agree", "CLM-2026-000001", "--amount", "250000", "--at", "2026-03-05T10:00"]] {
            let result = try puhui.run(["claim"] + step, as: "chen.jie")
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        let pay = try puhui.run(["claim", "pay", "CLM-2026-000001", "--amount", "249000", "--at", "2026-03-06T10:00"], as: "chen.jie")
        #expect(pay.status == 0, "\(pay.stderr)")
        #expect(pay.stdout.hasPrefix("AWAITING APPROVAL: payment 1 of 249000.00 exceeds chen.jie's authority of 50000.00; it is recorded and waits for sun.hao or zhao.min"))
        // The requester may not approve; an approver without enough authority may not either.
        let own = try puhui.run(["claim", "approve-payment", "CLM-2026-000001", "--at", "2026-03-06T11:00"], as: "chen.jie")
        #expect(own.status == 77 && own.stderr == "error: chen.jie may not approve payments: role approver needed\n")
        let small = try puhui.run(["claim", "approve-payment", "CLM-2026-000001", "--at", "2026-03-06T11:00"], as: "liu.yang")
        #expect(small.status == 77)
        #expect(small.stderr == "error: claim CLM-2026-000001: payment 249000.00 exceeds liu.yang's authority of 200000.00 on property; sun.hao or zhao.min may\n")
        let waiting = try puhui.run(["claim", "approvals", "--format", "csv"], as: "zhao.min")
        #expect(waiting.stdout.contains("CLM-2026-000001,PL-2026-000001,property,1,249000.00,payment,chen.jie"))
        let approve = try puhui.run(["claim", "approve-payment", "CLM-2026-000001", "--at", "2026-03-06T11:00"], as: "zhao.min")
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(approve.stdout.contains("payment 1 of 249000.00 approved by zhao.min and made"))
        // The trail names both, and a typed name is refused.
        let timeline = try puhui.run(["claim", "timeline", "CLM-2026-000001", "--format", "csv"], as: "chen.jie")
        #expect(timeline.stdout.contains(",chen.jie,pay,") && timeline.stdout.contains(",zhao.min,approve-payment,"))
        let typed = try puhui.run(["claim", "close", "CLM-2026-000001", "--adjuster", "zhao.min"], as: "chen.jie")
        #expect(typed.status == 64 && typed.stderr.contains("--adjuster no longer says who acts"))
    }
}

extension Array {
    /// Runs `transform` on every element at the same time, results in order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable @escaping (Element) throws -> T) throws -> [T] where Element: Sendable {
        let lock = NSLock()
        nonisolated(unsafe) var results = [Result<T, Error>?](repeating: nil, count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = Result { try transform(items[i]) }
            lock.lock()
            results[i] = result
            lock.unlock()
        }
        return try results.map { try $0!.get() }
    }
}
