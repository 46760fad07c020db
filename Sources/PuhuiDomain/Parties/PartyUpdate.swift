/// What a party update may change: a firm's size figures and their year, contact, name. The
/// identifier, kind and links stay (a different identifier is a different party). Nil leaves a
/// field as it is; an empty phone clears it.
public struct PartyChanges: Sendable, Hashable {
    public var name: String?
    public var phone: String?
    public var employees: Int?
    /// Operating revenue in 万元, as text.
    public var revenue: String?
    /// Total assets in 万元, as text.
    public var assets: String?
    public var figuresYear: Int?

    public init(name: String? = nil, phone: String? = nil, employees: Int? = nil, revenue: String? = nil, assets: String? = nil, figuresYear: Int? = nil) {
        self.name = name
        self.phone = phone
        self.employees = employees
        self.revenue = revenue
        self.assets = assets
        self.figuresYear = figuresYear
    }

    public var isEmpty: Bool {
        name == nil && phone == nil && employees == nil && revenue == nil && assets == nil && figuresYear == nil
    }

    /// `party` as an input with the changes applied, to be checked again like a registration.
    public func applied(to party: Party) -> PartyInput {
        let figures = party.figures
        return PartyInput(kind: party.kind, name: name ?? party.name, identifier: party.identifier, phone: phone ?? party.phone, role: party.role,
                          employer: party.employer, ownerOf: party.ownerOf, industryCode: figures?.industryCode,
                          employees: employees ?? figures?.employees, revenue: revenue ?? figures?.revenue?.description,
                          assets: assets ?? figures?.assets?.description, figuresYear: figuresYear ?? figures?.year)
    }

    /// The differences between two states of a party, one line each: `employees 8 → 60`.
    /// Names and phones of persons are masked unless `reveal`.
    public static func describe(from before: Party, to after: Party, reveal: Bool = false) -> [String] {
        var lines: [String] = []
        func note(_ field: String, _ old: String?, _ new: String?) {
            if old != new { lines.append("\(field) \(old ?? "-") → \(new ?? "-")") }
        }
        note("name", before.shownName(reveal: reveal), after.shownName(reveal: reveal))
        if before.phone != after.phone { note("phone", before.shownPhone(reveal: reveal), after.shownPhone(reveal: reveal)) }
        note("employees", before.figures?.employees.map(String.init), after.figures?.employees.map(String.init))
        note("revenue", before.figures?.revenue?.normalized.description, after.figures?.revenue?.normalized.description)
        note("assets", before.figures?.assets?.normalized.description, after.figures?.assets?.normalized.description)
        note("year", before.figures?.year.map(String.init), after.figures?.year.map(String.init))
        note("size", before.sizeClass?.rawValue, after.sizeClass?.rawValue)
        note("segment", before.segment.rawValue, after.segment.rawValue)
        return lines
    }
}

/// One earlier state of a party: what it was before an update, and what changed.
public struct PartyHistoryEntry: Sendable, Hashable, Codable {
    public var sequence: Int
    public var changedAt: Instant
    public var changedBy: String
    public var changes: [String]
    /// The party as it was before the change.
    public var before: Party

    public init(sequence: Int, changedAt: Instant, changedBy: String, changes: [String], before: Party) {
        self.sequence = sequence
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.changes = changes
        self.before = before
    }
}
