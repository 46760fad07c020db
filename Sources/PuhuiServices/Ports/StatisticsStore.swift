import PuhuiDomain

/// What the regulator extract reads, streamed: the book is never loaded whole.
public protocol StatisticsStore {
    /// Policies issued by the period's as-of time that may count in it (issued in it, with a
    /// cancellation recorded in it, or covering its last day), in the order they were issued.
    func forEachPolicy(in period: ExtractPeriod, _ body: (PolicyFacts) throws -> Void) throws

    /// Every claim reported by `asOf`, one at a time in the order the claims were recorded (a
    /// cursor over the claims, their events, payments and document requests, each ordered by
    /// claim), with what was recorded about it by `asOf`: events in sequence, payments made
    /// (not those waiting for approval) and requests for documents, each in numbering order.
    func forEachClaimHistory(asOf: Instant, _ body: (ClaimHistory) throws -> Void) throws

    /// Totals of `period` counted straight from the tables, against which the extract's total
    /// row is checked.
    func controls(_ period: ExtractPeriod) throws -> ExtractControls

    /// The product versions the extract covers: in force in the period, or with policies issued
    /// by its as-of time.
    func products(_ period: ExtractPeriod) throws -> [RegulatorExtract.ProductVersion]

    /// The policies of a bordereau, in the order they were issued: issued by the as-of time,
    /// whose term overlaps the period or that were issued in it, of the filter's line and segment.
    func forEachPolicy(_ filter: BordereauFilter, _ body: (PolicyBordereau.Row) throws -> Void) throws

    /// The claims of a bordereau's line and segment reported by the as-of time, one at a time in
    /// the order they were recorded: each claim's history up to the as-of time (as
    /// `forEachClaimHistory`) with what the claim row and its parties say.
    func forEachClaim(_ filter: BordereauFilter, _ body: (ClaimHistory, ClaimBordereau.Facts) throws -> Void) throws
}
