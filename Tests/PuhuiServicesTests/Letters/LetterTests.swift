import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// The letters the law requires and the customer expects: each rendered, kept with its claim or
/// policy, and its SHA-256 on the event that sent it (so the audit chain covers it).
@Suite struct LetterTests {
    static let insurer: InsurerProfile = {
        do { return try Fixtures.environment.insurerProfile() } catch { preconditionFailure("\(error)") }
    }()

    /// A claim book whose claim service writes letters.
    func book() throws -> (ClaimBook, ClaimService) {
        let b = try ClaimBook()
        return (b, ClaimService(storage: b.book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar, letterhead: Self.insurer))
    }

    var letters: (ClaimBook) -> LetterService {
        { LetterService(storage: $0.book.storage, clock: TestBook.clock, letterhead: Self.insurer) }
    }

    func actor(_ b: ClaimBook, _ at: String) -> ActionContext { b.actor(at) }

    /// The letter `reference` and the text of the event that sent it.
    func sent(_ b: ClaimBook, _ service: ClaimService, claim: String, kind: LetterKind) throws -> (Letter, ClaimEvent) {
        let record = try #require(try service.letters(claim, b.actor("2026-11-23T12:00")).last { $0.kind == kind })
        let letter = try letters(b).letter(record.reference, b.actor("2026-11-23T12:00"))
        let event = try #require(try service.timeline(claim, b.actor("2026-11-23T12:00")).last { $0.detail.contains(record.reference) })
        return (letter, event)
    }

    func html(_ letter: Letter) -> String { String(decoding: letter.bytes, as: UTF8.self) }

    /// Self-contained: no script, no external file, escaped.
    func expectSelfContained(_ text: String) {
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        for forbidden in ["<script", "<link", " src=", "<img", "@import", "url("] { #expect(!text.contains(forbidden), "\(forbidden)") }
        #expect(text.contains("@page { size: A4"))
        #expect(text.contains(Self.insurer.nameZh) && text.contains(Self.insurer.servicePhone))
    }

    @Test func theArt22RequestNamesEveryMissingDocumentOnceAndItsHashIsOnTheEvent() throws {
        let (b, service) = try book()
        let claim = try service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 60_000),
                                       description: nil, actor(b, "2026-03-02T09:00")).claim
        _ = try service.receiveDocuments(claim.reference, codes: ["claim-form"], actor(b, "2026-03-02T10:00"))
        _ = try service.requestDocuments(claim.reference, also: ["police-report", "loss-list"], actor(b, "2026-03-02T11:00"))
        let (letter, event) = try sent(b, service, claim: claim.reference, kind: .documentRequest)
        #expect(letter.record.reference == "LTR-2026-000001" && letter.record.subject == claim.reference && letter.record.createdBy == "liu.yang")
        #expect(letter.record.sha256 == CanonicalJSON.sha256(bytes: letter.bytes))
        #expect(event.action == "request-docs" && event.detail.hasSuffix("; letter LTR-2026-000001 document-request sha256 \(letter.record.sha256)"))
        let text = html(letter)
        expectSelfContained(text)
        #expect(text.contains("理赔材料一次性补充通知书") && text.contains("第二十二条") && text.contains("2026年3月2日"))
        // Missing: the five still required besides the claim form, and the police report asked for in addition; each once.
        for name in ["损失清单", "现场及受损财产照片", "消防部门火灾事故认定书", "维修或重置发票", "收款账户信息", "公安机关报案回执"] {
            #expect(text.components(separatedBy: "<td>\(name)（").count == 2, "\(name)")
        }
        #expect(text.contains("共 6 项") && text.contains("已收到的材料：索赔申请书"))
        #expect(!text.contains("<td>索赔申请书（"))
        // Addressed to the policyholder (no claimant recorded), a firm named in full.
        #expect(text.contains("致 上海小禾餐饮管理有限公司（投保人）："))
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func theArt24NoticeGivesTheReasonsEscapedAndTheClaimantsRights() throws {
        let (b, service) = try book()
        let claim = try service.report(policy: b.policies[.termLife]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "death", claimed: Money(yuan: 500_000),
                                       description: nil, actor(b, "2026-03-02T09:00")).claim
        _ = try service.recordParty(claim.reference, ClaimPartyInput(role: .claimant, name: "王大伟", relation: .spouse, phone: "13900001111"), actor(b, "2026-03-02T09:30"))
        try b.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try service.decide(claim.reference, covered: false, reason: "death within the <b>exclusion</b> period & self-inflicted", actor(b, "2026-03-04T10:00"))
        _ = try service.rejectNotice(claim.reference, actor(b, "2026-03-05T10:00"))
        let (letter, event) = try sent(b, service, claim: claim.reference, kind: .rejectionNotice)
        #expect(event.action == "reject-notice" && event.detail.contains("sha256 \(letter.record.sha256)"))
        let text = html(letter)
        expectSelfContained(text)
        #expect(text.contains("death within the &lt;b&gt;exclusion&lt;/b&gt; period &amp; self-inflicted"))
        #expect(text.contains("致 王大伟（索赔申请人）："))
        #expect(text.contains("消费者投诉热线 12378") && text.contains("国家金融监督管理总局") && text.contains("申请仲裁") && text.contains("人民法院提起诉讼"))
        // Term life is life insurance: five years to sue (Art. 26).
        #expect(text.contains("诉讼时效期间为五年") && text.contains("第二十四条"))
    }

    @Test func aPaymentAdviceFollowsEveryPaymentMadeWithTheAccountMasked() throws {
        let (b, service) = try book()
        let claim = try service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 300_000),
                                       description: nil, b.actor("2026-03-02T09:00", "chen.jie")).claim
        _ = try service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: "上海小禾餐饮管理有限公司", relation: .policyholder,
                                                                     bankName: "中国工商银行", bankAccount: "6222021234567890"), b.actor("2026-03-02T09:30", "chen.jie"))
        try b.completeDocuments(claim, at: "2026-03-03T10:00")
        _ = try service.decide(claim.reference, covered: true, reason: nil, b.actor("2026-03-04T10:00", "chen.jie"))
        _ = try service.agree(claim.reference, loss: Money(yuan: 250_000), b.actor("2026-03-05T10:00", "chen.jie"))
        // Above chen.jie's 50000.00: waits, no advice yet; approved by zhao.min: the advice goes out with the approval.
        guard case .pending = try service.pay(claim.reference, amount: Money(yuan: 249_000), advance: false, b.actor("2026-03-06T10:00", "chen.jie")) else {
            Issue.record("the payment should wait for approval")
            return
        }
        #expect(try service.letters(claim.reference, b.actor("2026-11-23T12:00")).filter { $0.kind == .paymentAdvice }.isEmpty)
        _ = try service.approvePayment(claim.reference, b.actor("2026-03-06T11:00", "zhao.min"))
        let (letter, event) = try sent(b, service, claim: claim.reference, kind: .paymentAdvice)
        #expect(event.action == "approve-payment" && letter.record.createdBy == "zhao.min")
        let text = html(letter)
        expectSelfContained(text)
        #expect(text.contains("致 上海小禾餐饮管理有限公司（领款人）：") && text.contains("249,000.00 元"))
        #expect(text.contains("****7890") && !text.contains("6222021234567890"))
        #expect(text.contains("第二十三条"))
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
    }

    @Test func aPolicyScheduleIsKeptWithThePolicyAndCoveredByTheChain() throws {
        let (b, _) = try book()
        let number = b.policies[.accident]!
        let underwriter = b.book.context("clerk.ma", at: Instant(parsing: "2026-01-04T11:00")!)
        let letter = try letters(b).issueSchedule(number, underwriter)
        let text = html(letter)
        expectSelfContained(text)
        #expect(text.contains("保险单明细表") && text.contains(number) && text.contains("自2026年1月5日零时起至2027年1月4日二十四时止"))
        // The insured persons masked: 王芳 (P-000005) as 王*, her identity number as 110105********…
        #expect(text.contains("<td>王*</td>") && !text.contains("王芳"))
        #expect(text.contains("第十三条"))
        let events = try b.book.storage.read { try $0.audit.events(subjects: [number]) }
        #expect(events.last?.action == "schedule sent" && events.last?.after == letter.record.eventText)
        #expect(try letters(b).letters(about: number, underwriter).map(\.reference) == [letter.record.reference])
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak == nil)
        // Letters are kept as sent: the database refuses a change; changed around the trigger, the chain and the read find it.
        #expect(throws: (any Error).self) { try b.book.storage.writer.write { try $0.execute(sql: "UPDATE letter SET bytes = x'00'") } }
        try b.book.storage.writer.write { db in
            try db.execute(sql: "DROP TRIGGER letter_no_update")
            try db.execute(sql: "UPDATE letter SET bytes = CAST(replace(CAST(bytes AS TEXT), '2027年1月4日', '2028年1月4日') AS BLOB)")
        }
        #expect(try b.book.engine.audit.verify(Fixtures.regulator).firstBreak?.row == number)
        #expect(throws: PuhuiError.corrupt(table: "letter", row: letter.record.reference, "its bytes do not hash to the SHA-256 recorded when it was sent")) {
            try letters(b).letter(letter.record.reference, underwriter)
        }
    }

    @Test func aCustomerReadsTheirOwnLettersOnly() throws {
        let (b, service) = try book()
        let claim = try service.report(policy: b.policies[.property]!, lossDate: CivilDate(iso: "2026-03-01")!, type: "fire", claimed: Money(yuan: 6000),
                                       description: nil, actor(b, "2026-03-02T09:00")).claim
        _ = try service.requestDocuments(claim.reference, also: [], actor(b, "2026-03-02T10:00"))
        let owner = ActionContext(user: AuthenticatedUser(name: "u.customer", roles: [.customer], party: "P-000001"), at: Instant(parsing: "2026-11-23T12:00")!)
        #expect(try letters(b).letter("LTR-2026-000001", owner).record.subject == claim.reference)
        #expect(try letters(b).letters(about: claim.reference, owner).count == 1)
        var stranger = owner
        stranger.user.party = "P-000002"
        #expect(throws: PuhuiError.notFound("letter LTR-2026-000001 does not exist")) { try letters(b).letter("LTR-2026-000001", stranger) }
        #expect(throws: PuhuiError.notFound("claim \(claim.reference) does not exist")) { try letters(b).letters(about: claim.reference, stranger) }
        #expect(throws: PuhuiError(.unauthorized, "u.customer may not issue policy schedules: role underwriter needed")) {
            try letters(b).issueSchedule(b.policies[.property]!, owner)
        }
    }
}
