import Foundation
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// A book with one policy per line (cover 2026-01-05 to 2027-01-04 for annual products) and a
/// claim service whose clock reads 2026-11-23 12:00.
struct ClaimBook {
    let book: TestBook
    let service: ClaimService
    /// Policy number per line.
    var policies: [LineOfBusiness: String] = [:]

    static let calendar: WorkingDayCalendar = {
        do { return try Fixtures.environment.workingDayCalendar() } catch { preconditionFailure("\(error)") }
    }()

    init() throws {
        book = try TestBook()
        service = ClaimService(storage: book.storage, clock: TestBook.clock, calendar: ClaimBook.calendar)
        let start = "2026-01-05", at = "2026-01-04T10:00"
        let cases: [(LineOfBusiness, String, String, [String], String)] = [
            (.property, "PH-PROP-SHOP", "P-000001", [], #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "theftSumInsured": "20000"}"#),
            (.liability, "PH-LIAB-MICRO", "P-000002", [], #"{"industryHazardClass": "2", "annualRevenue": "8000000", "employees": 30, "publicLimit": "1000000", "employerLimit": "500000", "deductible": "1000"}"#),
            (.exportCredit, "PH-EXCR-SME", "P-000002", [], #"{"annualExports": "12000000", "maximumLiability": "2000000", "buyers": [{"name": "B", "country": "DE", "countryClass": "HI", "paymentTerms": "OA", "creditPeriodDays": 90, "declaredTurnover": "3000000", "creditLimit": "500000"}]}"#),
            (.accident, "PH-ACC-GROUP", "P-000001", ["P-000005", "P-000008", "P-000010"], #"{"deathBenefit": "300000", "medicalSumInsured": "20000", "insured": [{"occupationClass": "1"}, {"occupationClass": "2"}, {"occupationClass": "2"}]}"#),
            (.health, "PH-HLTH-OWNER", "P-000006", ["P-000006"], #"{"plan": "standard"}"#),
            (.termLife, "PH-TERM-KEY", "P-000001", ["P-000005"], #"{"sumInsured": "500000", "termYears": 20}"#),
            (.pension, "PH-PENS-FLEX", "P-000007", ["P-000007"], #"{"retirementAge": 60, "contributionAmount": "800", "contributionFrequency": "monthly"}"#),
            (.cargo, "PH-CARGO-MICRO", "P-000004", [], #"{"basis": "annual-declaration", "insuredValue": "1200000", "goodsClass": "general-merchandise", "transportMode": "road", "distanceKm": 800, "cover": "all-risks"}"#),
        ]
        for (line, product, holder, insured, risk) in cases {
            let result = try book.apply(product, holder: holder, insured: insured, risk: risk, start: start, at: at)
            guard let number = result.policy?.number else { preconditionFailure("\(product) was not accepted: \(result.decision.reasons)") }
            policies[line] = number
        }
    }

    func actor(_ at: String, _ adjuster: String = "liu.yang", version: Int? = nil) -> ActionContext {
        book.context(adjuster, at: Instant(parsing: at)!, expectedVersion: version)
    }

    func report(_ line: LineOfBusiness, type: String, claimed: String, loss: String = "2026-03-01", at: String = "2026-03-02T09:00") throws -> Claim {
        try service.report(policy: policies[line]!, lossDate: CivilDate(iso: loss)!, type: type, claimed: Money(yuan: claimed)!,
                           description: nil, actor(at)).claim
    }

    /// Receives every required document at `at`.
    func completeDocuments(_ claim: Claim, at: String) throws {
        let codes = try book.storage.read { try $0.claims.documents(claimID: claim.id) }.filter { $0.required && $0.receivedAt == nil }.map(\.code)
        _ = try service.receiveDocuments(claim.reference, codes: codes, actor(at))
    }

    func claim(_ reference: String) throws -> Claim {
        try service.claim(reference, actor("2026-11-23T12:00"))
    }

    func clocks(_ reference: String, asOf: String) throws -> [ClaimClock.Kind: ClaimClock.Status] {
        let details = try service.details(reference, asOf: Instant(parsing: asOf)!, actor("2026-11-23T12:00"))
        return Dictionary(details.clocks.filter { $0.cycle == details.claim.cycle }.map { ($0.kind, $0.status) }, uniquingKeysWith: { a, _ in a })
    }
}
