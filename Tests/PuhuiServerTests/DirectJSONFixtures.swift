import Foundation
import PuhuiAPI

/// Contract values for `DirectJSON`'s tests: every optional member set and every array of two
/// (`full`), and every optional nil and every array empty (`bare`).
enum DirectJSONFixtures {
    /// The bytes of the generated serializer: the converter's encoder, as `PuhuiServer`
    /// configures it.
    static func foundation(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func name(_ zh: String, _ en: String) -> Components.Schemas.LocalizedName { .init(zh: zh, en: en) }

    static func party(_ name: String, relation: Components.Schemas.ClaimParty.RelationPayload) -> Components.Schemas.ClaimParty {
        .init(name: name, relation: relation, phone: "138****5678", bankName: "中国工商银行 \"城西\" 支行", bankAccount: "****1234",
              recordedAt: "2026-11-20T10:00:00+08:00")
    }

    static let fullClaim = Components.Schemas.Claim(
        reference: "CLM-2026-000001", policy: "PH-PROP-SHOP/2026/000001", product: "PH-PROP-SHOP", coverage: "FIRE", _type: "fire",
        lossDate: "2026-11-18", claimed: "30000.00", description: "店铺后厨起火\n货架/收银台烧毁 \\ \"半数\"", small: false, state: .agreed,
        covered: true, decisionReason: "covered under FIRE", agreedLoss: "28000.00", payable: "27000.00", paid: "5000.00",
        advancePaid: "5000.00", reserve: "22000.00", adjuster: "zhao.lei", cycle: 2, reportedAt: "2026-11-19T09:30:00+08:00", version: 17,
        asOf: "2026-11-23T20:00:00+08:00",
        documents: [
            .init(code: "claim-form", name: name("索赔申请书", "Claim form"), required: true, firstRequestedAt: "2026-11-19T09:30:00+08:00",
                  receivedAt: "2026-11-20T11:00:00+08:00"),
            .init(code: "fire-report", name: name("消防部门火灾证明", "Fire brigade report"), required: false,
                  firstRequestedAt: "2026-11-21T09:00:00+08:00", receivedAt: "2026-11-22T16:45:00+08:00"),
        ],
        requests: [
            .init(number: 1, at: "2026-11-19T09:30:00+08:00", documents: ["claim-form", "loss-list"], breaches: ["fire-report", "bank-account"]),
            .init(number: 2, at: "2026-11-21T09:00:00+08:00", documents: ["fire-report", "bank-account"], breaches: ["fire-report", "x"]),
        ],
        payments: [
            .init(number: 1, amount: "5000.00", advance: true, status: .paid, requestedBy: "zhao.lei", requestedAt: "2026-11-21T10:00:00+08:00",
                  approvedBy: "qian.hui", paidAt: "2026-11-21T15:00:00+08:00"),
            .init(number: 2, amount: "22000.00", advance: false, status: .pending, requestedBy: "zhao.lei",
                  requestedAt: "2026-11-23T10:00:00+08:00", approvedBy: "sun.yu", paidAt: "2026-11-23T19:00:00+08:00"),
        ],
        clocks: [
            .init(kind: .documentNotice, cycle: 1, basis: "Insurance Law Art. 22", startedAt: "2026-11-19T09:30:00+08:00",
                  dueAt: "2026-11-24T09:30:00+08:00", endedAt: "2026-11-19T09:30:00+08:00", status: .met, lateSeconds: -432_000),
            .init(kind: .smallClaimClose, cycle: 2, basis: "Product terms §7", startedAt: "2026-11-22T16:45:00+08:00",
                  dueAt: "2026-11-23T16:45:00+08:00", endedAt: "2026-11-23T20:00:00+08:00", status: .missed, lateSeconds: 11_700),
        ],
        claimant: party("张*", relation: ._self), payee: party("李*", relation: .repairer))

    static let bareClaim = Components.Schemas.Claim(
        reference: "CLM-2026-000002", policy: "PH-PROP-SHOP/2026/000002", product: "PH-PROP-SHOP", coverage: "THEFT", _type: "theft",
        lossDate: "2026-11-22", claimed: "0.00", small: true, state: .reported, paid: "0.00", advancePaid: "0.00", reserve: "0.00",
        adjuster: "unassigned", cycle: 1, reportedAt: "2026-11-23T12:00:00+08:00", version: 1, asOf: "2026-11-23T20:00:00+08:00",
        documents: [], requests: [], payments: [], clocks: [])

    static let fullQuote = Components.Schemas.Quote(
        id: "Q-000001", product: "PH-ACC-GROUP", productVersion: 3, line: .accident, asOf: "2026-06-30", startDate: "2026-07-01",
        endDate: "2027-06-30", premium: "2385.00", netPremium: "1999.99",
        coverages: [
            .init(code: "DEATH", name: name("意外身故", "Accidental death"), amount: "500000.00", deductible: "0.00", deductiblePercent: "0",
                  indemnityPercent: "100", coverFrom: "2026-07-01", aggregateLimit: "1000000.00", premium: "1500.00"),
            .init(code: "MEDICAL", name: name("意外医疗", "Accident medical"), amount: "50000.00", deductible: "100.00",
                  deductiblePercent: "10.5", indemnityPercent: "90", coverFrom: "2026-07-31", aggregateLimit: "100000.00", premium: "885.00"),
        ],
        worksheet: [
            .init(name: "Sum insured (DEATH)", table: "accident-rate@2026-01-01", key: "class=2", factor: "0.0012", amount: "600.00",
                  rounding: "half-up to the fen", note: "per person"),
            .init(name: "× minimum", table: "accident-minimum@2026-01-01", key: "line=accident", factor: "1", amount: "2385.00",
                  rounding: "none", note: "the minimum premium applied"),
        ],
        tableVersions: ["accident-rate@2026-01-01", "accident-minimum@2026-01-01"],
        insuredPersons: [
            .init(index: 1, age: 34, sex: "F", occupationClass: "2", premium: "1200.00"),
            .init(index: 2, age: 58, sex: "M", occupationClass: "3", premium: "1185.00"),
        ],
        buyers: [
            .init(name: "Müller & Söhne GmbH", country: "DE", countryClass: "A", paymentTerms: "OA", creditPeriodDays: 90,
                  declaredTurnover: "3000000.00", requestedLimit: "500000.00", limit: "500000.00", rate: "0.0021", premium: "6300.00"),
            .init(name: "Tanaka 株式会社", country: "JP", countryClass: "B", paymentTerms: "DA", creditPeriodDays: 120,
                  declaredTurnover: "2000000.00", requestedLimit: "900000.00", limit: "800000.00", rate: "0.0035", premium: "7000.00"),
        ],
        pension: .init(entryAge: 40, retirementAge: 60, years: 20, totalContributions: "192000.00", annuityFactor: "0.005",
                       guaranteedYears: 10,
                       bases: [.init(name: "guaranteed", rate: "0.015", accountAtRetirement: "221000.00", monthlyAnnuity: "1105.00"),
                               .init(name: "expected", rate: "0.035", accountAtRetirement: "271000.00", monthlyAnnuity: "1355.00")]),
        notes: ["A waiting period of 30 days applies to MEDICAL.", "Ages are taken on the start date."])

    static let bareQuote = Components.Schemas.Quote(
        product: "PH-PROP-SHOP", productVersion: 1, line: .property, asOf: "2026-06-30", startDate: "2026-06-30", endDate: "2027-06-29",
        premium: "810.00", coverages: [], worksheet: [], tableVersions: [], notes: [])

    /// A quote whose parts carry every optional nil and every array empty.
    static let bareParts = Components.Schemas.Quote(
        product: "PH-PENS-FLEX", productVersion: 1, line: .pension, asOf: "2026-06-30", startDate: "2026-06-30", endDate: "2056-06-29",
        premium: "9600.00",
        coverages: [.init(code: "ACCOUNT", name: name("", ""), amount: "0.00")],
        worksheet: [.init(name: "Contributions")], tableVersions: [],
        insuredPersons: [.init(index: 1, age: 40, premium: "0.00")], buyers: [],
        pension: .init(entryAge: 40, retirementAge: 60, years: 20, totalContributions: "0.00", annuityFactor: "0", guaranteedYears: 0, bases: []),
        notes: [])
}
