/// The arithmetic and checks of an extract's rows.
public enum ExtractAssembler {
    /// `part ÷ whole` with four decimals, half-up; nil when `whole` is zero.
    public static func ratio(_ part: Int64, _ whole: Int64) -> String? {
        whole == 0 ? nil : ExactDecimal(part).divided(by: ExactDecimal(whole), scale: 4, .halfUp)?.description
    }

    /// `seconds ÷ (count × 24 h)` with two decimals, half-up; nil when `count` is zero.
    public static func days(_ seconds: Int64, _ count: Int64) -> String? {
        count == 0 ? nil : ExactDecimal(seconds).divided(by: ExactDecimal(count * 86_400), scale: 2, .halfUp)?.description
    }
    /// Refuses an extract whose cells do not add up to their subtotals, naming the figure and cell.
    public static func reconcile(_ rows: [ExtractRow]) throws(PuhuiError) {
        let cells = rows.filter { $0.kind == .cell }
        let additive = ExtractIndicator.allCases.filter(\.isAdditive).map(\.rawValue)
        func sum(_ rows: [ExtractRow], _ name: String) -> Int64 { rows.reduce(0) { $0 + ($1.counts[name] ?? 0) } }
        for subtotal in rows where subtotal.kind != .cell {
            let parts: [ExtractRow]
            let what: String
            switch subtotal.kind {
            case .segmentSubtotal: parts = cells.filter { $0.segment == subtotal.segment }; what = "segment \(subtotal.segment)"
            case .lineSubtotal: parts = cells.filter { $0.line == subtotal.line }; what = "line \(subtotal.line)"
            default: parts = rows.filter { $0.kind == .segmentSubtotal }; what = "the total"
            }
            for name in additive where sum(parts, name) != (subtotal.counts[name] ?? 0) {
                throw PuhuiError(.corrupt, "the extract does not reconcile: \(name) of \(what) is \(subtotal.counts[name] ?? 0), its parts add up to \(sum(parts, name)); nothing was written")
            }
        }
        if let total = rows.first(where: { $0.kind == .total }) {
            let lineTotals = rows.filter { $0.kind == .lineSubtotal }
            for name in additive where sum(lineTotals, name) != (total.counts[name] ?? 0) {
                throw PuhuiError(.corrupt, "the extract does not reconcile: \(name) of the total is \(total.counts[name] ?? 0), the lines add up to \(sum(lineTotals, name)); nothing was written")
            }
        }
    }
}
