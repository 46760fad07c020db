/// Totals the storage counts straight from its tables, independently of the replay: the
/// extract is refused when its total row, built claim by claim and policy by policy, differs
/// from them (a record lost or counted twice on the way).
public struct ExtractControls: Sendable, Hashable {
    /// Claims reported by the as-of time (every one must have been replayed).
    public var claimsOnFile: Int64
    /// Total-row figures that can be counted from the tables directly.
    public var totals: [ExtractIndicator: Int64]

    public init(claimsOnFile: Int64, totals: [ExtractIndicator: Int64]) {
        self.claimsOnFile = claimsOnFile
        self.totals = totals
    }

    /// Refuses a total row that differs from the controls, naming the figure.
    public func check(_ total: ExtractRow, claimsReplayed: Int) throws(PuhuiError) {
        if Int64(claimsReplayed) != claimsOnFile {
            throw PuhuiError(.corrupt, "the extract does not reconcile: \(claimsReplayed) claim histories were replayed, \(claimsOnFile) claims are on file; nothing was written")
        }
        for indicator in ExtractIndicator.allCases {
            guard let expected = totals[indicator] else { continue }
            let built = total.counts[indicator.rawValue] ?? 0
            if built != expected {
                throw PuhuiError(.corrupt, "the extract does not reconcile: \(indicator.rawValue) of the total is \(built) from the records, \(expected) counted in the tables; nothing was written")
            }
        }
    }
}
