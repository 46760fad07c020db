/// One problem found in an input, located as precisely as the source allows.
///
/// Rendered like compiler output, `path:line:column: error: message`, so that editors and
/// terminals can jump to it. Line and column are 1-based; either may be unknown.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var path: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil,
                severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Gathers every problem of a run before failing, so one run lists all defects of all files.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(_ message: String, path: String, line: Int? = nil, column: Int? = nil) {
        emit(Diagnostic(path: path, line: line, column: column, message: message))
    }

    public mutating func error(_ message: String, path: String, at place: SourcePlace) {
        emit(Diagnostic(path: path, line: place.line, column: place.column, message: message))
    }

    public mutating func warning(_ message: String, path: String, at place: SourcePlace) {
        emit(Diagnostic(path: path, line: place.line, column: place.column, severity: .warning, message: message))
    }

    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public mutating func append(contentsOf other: DiagnosticCollector) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Diagnostics ordered by file, then line, then column, as a reader scans them.
    public var sorted: [Diagnostic] { Self.sorted(diagnostics) }

    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.path != y.path { return x.path < y.path }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// The text of an input file as a front door or the environment read it, with the path that
/// diagnostics name. The domain never opens files itself.
public struct SourceText: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file's bytes as UTF-8 text, or a diagnostic naming the file.
    public static func decoding(_ bytes: [UInt8], path: String) -> Result<SourceText, PuhuiError> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.rejected([Diagnostic(path: path, message: "the file is not UTF-8 text")]))
        }
        return .success(SourceText(path: path, text: text))
    }
}

/// The bytes of an input file and the path diagnostics name (XML is parsed from bytes).
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
