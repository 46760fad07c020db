import Foundation
import HTTPTypes
import HummingbirdTesting
import PuhuiAPI
import Testing
@testable import PuhuiServer

/// `GET /api/v1/products` and `GET /api/v1/products/{code}`: every answer they can give.
@Suite struct CatalogAPITests {
    @Test func productsInForceTodayAreListedByLineThenCode() async throws {
        try await TestServer.with { client in
            try await client.execute(uri: "/api/v1/products", method: .get) { response in
                #expect(response.status == .ok)
                expectMediaType(response.headers[.contentType], "application/json")
                let list = try response.decode(Components.Schemas.ProductList.self)
                // The engine's clock reads 2026-11-23; all eight shipped products are in force.
                #expect(list.asOf == "2026-11-23")
                #expect(list.products.map(\.code) == ["PH-PROP-SHOP", "PH-LIAB-MICRO", "PH-EXCR-SME", "PH-ACC-GROUP", "PH-HLTH-OWNER",
                                                      "PH-TERM-KEY", "PH-PENS-FLEX", "PH-CARGO-MICRO"])
                let shop = try #require(list.products.first)
                #expect(shop.version == 1 && shop.line == .property && shop.effectiveFrom == "2026-01-01" && shop.effectiveTo == nil)
                #expect(shop.name.en == "Shop and Small Workshop Property Insurance" && shop.name.zh == "小微商铺及作坊财产综合保险")
            }
        }
    }

    @Test func aDateBeforeTheCatalogStartsListsNothing() async throws {
        try await TestServer.with { client in
            // The shipped versions start on 2026-01-01: the day before has none, the day itself all.
            let before = try await client.execute(uri: "/api/v1/products?asOf=2025-12-31", method: .get)
            #expect(before.status == .ok)
            #expect(try before.decode(Components.Schemas.ProductList.self).products.isEmpty)
            let first = try await client.execute(uri: "/api/v1/products?asOf=2026-01-01", method: .get)
            #expect(try first.decode(Components.Schemas.ProductList.self).products.count == 8)
        }
    }

    @Test func aDateThatDoesNotExistIsA400NamingTheField() async throws {
        try await TestServer.with { client in
            for query in ["asOf=2026-02-30", "asOf=30/06/2026", "asOf="] {
                let response = try await client.execute(uri: "/api/v1/products?\(query)", method: .get)
                #expect(response.status == .badRequest, "\(query)")
                let problem = try response.problem()
                #expect(problem._type == "/problems/invalid-input" && problem.status == 400 && problem.field == "asOf", "\(query)")
                #expect(problem.detail.hasPrefix("asOf '"), "\(query)")
            }
        }
    }

    @Test func anAcceptHeaderWithoutJSONIsA406() async throws {
        try await TestServer.with { client in
            let response = try await client.execute(uri: "/api/v1/products", method: .get, headers: [.accept: "text/html"])
            #expect(response.status == .notAcceptable)
            #expect(try response.problem()._type == "/problems/not-acceptable")
        }
    }

    @Test func aProductInFullSaysWhoItIsForInPlainWords() async throws {
        try await TestServer.with { client in
            let response = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP", method: .get)
            #expect(response.status == .ok)
            let product = try response.decode(Components.Schemas.ProductDetail.self)
            #expect(product.code == "PH-PROP-SHOP" && product.version == 1 && product.lineName.zh == "财产保险")
            #expect(product.eligibility.summary.en == "For small enterprises, micro enterprises and individual businesses. Policy term: 12 months. The premium is paid annually or quarterly.")
            #expect(product.eligibility.summary.zh == "适用于小型企业、微型企业、个体工商户。保险期间：12个月。缴费方式：年缴、季缴。")
            #expect(product.eligibility.segments.map(\.code) == [.smallEnterprise, .microEnterprise, .individualBusiness])
            #expect(product.eligibility.term.unit == .month && product.eligibility.term.options == [12])
            #expect(product.eligibility.paymentFrequencies.map(\.code) == [.annual, .quarterly])

            let property = try #require(product.coverages.first)
            #expect(property.code == "PROPERTY" && property.mandatory && property.basis == .sumInsured)
            #expect(property.amount.min == "50000.00" && property.amount.max == "5000000.00" && property.amount.step == "10000.00")
            #expect(property.deductible?.options == ["500.00", "1000.00", "2000.00", "5000.00"])
            let theft = try #require(product.coverages.last)
            #expect(theft.code == "THEFT" && !theft.mandatory && theft.amount.options == ["10000.00", "20000.00", "50000.00"])
            #expect(theft.deductible?.amount == "500.00" && theft.deductible?.percentOfLoss == "10")

            // Micro enterprises and individual businesses provide two documents of the five.
            let documents = product.underwritingDocuments
            #expect(documents.standard.map(\.code) == ["application-form", "business-licence", "property-schedule", "premises-photos", "fire-inspection"])
            #expect(documents.reduced.map(\.code) == ["application-form", "business-licence"])
            #expect(documents.reducedFor.map(\.code) == [.microEnterprise, .individualBusiness])

            #expect(product.claims.decisionDays == 10 && product.claims.paymentDays == 5 && product.claims.smallClaimThreshold == "5000.00")
            #expect(product.claims.types.map(\.code) == ["fire", "natural-peril", "water-damage", "theft"])
            let theftClaim = try #require(product.claims.types.last)
            #expect(theftClaim.documents.map(\.code) == ["claim-form", "loss-list", "police-report", "bank-account"])
            #expect(theftClaim.documents.allSatisfy { !$0.name.en.isEmpty && !$0.name.zh.isEmpty && $0.name.en != $0.code })
            #expect(product.cancellation.refund == .shortRate)
        }
    }

    @Test func termsAreWordedByTheirKind() async throws {
        try await TestServer.with { client in
            let term = try await client.execute(uri: "/api/v1/products/PH-TERM-KEY", method: .get).decode(Components.Schemas.ProductDetail.self)
            #expect(term.eligibility.term.text == "10, 15, 20 or 30 years")
            #expect(term.eligibility.summary.zh.contains("保险期间：10、15、20或30年。"))
            let pension = try await client.execute(uri: "/api/v1/products/PH-PENS-FLEX", method: .get).decode(Components.Schemas.ProductDetail.self)
            #expect(pension.eligibility.term.text == "5 to 42 years" && pension.eligibility.term.min == 5 && pension.eligibility.term.max == 42)
            #expect(pension.eligibility.summary.en.hasSuffix("The premium is paid monthly, annually or flexibly."))
        }
    }

    @Test func aVersionOrADateChoosesTheVersion() async throws {
        try await TestServer.with { client in
            let byVersion = try await client.execute(uri: "/api/v1/products/PH-HLTH-OWNER?version=1", method: .get)
            #expect(try byVersion.decode(Components.Schemas.ProductDetail.self).version == 1)
            let byDate = try await client.execute(uri: "/api/v1/products/PH-HLTH-OWNER?asOf=2026-06-30", method: .get)
            #expect(try byDate.decode(Components.Schemas.ProductDetail.self).version == 1)
        }
    }

    @Test func unknownProductsVersionsAndDatesAre404() async throws {
        try await TestServer.with { client in
            let cases = [
                ("/api/v1/products/PH-NOPE", "product PH-NOPE is not in the catalog"),
                ("/api/v1/products/PH-PROP-SHOP?version=9", "product PH-PROP-SHOP has no version 9 (loaded versions: 1)"),
                ("/api/v1/products/PH-PROP-SHOP?asOf=2025-06-30", "product PH-PROP-SHOP has no version in force on 2025-06-30 (v1 2026-01-01 to open)"),
            ]
            for (uri, detail) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                let problem = try response.problem()
                #expect(problem._type == "/problems/not-found" && problem.title == "Not found" && problem.detail == detail, "\(uri)")
            }
        }
    }

    @Test func aVersionAndADateTogetherAskForThatVersionInForceThen() async throws {
        try await TestServer.with { client in
            let inForce = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP?version=1&asOf=2026-06-30", method: .get)
            #expect(inForce.status == .ok)
            let before = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP?version=1&asOf=2025-12-31", method: .get)
            #expect(before.status == .notFound)
            #expect(try before.problem().detail == "product PH-PROP-SHOP version 1 is not in force on 2025-12-31 (2026-01-01 to open)")
        }
    }

    @Test func aVersionThatIsNotANumberIs400() async throws {
        try await TestServer.with { client in
            let word = try await client.execute(uri: "/api/v1/products/PH-PROP-SHOP?version=first", method: .get)
            #expect(word.status == .badRequest)
            #expect(try word.problem().detail.hasPrefix("a path or query parameter is not of its type"))
        }
    }
}
