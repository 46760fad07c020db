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

/// Applications online: a customer applies for their own party, accepted, referred or declined
/// with reasons and the documents their segment is asked for; underwriters decide referrals.
@Suite struct UnderwritingAPITests {
    static func application(holder: String = "P-000001", sumInsured: String = "800000", occupancy: String = "retail-shop",
                            documents: String = #"["application-form", "business-licence"]"#) -> String {
        #"{"product": "PH-PROP-SHOP", "holder": "\#(holder)", "start": "2026-12-01", "documents": \#(documents), "risk": {"sumInsured": "\#(sumInsured)", "occupancy": "\#(occupancy)", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}}"#
    }

    func apply(_ client: any TestClientProtocol, _ token: String, _ body: String, key: String? = nil) async throws -> TestResponse {
        var headers = HTTPFields.json(bearer: token)
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await client.execute(uri: "/api/v1/applications", method: .post, headers: headers, body: ByteBuffer(text: body))
    }

    @Test func aCustomerIsAcceptedWithTheReducedDocumentList() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            let response = try await apply(client, owner, Self.application(), key: "apply-1")
            #expect(response.status == .created, "\(response.text)")
            let outcome = try response.decode(Components.Schemas.ApplicationOutcome.self)
            #expect(outcome.decision == .accept && outcome.reasons.isEmpty && outcome.segment == "micro-enterprise")
            // A micro enterprise is asked for the reduced list only (application form, business licence).
            #expect(outcome.documentsRequired == ["application-form", "business-licence"] && outcome.documentsMissing.isEmpty)
            let policy = try #require(outcome.policy)
            #expect(policy.holder == "P-000001" && policy.startDate == "2026-12-01" && policy.status == .inForce)
            #expect(response.headers[.location] == "/api/v1/applications/\(outcome.application)")
            // The retry opens nothing new.
            let again = try await apply(client, owner, Self.application(), key: "apply-1")
            #expect(again.status == .created && again.text == response.text)

            let read = try await client.execute(uri: "/api/v1/applications/\(outcome.application)", method: .get, headers: .bearer(owner))
            let application = try read.decode(Components.Schemas.Application.self)
            #expect(application.status == .issued && application.policy == policy.number)
            let mine = try await client.execute(uri: "/api/v1/policies/\(policy.number)", method: .get, headers: .bearer(owner))
            #expect(try mine.decode(Components.Schemas.Policy.self).premium == policy.premium)
            // Another customer does not see it.
            let other = try await client.execute(uri: "/api/v1/applications/\(outcome.application)", method: .get, headers: .bearer(try book.token("other.owner")))
            #expect(other.status == .notFound)
        }
        // Two policies from the fixture and one from this application.
        #expect(try await book.storage.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM policy") } == 3)
    }

    @Test func aCustomerMayNotApplyForAnotherHolderAndAProblemRiskIsLocated() async throws {
        let book = try OnlineBook()
        let owner = try book.token("shop.owner")
        try await book.serve { client in
            #expect(try await apply(client, owner, Self.application(holder: "P-000002")).status == .forbidden)
            let bad = try await apply(client, owner, Self.application(occupancy: "casino"))
            #expect(bad.status == .badRequest)
            let problem = try bad.problem()
            // The risk's problem points into the body as sent (one line: column of "casino").
            #expect(problem.diagnostics?.first?.line == 1 && problem.diagnostics?.first?.path == "request body")
            let unknownDocument = try await apply(client, owner, Self.application(documents: #"["passport"]"#))
            #expect(try unknownDocument.status == .badRequest && unknownDocument.problem().field == "documents")
            #expect(try await apply(client, owner, "{\"product\": \"PH-PROP-SHOP\", \"holder\": \"P-000001\", \"risk\": 3}").status == .badRequest)
        }
    }

    @Test func underwritersWorkTheQueue() async throws {
        let book = try OnlineBook()
        let (owner, clerk, zhang) = (try book.token("shop.owner"), try book.token("clerk.ma"), try book.token("zhang.wei"))
        try await book.serve { client in
            // Above the automatic limit: referred, with the rule that referred it.
            let referred = try await apply(client, owner, Self.application(sumInsured: "3500000")).decode(Components.Schemas.ApplicationOutcome.self)
            #expect(referred.decision == .refer && !referred.reasons.isEmpty && referred.policy == nil)
            let second = try await apply(client, owner, Self.application(sumInsured: "3400000")).decode(Components.Schemas.ApplicationOutcome.self)
            let queue = try await client.execute(uri: "/api/v1/underwriting/queue", method: .get, headers: .bearer(clerk))
            #expect(try queue.decode(Components.Schemas.UnderwritingQueue.self).applications.map(\.application) == [referred.application, second.application])
            #expect(try await client.execute(uri: "/api/v1/underwriting/queue", method: .get, headers: .bearer(owner)).status == .forbidden)

            let declined = try await client.execute(uri: "/api/v1/applications/\(second.application)/decline", method: .post, headers: .json(bearer: clerk),
                                                    body: ByteBuffer(text: #"{"reason": "outside appetite"}"#))
            #expect(declined.status == .ok)
            let file = try declined.decode(Components.Schemas.Application.self)
            #expect(file.status == .declined && file.decisionNote == "outside appetite")
            #expect(try await client.execute(uri: "/api/v1/applications/\(second.application)/decline", method: .post, headers: .json(bearer: clerk),
                                             body: ByteBuffer(text: #"{"reason": ""}"#)).status == .badRequest)

            // zhang.wei's authority covers 3,500,000 (config/underwriters.csv).
            let approved = try await client.execute(uri: "/api/v1/applications/\(referred.application)/approve", method: .post, headers: .json(bearer: zhang),
                                                    body: ByteBuffer(text: #"{"note": "site visit done"}"#))
            #expect(approved.status == .created, "\(approved.text)")
            let policy = try approved.decode(Components.Schemas.Policy.self)
            #expect(approved.headers[.location] == "/api/v1/policies/\(policy.number)" && policy.sumInsured == "3500000.00")
            let twice = try await client.execute(uri: "/api/v1/applications/\(referred.application)/approve", method: .post, headers: .json(bearer: zhang),
                                                 body: ByteBuffer(text: "{}"))
            #expect([.conflict, .unprocessableContent].contains(twice.status))
            #expect(try await client.execute(uri: "/api/v1/applications/A-2026-999999", method: .get, headers: .bearer(clerk)).status == .notFound)
        }
    }

    @Test func theRegulatorReadsTheExtractAsJSONCSVAndXML() async throws {
        let book = try OnlineBook()
        let (regulator, clerk) = (try book.token("regulator.guo"), try book.token("clerk.ma"))
        try await book.serve { client in
            let json = try await client.execute(uri: "/api/v1/stats/extract?from=2026-01-01&to=2026-06-30", method: .get, headers: .bearer(regulator))
            #expect(json.status == .ok)
            expectMediaType(json.headers[.contentType], "application/json")
            let object = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            #expect((object?["extract"] as? [String: Any])?["periodFrom"] as? String == "2026-01-01" && object?["contentSha256"] is String)
            let csv = try await client.execute(uri: "/api/v1/stats/extract?from=2026-01-01&to=2026-06-30&format=csv", method: .get, headers: .bearer(regulator))
            #expect(csv.status == .ok && !csv.text.isEmpty)
            expectMediaType(csv.headers[.contentType], "text/csv")
            let xml = try await client.execute(uri: "/api/v1/stats/extract?from=2026-01-01&to=2026-06-30&format=xml", method: .get, headers: .bearer(regulator))
            #expect(xml.status == .ok && xml.text.hasPrefix("<?xml"))
            #expect(try await client.execute(uri: "/api/v1/stats/extract?from=2026-01-01&to=2026-06-30", method: .get, headers: .bearer(clerk)).status == .forbidden)
            #expect(try await client.execute(uri: "/api/v1/stats/extract?from=2027-01-01&to=2027-06-30", method: .get, headers: .bearer(regulator)).status == .badRequest)
            #expect(try await client.execute(uri: "/api/v1/stats/extract?from=2026-01-01&to=2026-06-30&asOf=yesterday", method: .get, headers: .bearer(regulator)).status == .badRequest)
        }
    }
}
