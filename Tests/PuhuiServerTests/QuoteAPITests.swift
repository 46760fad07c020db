import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiDomain
@testable import PuhuiServer
@testable import PuhuiServices
@testable import PuhuiStorage

/// `POST /api/v1/quotes` and `GET /api/v1/quotes/{id}`: every answer they can give.
@Suite struct QuoteAPITests {
    func post(_ client: any TestClientProtocol, _ body: String, headers: HTTPFields = .json) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/quotes", method: .post, headers: headers, body: ByteBuffer(text: body))
    }

    @Test func aRiskIsPricedStoredAndReadBack() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            let created = try await post(client, try ServerFixtures.quoteRequest("PH-PROP-SHOP", example: "property-shop"), headers: .json(bearer: clerk))
            #expect(created.status == .created)
            let quote = try created.decode(Components.Schemas.Quote.self)
            #expect(quote.id == "Q-000001")
            #expect(created.headers[.location] == "/api/v1/quotes/Q-000001")
            // 800000 × 0.00075 (retail shop, class 2) × 1.00 (extinguishers) × 0.95 (deductible 1000)
            // × 1.00 (one claim) = 570.00; theft 20000 at the flat rate = 240.00; together 810.00.
            #expect(quote.premium == "810.00")
            #expect(quote.product == "PH-PROP-SHOP" && quote.productVersion == 1 && quote.line == .property)
            #expect(quote.asOf == "2026-06-30" && quote.startDate == "2026-06-30" && quote.endDate == "2027-06-29")
            #expect(quote.coverages.map(\.premium) == ["570.00", "240.00"])
            #expect(quote.worksheet.first?.name == "Sum insured (PROPERTY)" && quote.worksheet.first?.amount == "800000.00")
            #expect(quote.worksheet.contains { $0.table == "property-base-rate@2026-01-01" && $0.factor == "0.00075" && $0.amount == "600.00" })
            #expect(quote.tableVersions.count == 4)

            let read = try await client.execute(uri: "/api/v1/quotes/Q-000001", method: .get, headers: .bearer(clerk))
            #expect(read.status == .ok)
            #expect(try read.decode(Components.Schemas.Quote.self) == quote)
        }
        // The risk is stored as sent, in compact JSON with the numbers as written, as clerk.ma's.
        let stored = try QuoteService(storage: book, clock: ServerFixtures.clock)
            .storedQuote("Q-000001", ActionContext(user: AuthenticatedUser(name: "clerk.ma", roles: [.underwriter]), at: ServerFixtures.clock.now()))
        #expect(stored.createdBy == "clerk.ma")
        #expect(stored.riskText == #"{"sumInsured":"800000","occupancy":"retail-shop","construction":"class-2","fireProtection":"extinguishers","deductible":"1000","claimsLast3Years":1,"theftSumInsured":"20000"}"#)
    }

    @Test func everyLineIsQuotedFromItsExampleRisk() async throws {
        let examples = [("PH-PROP-SHOP", "property-shop", "810.00"), ("PH-LIAB-MICRO", "liability-micro", "3174.00"),
                        ("PH-EXCR-SME", "export-credit-sme", "13605.00"), ("PH-ACC-GROUP", "accident-group", "2385.00"),
                        ("PH-HLTH-OWNER", "health-owner", "455.00"), ("PH-TERM-KEY", "term-life-key", "5419.76"),
                        ("PH-PENS-FLEX", "pension-flex", "9600.00")]
        let book = try ServerFixtures.book()
        try await TestServer.with(storage: book) { client in
            for (product, example, premium) in examples {
                // The same premiums as `puhui quote --as-of 2026-06-30 --risk examples/risks/<example>.json`,
                // asked anonymously: priced, not kept.
                let response = try await post(client, try ServerFixtures.quoteRequest(product, example: example))
                #expect(response.status == .ok, "\(product): \(response.text)")
                let quote = try response.decode(Components.Schemas.Quote.self)
                #expect(quote.premium == premium && quote.id == nil && response.headers[.location] == nil, "\(product)")
            }
        }
        #expect(try await book.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quote") } == 0)
    }

    @Test func personsBuyersAndPensionsAppearWithoutPartyIds() async throws {
        try await TestServer.with { client in
            let group = try await post(client, try ServerFixtures.quoteRequest("PH-ACC-GROUP", example: "accident-group")).decode(Components.Schemas.Quote.self)
            #expect(group.insuredPersons?.map(\.index) == [1, 2, 3, 4, 5])
            #expect(!group.insuredPersons!.contains { $0.occupationClass == nil })
            let exports = try await post(client, try ServerFixtures.quoteRequest("PH-EXCR-SME", example: "export-credit-sme")).decode(Components.Schemas.Quote.self)
            // The third buyer asks for 3500000.00; the product caps a buyer's limit lower.
            #expect(exports.buyers?.map(\.requestedLimit) == ["800000.00", "500000.00", "3500000.00"])
            #expect(exports.buyers.map { $0[2].limit != $0[2].requestedLimit } == true)
            let pension = try await post(client, try ServerFixtures.quoteRequest("PH-PENS-FLEX", example: "pension-flex")).decode(Components.Schemas.Quote.self)
            #expect(pension.pension?.bases.isEmpty == false)
            let life = try await post(client, try ServerFixtures.quoteRequest("PH-TERM-KEY", example: "term-life-key")).decode(Components.Schemas.Quote.self)
            #expect(life.netPremium != nil)
        }
    }

    @Test func aDefaultRatingDateIsTodayInChina() async throws {
        try await TestServer.with { client in
            let body = "{\"product\": \"PH-PROP-SHOP\", \"risk\": \(try ServerFixtures.text("examples/risks/property-shop.json"))}"
            let quote = try await post(client, body).decode(Components.Schemas.Quote.self)
            #expect(quote.asOf == "2026-11-23")
        }
    }

    /// A name the product does not declare is reported first (a misspelling must not also read
    /// as the declared field missing); with the names right, every value problem is listed.
    @Test func riskProblemsAreListedAtTheirLinesAndColumnsInTheBody() async throws {
        try await TestServer.with { client in
            func body(_ theftField: String) -> String {
                """
                {
                  "product": "PH-PROP-SHOP",
                  "asOf": "2026-06-30",
                  "risk": {
                    "sumInsured": "lots",
                    "occupancy": "retail-shop",
                    "construction": "class-9",
                    "fireProtection": "extinguishers",
                    "deductible": "1000",
                    "\(theftField)": "20000"
                  }
                }
                """
            }
            func diagnostics(_ response: TestResponse) throws -> [String] {
                try #require(try response.problem().diagnostics).map { "\($0.path):\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
            }
            let misspelt = try await post(client, body("theftSumInsure"))
            #expect(misspelt.status == .badRequest)
            let problem = try misspelt.problem()
            #expect(problem._type == "/problems/invalid-input" && problem.field == "risk")
            #expect(problem.detail == "1 error in the risk; nothing was stored")
            #expect(try diagnostics(misspelt) == [
                "request body:10:23: field 'theftSumInsure': is not a risk field of PH-PROP-SHOP v1; did you mean 'theftSumInsured'? "
                    + "(fields: sumInsured, occupancy, construction, fireProtection, deductible, claimsLast3Years, theftSumInsured, startDate)",
            ])
            let values = try await post(client, body("theftSumInsured"))
            #expect(values.status == .badRequest)
            #expect(try values.problem().detail == "2 errors in the risk; nothing was stored")
            #expect(try diagnostics(values) == [
                "request body:5:19: field 'sumInsured': 'lots' is not an amount in yuan (such as 800000 or 1234.50)",
                "request body:7:21: field 'construction': 'class-9' is not one of class-1, class-2, class-3, class-4",
            ])
        }
    }

    @Test func bodiesThatAreNotTheContractsShapeAre400NamingTheField() async throws {
        try await TestServer.with { client in
            let cases: [(String, String, String)] = [
                ("{\"product\": \"PH-PROP-SHOP\"\n \"risk\": {}}", "body", "the request body is not valid JSON: expected ',' or '}' (line 2, column 2)"),
                ("", "body", "the request body is not valid JSON: unexpected end of the document (line 1, column 1)"),
                ("{\"risk\": {}}", "product", "field 'product' is missing"),
                ("{\"product\": \"PH-PROP-SHOP\"}", "risk", "field 'risk' is missing"),
                ("{\"product\": \"PH-PROP-SHOP\", \"risk\": \"big\"}", "risk", "field 'risk' has the wrong type: Expected to decode Dictionary<String, Any> but found a string instead."),
                ("{\"product\": 7, \"risk\": {}}", "product", "field 'product' has the wrong type: Expected to decode String but found number instead."),
                ("{\"product\": \"PH-PROP-SHOP\", \"asof\": \"2026-06-30\", \"risk\": {}}", "asof", "field 'asof' is not a field of this request"),
                ("{\"product\": \"PH-PROP-SHOP\", \"asOf\": \"2026-13-01\", \"risk\": {}}", "asOf", "asOf '2026-13-01' is not a date YYYY-MM-DD"),
            ]
            for (body, field, detail) in cases {
                let response = try await post(client, body)
                #expect(response.status == .badRequest, "\(body)")
                let problem = try response.problem()
                #expect(problem.field == field, "\(body)")
                #expect(problem.detail == detail, "\(body)")
            }
        }
    }

    /// Foundation's decoder lets a trailing comma pass; the risk is read by the engine's strict
    /// reader, which refuses it where it is, as it would in a risk file.
    @Test func aTrailingCommaInTheRiskIsRefusedWhereItIs() async throws {
        try await TestServer.with { client in
            let response = try await post(client, "{\"product\": \"PH-PROP-SHOP\", \"risk\": {\"a\": 1,}}")
            #expect(response.status == .badRequest)
            let problem = try response.problem()
            #expect(problem.diagnostics?.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == ["1:45: expected a quoted field name"])
        }
    }

    @Test func aDuplicatedRiskFieldIsRefusedWhereItIs() async throws {
        try await TestServer.with { client in
            let response = try await post(client, "{\"product\": \"PH-PROP-SHOP\", \"risk\": {\"sumInsured\": \"1\", \"sumInsured\": \"2\"}}")
            #expect(response.status == .badRequest)
            #expect(try response.problem().diagnostics?.map(\.message) == ["field \"sumInsured\" appears twice"])
        }
    }

    @Test func unknownProductsAndQuotesAre404() async throws {
        let book = try ServerFixtures.book()
        let clerk = try ServerFixtures.token(book, "clerk.ma")
        try await TestServer.with(storage: book) { client in
            let product = try await post(client, "{\"product\": \"PH-NOPE\", \"risk\": {}}")
            #expect(product.status == .notFound)
            #expect(try product.problem().detail == "product PH-NOPE is not in the catalog")
            let early = try await post(client, "{\"product\": \"PH-PROP-SHOP\", \"asOf\": \"2025-06-30\", \"risk\": {}}")
            #expect(early.status == .notFound)
            let quote = try await client.execute(uri: "/api/v1/quotes/Q-999999", method: .get, headers: .bearer(clerk))
            #expect(quote.status == .notFound)
            #expect(try quote.problem().detail == "quote Q-999999 does not exist")
        }
    }

    @Test func aRiskTheProductDeclinesIs422WithTheRule() async throws {
        try await TestServer.with { client in
            // Born 1950-01-01: 76 on 2026-06-30, above the health product's age limit of 60.
            let body = "{\"product\": \"PH-HLTH-OWNER\", \"asOf\": \"2026-06-30\", \"risk\": {\"plan\": \"standard\", \"insured\": [{\"sex\": \"female\", \"birthDate\": \"1950-01-01\"}]}}"
            let response = try await post(client, body)
            #expect(response.status == .unprocessableContent)
            let problem = try response.problem()
            #expect(problem._type == "/problems/declined" && problem.title == "Declined" && problem.detail.hasPrefix("rule UW-HLTH-AGE-HIGH: "))
        }
    }

    @Test func aBodyOfAnotherMediaTypeIs415() async throws {
        try await TestServer.with { client in
            let response = try await post(client, "product=PH-PROP-SHOP", headers: [.contentType: "application/x-www-form-urlencoded"])
            #expect(response.status == .unsupportedMediaType)
            #expect(try response.problem()._type == "/problems/unsupported-media-type")
        }
    }

    @Test func aStorageFailureIs500WithNothingOfItInTheAnswer() async throws {
        let log = LogRecord()
        try await TestServer.with(storage: FailingStorage(), log: log) { client in
            // The quote is read with a token, whose check is the first thing to reach the storage.
            for (method, uri, body) in [(HTTPRequest.Method.get, "/api/v1/products", nil), (.get, "/api/v1/products/PH-PROP-SHOP", nil),
                                        (.get, "/api/v1/quotes/Q-000001", nil),
                                        (.post, "/api/v1/quotes", "{\"product\": \"PH-PROP-SHOP\", \"risk\": {}}")] {
                let headers: HTTPFields = uri.hasPrefix("/api/v1/quotes/") ? .json(bearer: "puhui_" + String(repeating: "A", count: 43)) : .json
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(text: $0) })
                #expect(response.status == .internalServerError, "\(uri)")
                let problem = try response.problem()
                #expect(problem._type == "/problems/internal" && problem.title == "Internal error", "\(uri)")
                #expect(!response.text.contains("disk") && !response.text.contains("quote_v2") && problem.diagnostics == nil, "\(uri)")
                #expect(problem.detail.contains(problem.requestId), "\(uri)")
            }
        }
        // The log has what the operator needs, without the request's content.
        let failures = log.all.filter { $0.level == .error }
        #expect(failures.count == 4)
        #expect(failures.allSatisfy { $0.metadata["error.code"] == "storage" && $0.metadata["error.message"] == "database: disk I/O error in quote_v2" })
    }
}

/// A book whose every read and write fails as a broken disk would.
struct FailingStorage: PuhuiStorage {
    func read<T>(_ body: (any StorageSession) throws -> T) throws -> T {
        throw PuhuiError(.storage, "database: disk I/O error in quote_v2")
    }

    func write<T>(_ body: (any StorageSession) throws -> T) throws -> T {
        throw PuhuiError(.storage, "database: disk I/O error in quote_v2")
    }
}
