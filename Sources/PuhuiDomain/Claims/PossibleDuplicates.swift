/// The other claims on the same policy for the same loss date and claim type, as far as they
/// are listed: at most `listedAtMost` of them (the most recent, shown oldest first) and how many
/// there are in all. A report that makes the 28,000th on one policy and day lists ten, and says
/// how many more there are, in its answer, its notes and its audit event alike.
public struct PossibleDuplicates: Sendable, Hashable, Codable {
    /// How many possible duplicates are listed by name at most.
    public static let listedAtMost = 10

    /// The most recent ones (by claim id), oldest first: in the order they were reported, as a
    /// timeline reads, and as every list was shown before it had a bound.
    public var listed: [PossibleDuplicate]
    /// All of them, listed or not.
    public var total: Int

    public init(listed: [PossibleDuplicate], total: Int) {
        self.listed = listed
        self.total = max(total, listed.count)
    }

    public static let none = PossibleDuplicates(listed: [], total: 0)

    /// Those not listed: all reported before every listed one (though, in a case file, not
    /// necessarily before the claim shown: hence "more", not "earlier").
    public var unlisted: Int { total - listed.count }

    /// `and 27,990 more claims`, or nil when every one is listed.
    public var unlistedPhrase: String? {
        guard unlisted > 0 else { return nil }
        return "and \(Self.grouped(unlisted)) more claim\(unlisted == 1 ? "" : "s")"
    }

    /// The suffix of the report event's detail: `; possible duplicate of CLM-…, CLM-… and 27,990
    /// more claims (same policy, loss date and type)`, or empty.
    public var eventSuffix: String {
        guard !listed.isEmpty else { return "" }
        let names = listed.map(\.claim).joined(separator: ", ")
        return "; possible duplicate of \(names)\(unlistedPhrase.map { " \($0)" } ?? "") (same policy, loss date and type)"
    }

    /// One note per listed claim, and one for the rest when there are more.
    public var notes: [String] {
        var notes = listed.map(Self.note)
        if let summary { notes.append(summary) }
        return notes
    }

    /// The note on one listed claim.
    public static func note(_ duplicate: PossibleDuplicate) -> String {
        "possible duplicate of \(duplicate.claim) (\(duplicate.state.rawValue), reported \(duplicate.reportedAt.shortDescription), claimed \(duplicate.claimed.yuanString)): same policy, loss date and claim type"
    }

    /// The note on those not listed, when there are any.
    public var summary: String? {
        guard unlisted > 0 else { return nil }
        return "possible duplicate of \(Self.grouped(unlisted)) more claim\(unlisted == 1 ? "" : "s") as well: same policy, loss date and claim type (the \(listed.count) most recent are listed)"
    }

    /// `27,990`: a count with thousands separators.
    static func grouped(_ count: Int) -> String {
        var digits = String(count)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",")
    }
}
