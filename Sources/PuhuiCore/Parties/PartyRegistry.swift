import Foundation
import GRDB

/// Registers parties after checking their identifiers, classifies firms by the size standard,
/// derives every party's segment, and reads them back.
public struct PartyRegistry: Sendable {
    public let standard: SizeStandard
    /// The date birth dates are checked against and ages taken on.
    public let today: CivilDate

    public init(standard: SizeStandard, today: CivilDate) {
        self.standard = standard
        self.today = today
    }

    /// What checking an input found: the row to write, or every problem.
    struct Checked {
        var party: Party
        var employerID: Int64?
        var ownerOfID: Int64?
    }

    /// Checks `input` against the rules and the registry; problems are `field: message` lines.
    func check(_ input: PartyInput, at instant: Instant, allowDuplicate: Bool, _ db: Database) throws -> Result<Checked, PartyProblems> {
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
                    problems.append("identifier: \(problem.reason)")
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
                    problems.append("identifier: \(problem.reason)")
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
                problems.append("phone: '\(text)' is not a mainland mobile number (11 digits starting 13-19)")
            }
        }
        if let identifier, !allowDuplicate,
           let existing = try String.fetchOne(db.cachedStatement(sql: "SELECT reference FROM party WHERE identifier = ? LIMIT 1"), arguments: [identifier]) {
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
                    problems.append("industry: \(problem.reason)")
                }
            }
        }

        // Persons: links.
        var employerID: Int64? = nil, ownerOfID: Int64? = nil
        var linked: (reference: String, segment: Segment)? = nil
        if input.kind == .person {
            if input.employer != nil && input.role != .employee { problems.append("employer: only an employee has an employer") }
            if input.ownerOf != nil && input.role != .businessOwner { problems.append("ownerOf: only a business owner owns a business") }
            if let link = input.employer ?? input.ownerOf {
                if let firm = try Self.findFirm(link, db) {
                    linked = (firm.reference, firm.segment)
                    if input.role == .employee { employerID = firm.id } else { ownerOfID = firm.id }
                } else {
                    problems.append("\(input.employer != nil ? "employer" : "ownerOf"): no registered enterprise or individual business '\(link)'")
                }
            }
        }
        if !problems.isEmpty { return .failure(PartyProblems(problems: problems)) }

        let (segment, basis): (Segment, String) = input.kind == .person
            ? SegmentRule.person(input.role, linked: linked)
            : SegmentRule.firm(input.kind, classification?.sizeClass)
        let party = Party(
            reference: "", kind: input.kind, name: name, identifier: identifier, birthDate: birthDate, sex: sex, phone: phone,
            role: input.role, employer: input.role == .employee ? linked?.reference : nil,
            ownerOf: input.role == .businessOwner ? linked?.reference : nil, figures: figures,
            sizeClass: classification?.sizeClass, industryGroup: classification?.industryGroup,
            classification: classification?.explanation, segment: segment, segmentBasis: basis, createdAt: instant)
        return .success(Checked(party: party, employerID: employerID, ownerOfID: ownerOfID))
    }

    static func article(_ kind: UnifiedSocialCreditCode.EntityKind) -> String {
        switch kind {
        case .enterprise: "an enterprise"
        case .individualBusiness: "an individual business"
        case .farmersCooperative: "a farmers' cooperative"
        case .otherOrganization: "another kind of organization"
        }
    }

    /// A firm by reference or social credit code.
    static func findFirm(_ text: String, _ db: Database) throws -> (id: Int64, reference: String, segment: Segment)? {
        let key = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, reference, segment FROM party WHERE kind != 'person' AND (reference = ? OR identifier = ?) ORDER BY id LIMIT 1
            """), arguments: [key, key]) else { return nil }
        return (row["id"], row["reference"], Segment(rawValue: row["segment"]) ?? .other)
    }

    /// Inserts a checked party and returns it with its reference.
    func insert(_ checked: Checked, _ db: Database) throws -> Party {
        var party = checked.party
        let next = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT ifnull(max(id), 0) + 1 FROM party"))) ?? 1
        party.reference = "P-" + String(format: "%06lld", next)
        let f = party.figures
        try db.cachedStatement(sql: """
            INSERT INTO party (id, reference, kind, name, identifier, identifier_kind, birth_date, sex, phone, role, employer_id, owner_of_id,
                industry_code, employees, revenue_wan, assets_wan, figures_year, size_class, industry_group, classification,
                segment, segment_basis, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                next, party.reference, party.kind.rawValue, party.name, party.identifier,
                party.identifier == nil ? nil : (party.kind == .person ? "resident-id" : "social-credit-code"),
                party.birthDate?.description, party.sex?.rawValue, party.phone, party.role?.rawValue, checked.employerID, checked.ownerOfID,
                f?.industryCode, f?.employees, f?.revenue?.description, f?.assets?.description, f?.year,
                party.sizeClass?.rawValue, party.industryGroup, party.classification, party.segment.rawValue, party.segmentBasis,
                party.createdAt.secondsSinceEpoch, party.createdAt.secondsSinceEpoch,
            ])
        return party
    }

    /// Registers one party in its own transaction.
    public func register(_ input: PartyInput, at instant: Instant, allowDuplicate: Bool = false,
                         _ writer: some DatabaseWriter) throws -> Party {
        try writer.write { db in
            switch try check(input, at: instant, allowDuplicate: allowDuplicate, db) {
            case let .failure(problems):
                let shown = input.kind == .person ? PersonalDataMask.name(input.name) : input.name
                throw PuhuiError.invalid("party '\(shown)': " + problems.problems.joined(separator: "; "))
            case let .success(checked): return try insert(checked, db)
            }
        }
    }
}

public struct PartyProblems: Error, Sendable {
    public var problems: [String]
}
