import Foundation
import GRDB

/// Reads parties back from the registry.
public enum PartyStore {
    static let columns = """
        p.reference, p.kind, p.name, p.identifier, p.birth_date, p.sex, p.phone, p.role, e.reference AS employer, o.reference AS owner_of,
        p.industry_code, p.employees, p.revenue_wan, p.assets_wan, p.figures_year, p.size_class, p.industry_group, p.classification,
        p.segment, p.segment_basis, p.created_at
        """
    static let from = "party p LEFT JOIN party e ON e.id = p.employer_id LEFT JOIN party o ON o.id = p.owner_of_id"

    static func decode(_ row: Row) -> Party {
        let kind = PartyKind(rawValue: row["kind"]) ?? .person
        var figures: SizeFigures? = nil
        if kind != .person {
            figures = SizeFigures(industryCode: row["industry_code"], employees: row["employees"],
                                  revenue: (row["revenue_wan"] as String?).flatMap { ExactDecimal(parsing: $0) },
                                  assets: (row["assets_wan"] as String?).flatMap { ExactDecimal(parsing: $0) }, year: row["figures_year"])
        }
        return Party(
            reference: row["reference"], kind: kind, name: row["name"], identifier: row["identifier"],
            birthDate: (row["birth_date"] as String?).flatMap { CivilDate(iso: $0) },
            sex: (row["sex"] as String?).flatMap { ResidentIdentityNumber.Sex(rawValue: $0) }, phone: row["phone"],
            role: (row["role"] as String?).flatMap { PersonRole(rawValue: $0) }, employer: row["employer"], ownerOf: row["owner_of"],
            figures: figures, sizeClass: (row["size_class"] as String?).flatMap { SizeClass(rawValue: $0) },
            industryGroup: row["industry_group"], classification: row["classification"],
            segment: Segment(rawValue: row["segment"]) ?? .other, segmentBasis: row["segment_basis"],
            createdAt: Instant(secondsSinceEpoch: row["created_at"]))
    }

    /// The party with `reference`.
    public static func party(_ reference: String, _ db: Database) throws -> Party {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(columns) FROM \(from) WHERE p.reference = ?"), arguments: [reference.uppercased()]) else {
            throw PuhuiError.notFound("party \(reference) is not registered")
        }
        return decode(row)
    }

    /// The database id of the party with `reference`.
    public static func id(of reference: String, _ db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM party WHERE reference = ?"), arguments: [reference.uppercased()]) else {
            throw PuhuiError.notFound("party \(reference) is not registered")
        }
        return id
    }

    /// Parties, optionally of one segment and kind, in registration order.
    public static func list(segment: Segment? = nil, kind: PartyKind? = nil, limit: Int? = nil, _ db: Database) throws -> [Party] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let segment { conditions.append("p.segment = ?"); arguments.append(segment.rawValue) }
        if let kind { conditions.append("p.kind = ?"); arguments.append(kind.rawValue) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limitClause = limit.map { "LIMIT \($0)" } ?? ""
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(from) \(whereClause) ORDER BY p.id \(limitClause)",
                                arguments: StatementArguments(arguments)).map(decode)
    }
}
