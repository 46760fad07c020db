import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage
import PuhuiDemo

/// The claim and policy bordereaux: summed over a period, the claim rows give the regulator
/// extract's claim counts and amounts of that period (in total and per line); personal data is
/// masked unless finance asks for it in full; every export is in the audit trail.
@Suite struct BordereauTests {
    /// A seeded book with reopenings, advances, approvals, rejections and withdrawals.
    static let book: SQLiteStorage = {
        do {
            let db = try Fixtures.shippedCatalogStorage()
            var options = DemoOptions(parties: 250, policies: 600, claims: 260, seed: 18)
            options.reopenPercent = 10
            _ = try TestBook.addStaff(db)
            _ = try DemoBook.seed(options, engine: PuhuiEngine(storage: db, clock: SystemClock(), environment: Fixtures.environment), by: TestBook.admin)
            return db
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let finance = ActionContext(user: AuthenticatedUser(name: "zhou.hui", roles: [.finance]), at: Instant(parsing: "2026-11-23T12:00")!)

    static func exports(_ storage: SQLiteStorage) -> ExportService { ExportService(storage: storage, clock: TestBook.clock) }

    /// The rows of an export as JSON objects, and the bytes.
    static func rows(_ storage: SQLiteStorage, _ filter: BordereauFilter, claims: Bool = true,
                     format: ExtractDetail.Format = .json, as context: ActionContext = finance) throws -> (rows: [[String: Any]], bytes: [UInt8], summary: ExportService.Summary) {
        var bytes: [UInt8] = []
        let service = exports(storage)
        let summary = claims
            ? try service.claims(filter, format: format, context) { bytes += $0 }
            : try service.policies(filter, format: format, context) { bytes += $0 }
        guard format == .json else { return ([], bytes, summary) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        return (try #require(object["rows"] as? [[String: Any]]), bytes, summary)
    }

    /// The export's sums for the extract's claim indicators, per line and in total (`all`).
    static func sums(_ rows: [[String: Any]], _ period: ExtractPeriod) -> [String: [String: Int64]] {
        func within(_ row: [String: Any], _ key: String) -> Bool {
            guard let text = row[key] as? String, let time = Instant(parsing: text) else { return false }
            return period.contains(time)
        }
        func fen(_ row: [String: Any], _ key: String) -> Int64 { (row[key] as? String).flatMap { Money(yuan: $0)?.fen } ?? 0 }
        var result: [String: [String: Int64]] = [:]
        for row in rows {
            for key in [row["line"] as? String ?? "?", "all"] {
                var s = result[key] ?? [:]
                if within(row, "reportedAt") { s["claimsReported", default: 0] += 1 }
                if within(row, "closedAt") { s["claimsClosed", default: 0] += 1 }
                if within(row, "rejectionNoticeAt") { s["rejections", default: 0] += 1 }
                if within(row, "withdrawnAt") { s["withdrawals", default: 0] += 1 }
                if within(row, "decidedAt") { s["claimsDecided", default: 0] += 1 }
                if fen(row, "paidInPeriod") > 0 { s["claimsPaid", default: 0] += 1 }
                s["claimsPaidAmount", default: 0] += fen(row, "paidInPeriod")
                s["advancePayments", default: 0] += (row["advancePaymentsInPeriod"] as? Int).map(Int64.init) ?? 0
                s["advancePaymentAmount", default: 0] += fen(row, "advancePaidInPeriod")
                result[key] = s
            }
        }
        return result
    }

    static let indicators = ["claimsReported", "claimsClosed", "rejections", "withdrawals", "claimsDecided", "claimsPaid", "claimsPaidAmount",
                             "advancePayments", "advancePaymentAmount"]

    /// The extract's figures of the same indicators, per line and in total.
    static func extracted(_ extract: RegulatorExtract) -> [String: [String: Int64]] {
        var result: [String: [String: Int64]] = [:]
        for row in extract.rows where row.kind == .total || (row.kind == .lineSubtotal) {
            let key = row.kind == .total ? "all" : row.line
            let figures = indicators.reduce(into: [String: Int64]()) { $0[$1] = row.counts[$1] ?? 0 }
            if figures.values.contains(where: { $0 != 0 }) || row.kind == .total { result[key] = figures }
        }
        return result
    }

    @Test(arguments: [("2026-01-01", "2026-06-30", nil), ("2026-04-01", "2026-09-30", nil), ("2026-07-01", "2026-09-30", "2026-10-15T12:00"),
                      ("2026-01-01", "2026-11-22", nil)] as [(String, String, String?)])
    func summedClaimRowsReproduceTheExtract(from: String, to: String, asOf: String?) throws {
        let period = try Self.exports(Self.book).period(from: CivilDate(iso: from)!, to: CivilDate(iso: to)!, asOf: asOf.flatMap(Instant.init(parsing:)))
        let rows = try Self.rows(Self.book, BordereauFilter(period: period)).rows
        let expected = Self.extracted(try Self.book.extract(period))
        #expect((expected["all"]?["claimsReported"] ?? 0) > 20, "the book has claims in the period")
        #expect((expected["all"]?["claimsPaidAmount"] ?? 0) > 0)
        let summed = Self.sums(rows, period)
        for (line, figures) in expected {
            for indicator in Self.indicators {
                #expect(summed[line]?[indicator] ?? 0 == figures[indicator] ?? 0, "\(line) \(indicator) for \(from)–\(to)")
            }
        }
        // A row per claim, none twice.
        let references = rows.compactMap { $0["claim"] as? String }
        #expect(Set(references).count == references.count)
    }

    @Test func aLineAndASegmentFilterTheRows() throws {
        let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)
        let all = try Self.rows(Self.book, BordereauFilter(period: period)).rows
        let property = try Self.rows(Self.book, BordereauFilter(period: period, line: .property)).rows
        let micro = try Self.rows(Self.book, BordereauFilter(period: period, line: .property, segment: .microEnterprise)).rows
        #expect(!property.isEmpty && property.count < all.count)
        #expect(property.allSatisfy { $0["line"] as? String == "property" })
        #expect(property.count == all.filter { $0["line"] as? String == "property" }.count)
        #expect(micro.allSatisfy { $0["segment"] as? String == "micro-enterprise" && $0["line"] as? String == "property" })
        #expect(micro.count == all.filter { $0["segment"] as? String == "micro-enterprise" && $0["line"] as? String == "property" }.count)
    }

    @Test func csvHasABOMCRLFAndTheSameRowsAsJSON() throws {
        let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)
        let json = try Self.rows(Self.book, BordereauFilter(period: period, line: .liability))
        let csv = try Self.rows(Self.book, BordereauFilter(period: period, line: .liability), format: .csv)
        #expect(Array(csv.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == json.rows.count + 1)
        #expect(lines.first?.hasPrefix("赔案号 claim,保单号 policy,产品 product,险种 line") == true)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.summary.rows == json.rows.count && csv.summary.sha256 == CanonicalJSON.sha256(bytes: csv.bytes))
        #expect(csv.summary.fileName == "puhui-claims-2026-01-01-2026-06-30-liability.csv")
    }

    @Test func policyRowsMaskPersonsUnlessFinanceRevealsAndEveryExportIsAudited() throws {
        let test = try ClaimBook()
        let period = ExtractPeriod(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-06-30")!)
        let masked = try Self.rows(test.book.storage, BordereauFilter(period: period), claims: false).rows
        #expect(masked.count == LineOfBusiness.allCases.count) // one policy per line, all issued on 2026-01-04
        let health = try #require(masked.first { $0["line"] as? String == "health" })
        // P-000006 李建国, born 1975-08-08: name and identity number masked.
        #expect(health["holderName"] as? String == "李**" && health["holderKind"] as? String == "person")
        #expect((health["holderIdentifier"] as? String)?.contains("********") == true)
        let property = try #require(masked.first { $0["line"] as? String == "property" })
        #expect(property["holderName"] as? String == "上海小禾餐饮管理有限公司" && property["status"] as? String == "in-force")
        #expect(property["writtenInPeriod"] as? String == property["premium"] as? String)
        #expect((property["coverages"] as? String)?.hasPrefix("PROPERTY=800000.00") == true)
        let revealed = try Self.rows(test.book.storage, BordereauFilter(period: period, reveal: true), claims: false).rows
        #expect(revealed.first { $0["line"] as? String == "health" }?["holderName"] as? String == "李建国")
        // An administrator may export, but not in full.
        let admin = ActionContext(user: TestBook.admin, at: Self.finance.at)
        _ = try Self.rows(test.book.storage, BordereauFilter(period: period), claims: false, as: admin)
        #expect(throws: PuhuiError(.unauthorized, "admin.li may not export personal data in full: role finance needed")) {
            _ = try Self.rows(test.book.storage, BordereauFilter(period: period, reveal: true), claims: false, as: admin)
        }
        let events = try test.book.storage.read { try $0.audit.events(subjects: ["export"]) }
        #expect(events.map(\.actor) == ["zhou.hui", "zhou.hui", "admin.li"])
        #expect(events[1].after?.contains("personal data IN FULL") == true && events[0].after?.contains("personal data masked") == true)
        #expect(try test.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func aPeriodEndingAfterTodayIsRefused() throws {
        #expect(throws: PuhuiError.invalid("the period ends on 2026-12-31, after today (2026-11-23); an extract covers only days that have passed")) {
            _ = try Self.exports(Self.book).period(from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2026-12-31")!, asOf: nil)
        }
    }
}
