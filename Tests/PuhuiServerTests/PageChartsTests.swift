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

/// The desk's charts page: inline SVG with a table beside each chart, for staff by role.
@Suite(.serialized) struct PageChartsTests {
    @Test func staffSeeEachChartWithItsFiguresAndOthersAreRefused() async throws {
        let book = try await PageTests.book()
        // The book's one claim (other.owner's, reported 2026-08-10) is paid today, 105 days
        // after its report: the property histogram's last range (≥90).
        let engine = ServerFixtures.engine(book.storage)
        let adjuster = ActionContext(user: AuthenticatedUser(name: "chen.jie", roles: [.adjuster]), at: ServerFixtures.clock.now())
        let claims = try engine.claims()
        let codes = try claims.details(book.otherClaim, asOf: adjuster.at, adjuster).documents.map(\.code)
        _ = try claims.receiveDocuments(book.otherClaim, codes: codes, adjuster)
        _ = try claims.decide(book.otherClaim, covered: true, reason: nil, adjuster)
        _ = try claims.agree(book.otherClaim, loss: Money(yuan: 20_000), adjuster)
        _ = try claims.pay(book.otherClaim, amount: Money(yuan: 19_000), advance: false, adjuster)
        try await TestServer.with(storage: book.storage) { client in
            let session = try await PageTests.signIn(client, book.storage, "chen.jie")
            let desk = try await client.execute(uri: "/desk", method: .get, headers: PageTests.cookie(session))
            #expect(desk.text.contains("<a href=\"/desk/charts\">图表</a>"))
            let page = try await client.execute(uri: "/desk/charts?from=2026-06-01&to=2026-11-23", method: .get, headers: PageTests.cookie(session))
            #expect(page.status == .ok)
            let text = page.text
            // Histogram, five statutory duties, auto-acceptance for property, small claims: 8 charts.
            #expect(text.components(separatedBy: "<svg ").count - 1 == 8)
            #expect(text.components(separatedBy: "<table class=\"chart-data\">").count - 1 == 8)
            #expect(text.contains("id=\"turnaround-property\"") && text.contains("财产保险：报案至首次赔付天数"))
            #expect(text.contains("≥90 天 1"))
            #expect(text.contains("id=\"duty-art23Decision\"") && text.contains("id=\"auto-acceptance-property\"") && text.contains("id=\"small-claims-rate\""))
            // Both policies were accepted automatically on 2026-06-28: 2 of 2 in June.
            #expect(text.contains("<th scope=\"row\">2026-06</th><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">100.00%</td>"))
            #expect(!text.contains("<script") && !text.contains("style="))
            #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
            // In English, the same charts in English words.
            let english = try await client.execute(uri: "/desk/charts?from=2026-06-01&to=2026-11-23", method: .get,
                                                   headers: [.cookie: "puhui_session=\(session); lang=en"])
            #expect(english.text.contains("Property: days from report to first payment") && english.text.contains("Auto-acceptance rate"))

            // A period the service refuses: beside its field, no chart.
            let long = try await client.execute(uri: "/desk/charts?from=2020-01-01&to=2026-11-23", method: .get, headers: PageTests.cookie(session))
            #expect(long.status == .badRequest && long.text.contains("id=\"from-error\"") && !long.text.contains("<svg"))
            let backwards = try await client.execute(uri: "/desk/charts?from=2026-11-01&to=2026-10-01", method: .get, headers: PageTests.cookie(session))
            #expect(backwards.status == .badRequest && backwards.text.contains("id=\"to-error\""))

            let customer = try await PageTests.signIn(client, book.storage, "shop.owner")
            #expect(try await client.execute(uri: "/desk/charts", method: .get, headers: PageTests.cookie(customer)).status == .forbidden)
            #expect(try await client.execute(uri: "/desk/charts", method: .get).status == .unauthorized)
            let regulator = try await PageTests.signIn(client, book.storage, "regulator.guo")
            #expect(try await client.execute(uri: "/desk/charts", method: .get, headers: PageTests.cookie(regulator)).status == .ok)
        }
    }
}
