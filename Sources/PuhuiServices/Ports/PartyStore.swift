import PuhuiDomain

/// The party registry. It answers the party check's questions (`PartyDirectory`: an identifier
/// already registered, a firm by reference or social credit code).
public protocol PartyStore: PartyDirectory {
    /// The party with `reference`; `notFound` when none is registered.
    func party(_ reference: String) throws -> Party
    /// Registers a checked party under the next party reference and returns it with it.
    func insert(_ checked: CheckedParty) throws -> Party
    /// Parties, optionally of one segment and kind, in registration order.
    func list(segment: Segment?, kind: PartyKind?, limit: Int?, offset: Int) throws -> [Party]
    /// Missing, stale, inconsistent and duplicated data, and counts per segment and kind.
    func qualityReport(asOf: CivilDate, limit: Int, reveal: Bool) throws -> PartyQualityReport

    /// The party with `text` as reference, or the firm with it as social credit code.
    func party(referenceOrCode text: String) throws -> Party
    /// Writes the new state of a party, its earlier state kept in its history with the changes.
    func update(_ party: Party, previous: Party, changes: [String], at: Instant, by: String) throws
    /// The party's earlier states, oldest first.
    func history(_ reference: String) throws -> [PartyHistoryEntry]
    /// Parties whose name contains `text`, or whose reference, identifier or phone is `text`.
    func search(_ text: String, limit: Int) throws -> [Party]
    /// The employees and owners linked to a firm.
    func linkedPersons(of reference: String) throws -> [Party]
}

extension PartyStore {
    /// The first parties (no offset).
    public func list(segment: Segment?, kind: PartyKind?, limit: Int?) throws -> [Party] {
        try list(segment: segment, kind: kind, limit: limit, offset: 0)
    }
}
