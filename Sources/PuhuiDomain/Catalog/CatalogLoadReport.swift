/// What a catalog load did.
public struct CatalogLoadReport: Sendable, Equatable {
    public var productsAdded: [String] = []
    public var productsUnchanged: [String] = []
    /// Loaded versions whose effective period was closed (withdrawn from sale) by this load.
    public var productsClosed: [String] = []
    public var tablesAdded: [String] = []
    public var tablesUnchanged: [String] = []
    public var rowsAdded = 0

    public init() {}

    public var changedAnything: Bool { !productsAdded.isEmpty || !productsClosed.isEmpty || !tablesAdded.isEmpty }
}

/// The one change a loaded product version allows: closing its effective period.
public enum ProductVersionChange {
    /// Whether `new` differs from `stored` only by closing its effective period earlier.
    public static func isClosing(stored: Product, new: Product) -> Bool {
        guard let newTo = new.effectiveTo, newTo >= new.effectiveFrom else { return false }
        if let storedTo = stored.effectiveTo, newTo >= storedTo { return false }
        var comparable = new
        comparable.effectiveTo = stored.effectiveTo
        return comparable == stored
    }
}
