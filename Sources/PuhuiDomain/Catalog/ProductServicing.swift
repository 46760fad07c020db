/// What a product declares for its policies after issue: collecting premiums (grace period,
/// lapse, reinstatement, a loss during unpaid grace), changes mid-term, renewal, and for a
/// pension the account's rates and charges. The XML element `<servicing>` and each of its parts
/// are optional; whatever is left out takes the default below, which the schema documents
/// (`products/puhui-product.xsd`).
public struct ProductServicing: Sendable, Hashable, Codable {
    public struct Premiums: Sendable, Hashable, Codable {
        /// What happens to a loss during the grace period of an instalment still unpaid.
        public enum LossInGrace: String, Sendable, Hashable, Codable, CaseIterable {
            /// Covered; the unpaid premium is deducted from the payment (Insurance Law Art. 36).
            case coveredPremiumDeducted = "covered-premium-deducted"
            /// Not covered while the instalment is unpaid.
            case notCovered = "not-covered"
        }

        /// Days after an instalment's due date within which it may still be paid; unpaid after
        /// them, the policy lapses from the due date.
        public var graceDays: Int
        /// Days from the lapse within which the policy may be reinstated, the arrears paid.
        public var reinstatementDays: Int
        /// Days from the lapse run within which the customer must be told of the lapse.
        public var lapseNoticeDays: Int
        public var lossInGrace: LossInGrace

        public init(graceDays: Int = 30, reinstatementDays: Int = 730, lapseNoticeDays: Int = 7,
                    lossInGrace: LossInGrace = .coveredPremiumDeducted) {
            self.graceDays = graceDays
            self.reinstatementDays = reinstatementDays
            self.lapseNoticeDays = lapseNoticeDays
            self.lossInGrace = lossInGrace
        }
    }

    public struct Endorsements: Sendable, Hashable, Codable {
        /// How many days before the day it is made a change may take effect.
        public var backdateDays: Int

        public init(backdateDays: Int = 30) {
            self.backdateDays = backdateDays
        }
    }

    public struct Renewal: Sendable, Hashable, Codable {
        public var allowed: Bool
        /// Policies ending within this many days are offered renewal.
        public var offerDays: Int
        /// A renewal is referred when the policy's own claims counted exceed this number.
        public var referAboveClaims: Int
        /// A renewal is referred when the premium rises by more than this percentage.
        public var referAbovePremiumIncrease: ExactDecimal
        /// The risk field that carries the number of claims for the loss-history factor, and
        /// the years they are counted over; nil when the product has no loss-history factor.
        public var lossHistoryField: String?
        public var lossHistoryYears: Int

        public init(allowed: Bool, offerDays: Int = 60, referAboveClaims: Int = 2, referAbovePremiumIncrease: ExactDecimal = ExactDecimal(25),
                    lossHistoryField: String? = nil, lossHistoryYears: Int = 3) {
            self.allowed = allowed
            self.offerDays = offerDays
            self.referAboveClaims = referAboveClaims
            self.referAbovePremiumIncrease = referAbovePremiumIncrease
            self.lossHistoryField = lossHistoryField
            self.lossHistoryYears = lossHistoryYears
        }

        /// Annual lines renew; term life runs its term and a pension account runs to retirement.
        /// Property rating counts the claims of the last three years (`claimsLast3Years`).
        public static func defaults(for line: LineOfBusiness) -> Renewal {
            Renewal(allowed: ![.termLife, .pension].contains(line),
                    lossHistoryField: line == .property ? "claimsLast3Years" : nil)
        }
    }

    public struct PensionAccount: Sendable, Hashable, Codable {
        /// The rate the account is never credited below; nil takes the `guaranteed` row of the
        /// product's crediting-rate table in force at the policy's start (as the quote showed).
        public var guaranteedRate: ExactDecimal?
        /// The rate table of declared monthly crediting rates (`month:key` as YYYY-MM, a rate
        /// value); nil credits every month at the guaranteed rate.
        public var declaredRates: String?
        /// Whether contributions count against the private-pension cap (个人养老金).
        public var privatePension: Bool
        /// The private-pension cap per person and calendar year.
        public var privatePensionCap: Money
        /// Charged at the end of each month the account holds money.
        public var monthlyCharge: Money
        /// Percent of the account value charged on surrender, by policy year (years not listed: none).
        public var surrenderCharges: [SurrenderCharge]

        public struct SurrenderCharge: Sendable, Hashable, Codable {
            public var policyYear: Int
            public var percent: ExactDecimal

            public init(policyYear: Int, percent: ExactDecimal) {
                self.policyYear = policyYear
                self.percent = percent
            }
        }

        public static let privatePensionAnnualCap = Money(yuan: 12_000)

        public init(guaranteedRate: ExactDecimal? = nil, declaredRates: String? = nil, privatePension: Bool = false,
                    privatePensionCap: Money = PensionAccount.privatePensionAnnualCap, monthlyCharge: Money = .zero,
                    surrenderCharges: [SurrenderCharge] = []) {
            self.guaranteedRate = guaranteedRate
            self.declaredRates = declaredRates
            self.privatePension = privatePension
            self.privatePensionCap = privatePensionCap
            self.monthlyCharge = monthlyCharge
            self.surrenderCharges = surrenderCharges
        }

        /// The surrender charge percentage in policy year `year` (from 1).
        public func surrenderPercent(policyYear year: Int) -> ExactDecimal {
            surrenderCharges.first { $0.policyYear == year }?.percent ?? .zero
        }
    }

    public var premiums: Premiums
    public var endorsements: Endorsements
    public var renewal: Renewal
    /// Pension products only.
    public var pensionAccount: PensionAccount?

    public init(premiums: Premiums, endorsements: Endorsements, renewal: Renewal, pensionAccount: PensionAccount?) {
        self.premiums = premiums
        self.endorsements = endorsements
        self.renewal = renewal
        self.pensionAccount = pensionAccount
    }

    /// Every default, for a product that declares no `<servicing>`.
    public static func defaults(for line: LineOfBusiness) -> ProductServicing {
        ProductServicing(premiums: Premiums(), endorsements: Endorsements(), renewal: .defaults(for: line),
                         pensionAccount: line == .pension ? PensionAccount() : nil)
    }
}

extension Product {
    /// The servicing rules: as declared, else the defaults of the product's line.
    public var servicingRules: ProductServicing { servicing ?? .defaults(for: line) }
}
