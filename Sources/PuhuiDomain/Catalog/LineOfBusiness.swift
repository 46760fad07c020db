/// The eight lines of business Puhui rates, underwrites and reports on.
public enum LineOfBusiness: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case property
    case liability
    case exportCredit = "export-credit"
    case accident
    case health
    case termLife = "term-life"
    case pension
    case cargo

    public var chineseName: String {
        switch self {
        case .property: "财产保险"
        case .liability: "责任保险"
        case .exportCredit: "出口信用保险"
        case .accident: "意外伤害保险"
        case .health: "健康保险"
        case .termLife: "定期寿险"
        case .pension: "商业养老保险"
        case .cargo: "货物运输保险"
        }
    }

    public var englishName: String {
        switch self {
        case .property: "Property"
        case .liability: "Liability"
        case .exportCredit: "Export credit"
        case .accident: "Accident"
        case .health: "Health"
        case .termLife: "Term life"
        case .pension: "Pension"
        case .cargo: "Cargo"
        }
    }

    /// Life lines (for the Art. 26 limitation period: 5 years life, 2 years non-life).
    public var isLife: Bool { self == .termLife || self == .pension }

    /// Lines whose policies name insured persons.
    public var insuresPersons: Bool {
        switch self {
        case .accident, .health, .termLife, .pension: true
        default: false
        }
    }

    public static func < (lhs: LineOfBusiness, rhs: LineOfBusiness) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Customer segments of domain.md §2, used in eligibility and in every statistic.
public enum Segment: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case smallEnterprise = "small-enterprise"
    case microEnterprise = "micro-enterprise"
    case individualBusiness = "individual-business"
    case businessOwner = "business-owner"
    case employee
    case flexibleWorker = "flexible-worker"
    case other

    public var chineseName: String {
        switch self {
        case .smallEnterprise: "小型企业"
        case .microEnterprise: "微型企业"
        case .individualBusiness: "个体工商户"
        case .businessOwner: "小微企业主"
        case .employee: "小微企业从业人员"
        case .flexibleWorker: "灵活就业人员"
        case .other: "其他"
        }
    }

    public var englishName: String {
        switch self {
        case .smallEnterprise: "Small enterprises"
        case .microEnterprise: "Micro enterprises"
        case .individualBusiness: "Individual businesses"
        case .businessOwner: "Small-business owners"
        case .employee: "Employees of small firms"
        case .flexibleWorker: "Flexible workers"
        case .other: "Other"
        }
    }

    /// Segments that get the reduced underwriting document list.
    public var getsReducedDocumentList: Bool {
        self == .microEnterprise || self == .individualBusiness
    }

    public static func < (lhs: Segment, rhs: Segment) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
