import PuhuiAPI
import Testing
@testable import PuhuiServer

/// The guard against a contract change that the fast lane would not see. `DirectJSON` writes
/// each schema's members by name; a property added to `Claim`, `Quote` or a schema inside
/// them is left out of its answers until someone writes it there. So the full fixtures must
/// set every property at every depth (checked here by reflection: no nil, no empty list), and
/// `DirectJSONTests` proves `DirectJSON` writes exactly what the encoder writes for them. A new
/// required property breaks the fixtures' build; a new optional one, nil by default, fails here.
@Suite struct DirectJSONDriftTests {
    /// The properties of `value`, at every depth, that are nil or empty lists, by path.
    static func unset(in value: Any, at path: String) -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return ["\(path) is nil"] }
            return unset(in: wrapped.value, at: path)
        case .collection:
            guard !mirror.children.isEmpty else { return ["\(path) is empty"] }
            return mirror.children.enumerated().flatMap { unset(in: $0.element.value, at: "\(path)[\($0.offset)]") }
        case .struct, .class:
            return mirror.children.flatMap { unset(in: $0.value, at: "\(path).\($0.label ?? "?")") }
        default:
            return []
        }
    }

    @Test func theFullFixturesSetEveryPropertyOfEverySchemaTheWriterWrites() {
        // When this fails after a contract change: set the property in DirectJSONFixtures, and
        // write it in DirectJSON's members for its schema (DirectJSONTests then agree).
        #expect(Self.unset(in: DirectJSONFixtures.fullClaim, at: "Claim") == [])
        #expect(Self.unset(in: DirectJSONFixtures.fullQuote, at: "Quote") == [])
    }

    @Test func theGuardFindsWhatABareValueLeavesUnset() {
        #expect(Self.unset(in: DirectJSONFixtures.bareClaim, at: "Claim") == [
            "Claim.description is nil", "Claim.covered is nil", "Claim.decisionReason is nil", "Claim.agreedLoss is nil",
            "Claim.payable is nil", "Claim.documents is empty", "Claim.requests is empty", "Claim.payments is empty",
            "Claim.clocks is empty", "Claim.claimant is nil", "Claim.payee is nil",
        ])
        // Nested: inside the elements of the lists and inside an optional object.
        #expect(Self.unset(in: DirectJSONFixtures.bareParts, at: "Quote") == [
            "Quote.id is nil", "Quote.netPremium is nil",
            "Quote.coverages[0].deductible is nil", "Quote.coverages[0].deductiblePercent is nil",
            "Quote.coverages[0].indemnityPercent is nil", "Quote.coverages[0].coverFrom is nil",
            "Quote.coverages[0].aggregateLimit is nil", "Quote.coverages[0].premium is nil",
            "Quote.worksheet[0].table is nil", "Quote.worksheet[0].key is nil", "Quote.worksheet[0].factor is nil",
            "Quote.worksheet[0].amount is nil", "Quote.worksheet[0].rounding is nil", "Quote.worksheet[0].note is nil",
            "Quote.tableVersions is empty", "Quote.insuredPersons[0].sex is nil", "Quote.insuredPersons[0].occupationClass is nil",
            "Quote.buyers is empty", "Quote.pension.bases is empty", "Quote.notes is empty",
        ])
    }
}
