/// The names and short definitions of the indicators, in Chinese and English, for the
/// extract's headers and the report; `docs/indicators.md` gives them in full.
extension ExtractIndicator {
    public var chineseName: String {
        switch self {
        case .policiesIssued: "期内签发保单件数"
        case .premiumWritten: "期内签发保费"
        case .premiumReceived: "期内实收保费"
        case .cancellationRefunds: "期内退保退费"
        case .premiumIncome: "原保险保费收入"
        case .policiesInForce: "期末有效保单件数"
        case .insuredEntitiesInForce: "期末有效承保主体数（去重）"
        case .insuredPersonsInForce: "期末有效被保险人数"
        case .sumInsuredInForce: "期末有效保险金额"
        case .claimsReported: "报案件数"
        case .claimsClosed: "结案件数"
        case .claimsPaid: "赔付件数"
        case .claimsPaidAmount: "赔付支出"
        case .advancePayments: "预付赔款件数"
        case .advancePaymentAmount: "预付赔款金额"
        case .rejections: "拒赔件数"
        case .withdrawals: "撤案件数"
        case .claimsDecided: "核定件数"
        case .claimsDecidedAndPaid: "核定后获赔件数"
        case .claimsReportedAndClosed: "期内报案且已结案件数"
        case .smallClaimsReported: "小额理赔报案件数"
        case .smallClaimsClosedWithin5Days: "小额理赔五日内结案件数"
        case .paymentRatio: "获赔率"
        case .closureRatio: "立案结案率"
        case .averageDaysReportToFirstPayment: "案均报案支付周期（天）"
        case .averageDaysDocumentsToPayment: "平均索赔支付周期（天）"
        case .smallClaimFiveDayClosureRatio: "小额理赔五日结案率"
        case .medianDaysReportToClose: "报案至结案天数中位数"
        case .p90DaysReportToClose: "报案至结案天数第90百分位"
        case .art22Met: "第二十二条一次性告知 按时"
        case .art22Missed: "第二十二条一次性告知 违反"
        case .art23DecisionMet: "第二十三条核定 按时"
        case .art23DecisionMissed: "第二十三条核定 超时"
        case .art23DecisionOpen: "第二十三条核定 进行中"
        case .art23PaymentMet: "第二十三条赔付 按时"
        case .art23PaymentMissed: "第二十三条赔付 超时"
        case .art23PaymentOpen: "第二十三条赔付 进行中"
        case .art24Met: "第二十四条拒赔通知 按时"
        case .art24Missed: "第二十四条拒赔通知 超时"
        case .art24Open: "第二十四条拒赔通知 进行中"
        case .art25Met: "第二十五条先行赔付 按时"
        case .art25Missed: "第二十五条先行赔付 超时"
        case .art25Open: "第二十五条先行赔付 进行中"
        }
    }

    public var englishName: String {
        switch self {
        case .policiesIssued: "Policies issued"
        case .premiumWritten: "Premium written"
        case .premiumReceived: "Premium received"
        case .cancellationRefunds: "Cancellation refunds"
        case .premiumIncome: "Premium income"
        case .policiesInForce: "Policies in force"
        case .insuredEntitiesInForce: "Insured entities in force (distinct)"
        case .insuredPersonsInForce: "Insured persons in force"
        case .sumInsuredInForce: "Sum insured in force"
        case .claimsReported: "Claims reported"
        case .claimsClosed: "Claims closed"
        case .claimsPaid: "Claims paid"
        case .claimsPaidAmount: "Claims paid, amount"
        case .advancePayments: "Advance payments"
        case .advancePaymentAmount: "Advance payments, amount"
        case .rejections: "Rejections"
        case .withdrawals: "Withdrawals"
        case .claimsDecided: "Claims decided"
        case .claimsDecidedAndPaid: "Decided and paid"
        case .claimsReportedAndClosed: "Reported and closed"
        case .smallClaimsReported: "Small claims reported"
        case .smallClaimsClosedWithin5Days: "Small claims closed within 5 days"
        case .paymentRatio: "Payment ratio"
        case .closureRatio: "Closure ratio"
        case .averageDaysReportToFirstPayment: "Average days, report to payment"
        case .averageDaysDocumentsToPayment: "Average days, documents to payment"
        case .smallClaimFiveDayClosureRatio: "Small-claim 5-day closure ratio"
        case .medianDaysReportToClose: "Median days, report to close"
        case .p90DaysReportToClose: "90th percentile days, report to close"
        case .art22Met: "Art. 22 one-time notice, met"
        case .art22Missed: "Art. 22 one-time notice, missed"
        case .art23DecisionMet: "Art. 23 decision, met"
        case .art23DecisionMissed: "Art. 23 decision, missed"
        case .art23DecisionOpen: "Art. 23 decision, open"
        case .art23PaymentMet: "Art. 23 payment, met"
        case .art23PaymentMissed: "Art. 23 payment, missed"
        case .art23PaymentOpen: "Art. 23 payment, open"
        case .art24Met: "Art. 24 rejection notice, met"
        case .art24Missed: "Art. 24 rejection notice, missed"
        case .art24Open: "Art. 24 rejection notice, open"
        case .art25Met: "Art. 25 advance payment, met"
        case .art25Missed: "Art. 25 advance payment, missed"
        case .art25Open: "Art. 25 advance payment, open"
        }
    }

    /// What is counted, in English (the report shows it beside the Chinese).
    public var definition: String {
        switch self {
        case .policiesIssued: "Policies whose issue time falls in the period."
        case .premiumWritten: "Annual premium of the policies issued in the period (first-year contributions for pensions)."
        case .premiumReceived: "Premium received in the period on the premium ledgers (pension contributions and deductions from claims included, refunds not netted)."
        case .cancellationRefunds: "Refunds of the cancellations recorded in the period."
        case .premiumIncome: "Premium written less cancellation refunds."
        case .policiesInForce: "Policies covering the last day of the period, issued by the as-of time, neither cancelled nor lapsed (unpaid premium past grace, not reinstated) on that day as recorded by then."
        case .insuredEntitiesInForce: "Distinct policyholders of the policies in force; not additive: a holder in two cells counts in each."
        case .insuredPersonsInForce: "Insured persons named on the policies in force, as their cover stood on the last day (endorsements decided by the as-of time included)."
        case .sumInsuredInForce: "Sum insured of the policies in force, as their cover stood on the last day (endorsements decided by the as-of time included)."
        case .claimsReported: "Claims reported in the period."
        case .claimsClosed: "Claims whose latest closing by the as-of time falls in the period."
        case .claimsPaid: "Claims with at least one payment, advances included, made in the period."
        case .claimsPaidAmount: "Payments made in the period, advances included."
        case .advancePayments: "Advance payments (Art. 25) made in the period."
        case .advancePaymentAmount: "Sum of the advance payments made in the period."
        case .rejections: "Claims whose latest written rejection notice by the as-of time was sent in the period."
        case .withdrawals: "Claims whose latest withdrawal by the as-of time falls in the period."
        case .claimsDecided: "Claims whose latest decision on cover by the as-of time was made in the period."
        case .claimsDecidedAndPaid: "Of the claims decided, those decided covered with a payment made by the as-of time."
        case .claimsReportedAndClosed: "Claims reported in the period that are closed or rejected at the as-of time (a reopened claim is open again)."
        case .smallClaimsReported: "Claims reported in the period within their product's small-claim threshold."
        case .smallClaimsClosedWithin5Days: "Of those, first closed or rejected by 24:00 of the fifth day after the day of the report, and by the as-of time."
        case .paymentRatio: "Decided and paid ÷ claims decided."
        case .closureRatio: "Reported and closed ÷ claims reported."
        case .averageDaysReportToFirstPayment: "Average days from report to first payment, over claims whose first payment falls in the period; claims with no payment are left out."
        case .averageDaysDocumentsToPayment: "Average days from complete documents to the payment that completed the agreed amount, over claims paid in full in the period by a payment of their cycle; claims with no payment (nothing payable) are left out."
        case .smallClaimFiveDayClosureRatio: "Small claims closed within 5 days ÷ small claims reported."
        case .medianDaysReportToClose: "Median days from report to the latest closing or written rejection, over claims whose latest one falls in the period."
        case .p90DaysReportToClose: "90th percentile (nearest rank) of the days from report to the latest closing or written rejection."
        case .art22Met: "Cycles whose first request for documents falls in the period and no request of the cycle, by the as-of time, named a document that could have been named first."
        case .art22Missed: "Cycles whose first request for documents falls in the period and a later request of the cycle, by the as-of time, named a document that could have been named first."
        case .art23DecisionMet, .art23PaymentMet, .art24Met, .art25Met:
            "Clocks whose last day falls in the period and whose duty was done by its due time and by the as-of time."
        case .art23DecisionMissed, .art23PaymentMissed, .art24Missed, .art25Missed:
            "Clocks whose last day falls in the period and whose duty was done late, or not done although due by the as-of time."
        case .art23DecisionOpen, .art23PaymentOpen, .art24Open, .art25Open:
            "Clocks whose last day falls in the period, still running and not yet due at the as-of time: neither met nor missed."
        }
    }

    /// What is counted, in Chinese.
    public var definitionZh: String {
        switch self {
        case .policiesIssued: "签发时间在统计期间内的保单件数。"
        case .premiumWritten: "期内签发保单的年保费合计（养老保险为首年缴费）。"
        case .premiumReceived: "期内实际收到的保费（含养老保险缴费及从赔款中扣除的欠缴保费），不扣减退费。"
        case .cancellationRefunds: "期内记录的退保退费合计。"
        case .premiumIncome: "期内签发保费减期内退保退费。"
        case .policiesInForce: "截至时点前签发、保障期覆盖期末日的保单件数；截至时点前记录的退保及期末日仍未复效的失效（逾宽限期欠费）保单予以扣除。"
        case .insuredEntitiesInForce: "期末有效保单的投保人去重数；不可跨单元加总。"
        case .insuredPersonsInForce: "期末有效保单列明的被保险人人数（按期末日有效的批改后保障计）。"
        case .sumInsuredInForce: "期末有效保单的保险金额合计（按期末日有效的批改后保障计）。"
        case .claimsReported: "报案时间在期内的案件数。"
        case .claimsClosed: "截至时点最近一次结案在期内的案件数。"
        case .claimsPaid: "期内有赔款支付（含预付）的案件数。"
        case .claimsPaidAmount: "期内支付的赔款合计（含预付）。"
        case .advancePayments: "期内先行赔付（第二十五条）的笔数。"
        case .advancePaymentAmount: "期内先行赔付金额合计。"
        case .rejections: "截至时点最近一次拒赔通知书在期内发出的案件数。"
        case .withdrawals: "截至时点最近一次撤案在期内的案件数。"
        case .claimsDecided: "截至时点最近一次核定在期内作出的案件数。"
        case .claimsDecidedAndPaid: "上述案件中核定属于保险责任、且截至时点已有赔款支付的案件数。"
        case .claimsReportedAndClosed: "期内报案、截至时点处于结案或拒赔状态的案件数（重开的案件为未决）。"
        case .smallClaimsReported: "期内报案、索赔金额在产品小额理赔标准以内的案件数。"
        case .smallClaimsClosedWithin5Days: "上述案件中，于报案日后第五日24时前且截至时点前首次结案或拒赔的案件数。"
        case .paymentRatio: "核定后获赔件数 ÷ 核定件数。"
        case .closureRatio: "期内报案且已结案件数 ÷ 报案件数。"
        case .averageDaysReportToFirstPayment: "首次支付在期内的案件，自报案至首次支付的平均天数；无支付的案件不计入。"
        case .averageDaysDocumentsToPayment: "期内足额支付（本周期有支付）的案件，自单证齐全至完成足额支付的平均天数；无支付（应付为零）的案件不计入。"
        case .smallClaimFiveDayClosureRatio: "小额理赔五日内结案件数 ÷ 小额理赔报案件数。"
        case .medianDaysReportToClose: "最近一次结案或拒赔在期内的案件，自报案至该次结案或拒赔天数的中位数。"
        case .p90DaysReportToClose: "同上天数的第90百分位（最近秩法）。"
        case .art22Met: "首次索要单证在期内的理赔周期，截至时点该周期内未再索要本可首次一并告知的单证。"
        case .art22Missed: "首次索要单证在期内的理赔周期，截至时点该周期内再次索要了本可首次一并告知的单证。"
        case .art23DecisionMet, .art23PaymentMet, .art24Met, .art25Met: "期限末日在期内、于期限内且截至时点前完成的时钟数。"
        case .art23DecisionMissed, .art23PaymentMissed, .art24Missed, .art25Missed: "期限末日在期内、逾期完成或截至时点已到期仍未完成的时钟数。"
        case .art23DecisionOpen, .art23PaymentOpen, .art24Open, .art25Open: "期限末日在期内、截至时点仍在进行且未到期的时钟数（既不计按时也不计超时）。"
        }
    }

    /// The article's duty, for the clock indicators.
    public var duty: StatutoryDuty? {
        switch self {
        case .art22Met, .art22Missed: .art22Notice
        case .art23DecisionMet, .art23DecisionMissed, .art23DecisionOpen: .art23Decision
        case .art23PaymentMet, .art23PaymentMissed, .art23PaymentOpen: .art23Payment
        case .art24Met, .art24Missed, .art24Open: .art24RejectionNotice
        case .art25Met, .art25Missed, .art25Open: .art25Advance
        default: nil
        }
    }
}
