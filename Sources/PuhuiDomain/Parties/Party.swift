/// The kinds of party the registry holds.
public enum PartyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case enterprise
    case individualBusiness = "individual-business"
    case person
}

/// What a natural person is to the small-business world.
public enum PersonRole: String, Sendable, Hashable, Codable, CaseIterable {
    case businessOwner = "business-owner"
    case employee
    case flexibleWorker = "flexible-worker"
}

/// A party as a user registers it, before checks.
public struct PartyInput: Sendable, Hashable, Codable {
    public var kind: PartyKind
    public var name: String
    /// Unified social credit code for firms, resident identity number for persons.
    public var identifier: String?
    public var phone: String?
    public var role: PersonRole?
    /// The employer of an employee: a party reference (P-000001) or its social credit code.
    public var employer: String?
    /// The business a business owner owns: a party reference or its social credit code.
    public var ownerOf: String?
    public var industryCode: String?
    public var employees: Int?
    /// Operating revenue in 万元, as text.
    public var revenue: String?
    /// Total assets in 万元, as text.
    public var assets: String?
    /// The year the size figures refer to.
    public var figuresYear: Int?

    public init(kind: PartyKind, name: String, identifier: String? = nil, phone: String? = nil, role: PersonRole? = nil,
                employer: String? = nil, ownerOf: String? = nil, industryCode: String? = nil, employees: Int? = nil,
                revenue: String? = nil, assets: String? = nil, figuresYear: Int? = nil) {
        self.kind = kind
        self.name = name
        self.identifier = identifier
        self.phone = phone
        self.role = role
        self.employer = employer
        self.ownerOf = ownerOf
        self.industryCode = industryCode
        self.employees = employees
        self.revenue = revenue
        self.assets = assets
        self.figuresYear = figuresYear
    }
}

/// A registered party with the results of its checks: classification and segment.
public struct Party: Sendable, Hashable, Codable {
    public var reference: String
    public var kind: PartyKind
    public var name: String
    public var identifier: String?
    public var birthDate: CivilDate?
    public var sex: ResidentIdentityNumber.Sex?
    public var phone: String?
    public var role: PersonRole?
    public var employer: String?
    public var ownerOf: String?
    public var figures: SizeFigures?
    public var sizeClass: SizeClass?
    public var industryGroup: Int?
    public var classification: String?
    public var segment: Segment
    /// Why the segment is what it is, e.g. "employee of P-000003 (micro-enterprise)".
    public var segmentBasis: String
    public var createdAt: Instant

    public init(reference: String, kind: PartyKind, name: String, identifier: String? = nil, birthDate: CivilDate? = nil, sex: ResidentIdentityNumber.Sex? = nil, phone: String? = nil, role: PersonRole? = nil, employer: String? = nil, ownerOf: String? = nil, figures: SizeFigures? = nil, sizeClass: SizeClass? = nil, industryGroup: Int? = nil, classification: String? = nil, segment: Segment, segmentBasis: String, createdAt: Instant) {
        self.reference = reference
        self.kind = kind
        self.name = name
        self.identifier = identifier
        self.birthDate = birthDate
        self.sex = sex
        self.phone = phone
        self.role = role
        self.employer = employer
        self.ownerOf = ownerOf
        self.figures = figures
        self.sizeClass = sizeClass
        self.industryGroup = industryGroup
        self.classification = classification
        self.segment = segment
        self.segmentBasis = segmentBasis
        self.createdAt = createdAt
    }

    public func age(on date: CivilDate) -> Int? { birthDate?.age(on: date) }

    /// The identifier as shown by default: identity numbers masked, social credit codes in full.
    public func shownIdentifier(reveal: Bool) -> String? {
        guard let identifier else { return nil }
        return reveal || kind != .person ? identifier : PersonalDataMask.identity(identifier)
    }

    public func shownName(reveal: Bool) -> String {
        reveal || kind != .person ? name : PersonalDataMask.name(name)
    }

    public func shownPhone(reveal: Bool) -> String? {
        phone.map { reveal ? $0 : PersonalDataMask.phone($0) }
    }

    /// A copy with personal data masked, for default output.
    public func masked() -> Party {
        var copy = self
        copy.name = shownName(reveal: false)
        copy.identifier = shownIdentifier(reveal: false)
        copy.phone = shownPhone(reveal: false)
        if kind == .person { copy.birthDate = nil }
        return copy
    }
}

/// Derives the customer segment of domain.md §2 from what is known of a party.
public enum SegmentRule {
    /// The segment of a firm from its kind and size class.
    public static func firm(_ kind: PartyKind, _ sizeClass: SizeClass?) -> (Segment, String) {
        if kind == .individualBusiness { return (.individualBusiness, "individual business (个体工商户)") }
        switch sizeClass {
        case .small: return (.smallEnterprise, "enterprise classified small")
        case .micro: return (.microEnterprise, "enterprise classified micro")
        case .medium, .large: return (.other, "enterprise classified \(sizeClass?.rawValue ?? "")")
        case nil: return (.other, "enterprise not yet classified (size figures missing)")
        }
    }

    /// The segment of a person from their role and the segment of the linked firm.
    public static func person(_ role: PersonRole?, linked: (reference: String, segment: Segment)?) -> (Segment, String) {
        let smallWorld: Set<Segment> = [.smallEnterprise, .microEnterprise, .individualBusiness]
        switch role {
        case .flexibleWorker:
            return (.flexibleWorker, "flexible worker (灵活就业人员)")
        case .businessOwner:
            guard let linked else { return (.businessOwner, "declared owner of a small business (no business linked)") }
            return smallWorld.contains(linked.segment)
                ? (.businessOwner, "owner of \(linked.reference) (\(linked.segment.rawValue))")
                : (.other, "owner of \(linked.reference), which is not a small or micro business")
        case .employee:
            guard let linked else { return (.other, "employee without a registered employer") }
            return smallWorld.contains(linked.segment)
                ? (.employee, "employee of \(linked.reference) (\(linked.segment.rawValue))")
                : (.other, "employee of \(linked.reference), which is not a small or micro business")
        case nil:
            return (.other, "person with no small-business role")
        }
    }
}

extension PartyInput {
    /// Reads a party from a JSON object, reporting every field problem with its line.
    public static func read(json text: String, source: String) throws(PuhuiError) -> PartyInput {
        let value: JSONValue
        do {
            value = try JSONReader.parse(text)
        } catch {
            throw PuhuiError.rejected([Diagnostic(path: source, line: error.line, column: error.column, message: error.message)])
        }
        guard let fields = JSONInputFields(value) else {
            throw PuhuiError.rejected([Diagnostic(path: source, line: value.line, message: "a party must be a JSON object, not \(value.kindName)")])
        }
        var reader = FieldReader(source: source)
        let kind = reader.key(fields, "kind", allowed: PartyKind.allCases.map(\.rawValue)).flatMap(PartyKind.init(rawValue:))
        let name = reader.text(fields, "name")?.0
        let identifier = reader.text(fields, "identifier", required: false)?.0
        let phone = reader.text(fields, "phone", required: false)?.0
        let role = reader.key(fields, "role", required: false, allowed: PersonRole.allCases.map(\.rawValue)).flatMap(PersonRole.init(rawValue:))
        let employer = reader.text(fields, "employer", required: false)?.0
        let ownerOf = reader.text(fields, "ownerOf", required: false)?.0
        let industry = reader.text(fields, "industryCode", required: false)?.0
        let employees = reader.integer(fields, "employees", required: false, allowed: 0...10_000_000)
        let revenue = reader.text(fields, "revenue", required: false)?.0
        let assets = reader.text(fields, "assets", required: false)?.0
        let year = reader.integer(fields, "figuresYear", required: false, allowed: 1990...2100)
        guard let kind, let name, !reader.failed else { throw PuhuiError.rejected(reader.problems) }
        return PartyInput(kind: kind, name: name, identifier: identifier, phone: phone, role: role, employer: employer, ownerOf: ownerOf,
                          industryCode: industry, employees: employees, revenue: revenue, assets: assets, figuresYear: year)
    }
}
