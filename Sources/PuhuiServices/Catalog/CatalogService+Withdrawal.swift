import PuhuiDomain

/// Withdrawing a catalog version loaded by mistake: a product or rate table version whose
/// effective date has not come yet, and that no quote, application or policy uses, is removed,
/// with an audit event naming who did it and what was removed. A version in use can only be
/// closed (a product: a new file with an earlier effectiveTo; a table: a later version).
extension CatalogService {
    /// What a withdrawal removed.
    public struct Withdrawal: Sendable, Hashable {
        /// `PH-CARGO-MICRO v2`, `cargo-rate@2027-01-01`.
        public var label: String
        public var effectiveFrom: CivilDate
        public var source: String
    }

    /// The audit subject of a product's catalog events (all versions).
    public static func auditSubject(product code: String) -> String { "product \(code)" }
    /// The audit subject of a rate table's catalog events (all versions).
    public static func auditSubject(table name: String) -> String { "rate table \(name)" }

    public func withdrawProduct(code: String, version: Int, _ context: ActionContext) throws -> Withdrawal {
        try context.authorize(.withdrawProduct)
        try context.checkNotInFuture(clock)
        let today = context.at.chinaDate
        return try storage.write { session in
            let catalog = session.catalog
            guard let (record, product) = try catalog.storedProduct(code: code, version: version) else {
                _ = try catalog.product(code: code, version: version) // names the versions there are
                throw PuhuiError.notFound("product \(code) has no version \(version)")
            }
            let label = "\(code) v\(version)"
            guard product.effectiveFrom > today else {
                throw PuhuiError.refused("\(label) took effect on \(product.effectiveFrom); a version in effect cannot be withdrawn, only closed (load it again with an earlier effectiveTo)")
            }
            let usage = try catalog.usage(ofProductVersion: record.id)
            guard usage.isUnused else {
                throw PuhuiError.refused("\(label) is used by \(usage.text); a version in use cannot be withdrawn, only closed (load it again with an effectiveTo)")
            }
            try catalog.deleteProductVersion(id: record.id)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: Self.auditSubject(product: code),
                action: "withdrawn version \(version)",
                before: try CanonicalJSON.encode(["version": label, "effectiveFrom": product.effectiveFrom.description,
                                                  "definitionSha256": record.digest, "source": record.sourceName]),
                after: nil))
            return Withdrawal(label: label, effectiveFrom: product.effectiveFrom, source: record.sourceName)
        }
    }

    public func withdrawTable(name: String, effectiveFrom: CivilDate, _ context: ActionContext) throws -> Withdrawal {
        try context.authorize(.withdrawProduct)
        try context.checkNotInFuture(clock)
        let today = context.at.chinaDate
        return try storage.write { session in
            let catalog = session.catalog
            guard let (version, table) = try catalog.tableVersion(name: name, effectiveFrom: effectiveFrom) else {
                let versions = try catalog.rateTableVersions(name: name).compactMap(\.effectiveFrom).sorted().map(\.description)
                if versions.isEmpty { throw PuhuiError.notFound("rate table \(name) is not in the catalog") }
                throw PuhuiError.notFound("rate table \(name) has no version effective from \(effectiveFrom) (loaded: \(versions.joined(separator: ", ")))")
            }
            let label = table.versionLabel
            guard effectiveFrom > today else {
                throw PuhuiError.refused("\(label) took effect on \(effectiveFrom); a version in effect cannot be withdrawn, only replaced by a later version")
            }
            let usage = try catalog.usage(ofTableVersion: label)
            guard usage.isUnused else {
                throw PuhuiError.refused("\(label) is used by \(usage.text); a version in use cannot be withdrawn, only replaced by a later version")
            }
            // A product version that starts on or after it would be left without this table.
            for summary in try catalog.allProductVersions() {
                let product = try catalog.product(code: summary.code, version: summary.version).product
                guard product.rating.tables.values.contains(name) || product.cancellation.table == name else { continue }
                let others = try catalog.rateTableVersions(name: name).filter { $0.id != version.id }
                if VersionInForce.table(others, on: product.effectiveFrom, from: \.effectiveFrom) == nil {
                    throw PuhuiError.refused("\(product.code) v\(product.version) takes effect on \(product.effectiveFrom) and no other version of \(name) is in force then; withdraw that product version first")
                }
            }
            try catalog.deleteTableVersion(id: version.id)
            try session.audit.record(AuditEvent(
                at: context.at, recordedAt: clock.now(), actor: context.actor, subject: Self.auditSubject(table: name),
                action: "withdrawn version \(label)",
                before: try CanonicalJSON.encode(["version": label, "rows": String(table.rows.count), "contentSha256": table.contentDigest,
                                                  "source": table.path]),
                after: nil))
            return Withdrawal(label: label, effectiveFrom: effectiveFrom, source: table.path)
        }
    }
}
