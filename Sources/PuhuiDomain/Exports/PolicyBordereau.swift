/// The policy bordereau: one row per policy term with the parties, dates, premium and its
/// instalments, cover, status as of the as-of time, and the claims on it by then.
public enum PolicyBordereau {
    /// A policy as the export reads it.
    public struct Row: Sendable, Hashable {
        public var number: String
        public var application: String
        public var productCode: String
        public var productVersion: Int
        public var line: LineOfBusiness
        public var segment: Segment
        public var holder: BordereauParty
        public var issuedAt: Instant
        public var startDate: CivilDate
        public var endDate: CivilDate
        public var frequency: String
        public var instalments: Int
        public var premium: Money
        public var sumInsured: Money
        public var insuredPersons: Int
        /// `code=amount` per coverage, in code order: `PROP-FIRE=800000.00;PROP-THEFT=20000.00`.
        public var coverages: String
        public var cancelledOn: CivilDate?
        public var cancelledAt: Instant?
        public var refund: Money?
        /// Claims on the policy reported by the as-of time, and what was paid on them by then.
        public var claims: Int
        public var claimsPaid: Money

        public init(number: String, application: String, productCode: String, productVersion: Int, line: LineOfBusiness, segment: Segment,
                    holder: BordereauParty, issuedAt: Instant, startDate: CivilDate, endDate: CivilDate, frequency: String, instalments: Int,
                    premium: Money, sumInsured: Money, insuredPersons: Int, coverages: String, cancelledOn: CivilDate?, cancelledAt: Instant?,
                    refund: Money?, claims: Int, claimsPaid: Money) {
            self.number = number
            self.application = application
            self.productCode = productCode
            self.productVersion = productVersion
            self.line = line
            self.segment = segment
            self.holder = holder
            self.issuedAt = issuedAt
            self.startDate = startDate
            self.endDate = endDate
            self.frequency = frequency
            self.instalments = instalments
            self.premium = premium
            self.sumInsured = sumInsured
            self.insuredPersons = insuredPersons
            self.coverages = coverages
            self.cancelledOn = cancelledOn
            self.cancelledAt = cancelledAt
            self.refund = refund
            self.claims = claims
            self.claimsPaid = claimsPaid
        }
    }

    public typealias Column = ExtractDetail.Column

    public static let columns: [Column] = [
        Column("policy", "保单号"), Column("application", "投保单号"), Column("product", "产品"), Column("line", "险种"), Column("segment", "客户群"),
        Column("holder", "投保人编号"), Column("holderKind", "投保人类型"), Column("holderName", "投保人"), Column("holderIdentifier", "投保人证件号码"),
        Column("issuedAt", "签发时间"), Column("startDate", "起保日期"), Column("endDate", "终止日期"), Column("status", "状态"),
        Column("frequency", "缴费方式"), Column("instalments", "缴费期数"), Column("premium", "年保费"), Column("writtenInPeriod", "期内签发保费"),
        Column("sumInsured", "保险金额"), Column("insuredPersons", "被保险人数"), Column("coverages", "保障项目"),
        Column("cancelledOn", "退保生效日期"), Column("cancelledAt", "退保记录时间"), Column("refund", "退保退费"),
        Column("claims", "已报案件数"), Column("claimsPaid", "已付赔款"),
    ]

    /// The status as of the as-of time: cancelled (when the cancellation was recorded by then),
    /// expired (past its end on the as-of day), in force, or not yet started.
    public static func status(_ row: Row, asOf: Instant) -> String {
        let day = asOf.chinaDate
        if let on = row.cancelledOn, let at = row.cancelledAt, at <= asOf, on < day { return "cancelled" }
        if row.endDate < day { return "expired" }
        if row.startDate > day { return "not-started" }
        return "in-force"
    }

    /// The row's cells, in the order of `columns`; a cancellation recorded after the as-of time
    /// has not happened.
    public static func cells(_ row: Row, period: ExtractPeriod, reveal: Bool) -> [ExtractDetail.Cell] {
        let recorded = row.cancelledAt.map { $0 <= period.asOf } ?? false
        return [
            .text(row.number), .text(row.application), .text("\(row.productCode) v\(row.productVersion)"), .text(row.line.rawValue),
            .text(row.segment.rawValue), .text(row.holder.reference), .text(row.holder.kind.rawValue), .text(row.holder.name(reveal: reveal)),
            .text(row.holder.identifier(reveal: reveal) ?? ""), .instant(row.issuedAt), .date(row.startDate), .date(row.endDate),
            .text(status(row, asOf: period.asOf)), .text(row.frequency), .number(Int64(row.instalments)), .money(row.premium),
            .money(period.contains(row.issuedAt) ? row.premium : .zero), .money(row.sumInsured), .number(Int64(row.insuredPersons)),
            .text(row.coverages), .date(recorded ? row.cancelledOn : nil), .instant(recorded ? row.cancelledAt : nil),
            .money(recorded ? row.refund : nil), .number(Int64(row.claims)), .money(row.claimsPaid),
        ]
    }
}
