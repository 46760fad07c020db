/// Where an element of a definition was written. Not part of the definition's identity (two
/// definitions that differ only in layout are the same), and not stored.
public struct SourceSpot: Sendable, Hashable {
    public var line: Int?
    public var column: Int?
    /// Where each attribute's value is written.
    public var attributes: [String: SourcePlace]

    public init(line: Int? = nil, column: Int? = nil, attributes: [String: SourcePlace] = [:]) {
        self.line = line
        self.column = column
        self.attributes = attributes
    }

    /// Where `attribute` is written, else the element.
    public func place(_ attribute: String? = nil) -> SourcePlace {
        attribute.flatMap { attributes[$0] } ?? SourcePlace(line: line, column: column)
    }

    public static func == (lhs: SourceSpot, rhs: SourceSpot) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// A line and column in a source file.
public struct SourcePlace: Sendable, Hashable {
    public var line: Int?
    public var column: Int?

    public init(line: Int?, column: Int?) {
        self.line = line
        self.column = column
    }
}
