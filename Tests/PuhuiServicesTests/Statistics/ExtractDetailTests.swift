import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage
import PuhuiDemo

/// The detail files beside the extract, over a seeded book in which three claims in ten that
/// were closed are reopened: every figure of every row is rebuilt from the detail files alone,
/// as a regulator would with spreadsheet filters; and every claim replayed to now agrees with
/// what the claim service stored for it.
@Suite struct ExtractDetailTests {
    static let book: SQLiteStorage = {
        do {
            let db = try Fixtures.shippedCatalogStorage()
            var options = DemoOptions(parties: 300, policies: 700, claims: 400, seed: 19)
            options.reopenPercent = 30
            _ = try TestBook.addStaff(db)
            _ = try DemoBook.seed(options, engine: PuhuiEngine(storage: db, clock: TestBook.clock, environment: Fixtures.environment), by: TestBook.admin)
            return db
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let period = ExtractPeriod(from: CivilDate(iso: "2026-04-01")!, to: CivilDate(iso: "2026-09-30")!)

    /// A detail CSV read back: its rows as code → text.
    static func read(_ path: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = TextLines.split(text).filter { !$0.text.isEmpty }
        let header = try #require(CSVLine.split(lines[0].text)).map { String($0.text.split(separator: " ").last ?? "") }
        return try lines.dropFirst().map { line in
            let cells = try #require(CSVLine.split(line.text))
            #expect(cells.count == header.count)
            return Dictionary(uniqueKeysWithValues: zip(header, cells.map(\.text)))
        }
    }

    /// A cell as a whole number: yuan (written with two decimals) in fen, else the count.
    static func fen(_ text: String?) -> Int64 {
        guard let text, !text.isEmpty else { return 0 }
        return text.contains(".") ? Money(yuan: text)?.fen ?? 0 : Int64(text) ?? 0
    }

    /// Half-up division to `places` decimals, in whole numbers, as a spreadsheet's ROUND would.
    static func divide(_ part: Int64, _ whole: Int64, places: Int) -> String {
        let scale = Int64(places == 4 ? 10_000 : 100)
        let scaled = (part * scale * 2 + whole) / (whole * 2)
        let fraction = String(scaled % scale)
        return "\(scaled / scale).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }

    @Test func everyFigureOfEveryRowIsRebuiltFromTheDetailFilesAlone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-detail-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let extract = try Self.book.statistics.extract(Self.period, detailsInto: directory).extract

        // The files are the ones the extract names, byte for byte.
        #expect(extract.details.map(\.name) == ["claims.csv", "claims.json", "policies.csv", "policies.json"].map { "puhui-extract-2026-04-01-2026-09-30-\($0)" })
        for detail in extract.details {
            var digest = StreamingDigest()
            digest.update([UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + detail.name))))
            #expect(digest.hex() == detail.sha256, "\(detail.name)")
        }
        let claims = try Self.read(directory + "/puhui-extract-2026-04-01-2026-09-30-claims.csv")
        let policies = try Self.read(directory + "/puhui-extract-2026-04-01-2026-09-30-policies.csv")
        #expect(claims.count == extract.details[0].rows && policies.count == extract.details[2].rows)
        #expect(claims.contains { $0["cycle"] != "1" }, "the book should hold reopened claims")

        func selected(_ rows: [[String: String]], _ row: ExtractRow) -> [[String: String]] {
            rows.filter { (row.segment == "all" || $0["segment"] == row.segment) && (row.line == "all" || $0["line"] == row.line) }
        }
        func sum(_ rows: [[String: String]], _ column: String) -> Int64 { rows.reduce(0) { $0 + Self.fen($1[column]) } }
        var checked = 0
        for row in extract.rows {
            let c = selected(claims, row), p = selected(policies, row)
            var rebuilt: [ExtractIndicator: String] = [:]
            for indicator in ExtractIndicator.allCases where indicator.isAdditive && indicator != .premiumIncome {
                let rows = ExtractDetail.policyColumns.contains { $0.code == indicator.rawValue } ? p : c
                let total = sum(rows, indicator.rawValue)
                rebuilt[indicator] = indicator.kind == .money ? Money(fen: total).yuanString : String(total)
            }
            rebuilt[.premiumIncome] = Money(fen: sum(p, "premiumWritten") - sum(p, "cancellationRefunds")).yuanString
            rebuilt[.insuredEntitiesInForce] = String(Set(p.filter { $0["policiesInForce"] == "1" }.map { $0["holder"] ?? "" }).count)
            func ratio(_ part: String, _ whole: String) -> String {
                sum(c, whole) == 0 ? "" : Self.divide(sum(c, part), sum(c, whole), places: 4)
            }
            func days(_ seconds: String, _ count: String) -> String {
                sum(c, count) == 0 ? "" : Self.divide(sum(c, seconds), sum(c, count) * 86_400, places: 2)
            }
            rebuilt[.paymentRatio] = ratio("claimsDecidedAndPaid", "claimsDecided")
            rebuilt[.closureRatio] = ratio("claimsReportedAndClosed", "claimsReported")
            rebuilt[.smallClaimFiveDayClosureRatio] = ratio("smallClaimsClosedWithin5Days", "smallClaimsReported")
            rebuilt[.averageDaysReportToFirstPayment] = days("reportToFirstPaymentSeconds", "firstPayments")
            rebuilt[.averageDaysDocumentsToPayment] = days("documentsToPaymentSeconds", "fullPayments")
            let settled = c.filter { $0["settlements"] == "1" }.map { Self.fen($0["reportToSettlementSeconds"]) }.sorted()
            if settled.isEmpty {
                rebuilt[.medianDaysReportToClose] = ""
                rebuilt[.p90DaysReportToClose] = ""
            } else {
                let middle = settled.count / 2
                let median = settled.count % 2 == 1 ? settled[middle] : (settled[middle - 1] + settled[middle]) / 2
                let rank = Int((Double(settled.count) * 0.9).rounded(.up))
                rebuilt[.medianDaysReportToClose] = Self.divide(median, 86_400, places: 2)
                rebuilt[.p90DaysReportToClose] = Self.divide(settled[rank - 1], 86_400, places: 2)
            }
            for indicator in ExtractIndicator.allCases {
                #expect(rebuilt[indicator] == row.text(indicator), "\(indicator.rawValue) of \(row.segment) × \(row.line)")
                checked += 1
            }
        }
        #expect(checked == 72 * ExtractIndicator.allCases.count)   // (7 segments + all) × (8 lines + all)
        let total = try #require(extract.rows.last)
        #expect(total.counts["claimsReported"] ?? 0 > 50 && total.counts["policiesInForce"] ?? 0 > 100)

        // The JSON detail file holds the same rows.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/puhui-extract-2026-04-01-2026-09-30-claims.json"))) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["claim"] as? String } == claims.map { $0["claim"] })
        #expect(json["asOf"] as? String == "2026-09-30T23:59:59+08:00")
    }

    @Test func withoutADirectoryTheDigestsAreTheSameAndNothingIsWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-detail-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let written = try Self.book.statistics.extract(Self.period, detailsInto: directory).extract
        let digested = try Self.book.statistics.extract(Self.period).extract
        #expect(written.details == digested.details && written.contentSHA256 == digested.contentSHA256)
        // Writing again replaces the files; no partial file is left behind.
        _ = try Self.book.statistics.extract(Self.period, detailsInto: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == written.details.map(\.name).sorted())
    }

    @Test func theLongCSVHasOneRowPerSegmentLineAndIndicator() throws {
        let extract = try Self.book.extract(Self.period)
        let text = String(decoding: try ExtractWriter.render(extract, format: .longCSV, xmlSchema: nil), as: UTF8.self)
        let lines = TextLines.split(text).filter { !$0.text.isEmpty }
        #expect(lines.count == 1 + 72 * ExtractIndicator.allCases.count)
        #expect(lines[0].text == "类型 kind,客户群 segment,客户群名称 segmentName,险种 line,险种名称 lineName,指标 indicator,指标名称 indicatorName,单位 unit,小数位 decimals,数值 value")
        let total = try #require(extract.rows.last)
        let ratio = try #require(lines.first { $0.text.hasPrefix("total,all,") && $0.text.contains(",paymentRatio,") })
        let cells = try #require(CSVLine.split(ratio.text)).map(\.text)
        #expect(cells[7] == "比率 ratio" && cells[8] == "4" && cells[9] == total.text(.paymentRatio) && cells[9].count == 6)
        let entities = try #require(lines.first { $0.text.hasPrefix("total,all,") && $0.text.contains(",insuredEntitiesInForce,") })
        #expect(try #require(CSVLine.split(entities.text)).map(\.text)[9] == String(total.counts["insuredEntitiesInForce"] ?? -1))
    }

    /// The replay reproduces, for every claim of the book, what the claim service stored as it
    /// went: the current cycle's state and times, and every cycle's statutory clocks.
    @Test func everyClaimReplayedToNowAgreesWithWhatWasStored() throws {
        let now = TestBook.clock.now()
        var histories: [ClaimHistory] = []
        try Self.book.read { session in try session.statistics.forEachClaimHistory(asOf: now) { histories.append($0) } }
        #expect(histories.count == (try Self.book.count("claim")))
        var reopened = 0
        try Self.book.read { session in
            for history in histories {
                let stored = try session.claims.claim(history.reference)
                let spec = try session.catalog.product(code: stored.productCode, version: stored.productVersion).product.claims
                let claim = try #require(ClaimReplay.replay(history, asOf: now))
                var current = claim.current
                current.fullPaymentAt = nil
                current.firstRequestInCycleAt = nil
                current.oneTimeRuleBroken = false
                #expect(current == stored.currentCycle, "\(stored.reference)")
                let statutory: Set<ClaimClock.Kind> = [.decision, .payment, .rejectionNotice, .advancePayment]
                let storedClocks = try session.claims.clocks(claimID: stored.id).filter { statutory.contains($0.kind) }
                let replayed = claim.cycles.flatMap { ClaimClockRules.statutoryClocks($0, claims: spec, productCode: stored.productCode) }
                #expect(Set(replayed) == Set(storedClocks), "\(stored.reference)")
                if claim.current.cycle > 1 { reopened += 1 }
            }
        }
        #expect(reopened > 5)
    }
}
