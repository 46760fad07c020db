import GRDB
import PuhuiDomain
import PuhuiServices

/// What refers to a catalog version, and removing one that nothing refers to.
extension SQLiteCatalogStore {
    func tableVersion(name: String, effectiveFrom: CivilDate) throws -> (RateTableVersion, RateTable)? {
        guard let version = try rateTableVersions(name: name).first(where: { $0.effectiveFrom == effectiveFrom }) else { return nil }
        return (version, try rateTable(version))
    }

    func usage(ofProductVersion id: Int64) throws -> VersionUsage {
        func count(_ table: String) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE product_version_id = ?", arguments: [id]) ?? 0
        }
        return VersionUsage(quotes: try count("quote"), applications: try count("application"), policies: try count("policy"))
    }

    func usage(ofTableVersion label: String) throws -> VersionUsage {
        // Labels are stored inside JSON as quoted strings: quoted, a label matches itself only.
        let quoted = try CanonicalJSON.encode(label)
        let quotes = try Int.fetchOne(db, sql: "SELECT count(*) FROM quote WHERE instr(table_versions, ?) > 0", arguments: [quoted]) ?? 0
        let applications = try Int.fetchOne(db, sql: "SELECT count(*) FROM application WHERE instr(quote, ?) > 0", arguments: [quoted]) ?? 0
        let policies = try Int.fetchOne(db, sql: "SELECT count(*) FROM policy JOIN application ON application.id = policy.application_id WHERE instr(application.quote, ?) > 0",
                                        arguments: [quoted]) ?? 0
        return VersionUsage(quotes: quotes, applications: applications, policies: policies)
    }

    func deleteProductVersion(id: Int64) throws {
        try db.execute(sql: "DELETE FROM product_version WHERE id = ?", arguments: [id])
    }

    func deleteTableVersion(id: Int64) throws {
        try db.execute(sql: "DELETE FROM rate_row WHERE table_version_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM rate_table_version WHERE id = ?", arguments: [id])
    }
}
