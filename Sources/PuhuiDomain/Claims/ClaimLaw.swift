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

    /// Art. 26: the years within which the insured or beneficiary may sue for payment, from
    /// when they knew or should have known of the insured event: 5 for life insurance, 2 for
    /// every other insurance.
    public static func limitationYears(_ line: LineOfBusiness) -> Int { line.isLife ? 5 : 2 }
}
