import PuhuiDomain

/// The party registry. It answers the party check's questions (`PartyDirectory`: an identifier
/// already registered, a firm by reference or social credit code).
public protocol PartyStore: PartyDirectory {
    /// The party with `reference`; `notFound` when none is registered.
    func party(_ reference: String) throws -> Party
    /// Registers a checked party under the next party reference and returns it with it.
    func insert(_ checked: CheckedParty) throws -> Party
    /// Parties, optionally of one segment and kind, in registration order.
    func list(segment: Segment?, kind: PartyKind?, limit: Int?) throws -> [Party]
    /// Missing, stale, inconsistent and duplicated data, and counts per segment and kind.
    func qualityReport(asOf: CivilDate, limit: Int, reveal: Bool) throws -> PartyQualityReport
}
