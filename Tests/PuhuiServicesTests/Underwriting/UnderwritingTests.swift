import Foundation
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// At least one accept, one refer and one decline per line, with the rule that decided.
@Suite struct UnderwritingPerLineTests {
    func outcome(_ result: ApplicationResult) -> String {
        "\(result.decision.outcome.rawValue) \(result.decision.firedRules.map(\.code).joined(separator: ","))"
    }

    @Test func property() throws {
        let book = try TestBook()
        func risk(_ si: String, occupancy: String = "restaurant") -> String {
            #"{"sumInsured": "\#(si)", "occupancy": "\#(occupancy)", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        }
        let accepted = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk("800000"))
        #expect(outcome(accepted) == "accept ")
        #expect(accepted.policy?.number == "PL-2026-000001")
        #expect(outcome(try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk("3500000"))) == "refer UW-PROP-SI")
        let declined = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk("800000", occupancy: "fireworks-storage"))
        #expect(outcome(declined) == "decline UW-PROP-HAZ")
        #expect(declined.policy == nil && declined.quote.premium == .zero)
        #expect(try book.count("policy") == 1)
    }

    @Test func liability() throws {
        let book = try TestBook()
        func risk(hazard: String, employees: Int, limit: String = "1000000") -> String {
            #"{"industryHazardClass": "\#(hazard)", "annualRevenue": "8000000", "employees": \#(employees), "publicLimit": "\#(limit)", "deductible": "1000"}"#
        }
        #expect(outcome(try book.apply("PH-LIAB-MICRO", holder: "P-000002", risk: risk(hazard: "2", employees: 30))) == "accept ")
        #expect(outcome(try book.apply("PH-LIAB-MICRO", holder: "P-000002", risk: risk(hazard: "5", employees: 30, limit: "2000000"))) == "refer UW-LIAB-HAZ,UW-LIAB-LIMIT")
        #expect(outcome(try book.apply("PH-LIAB-MICRO", holder: "P-000002", risk: risk(hazard: "2", employees: 350))) == "decline UW-LIAB-SIZE")
    }

    /// Cargo is defined in XML and CSV only; it is underwritten like every line.
    @Test func cargo() throws {
        let book = try TestBook()
        func risk(goods: String = "general-merchandise", value: String = "86000", distance: Int = 1240) -> String {
            #"{"basis": "per-shipment", "insuredValue": "\#(value)", "goodsClass": "\#(goods)", "transportMode": "road", "distanceKm": \#(distance), "waybillNumber": "YT-88"}"#
        }
        let accepted = try book.apply("PH-CARGO-MICRO", holder: "P-000004", risk: risk())
        #expect(outcome(accepted) == "accept ")
        // 86000 × 0.000780 (general merchandise, road, 1001-3000 km) × 1.00 basic × 1.00 per shipment = 67.08
        #expect(accepted.policy?.premium.yuanString == "67.08" && accepted.policy?.line == .cargo)
        #expect(accepted.policy?.endDate == CivilDate(iso: "2026-07-31")) // one month from 2026-07-01
        #expect(outcome(try book.apply("PH-CARGO-MICRO", holder: "P-000004", risk: risk(goods: "food-perishable"))) == "refer UW-CARGO-PERISH")
        #expect(outcome(try book.apply("PH-CARGO-MICRO", holder: "P-000004", risk: risk(value: "3500000", distance: 6000))) == "refer UW-CARGO-SI,UW-CARGO-LONG")
        #expect(outcome(try book.apply("PH-CARGO-MICRO", holder: "P-000004", risk: risk(goods: "dangerous-goods"))) == "decline UW-CARGO-DG")
        #expect(try book.count("policy") == 1)
    }

    @Test func exportCredit() throws {
        let book = try TestBook()
        func risk(country: String = "DE", countryClass: String = "HI", days: Int = 90, exports: String = "12000000") -> String {
            #"{"annualExports": "\#(exports)", "maximumLiability": "2000000", "buyers": [{"name": "B", "country": "\#(country)", "countryClass": "\#(countryClass)", "paymentTerms": "OA", "creditPeriodDays": \#(days), "declaredTurnover": "3000000", "creditLimit": "500000"}]}"#
        }
        #expect(outcome(try book.apply("PH-EXCR-SME", holder: "P-000002", risk: risk())) == "accept ")
        #expect(outcome(try book.apply("PH-EXCR-SME", holder: "P-000002", risk: risk(days: 200))) == "refer UW-EXCR-PERIOD")
        #expect(outcome(try book.apply("PH-EXCR-SME", holder: "P-000002", risk: risk(countryClass: "7"))) == "refer UW-EXCR-CLASS")
        #expect(outcome(try book.apply("PH-EXCR-SME", holder: "P-000002", risk: risk(country: "KP", countryClass: "7"))) == "decline UW-EXCR-SANCTION,UW-EXCR-CLASS")
        #expect(outcome(try book.apply("PH-EXCR-SME", holder: "P-000002", risk: risk(exports: "40000000"))) == "decline UW-EXCR-EXPORTS")
    }

    @Test func accident() throws {
        let book = try TestBook()
        func risk(_ classes: [String], death: String = "300000") -> String {
            #"{"deathBenefit": "\#(death)", "insured": [\#(classes.map { #"{"occupationClass": "\#($0)"}"# }.joined(separator: ","))]}"#
        }
        let accepted = try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: risk(["1", "2", "2"]))
        #expect(outcome(accepted) == "accept ")
        #expect(accepted.policy?.insured.map(\.party) == ["P-000005", "P-000008", "P-000010"])
        #expect(accepted.quote.insuredPersons?.map(\.age) == [36, 64, 40]) // ages on 2026-07-01 from the identity numbers
        #expect(outcome(try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: risk(["1", "5", "2"]))) == "refer UW-ACC-CLASS")
        #expect(outcome(try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000009", "P-000010"], risk: risk(["1", "1", "1"]))) == "decline UW-ACC-AGE-LOW")
        #expect(outcome(try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000008", "P-000010"], risk: risk(["1", "uninsurable", "1"]))) == "decline UW-ACC-UNINSURABLE")
    }

    @Test func health() throws {
        let book = try TestBook()
        #expect(outcome(try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: #"{"plan": "standard"}"#)) == "accept ")
        #expect(outcome(try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: #"{"plan": "basic", "healthDeclaration": "abnormal"}"#)) == "refer UW-HLTH-DECL")
        #expect(outcome(try book.apply("PH-HLTH-OWNER", holder: "P-000011", insured: ["P-000011"], risk: #"{"plan": "basic"}"#)) == "decline UW-HLTH-AGE-HIGH,UW-HLTH-AGE-REFER")
    }

    @Test func termLife() throws {
        let book = try TestBook()
        // A micro firm insures its employee: the policy's segment is the employee's.
        let accepted = try book.apply("PH-TERM-KEY", holder: "P-000001", insured: ["P-000005"], risk: #"{"sumInsured": "500000", "termYears": 20}"#)
        #expect(outcome(accepted) == "accept ")
        #expect(accepted.segment == .employee)
        #expect(accepted.policy?.endDate.description == "2046-06-30")
        #expect(outcome(try book.apply("PH-TERM-KEY", holder: "P-000001", insured: ["P-000005"], risk: #"{"sumInsured": "2000000", "termYears": 20}"#)) == "refer UW-TERM-SI")
        #expect(outcome(try book.apply("PH-TERM-KEY", holder: "P-000011", insured: ["P-000011"], risk: #"{"sumInsured": "500000", "termYears": 10}"#)) == "decline UW-TERM-AGE-HIGH,UW-TERM-EXPIRY")
    }

    @Test func pension() throws {
        let book = try TestBook()
        let risk = #"{"retirementAge": 60, "contributionAmount": "800", "contributionFrequency": "monthly"}"#
        let accepted = try book.apply("PH-PENS-FLEX", holder: "P-000007", insured: ["P-000007"], risk: risk, frequency: .monthly)
        #expect(outcome(accepted) == "accept ")
        #expect(accepted.policy?.instalments.count == 12)
        #expect(outcome(try book.apply("PH-PENS-FLEX", holder: "P-000007", insured: ["P-000007"], risk: risk, documents: ["application-form"])) == "refer DOCUMENTS")
        #expect(outcome(try book.apply("PH-PENS-FLEX", holder: "P-000011", insured: ["P-000011"], risk: #"{"retirementAge": 75, "contributionAmount": "800", "contributionFrequency": "annual"}"#)) == "decline UW-PENS-AGE-HIGH")
    }

    @Test func microBusinessesGetTheReducedDocumentList() throws {
        let book = try TestBook()
        let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#
        // P-000001 is micro: application form and licence suffice.
        let micro = try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, documents: ["application-form", "business-licence"])
        #expect(micro.decision.outcome == .accept)
        #expect(micro.decision.requiredDocuments == ["application-form", "business-licence"])
        // P-000002 is small: the full list, so the same two documents leave three missing.
        let small = try book.apply("PH-PROP-SHOP", holder: "P-000002", risk: risk, documents: ["application-form", "business-licence"])
        #expect(small.decision.outcome == .refer)
        #expect(small.decision.missingDocuments == ["property-schedule", "premises-photos", "fire-inspection"])
        #expect(small.decision.reasons.first == "DOCUMENTS: 投保资料不全：财产清单、经营场所照片、消防安全检查合格证明 / documents missing: Schedule of property, Photos of the premises, Fire safety inspection certificate (documents = property-schedule premises-photos fire-inspection)")
    }
}

@Suite struct ApplicationInputTests {
    let risk = #"{"sumInsured": "800000", "occupancy": "restaurant", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}"#

    func refusal(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let book = try TestBook()
        let eventsBefore = try book.count("audit_event")
        #expect(refusal { try book.apply("PH-PROP-SHOP", holder: "P-000999", risk: risk) } == "party P-000999 is not registered")
        #expect(refusal { try book.apply("PH-PROP-SHOP", holder: "P-000003", risk: risk) } ==
                "holder P-000003 is in segment other, which PH-PROP-SHOP does not serve (it serves small-enterprise, micro-enterprise, individual-business)")
        #expect(refusal { try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, start: "2025-12-01") } ==
                "product PH-PROP-SHOP has no version in force on 2025-12-01 (v1 2026-01-01 to open)")
        #expect(refusal { try book.apply("PH-ACC-GROUP", holder: "P-000001", insured: ["P-000005", "P-000004", "P-000010"], risk: #"{"deathBenefit": "300000", "insured": [{"occupationClass": "1"}, {"occupationClass": "1"}, {"occupationClass": "1"}]}"#) } ==
                "insured P-000004 is not a person with a valid resident identity number")
        #expect(refusal { try book.apply("PH-ACC-GROUP", holder: "P-000001", risk: #"{"deathBenefit": "300000"}"#) } ==
                "PH-ACC-GROUP insures persons: name each insured person (a registered party with a resident identity number)")
        #expect(refusal { try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, at: "2026-12-01T10:00") } == "at 2026-12-01T10:00:00+08:00 is in the future")
        #expect(refusal { try book.apply("PH-PROP-SHOP", holder: "P-000001", risk: risk, frequency: .monthly) } ==
                "PH-PROP-SHOP is not paid monthly (allowed: annual, quarterly)")
        #expect(refusal { try book.apply("PH-TERM-KEY", holder: "P-000001", insured: ["P-000005"], risk: #"{"sumInsured": "500000", "termYears": 20, "insured": [{"birthDate": "1991-01-01"}]}"#) }
                .contains("field 'insured[1].birthDate': 1991-01-01 differs from the birth date in P-000005's identity number"))
        #expect(try book.count("application") == 0)
        #expect(try book.count("audit_event") == eventsBefore)
    }
}
