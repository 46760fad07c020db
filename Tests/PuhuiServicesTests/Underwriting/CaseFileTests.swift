import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The underwriting case file, documents received and waived, the offer's validity and a new
/// start for a referral that waited.
@Suite struct UnderwritingCaseFileTests {
    let accidentRisk = #"{"deathBenefit": "1000000", "insured": [{"occupationClass": "1"}, {"occupationClass": "1"}, {"occupationClass": "2"}]}"#
    let bigProperty = #"{"sumInsured": "3500000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#

    func at(_ text: String) -> Instant { Instant(parsing: text)! }

    @Test func theCaseFileShowsApplicantRiskWorksheetRulesDocumentsAuthorityOfferAndHistory() throws {
        let book = try TestBook()
        let referred = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: accidentRisk)
        let file = try book.applications.caseFile(referred.application, book.context("li.na", at: at("2026-11-23T12:00")))
        #expect(file.status == .referred && file.productCode == "PH-ACC-GROUP" && file.segment == .microEnterprise)
        // The firm in full, the insured persons masked (王芳 born 1990-03-15 is P-000005).
        #expect(file.holder.name == "上海小禾餐饮管理有限公司")
        #expect(file.insured.map(\.name) == ["王*", "周**", "郑*"])
        #expect(file.insured.allSatisfy { ($0.identifier ?? "").contains("********") && $0.birthDate == nil })
        #expect(file.risk.first == RiskLines.Line(field: "deathBenefit", value: "1000000"))
        #expect(file.risk.contains(RiskLines.Line(field: "insured[3].occupationClass", value: "2")))
        // The worksheet, not stored with the application, is reproduced on the recorded versions and gives the premium offered.
        #expect(file.worksheetReproduced && !file.quote.worksheet.isEmpty && file.quote.premium == referred.quote.premium)
        #expect(file.quote.worksheet.last?.amount == referred.quote.premium.yuanString)
        #expect(file.firedRules.map(\.code) == ["UW-ACC-SI"])
        #expect(file.authority == AuthorityMeasure(name: "sum insured", amount: Money(yuan: 1_000_000)))
        #expect(!file.documents.isEmpty && file.documents.allSatisfy { $0.status == .withApplication } && file.missingDocuments.isEmpty)
        // Applied 2026-06-28 10:00, open 30 days: until the end of 2026-07-28; read on 2026-11-23 it has lapsed.
        #expect(file.offer == .init(validityDays: 30, openUntil: at("2026-07-29T00:00"), lapsed: true))
        #expect(file.startsInPast && file.notes.contains { $0.hasPrefix("cover would start on 2026-07-01, before today") })
        #expect(file.history.map(\.action) == ["applied", "decided refer"])

        // In full for an underwriter, recorded; not for a regulator.
        let revealed = try book.applications.caseFile(referred.application, reveal: true, book.context("li.na", at: at("2026-11-23T12:00")))
        #expect(revealed.insured.map(\.name) == ["王芳", "周大海", "郑丽"])
        #expect(try book.storage.read { try $0.audit.events(subjects: [referred.application]) }.last?.action == "revealed personal data")
        #expect(throws: PuhuiError(.unauthorized, "regulator.guo may not decide referred applications: role underwriter needed")) {
            try book.applications.caseFile(referred.application, reveal: true, Fixtures.regulator)
        }
        #expect(try book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func approvalWaitsUntilEveryRequiredDocumentIsReceivedOrWaived() throws {
        let book = try TestBook()
        let referred = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: bigProperty, documents: ["application-form"], start: "2026-07-01")
        #expect(referred.decision.missingDocuments == ["business-licence"])
        let liNa = book.context("li.na", at: at("2026-06-29T09:00"))
        #expect(throws: PuhuiError.refused("application A-2026-000001: required document missing: business-licence (营业执照); record it received or waive it with a reason before approving")) {
            try book.applications.approve(referred.application, note: nil, liNa)
        }
        #expect(try book.count("policy") == 0)
        // Receiving: only the product's documents, each once; waiving: another underwriter, with a reason.
        let clerk = book.context("clerk.ma", at: at("2026-06-28T15:00"))
        #expect(throws: PuhuiError.invalid("'tax-return' is not on PH-PROP-SHOP's document list (application-form, business-licence, property-schedule, premises-photos, fire-inspection)")) {
            try book.applications.receiveDocuments(referred.application, codes: ["tax-return"], clerk)
        }
        #expect(throws: PuhuiError.invalid("application A-2026-000001: already on file: application-form")) {
            try book.applications.receiveDocuments(referred.application, codes: ["application-form"], clerk)
        }
        #expect(throws: PuhuiError(.unauthorized, "application A-2026-000001: clerk.ma entered it and cannot also waive its documents; another underwriter must")) {
            try book.applications.waiveDocument(referred.application, code: "business-licence", reason: "seen", clerk)
        }
        let zhang = book.context("zhang.wei", at: at("2026-06-28T16:00"))
        #expect(throws: PuhuiError.invalid("a waiver needs a reason")) {
            try book.applications.waiveDocument(referred.application, code: "business-licence", reason: "  ", zhang)
        }
        #expect(try book.count("application_document") == 0)
        #expect(try book.applications.waiveDocument(referred.application, code: "business-licence", reason: "licence checked on the national registry", zhang).isEmpty)
        #expect(throws: PuhuiError.refused("application A-2026-000001: business-licence is waived; only a missing document can be waived")) {
            try book.applications.waiveDocument(referred.application, code: "business-licence", reason: "again", zhang)
        }
        let file = try book.applications.caseFile(referred.application, book.context("li.na", at: at("2026-06-29T09:00")))
        let licence = try #require(file.documents.first { $0.code == "business-licence" })
        #expect(licence.status == .waived && licence.by == "zhang.wei" && licence.reason == "licence checked on the national registry")
        let policy = try book.applications.approve(referred.application, note: nil, liNa)
        #expect(policy.startDate == CivilDate(iso: "2026-07-01"))
        #expect(try book.storage.read { try $0.audit.events(subjects: [referred.application]) }.map(\.action)
                == ["applied", "decided refer", "document waived", "approved", "policy issued"])
        #expect(throws: PuhuiError.refused("application A-2026-000001 is issued, not waiting in the underwriting queue")) {
            try book.applications.receiveDocuments(referred.application, codes: ["business-licence"], clerk)
        }
        #expect(try book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func anOfferIsOpenToTheEndOfItsLastDayAndThenExpires() throws {
        let book = try TestBook()
        // Applied 2026-06-28 10:00; PH-PROP-SHOP declares no validity, so 30 days: open to 24:00 on 2026-07-28.
        let first = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: bigProperty, start: "2026-08-01")
        let second = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: bigProperty, start: "2026-08-01")
        let policy = try book.applications.approve(first.application, note: nil, book.context("li.na", at: at("2026-07-28T23:59:59")))
        #expect(policy.startDate == CivilDate(iso: "2026-08-01"))
        #expect(throws: PuhuiError.refused("application A-2026-000002: the offer was open for 30 days, until the end of 2026-07-28; it can no longer be approved (uw expire records it expired) and the applicant must apply again")) {
            try book.applications.approve(second.application, note: nil, book.context("li.na", at: at("2026-07-29T00:00")))
        }
        #expect(try book.applications.expireReferrals(book.context("li.na", at: at("2026-07-28T23:59:59"))).isEmpty)
        let expired = try book.applications.expireReferrals(book.context("li.na", at: at("2026-07-29T00:00")))
        #expect(expired.map(\.application) == [second.application] && expired.first?.openUntil == at("2026-07-29T00:00"))
        #expect(try book.storage.read { try $0.policies.application(second.application) }.status == .expired)
        let events = try book.storage.read { try $0.audit.events(subjects: [second.application]) }
        #expect(events.last?.action == "expired" && events.last?.after == "offer open for 30 days, until the end of 2026-07-28")
        #expect(try book.applications.queue(book.context("li.na", at: at("2026-07-29T00:00"))).isEmpty)
        #expect(throws: PuhuiError.refused("application A-2026-000002 is expired, not waiting in the underwriting queue")) {
            try book.applications.approve(second.application, note: nil, book.context("li.na", at: at("2026-07-29T00:00")))
        }
        let stats = try book.applications.stats(from: CivilDate(iso: "2026-06-01")!, to: CivilDate(iso: "2026-06-30")!, Fixtures.regulator)
        #expect(stats.total.referredExpired == 1 && stats.total.referredApproved == 1 && stats.total.referredWaiting == 0)
        // Expiring is an underwriter's or administrator's step.
        #expect(throws: PuhuiError(.unauthorized, "chen.jie may not expire referrals past their offer validity: role admin or underwriter needed")) {
            try book.applications.expireReferrals(book.context("chen.jie", at: at("2026-07-29T00:00")))
        }
        #expect(try book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func aStartInThePastNeedsANewStartWhichMovesTheTermInstalmentsAndWaitingPeriods() throws {
        let book = try TestBook()
        // The business owner P-000006 declares an abnormal health condition: referred; monthly premiums; waiting periods 30 and 90 days.
        let referred = try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: #"{"plan": "standard", "healthDeclaration": "abnormal"}"#,
                                      start: "2026-07-01", at: "2026-06-28T10:00", frequency: .monthly)
        #expect(referred.decision.outcome == .refer)
        let offered = referred.quote
        let liNa = book.context("li.na", at: at("2026-07-10T09:00"))
        #expect(throws: PuhuiError.refused("application A-2026-000001: cover would start on 2026-07-01, before the day of approval (2026-07-10); give a new start date on or after 2026-07-10")) {
            try book.applications.approve(referred.application, note: nil, liNa)
        }
        #expect(throws: PuhuiError.invalid("application A-2026-000001: the new start 2026-07-09 is before the day of approval (2026-07-10)")) {
            try book.applications.approve(referred.application, note: nil, start: CivilDate(iso: "2026-07-09"), liNa)
        }
        #expect(try book.count("policy") == 0)
        let policy = try book.applications.approve(referred.application, note: "declaration reviewed", start: CivilDate(iso: "2026-07-15"), liNa)
        // Twelve months from 2026-07-15: to 2027-07-14; the premium offered stands; 12 instalments from the new start.
        #expect(policy.startDate == CivilDate(iso: "2026-07-15") && policy.endDate == CivilDate(iso: "2027-07-14"))
        #expect(policy.premium == offered.premium)
        #expect(policy.instalments.count == 12 && policy.instalments.first?.dueDate == CivilDate(iso: "2026-07-15")
                && policy.instalments.last?.dueDate == CivilDate(iso: "2027-06-15"))
        #expect(policy.instalments.reduce(Money.zero) { $0 + $1.amount } == offered.premium)
        // Waiting periods move with the start: 30 days from 2026-07-01 was 2026-07-31, now 2026-08-14.
        let shift = 14
        for coverage in policy.coverages {
            let before = try #require(offered.coverages.first { $0.code == coverage.code })
            #expect(coverage.coverFrom == before.coverFrom?.adding(days: shift), "\(coverage.code)")
        }
        #expect(policy.coverages.contains { $0.coverFrom != nil })
        let approved = try #require(try book.storage.read { try $0.audit.events(subjects: [referred.application]) }.first { $0.action == "approved" })
        #expect(approved.after?.hasSuffix("; start moved from 2026-07-01 to 2026-07-15, cover to 2027-07-14") == true)
        let application = try book.storage.read { try $0.policies.application(referred.application) }
        #expect(application.startDate == CivilDate(iso: "2026-07-15") && application.quote.startDate == CivilDate(iso: "2026-07-15"))
        #expect(try book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }
}
