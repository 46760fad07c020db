import PuhuiDomain

/// The party registry: registering policyholders and insured persons after checking their
/// identifiers, classifying firms by the size standard, deriving segments, and reading back.
public struct PartyService: Sendable {
    public let storage: any PuhuiStorage
    public let clock: any Clock
    public let standard: SizeStandard

    public init(storage: any PuhuiStorage, clock: any Clock, standard: SizeStandard) {
        self.storage = storage
        self.clock = clock
        self.standard = standard
    }

    var check: PartyCheck { PartyCheck(standard: standard, today: clock.now().chinaDate) }

    /// Registers one party in its own transaction; every problem of the input is named.
    public func register(_ input: PartyInput, allowDuplicate: Bool = false) throws -> Party {
        let now = clock.now()
        return try storage.write { session in
            switch try check.check(input, at: now, allowDuplicate: allowDuplicate, registry: session.parties) {
            case let .failed(problems):
                let shown = input.kind == .person ? PersonalDataMask.name(input.name) : input.name
                throw PuhuiError(.invalidInput, "party '\(shown)': " + problems.joined(separator: "; "), subject: "party '\(shown)'")
            case let .passed(checked):
                return try session.parties.insert(checked)
            }
        }
    }

    public func party(_ reference: String) throws -> Party {
        try storage.read { try $0.parties.party(reference) }
    }

    public func list(segment: Segment?, kind: PartyKind?, limit: Int?) throws -> [Party] {
        try storage.read { try $0.parties.list(segment: segment, kind: kind, limit: limit) }
    }

    public func qualityReport(asOf: CivilDate, limit: Int, reveal: Bool) throws -> PartyQualityReport {
        try storage.read { try $0.parties.qualityReport(asOf: asOf, limit: limit, reveal: reveal) }
    }

    /// Bulk registration from CSV: one party a row, all or nothing, or with `skipInvalid` the
    /// valid rows registered and the others returned as rejects with their reasons.
    public func importCSV(_ source: SourceText, skipInvalid: Bool, allowDuplicates: Bool = false) throws -> PartyImport.Report {
        let now = clock.now()
        let check = self.check
        return try storage.write { session in
            try PartyImport.run(source, skipInvalid: skipInvalid) { input in
                switch try check.check(input, at: now, allowDuplicate: allowDuplicates, registry: session.parties) {
                case let .failed(problems): return .refused(problems)
                case let .passed(checked): return .registered(try session.parties.insert(checked))
                }
            }
        }
    }
}
