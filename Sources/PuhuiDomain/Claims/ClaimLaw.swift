/// The statutory claim periods of the PRC Insurance Law (2015 text), domain.md §5. All are
/// calendar days.
public enum ClaimLaw {
    /// Art. 23: decision on cover within 30 days of receiving the claim with its documents
    /// (complex cases), unless the contract agrees otherwise.
    public static let decisionDays = 30
    /// Art. 23: payment within 10 days of agreeing the amount.
    public static let paymentDays = 10
    /// Art. 24: written rejection with reasons within 3 days of deciding a loss is not covered.
    public static let rejectionNoticeDays = 3
    /// Art. 25: advance payment of the amount that can be fixed within 60 days of the claim and
    /// its documents.
    public static let advancePaymentDays = 60
}
