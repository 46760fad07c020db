import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiTestSupport
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// The Chinese pages in Chinese: the risk fields' labels, help and choices from the reference
/// data, the errors a customer meets on the forms, and document names instead of codes.
@Suite(.serialized) struct PageLanguageTests {
    @Test func everyRiskFieldAndKeyValueOfTheShippedProductsHasChineseWords() throws {
        let words = try RiskFieldWords.load(ServerFixtures.environment)
        let engine = ServerFixtures.engine(try ServerFixtures.book())
        var missing: [String] = []
        for summary in try engine.catalog.productsInForce(on: CivilDate(iso: "2026-06-30")!) {
            let (product, fields) = try engine.catalog.riskFields(code: summary.code, on: CivilDate(iso: "2026-06-30")!)
            for field in fields + fields.flatMap(\.items) where !["party", "startDate", "insured"].contains(field.name) && field.kind != .list {
                if words.words(product: product.code, field: field.name) == nil { missing.append("\(product.code) \(field.name)") }
                if case let .values(values) = field.allowed {
                    for value in values where words.value(product: product.code, field: field.name, value: value) == nil {
                        missing.append("\(product.code) \(field.name) = \(value)")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "no Chinese words for: \(missing)")
        // A product's own row comes before the one for every product.
        #expect(words.words(product: "PH-LIAB-MICRO", field: "deductible")?.help?.contains("公众责任") == true)
        #expect(words.words(product: "PH-PROP-SHOP", field: "deductible")?.help?.contains("财产损失") == true)
    }

    @Test(arguments: [
        ("product,field,label\n", "the header must be"),
        ("product,field,value,label,help\n*,sumInsured,,,\n", "product, field and label are required"),
        ("product,field,value,label,help\n*,a,,甲,\n*,a,,乙,\n", "* a is named twice"),
        ("product,field,value,label,help\n*,a,,\"甲,\n", "a quoted cell is not closed"),
        ("product,field,value,label,help\n*,a,甲\n", "a row has 5 cells, not 3"),
        ("# only a comment\n", "the file has no header"),
    ])
    func aMalformedWordsFileIsRefusedByLine(text: String, message: String) {
        #expect(throws: PuhuiError.self) { try RiskFieldWords(parsing: SourceText(path: "words.csv", text: text)) }
        do {
            _ = try RiskFieldWords(parsing: SourceText(path: "words.csv", text: text))
        } catch let error as PuhuiError {
            #expect(error.diagnostics.contains { $0.message.hasPrefix(message) }, "\(error.diagnostics)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func theRiskMessagesSayTheSameFactsInChinese() {
        let cases: [(String, String)] = [
            ("field 'sumInsured': is missing", "必填"),
            ("field 'sumInsured': '12x' is not an amount in yuan (such as 800000 or 1234.50)", "「12x」不是有效金额，请填写如 800000 或 1234.50"),
            ("field 'sumInsured': 10.00 is not an allowed amount for PROPERTY (50000 to 5000000 in steps of 10000)",
             "10.00 元不在允许的金额范围内（50000 to 5000000 in steps of 10000）"),
            ("field 'claimsLast3Years': 'x' is not a whole number", "「x」不是整数"),
            ("field 'claimsLast3Years': 2000 is outside the allowed 0 to 1000", "2000 超出允许范围（0 to 1000）"),
            ("field 'construction': 'class-9' is not one of class-1, class-2", "「class-9」不是可选的值；可选：class-1、class-2"),
            ("field 'x': something new", "请检查此项（something new）"),
        ]
        for (english, chinese) in cases {
            #expect(PageErrors.risk(english, .zh) == chinese)
            #expect(PageErrors.risk(english, .en) == english)
        }
        let lapsed = PuhuiError.invalid("policy PL-1 had lapsed on the loss date 2026-08-10: …", field: "lossDate")
        #expect(PageErrors.message(lapsed, .zh).hasPrefix("出险日保单已因欠缴保费超过宽限期而失效"))
        #expect(PageErrors.message(lapsed, .en) == lapsed.message)
        // Anything else: Chinese by its code, the engine's words kept.
        #expect(PageErrors.message(PuhuiError.refused("claim CLM-1 is closed"), .zh) == "这笔赔案当前的状态不能进行此操作（claim CLM-1 is closed）")
        #expect(PageErrors.message(PuhuiError(.conflict, "already there"), .zh) == "与已有记录冲突（already there）")
    }

    @Test func theQuoteReportAndApplyFormsSpeakChinese() async throws {
        let book = try await PageTests.book()
        try await TestServer.with(storage: book.storage) { client in
            let session = try await PageTests.signIn(client, book.storage, "shop.owner")
            let csrf = WebSignInService.csrfToken(session: session)
            let form = try await client.execute(uri: "/quote/PH-PROP-SHOP", method: .get, headers: PageTests.cookie(session))
            #expect(form.text.contains(">建筑结构等级"))
            #expect(form.text.contains("1 级钢结构或钢筋混凝土，2 级砖混"))
            #expect(form.text.contains("<option value=\"class-2\">2 级（砖混）</option>"))
            #expect(!form.text.contains("Construction class: 1 steel") && !form.text.contains("an allowed amount of coverage"))
            #expect(form.text.contains("近三年出险次数 (次)"))
            let english = try await client.execute(uri: "/quote/PH-PROP-SHOP", method: .get, headers: [.cookie: "puhui_session=\(session); lang=en"])
            #expect(english.text.contains("Construction class: 1 steel") && english.text.contains("<option value=\"class-2\">class-2</option>"))

            // A sum insured the product does not allow: beside its field, in Chinese.
            let fields = "sumInsured=10&occupancy=retail-shop&construction=class-2&fireProtection=extinguishers&deductible=1000&csrf=\(csrf)"
            let refused = try await client.execute(uri: "/quote/PH-PROP-SHOP", method: .post, headers: PageTests.form(session), body: ByteBuffer(string: fields))
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("10.00 元不在允许的金额范围内"), "\(refused.text)")

            // A loss before the cover began (2026-07-01): in Chinese beside the date.
            let report = "policy=\(book.ownPolicy)&lossDate=2026-06-01&type=fire&claimed=1000&csrf=\(csrf)"
            let early = try await client.execute(uri: "/report", method: .post, headers: PageTests.form(session), body: ByteBuffer(string: report))
            #expect(early.status == .badRequest && early.text.contains("出险日不在保险期间内"), "\(early.text)")

            // Applying without the documents: the ones still needed by name.
            let priced = try await client.execute(uri: "/quote/PH-PROP-SHOP", method: .post, headers: PageTests.form(session),
                                                  body: ByteBuffer(string: fields.replacingOccurrences(of: "sumInsured=10&", with: "sumInsured=800000&")))
            let quote = try #require(priced.text.range(of: "name=\"quote\" value=\"").map { String(priced.text[$0.upperBound...].prefix { $0 != "\"" }) })
            let applied = try await client.execute(uri: "/apply", method: .post, headers: PageTests.form(session),
                                                   body: ByteBuffer(string: "quote=\(quote)&csrf=\(csrf)"))
            #expect(applied.status == .ok)
            #expect(applied.text.contains("<li>营业执照") || applied.text.contains("<li>投保单"), "\(applied.text)")
            #expect(!applied.text.contains("<li>business-licence</li>") && !applied.text.contains("<li>application-form</li>"))
        }
    }
}
