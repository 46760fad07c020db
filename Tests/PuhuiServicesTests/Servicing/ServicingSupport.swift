import Foundation
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// Shorthands for the servicing tests, over a `TestBook` (clock 2026-11-23 12:00).
extension TestBook {
    func at(_ text: String) -> Instant { Instant(parsing: text)! }
    func clerk(_ at: String) -> ActionContext { context("clerk.ma", at: self.at(at)) }
    func adjuster(_ at: String) -> ActionContext { context("liu.yang", at: self.at(at)) }

    /// Receives `amount` on `policy` at `at` as clerk.ma.
    @discardableResult
    func receive(_ policy: String, _ amount: String, at: String, reference: String? = nil) throws -> PremiumService.Receipt {
        try engine.premiums.receive(policy, amount: Money(yuan: amount)!, reference: reference, clerk(at))
    }

    func ledger(_ policy: String, asOf: String) throws -> PremiumService.LedgerView {
        try engine.premiums.ledger(policy, asOf: CivilDate(iso: asOf)!, clerk("2026-11-23T12:00"))
    }

    /// The audit trail verified by a regulator: nil when intact, else the first break.
    func auditBreak() throws -> AuditVerification.Break? {
        try engine.audit.verify(context("regulator.guo", at: at("2026-11-23T12:00"))).firstBreak
    }

    /// The audit actions recorded on `subject`, oldest first.
    func actions(_ subject: String) throws -> [String] {
        try storage.read { try $0.audit.events(subjects: [subject]) }.map(\.action)
    }

    /// Group accident for P-000001's employees P-000005 (class 1), P-000008 and P-000010 (class 2)
    /// at a death benefit of 300000: 135.00 + 210.00 + 210.00 = 555.00 a year, paid monthly in 12
    /// instalments of 46.25 from 2026-07-01; nothing received.
    func monthlyGroupAccident(medical: Bool = false) throws -> Policy {
        let risk = medical
            ? #"{"deathBenefit": "300000", "medicalSumInsured": "20000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#
            : #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#
        guard let policy = try apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: risk,
                                     frequency: .monthly, paid: false).policy else { throw PuhuiError.refused("not accepted") }
        return policy
    }
}
