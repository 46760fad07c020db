/// One step of a premium calculation, as an auditor reads it.
public struct WorksheetStep: Sendable, Hashable, Codable {
    /// What the step does: "Base rate", "Fire protection factor", "Round to the fen".
    public var name: String
    /// The rate table version looked up, `property-base-rate@2026-01-01`.
    public var table: String?
    /// The key looked up in it, `occupancy=retail-shop, construction=class-2`.
    public var key: String?
    /// The rate or factor applied, exactly as in the table.
    public var factor: String?
    /// The running amount in yuan after the step (exact before rounding, two decimals after).
    public var amount: String?
    /// The rounding applied, `half-up to the fen`.
    public var rounding: String?
    /// Anything else the reader needs: the formula, why a minimum applied.
    public var note: String?

    public init(name: String, table: String? = nil, key: String? = nil, factor: String? = nil,
                amount: String? = nil, rounding: String? = nil, note: String? = nil) {
        self.name = name
        self.table = table
        self.key = key
        self.factor = factor
        self.amount = amount
        self.rounding = rounding
        self.note = note
    }
}

/// Where rating modules write their steps. Batch rating passes `NoWorksheet`, which discards
/// them without even building them (the steps are autoclosures).
public protocol WorksheetRecorder {
    mutating func record(_ step: @autoclosure () -> WorksheetStep)
}

public struct RatingWorksheet: WorksheetRecorder, Sendable, Codable, Hashable {
    public private(set) var steps: [WorksheetStep] = []

    public init() {}

    public mutating func record(_ step: @autoclosure () -> WorksheetStep) {
        steps.append(step())
    }
}

public struct NoWorksheet: WorksheetRecorder {
    public init() {}
    public mutating func record(_ step: @autoclosure () -> WorksheetStep) {}
}

extension ExactDecimal {
    /// An amount in yuan for a worksheet: exact, with at least two decimals.
    var yuanText: String {
        let n = normalized
        return n.scale >= 2 ? n.description : n.rounded(scale: 2, .halfEven).description
    }
}

extension RoundingRule {
    var worksheetText: String { "\(rawValue) to the fen" }
}

extension RateLookup {
    /// The worksheet step that applies this lookup's value as a factor to `amount`.
    func step(_ name: String, amount: ExactDecimal, note: String? = nil) -> WorksheetStep {
        WorksheetStep(name: name, table: tableVersion, key: query, factor: value.description, amount: amount.yuanText, note: note)
    }
}
