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

/// The claimant and the payee in a claim read: masked as `claim show` shows them, to everyone
/// who may read the claim (the customer too), never in full and never in the log.
@Suite struct ClaimPartiesAPITests {
    static let fullName = "王小明"
    static let fullPhone = "13812345678"
    static let fullAccount = "6222021234567890"

    @Test func claimantAndPayeeAreShownMaskedToStaffAndToTheCustomer() async throws {
        let book = try OnlineBook()
        let (owner, adjuster) = (try book.token("shop.owner"), try book.token("chen.jie"))
        let log = LogRecord()
        try await TestServer.with(settings: book.settings, storage: book.storage, log: log) { client in
            let created = try await client.report(book, as: owner)
            let claim = try created.decode(Components.Schemas.ClaimReport.self).claim
            // None recorded yet.
            #expect(claim.claimant == nil && claim.payee == nil)

            let service = try ServerFixtures.engine(book.storage).claims()
            let chen = ActionContext(user: AuthenticatedUser(name: "chen.jie", roles: [.adjuster]), at: ServerFixtures.clock.now())
            _ = try service.recordParty(claim.reference, ClaimPartyInput(role: .claimant, name: Self.fullName, relation: .policyholder,
                                                                          phone: Self.fullPhone), chen)
            _ = try service.recordParty(claim.reference, ClaimPartyInput(role: .payee, name: Self.fullName, relation: .policyholder,
                                                                          phone: Self.fullPhone, bankName: "中国工商银行", bankAccount: Self.fullAccount), chen)
            for token in [owner, adjuster] {
                let read = try await client.execute(uri: "/api/v1/claims/\(claim.reference)", method: .get, headers: .bearer(token))
                #expect(read.status == .ok)
                let shown = try read.decode(Components.Schemas.Claim.self)
                // 王小明 → 王** (one surname character kept of three); 138****5678; ****7890.
                #expect(shown.claimant?.name == "王**" && shown.claimant?.relation == .policyholder && shown.claimant?.phone == "138****5678")
                #expect(shown.claimant?.bankAccount == nil)
                #expect(shown.payee?.name == "王**" && shown.payee?.bankName == "中国工商银行" && shown.payee?.bankAccount == "****7890")
                for full in [Self.fullName, Self.fullPhone, Self.fullAccount] {
                    #expect(!read.text.contains(full), "\(full)")
                }
            }
            // Another customer still sees nothing of the claim.
            let other = try await client.execute(uri: "/api/v1/claims/\(claim.reference)", method: .get, headers: .bearer(try book.token("other.owner")))
            #expect(other.status == .notFound && !other.text.contains("王"))
        }
        let logged = log.all.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        #expect(!logged.isEmpty)
        for full in [Self.fullName, Self.fullPhone, Self.fullAccount, "王*"] {
            #expect(!logged.contains(full), "\(full)")
        }
    }
}
