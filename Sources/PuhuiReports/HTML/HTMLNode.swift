/// A piece of an HTML (or inline SVG) document, escaped by construction: text and attribute
/// values are only ever written escaped, and element and attribute names that are not plain
/// names are not written at all. There is no way to put raw markup into a page.
public struct HTMLNode: Sendable, Hashable {
    indirect enum Content: Sendable, Hashable {
        case element(name: String, attributes: [Attribute], children: [HTMLNode])
        case text(String)
        case fragment([HTMLNode])
    }

    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    let content: Content

    /// Text, escaped when written.
    public static func text(_ text: String) -> HTMLNode { HTMLNode(content: .text(text)) }

    /// Nodes side by side, with no element around them.
    public static func fragment(_ nodes: [HTMLNode]) -> HTMLNode { HTMLNode(content: .fragment(nodes)) }

    /// An element with its attributes (in the order given) and children.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:],
                               @HTMLBuilder _ children: () -> [HTMLNode] = { [] }) -> HTMLNode {
        HTMLNode(content: .element(name: name, attributes: attributes.map { Attribute($0.key, $0.value) }, children: children()))
    }

    /// An element with attributes computed at run time.
    public static func element(_ name: String, attributes: [Attribute], children: [HTMLNode] = []) -> HTMLNode {
        HTMLNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// A standalone page, from `<!DOCTYPE html>` on: Chinese first, UTF-8, sized for a phone's
    /// width, with its own style sheet (the reports and letters are single files, printed or
    /// kept, that load nothing).
    public static func document(title: String, style: String, @HTMLBuilder body: () -> [HTMLNode]) -> String {
        let page = element("html", ["lang": "zh-CN"]) {
            element("head") {
                element("meta", ["charset": "utf-8"])
                element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                element("title") { title }
                element("style") { style }
            }
            element("body", attributes: [], children: body())
        }
        return "<!DOCTYPE html>\n" + page.render() + "\n"
    }

    /// HTML elements that have no end tag.
    static let void: Set<String> = ["meta", "br", "hr", "img", "link", "col", "wbr"]
    /// SVG elements written self-closed when empty.
    static let svgLeaves: Set<String> = ["rect", "line", "path", "circle", "polyline", "polygon"]

    /// The node as text.
    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case let .text(text):
            out += Self.escape(text, attribute: false)
        case let .fragment(nodes):
            for node in nodes { node.render(into: &out) }
        case let .element(name, attributes, children):
            guard Self.isName(name) else { return }
            out += "<" + name
            for attribute in attributes where Self.isName(attribute.name) {
                out += " " + attribute.name + "=\"" + Self.escape(attribute.value, attribute: true) + "\""
            }
            if Self.void.contains(name) {
                out += ">"
            } else if children.isEmpty && Self.svgLeaves.contains(name) {
                out += "/>"
            } else {
                out += ">"
                for child in children { child.render(into: &out) }
                out += "</" + name + ">"
            }
        }
    }

    /// Letters, digits, `-` and `:` only, starting with a letter.
    static func isName(_ name: String) -> Bool {
        func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = name.unicodeScalars.first, letter(first) else { return false }
        return name.unicodeScalars.allSatisfy { letter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == ":" }
    }

    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// Builds the children of an element from statements: nodes, lists of nodes, strings (as
/// text), `if` and `for`.
@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: [HTMLNode]...) -> [HTMLNode] { parts.flatMap { $0 } }
    public static func buildExpression(_ node: HTMLNode) -> [HTMLNode] { [node] }
    public static func buildExpression(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildExpression(_ text: String) -> [HTMLNode] { [.text(text)] }
    public static func buildOptional(_ nodes: [HTMLNode]?) -> [HTMLNode] { nodes ?? [] }
    public static func buildEither(first nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildEither(second nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildArray(_ parts: [[HTMLNode]]) -> [HTMLNode] { parts.flatMap { $0 } }
}
