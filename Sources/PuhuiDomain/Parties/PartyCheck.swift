/// A registered firm a person is linked to: its reference and segment.
public struct PartyLink: Sendable, Hashable {
    public var reference: String
    public var segment: Segment

    public init(reference: String, segment: Segment) {
        self.reference = reference
        self.segment = segment
    }
}

/// What a party check needs to know of the registry.
public protocol PartyDirectory {
    /// The reference of a party already registered with `identifier`, if any.
    func reference(ofIdentifier identifier: String) throws -> String?
    /// A registered enterprise or individual business by reference or social credit code.
    func firm(matching text: String) throws -> PartyLink?
}

/// A party that passed its checks, ready to register (its reference is given on insert).
public struct CheckedParty: Sendable, Hashable {
    public var party: Party

    public init(party: Party) {
        self.party = party
    }
}

/// What checking a party input found: a party ready to register, or every problem, each
/// `field: message`.
public enum PartyCheckOutcome: Sendable, Hashable {
    case passed(CheckedParty)
    case failed([String])
}

/// Checks parties before they are registered: identifiers by their rules, firms classified by
/// the size standard, every party's segment derived.
public struct PartyCheck: Sendable {
    public let standard: SizeStandard
    /// The date birth dates are checked against and ages taken on.
    public let today: CivilDate

    public init(standard: SizeStandard, today: CivilDate) {
        self.standard = standard
        self.today = today
    }

    /// Checks `input` against the rules and the registry; problems are `field: message` lines.
    public func check(_ input: PartyInput, at instant: Instant, allowDuplicate: Bool,
                      registry: some PartyDirectory) throws -> PartyCheckOutcome {
        var problems: [String] = []
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append("name: is missing") }
        var identifier: String? = nil
        var birthDate: CivilDate? = nil
        var sex: ResidentIdentityNumber.Sex? = nil
        let idText = input.identifier?.trimmingCharacters(in: .whitespaces)
        switch input.kind {
        case .person:
            if let idText, !idText.isEmpty {
                switch ResidentIdentityNumber.validate(idText, today: today) {
                case let .success(number):
                    identifier = number.text
                    birthDate = number.birthDate
                    sex = number.sex
                case let .failure(problem):
                    problems.append("identifier: \(problem.message)")
                }
            } else {
                problems.append("identifier: a person needs a resident identity number")
            }
            if input.industryCode != nil || input.employees != nil || input.revenue != nil || input.assets != nil {
                problems.append("industry: size figures belong to firms, not persons")
            }
        case .enterprise, .individualBusiness:
            if let idText, !idText.isEmpty {
                switch UnifiedSocialCreditCode.validate(idText) {
                case let .success(code):
                    identifier = code.text
                    let expected: UnifiedSocialCreditCode.EntityKind = input.kind == .enterprise ? .enterprise : .individualBusiness
                    if code.entityKind != expected {
                        problems.append("identifier: \(code.text.prefix(2))… is the code of \(Self.article(code.entityKind)), not of \(Self.article(expected)) (\(expected == .enterprise ? "91" : "92")…)")
                    }
                case let .failure(problem):
                    problems.append("identifier: \(problem.message)")
                }
            } else if input.kind == .enterprise {
                problems.append("identifier: an enterprise needs its unified social credit code")
            }
            if input.role != nil || input.employer != nil || input.ownerOf != nil {
                problems.append("role: roles and links belong to persons")
            }
        }
        var phone: String? = nil
        if let text = input.phone?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let digits = text.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
            if digits.count == 11, digits.hasPrefix("1"), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let second = digits.dropFirst().first, "3456789".contains(second) {
                phone = digits
            } else {
                problems.append("phone: '\(PersonalDataMask.phone(text))' is not a mainland mobile number (11 digits starting 13-19)")
            }
        }
        if let identifier, !allowDuplicate, let existing = try registry.reference(ofIdentifier: identifier) {
            problems.append("identifier: already registered as \(existing)")
        }

        // Firms: size figures and classification.
        var figures: SizeFigures? = nil
        var classification: SizeClassification? = nil
        if input.kind != .person {
            var revenue: ExactDecimal? = nil, assets: ExactDecimal? = nil
            if let text = input.revenue, !text.isEmpty {
                revenue = ExactDecimal(parsing: text)
                if revenue.map({ $0.isNegative }) ?? true { problems.append("revenue: '\(text)' is not an amount in 万元") }
            }
            if let text = input.assets, !text.isEmpty {
                assets = ExactDecimal(parsing: text)
                if assets.map({ $0.isNegative }) ?? true { problems.append("assets: '\(text)' is not an amount in 万元") }
            }
            if let employees = input.employees, employees < 0 { problems.append("employees: \(employees) is negative") }
            if let year = input.figuresYear, year < 1990 || year > today.year {
                problems.append("year: \(year) is not a year the figures can refer to (1990 to \(today.year))")
            }
            let given = SizeFigures(industryCode: input.industryCode, employees: input.employees, revenue: revenue, assets: assets, year: input.figuresYear)
            figures = given
            if let code = input.industryCode, !code.isEmpty {
                switch standard.classify(given) {
                case let .success(result):
                    classification = result
                    figures?.industryCode = result.industryCode
                case let .failure(problem):
                    problems.append("industry: \(problem.message)")
                }
            }
        }

        // Persons: links.
        var linked: PartyLink? = nil
        if input.kind == .person {
            if input.employer != nil && input.role != .employee { problems.append("employer: only an employee has an employer") }
            if input.ownerOf != nil && input.role != .businessOwner { problems.append("ownerOf: only a business owner owns a business") }
            if let link = input.employer ?? input.ownerOf {
                if let firm = try registry.firm(matching: link) {
                    linked = firm
                } else {
                    problems.append("\(input.employer != nil ? "employer" : "ownerOf"): no registered enterprise or individual business '\(link)'")
                }
            }
        }
        if !problems.isEmpty { return .failed(problems) }

        let (segment, basis): (Segment, String) = input.kind == .person
            ? SegmentRule.person(input.role, linked: linked.map { ($0.reference, $0.segment) })
            : SegmentRule.firm(input.kind, classification?.sizeClass)
        let party = Party(
            reference: "", kind: input.kind, name: name, identifier: identifier, birthDate: birthDate, sex: sex, phone: phone,
            role: input.role, employer: input.role == .employee ? linked?.reference : nil,
            ownerOf: input.role == .businessOwner ? linked?.reference : nil, figures: figures,
            sizeClass: classification?.sizeClass, industryGroup: classification?.industryGroup,
            classification: classification?.explanation, segment: segment, segmentBasis: basis, createdAt: instant)
        return .passed(CheckedParty(party: party))
    }

    static func article(_ kind: UnifiedSocialCreditCode.EntityKind) -> String {
        switch kind {
        case .enterprise: "an enterprise"
        case .individualBusiness: "an individual business"
        case .farmersCooperative: "a farmers' cooperative"
        case .otherOrganization: "another kind of organization"
        }
    }

}
