import CLibXML2
import Foundation

/// Collects libxml2's structured errors as diagnostics for one file.
final class LibXMLErrorSink {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    func record(line: Int32, column: Int32, level: xmlErrorLevel, message: String) {
        let severity: Diagnostic.Severity = level == XML_ERR_WARNING ? .warning : .error
        diagnostics.append(Diagnostic(
            path: path,
            line: line > 0 ? Int(line) : nil,
            column: column > 0 ? Int(column) : nil,
            severity: severity,
            message: message.trimmingTrailingWhitespace()))
    }

    /// Runs `body` with libxml2's structured errors of this thread going to this sink.
    func capturing<T>(_ body: () -> T) -> T {
        let handler: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let sink = Unmanaged<LibXMLErrorSink>.fromOpaque(userData).takeUnretainedValue()
            let e = error.pointee
            let message = e.message.map { String(cString: $0) } ?? "unknown XML error"
            sink.record(line: e.line, column: e.int2, level: e.level, message: message)
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context, handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}

enum LibXML {
    /// Parser options: no network access, no entity expansion, line numbers past 65535.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensureInitialized() {
        _ = initialized
    }
}

/// A parsed XML document (libxml2 tree), freed when released.
final class XMLTree {
    let document: xmlDocPtr
    let path: String
    /// Columns of attributes and elements, found in the text.
    let locator: XMLSourceLocator

    private init(document: xmlDocPtr, path: String, locator: XMLSourceLocator) {
        self.document = document
        self.path = path
        self.locator = locator
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Parses `bytes` read from `path`; well-formedness errors go to the returned diagnostics.
    static func parse(bytes: [UInt8], path: String) -> (XMLTree?, [Diagnostic]) {
        LibXML.ensureInitialized()
        let sink = LibXMLErrorSink(path: path)
        let document: xmlDocPtr? = sink.capturing {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    xmlReadMemory(base, Int32(buffer.count), path, nil, LibXML.parseOptions)
                }
            }
        }
        guard let document else {
            if sink.diagnostics.isEmpty {
                sink.diagnostics.append(Diagnostic(path: path, message: "not a well-formed XML document"))
            }
            return (nil, sink.diagnostics)
        }
        let locator = XMLSourceLocator(text: String(decoding: bytes, as: UTF8.self))
        return (XMLTree(document: document, path: path, locator: locator), sink.diagnostics)
    }

    var root: XMLElement? {
        xmlDocGetRootElement(document).map { XMLElement(node: $0, tree: self) }
    }
}

/// An element of an `XMLTree`; valid while the tree lives (it holds the tree).
struct XMLElement {
    let node: xmlNodePtr
    let tree: XMLTree

    var name: String { String(cString: node.pointee.name) }

    /// Line of the element's start tag in the source.
    var line: Int { Int(xmlGetLineNo(node)) }

    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(node: current, tree: tree))
            }
            child = current.pointee.next
        }
        return result
    }

    func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// The concatenated text of the element's text and CDATA children, trimmed.
    var text: String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                result += String(cString: content)
            }
            child = current.pointee.next
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where `attribute`'s value is written (or the element, when the attribute is not found).
    func location(of attribute: String? = nil) -> (line: Int, column: Int?) {
        if let attribute, let found = tree.locator.attribute(attribute, from: line, value: self.attribute(attribute)) { return (found.line, found.column) }
        if let found = tree.locator.element(name, from: line) { return (found.line, found.column) }
        return (line, nil)
    }

    /// Where the element's text is written.
    var textLocation: (line: Int, column: Int?) {
        if let found = tree.locator.text(text, of: name, from: line) { return (found.line, found.column) }
        return location()
    }

    /// The spot of the element, with where each of `attributes` that is given is written.
    func spot(_ attributes: [String]) -> SourceSpot {
        let start = location()
        var places: [String: SourcePlace] = [:]
        for attribute in attributes where self.attribute(attribute) != nil {
            if let found = tree.locator.attribute(attribute, from: line, value: self.attribute(attribute)) {
                places[attribute] = SourcePlace(line: found.line, column: found.column)
            }
        }
        return SourceSpot(line: start.line, column: start.column, attributes: places)
    }

    func attribute(_ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if String(cString: current.pointee.name) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }
}

/// A compiled XML Schema, validating parsed documents.
final class XMLSchemaValidator {
    private let schema: xmlSchemaPtr

    private init(schema: xmlSchemaPtr) {
        self.schema = schema
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Compiles a schema from its bytes, read from `path`; a broken schema gives diagnostics
    /// against the schema file.
    static func load(bytes: [UInt8], path: String) -> (XMLSchemaValidator?, [Diagnostic]) {
        LibXML.ensureInitialized()
        let sink = LibXMLErrorSink(path: path)
        let schema: xmlSchemaPtr? = sink.capturing {
            bytes.withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
                guard let base = buffer.baseAddress else { return nil }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars -> xmlSchemaPtr? in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars, Int32(buffer.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let schema else {
            if sink.diagnostics.isEmpty {
                sink.diagnostics.append(Diagnostic(path: path, message: "cannot read the XML schema"))
            }
            return (nil, sink.diagnostics)
        }
        return (XMLSchemaValidator(schema: schema), [])
    }

    /// Every schema violation of `tree`, each with the line of the offending node.
    func validate(_ tree: XMLTree) -> [Diagnostic] {
        let sink = LibXMLErrorSink(path: tree.path)
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(path: tree.path, message: "cannot create a schema validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let handler: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let sink = Unmanaged<LibXMLErrorSink>.fromOpaque(userData).takeUnretainedValue()
            let e = error.pointee
            let message = e.message.map { String(cString: $0) } ?? "schema violation"
            sink.record(line: e.line, column: e.int2, level: e.level, message: message)
        }
        xmlSchemaSetValidStructuredErrors(context, handler, Unmanaged.passUnretained(sink).toOpaque())
        let result = xmlSchemaValidateDoc(context, tree.document)
        if result != 0 && sink.diagnostics.isEmpty {
            sink.diagnostics.append(Diagnostic(path: tree.path, message: "the document does not match the schema"))
        }
        return sink.diagnostics
    }
}
