/// Finds the column of an attribute or element in an XML file's text, which libxml2's tree does
/// not keep (it has the line of each element's start tag), so that a message can point at
/// `path:line:column`. Columns count characters, as an editor shows them.
struct XMLSourceLocator: Sendable {
    let lines: [Substring]

    init(text: String) {
        lines = TextLines.split(text).map(\.text)
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
                var search = text.startIndex
                let needle = "\(attribute)=\(quote)" + (value.map { "\($0)\(quote)" } ?? "")
                while let range = text.range(of: needle, range: search..<text.endIndex) {
                    let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
                    if before == " " || before == "\t" {
                        return text.distance(from: text.startIndex, to: range.lowerBound) + attribute.count + 3
                    }
                    search = range.upperBound
                }
            }
            return nil
        }
    }

    /// Where the start tag `<element` on or after `line` begins.
    func element(_ element: String, from line: Int) -> (line: Int, column: Int)? {
        find(from: line) { text in
            var search = text.startIndex
            while let range = text.range(of: "<\(element)", range: search..<text.endIndex) {
                let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
                if after == " " || after == ">" || after == "/" || after == "\t" { return text.distance(from: text.startIndex, to: range.lowerBound) + 1 }
                search = range.upperBound
            }
            return nil
        }
    }

    /// Where the text `content` of an element `<element>content</element>` on or after `line` begins.
    func text(_ content: String, of element: String, from line: Int) -> (line: Int, column: Int)? {
        find(from: line) { text in
            guard let range = text.range(of: "<\(element)>\(content)<") else { return nil }
            return text.distance(from: text.startIndex, to: range.lowerBound) + element.count + 3
        }
    }

    private func find(from line: Int, _ match: (Substring) -> Int?) -> (line: Int, column: Int)? {
        guard line >= 1 else { return nil }
        for number in line..<min(lines.count + 1, line + XMLSourceLocator.reach) {
            if let column = match(lines[number - 1]) { return (number, column) }
        }
        return nil
    }
}
