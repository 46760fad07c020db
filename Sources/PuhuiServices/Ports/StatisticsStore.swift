import PuhuiDomain

/// The aggregate queries behind the regulator extract.
public protocol StatisticsStore {
    /// Every figure of the extract for `period`, aggregated per cell, subtotal and total.
    func extractFigures(_ period: ExtractPeriod) throws -> ExtractFigures
}
