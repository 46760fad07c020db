import GRDB

extension PuhuiSchema {
    /// v17: a counter raised by every change to the catalog's versions: a product version or
    /// a rate table version loaded, closed or withdrawn (`product_version`,
    /// `rate_table_version`; a table's rows are loaded with their version, in its
    /// transaction). Triggers raise it, whoever writes. A server keeps the raters it built and
    /// uses one again, without reading the catalog, only while the counter is unchanged.
    static func countCatalogChanges(_ db: Database) throws {
        try createGenerationCounter(db, named: "catalog_generation", raisedBy: ["product_version", "rate_table_version"])
    }
}
