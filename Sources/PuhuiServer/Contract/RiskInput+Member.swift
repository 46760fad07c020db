import PuhuiDomain

extension RiskInput {
    /// The text of the risk object held in field `name` of the JSON document `text`, for a
    /// service that reads a risk as text (an application): everything outside the object is
    /// blanked (line breaks kept), so that the lines and columns of the risk's problems are
    /// those of the document the caller sent.
    static func memberText(_ name: String, ofDocument text: String, source: String) throws -> String {
        let risk = try member(name, ofDocument: text, source: source)
        let (line, column) = (risk.line, risk.column)
        var characters = Array(text)
        // The object's first character: `line` and `column` count from 1.
        var index = 0, currentLine = 1
        while index < characters.count, currentLine < line {
            if characters[index] == "\n" { currentLine += 1 }
            index += 1
        }
        let start = min(index + column - 1, characters.count)
        guard start < characters.count, characters[start] == "{" else { return text }
        var depth = 0, inString = false, escaped = false, end = start
        for position in start..<characters.count {
            let character = characters[position]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "\"" { inString = true } else if character == "{" || character == "[" { depth += 1 } else if character == "}" || character == "]" {
                depth -= 1
                if depth == 0 { end = position; break }
            }
        }
        for position in characters.indices where (position < start || position > end) && characters[position] != "\n" && characters[position] != "\r" {
            characters[position] = " "
        }
        return String(characters)
    }
}
