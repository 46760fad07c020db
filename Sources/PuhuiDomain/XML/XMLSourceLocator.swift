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

    /// Where the value of `attribute` of the element starting on `line` begins.
    func attribute(_ attribute: String, from line: Int) -> (line: Int, column: Int)? {
        find(from: line) { text in
            for quote in ["\"", "'"] {
                var search = text.startIndex
                while let range = text.range(of: "\(attribute)=\(quote)", range: search..<text.endIndex) {
                    let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
                    if before == " " || before == "\t" { return text.distance(from: text.startIndex, to: range.upperBound) + 1 }
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
