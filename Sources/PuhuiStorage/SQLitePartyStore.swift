import GRDB
import PuhuiDomain
import PuhuiServices

/// The party registry in SQLite.
struct SQLitePartyStore: PartyStore {
    let db: Database

    static let columns = """
        p.reference, p.kind, p.name, p.identifier, p.birth_date, p.sex, p.phone, p.role, e.reference AS employer, o.reference AS owner_of,
        p.industry_code, p.employees, p.revenue_wan, p.assets_wan, p.figures_year, p.size_class, p.industry_group, p.classification,
        p.segment, p.segment_basis, p.created_at
        """
    static let from = "party p LEFT JOIN party e ON e.id = p.employer_id LEFT JOIN party o ON o.id = p.owner_of_id"

    static func decode(_ row: Row) throws -> Party {
        let r = StoredRow(row, table: "party", key: StoredRow.label(row, "reference"))
        let kind: PartyKind = try r.enumeration("kind")
        var figures: SizeFigures? = nil
        if kind != .person {
            figures = SizeFigures(industryCode: try r.optional("industry_code"), employees: try r.optional("employees"),
                                  revenue: try r.decimal("revenue_wan"), assets: try r.decimal("assets_wan"), year: try r.optional("figures_year"))
        }
        return Party(
            reference: try r.value("reference"), kind: kind, name: try r.value("name"), identifier: try r.optional("identifier"),
            birthDate: try r.optionalDate("birth_date"), sex: try r.optionalEnumeration("sex"), phone: try r.optional("phone"),
            role: try r.optionalEnumeration("role"), employer: try r.optional("employer"), ownerOf: try r.optional("owner_of"),
            figures: figures, sizeClass: try r.optionalEnumeration("size_class"), industryGroup: try r.optional("industry_group"),
            classification: try r.optional("classification"), segment: try r.enumeration("segment"), segmentBasis: try r.value("segment_basis"),
            createdAt: try r.instant("created_at"))
    }

    func party(_ reference: String) throws -> Party {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.columns) FROM \(Self.from) WHERE p.reference = ?"),
                                         arguments: [Reference.normalized(reference)]) else {
            throw PuhuiError.notFound("party \(Reference.normalized(reference)) is not registered")
        }
        return try Self.decode(row)
    }

    /// The database id of the party with `reference`.
    func id(of reference: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM party WHERE reference = ?"), arguments: [Reference.normalized(reference)]) else {
            throw PuhuiError.notFound("party \(Reference.normalized(reference)) is not registered")
        }
        return id
    }

    func reference(ofIdentifier identifier: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT reference FROM party WHERE identifier = ? LIMIT 1"), arguments: [identifier])
    }

    func firm(matching text: String) throws -> PartyLink? {
        let key = Reference.normalized(text)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT reference, segment FROM party WHERE kind != 'person' AND (reference = ? OR identifier = ?) ORDER BY id LIMIT 1
            """), arguments: [key, key]) else { return nil }
        let r = StoredRow(row, table: "party", key: StoredRow.label(row, "reference"))
        return PartyLink(reference: try r.value("reference"), segment: try r.enumeration("segment"))
    }

    func insert(_ checked: CheckedParty) throws -> Party {
        var party = checked.party
        party.reference = ReferenceSeries.reference(stem: ReferenceSeries.party.stem(year: 0),
                                                    number: try PuhuiSchema.nextNumber(stem: ReferenceSeries.party.stem(year: 0), db))
        let employerID = try party.employer.map { try id(of: $0) }
        let ownerOfID = try party.ownerOf.map { try id(of: $0) }
        let f = party.figures
        try db.cachedStatement(sql: """
            INSERT INTO party (reference, kind, name, identifier, identifier_kind, birth_date, sex, phone, role, employer_id, owner_of_id,
                industry_code, employees, revenue_wan, assets_wan, figures_year, size_class, industry_group, classification,
                segment, segment_basis, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                party.reference, party.kind.rawValue, party.name, party.identifier,
                party.identifier == nil ? nil : (party.kind == .person ? "resident-id" : "social-credit-code"),
                party.birthDate?.description, party.sex?.rawValue, party.phone, party.role?.rawValue, employerID, ownerOfID,
                f?.industryCode, f?.employees, f?.revenue?.description, f?.assets?.description, f?.year,
                party.sizeClass?.rawValue, party.industryGroup, party.classification, party.segment.rawValue, party.segmentBasis,
                party.createdAt.secondsSinceEpoch, party.createdAt.secondsSinceEpoch,
            ])
        return party
    }

    func list(segment: Segment?, kind: PartyKind?, limit: Int?, offset: Int) throws -> [Party] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let segment { conditions.append("p.segment = ?"); arguments.append(segment.rawValue) }
        if let kind { conditions.append("p.kind = ?"); arguments.append(kind.rawValue) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limitClause = SQLPage.clause(limit: limit, offset: offset)
        return try Row.fetchAll(db, sql: "SELECT \(Self.columns) FROM \(Self.from) \(whereClause) ORDER BY p.id \(limitClause)",
                                arguments: StatementArguments(arguments)).map(Self.decode)
    }

    func qualityReport(asOf: CivilDate, limit: Int, reveal: Bool) throws -> PartyQualityReport {
        func category(_ title: String, _ condition: String, detail: (Row) -> String) throws -> PartyQualityReport.Category {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM party WHERE \(condition)") ?? 0
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM party WHERE \(condition) ORDER BY id LIMIT ?", arguments: [limit])
            return PartyQualityReport.Category(title: title, count: count, findings: try rows.map {
                let r = StoredRow($0, table: "party", key: StoredRow.label($0, "reference"))
                return PartyQualityReport.Finding(reference: try r.value("reference"), kind: try r.enumeration("kind"), detail: detail($0))
            })
        }
        var bySegment = Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT segment, count(*) AS n FROM party GROUP BY segment") {
            bySegment[row["segment"]] = row["n"]
        }
        var byKind = Dictionary(uniqueKeysWithValues: PartyKind.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM party GROUP BY kind") {
            byKind[row["kind"]] = row["n"]
        }
        let missing = try category("Firms missing classification inputs", "kind != 'person' AND (size_class IS NULL OR figures_year IS NULL)") { row in
            if StoredRow.text(row, "industry_code") == nil { return "no GB/T 4754 industry code" }
            if StoredRow.text(row, "size_class") == nil { return StoredRow.text(row, "classification") ?? "not classified" }
            return "the year the size figures refer to is not given"
        }
        let staleYear = asOf.year - PartyQualityReport.staleAfterYears
        let stale = try category("Firms whose size figures are more than \(PartyQualityReport.staleAfterYears) years old",
                                 "kind != 'person' AND figures_year IS NOT NULL AND figures_year < \(staleYear)") { row in
            "figures for \(row["figures_year"] as Int), before \(staleYear)"
        }
        let not92 = try category("Individual businesses without a 92… social credit code",
                                 "kind = 'individual-business' AND (identifier IS NULL OR substr(identifier, 1, 2) != '92')") { row in
            StoredRow.text(row, "identifier").map { "code \($0) does not start with 92" } ?? "no social credit code recorded"
        }
        let noEmployer = try category("Employees without a registered employer", "kind = 'person' AND role = 'employee' AND employer_id IS NULL") { _ in
            "segment 'other' until an employer is linked"
        }
        let duplicateCount = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT identifier FROM party WHERE identifier IS NOT NULL GROUP BY identifier HAVING count(*) > 1)
            """) ?? 0
        let duplicates = try Row.fetchAll(db, sql: """
            SELECT identifier, kind, group_concat(reference, ' ') AS refs FROM party WHERE identifier IS NOT NULL
            GROUP BY identifier HAVING count(*) > 1 ORDER BY min(id) LIMIT ?
            """, arguments: [limit]).map { row -> PartyQualityReport.DuplicateIdentifier in
            let identifier: String = row["identifier"]
            let isPerson = (row["kind"] as String) == PartyKind.person.rawValue
            return PartyQualityReport.DuplicateIdentifier(identifier: reveal || !isPerson ? identifier : PersonalDataMask.identity(identifier),
                                       references: (row["refs"] as String).split(separator: " ").map(String.init))
        }
        return PartyQualityReport(
            asOf: asOf, parties: try Int.fetchOne(db, sql: "SELECT count(*) FROM party") ?? 0,
            countsBySegment: bySegment, countsByKind: byKind, missingClassificationInputs: missing, staleSizeData: stale,
            individualBusinessesWithoutCode92: not92, employeesWithoutEmployer: noEmployer,
            duplicateIdentifiers: duplicates, duplicateIdentifierCount: duplicateCount)
    }

    // MARK: - Updates and search

    func party(referenceOrCode text: String) throws -> Party {
        let key = Reference.normalized(text)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT \(Self.columns) FROM \(Self.from) WHERE p.reference = ?1 OR (p.kind != 'person' AND p.identifier = ?1) ORDER BY p.id LIMIT 1
            """), arguments: [key]) else {
            throw PuhuiError.notFound("party \(key) is not registered")
        }
        return try Self.decode(row)
    }

    func update(_ party: Party, previous: Party, changes: [String], at: Instant, by: String) throws {
        let id = try id(of: party.reference)
        let sequence = (try Int.fetchOne(db.cachedStatement(sql: "SELECT max(sequence) FROM party_history WHERE party_id = ?"), arguments: [id]) ?? 0) + 1
        try db.cachedStatement(sql: """
            INSERT INTO party_history (party_id, sequence, changed_at, changed_by, changes, before) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, sequence, at.secondsSinceEpoch, by, try CanonicalJSON.encode(changes), try CanonicalJSON.encode(previous)])
        let f = party.figures
        try db.cachedStatement(sql: """
            UPDATE party SET name = ?, phone = ?, employees = ?, revenue_wan = ?, assets_wan = ?, figures_year = ?, industry_code = ?,
                size_class = ?, industry_group = ?, classification = ?, segment = ?, segment_basis = ?, updated_at = ?
            WHERE id = ?
            """).execute(arguments: [party.name, party.phone, f?.employees, f?.revenue?.description, f?.assets?.description, f?.year, f?.industryCode,
                                     party.sizeClass?.rawValue, party.industryGroup, party.classification, party.segment.rawValue, party.segmentBasis,
                                     at.secondsSinceEpoch, id])
    }

    func history(_ reference: String) throws -> [PartyHistoryEntry] {
        let id = try id(of: reference)
        return try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM party_history WHERE party_id = ? ORDER BY sequence"), arguments: [id]).map { row in
            let r = StoredRow(row, table: "party_history", key: "\(Reference.normalized(reference)) #\(StoredRow.label(row, "sequence"))")
            return PartyHistoryEntry(sequence: try r.value("sequence"), changedAt: try r.instant("changed_at"), changedBy: try r.value("changed_by"),
                                     changes: try r.json("changes"), before: try r.json("before"))
        }
    }

    func search(_ text: String, limit: Int) throws -> [Party] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let key = Reference.normalized(trimmed)
        let phone = trimmed.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
        let pattern = "%" + trimmed.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        return try Row.fetchAll(db, sql: """
            SELECT \(Self.columns) FROM \(Self.from)
            WHERE p.reference = ?1 OR p.identifier = ?1 OR p.phone = ?2 OR p.name LIKE ?3 ESCAPE '\\'
            ORDER BY p.reference = ?1 DESC, p.identifier = ?1 DESC, p.id LIMIT ?4
            """, arguments: [key, phone, pattern, limit]).map(Self.decode)
    }

    func linkedPersons(of reference: String) throws -> [Party] {
        let id = try id(of: reference)
        return try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.columns) FROM \(Self.from) WHERE p.employer_id = ?1 OR p.owner_of_id = ?1 ORDER BY p.id"),
                                arguments: [id]).map(Self.decode)
    }
}
