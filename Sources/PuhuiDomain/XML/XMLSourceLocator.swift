/// Finds the column of an attribute or element in an XML file's text, which libxml2's tree does
/// not keep (it has the line of each element's start tag), so that a message can point at
/// `path:line:column`. Columns count characters, as an editor shows them.
struct XMLSourceLocator: Sendable {
    /// The lines as UTF-8 bytes.
    let lines: [[UInt8]]

    init(text: String) {
        lines = TextLines.split(text).map { Array($0.text.utf8) }
    }

    /// How far past an element's start line its attributes may be written.
    static let reach = 12

    /// Where the value of `attribute` of the element starting on `line` begins; with `value`,
    /// the attribute holding that value (two elements on one line are told apart).
    func attribute(_ attribute: String, from line: Int, value: String? = nil) -> (line: Int, column: Int)? {
        if let value, let found = self.attribute(attribute, from: line, exactly: value) { return found }
        return self.attribute(attribute, from: line, exactly: nil)
    }

    private func attribute(_ attribute: String, from line: Int, exactly value: String?) -> (line: Int, column: Int)? {
        find(from: line) { text in
            for quote in ["\"", "'"] {
                let needle = Array(("\(attribute)=\(quote)" + (value.map { "\($0)\(quote)" } ?? "")).utf8)
                var from = 0
                let bytes = text
                while let at = Self.index(of: needle, in: bytes, from: from) {
                    let before = at == 0 ? UInt8(ascii: " ") : bytes[at - 1]
                    if before == UInt8(ascii: " ") || before == UInt8(ascii: "\t") {
                        return Self.characters(bytes, upTo: at) + attribute.utf8.count + 3
                    }
                    from = at + 1
                }
            }
            return nil
        }
    }

    /// The first position of `needle` in `bytes` at or after `from`.
    static func index(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == needle[0] {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Characters (not bytes) before byte offset `offset`, so that columns match an editor's.
    static func characters(_ bytes: [UInt8], upTo offset: Int) -> Int {
        var count = 0
        for i in 0..<offset where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Where the start tag `<element` on or after `line` begins.
    func element(_ element: String, from line: Int) -> (line: Int, column: Int)? {
        find(from: line) { text in
            let bytes = text, needle = Array("<\(element)".utf8)
            var from = 0
            while let at = Self.index(of: needle, in: bytes, from: from) {
                let end = at + needle.count
                let after = end == bytes.count ? UInt8(ascii: " ") : bytes[end]
                if [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "\t")].contains(after) {
                    return Self.characters(bytes, upTo: at) + 1
                }
                from = at + 1
            }
            return nil
        }
    }

    /// Where the text `content` of an element `<element>content</element>` on or after `line` begins.
    func text(_ content: String, of element: String, from line: Int) -> (line: Int, column: Int)? {
        find(from: line) { text in
            let bytes = text
            guard let at = Self.index(of: Array("<\(element)>\(content)<".utf8), in: bytes, from: 0) else { return nil }
            return Self.characters(bytes, upTo: at) + element.count + 3
        }
    }

    private func find(from line: Int, _ match: ([UInt8]) -> Int?) -> (line: Int, column: Int)? {
        guard line >= 1 else { return nil }
        for number in line..<min(lines.count + 1, line + XMLSourceLocator.reach) {
            if let column = match(lines[number - 1]) { return (number, column) }
        }
        return nil
    }
}
