/// What a bordereau (the policy or claim export for finance and reinsurance) selects: a period
/// with its as-of time, and optionally one line of business and one customer segment.
public struct BordereauFilter: Sendable, Hashable {
    public var period: ExtractPeriod
    public var line: LineOfBusiness?
    public var segment: Segment?
    /// Personal data in full (identity numbers, person names); otherwise masked.
    public var reveal: Bool

    public init(period: ExtractPeriod, line: LineOfBusiness? = nil, segment: Segment? = nil, reveal: Bool = false) {
        self.period = period
        self.line = line
        self.segment = segment
        self.reveal = reveal
    }

    /// `puhui-claims-2026-01-01-2026-06-30.csv`.
    public func fileName(_ kind: ExtractDetail.Kind, _ format: ExtractDetail.Format) -> String {
        var name = "puhui-\(kind.rawValue)-\(period.from)-\(period.to)"
        if let line { name += "-\(line.rawValue)" }
        if let segment { name += "-\(segment.rawValue)" }
        return name + "." + format.rawValue
    }

    /// The JSON header fields of the file.
    public func header(_ kind: ExtractDetail.Kind) -> [(String, String)] {
        [("kind", "\(kind.rawValue)-bordereau"), ("periodFrom", period.from.description), ("periodTo", period.to.description),
         ("asOf", period.asOf.description), ("line", line?.rawValue ?? "all"), ("segment", segment?.rawValue ?? "all"),
         ("personalData", reveal ? "in full" : "masked")]
    }
}

/// A person's or firm's name and identifier as an export shows them: firms in full; persons'
/// names and identity numbers masked unless revealed.
public struct BordereauParty: Sendable, Hashable {
    public var reference: String
    public var kind: PartyKind
    public var name: String
    public var identifier: String?

    public init(reference: String, kind: PartyKind, name: String, identifier: String?) {
        self.reference = reference
        self.kind = kind
        self.name = name
        self.identifier = identifier
    }

    public func name(reveal: Bool) -> String { reveal || kind != .person ? name : PersonalDataMask.name(name) }

    public func identifier(reveal: Bool) -> String? {
        identifier.map { reveal || kind != .person ? $0 : PersonalDataMask.identity($0) }
    }
}
