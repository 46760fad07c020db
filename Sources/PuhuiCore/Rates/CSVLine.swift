import Foundation

/// Splits one CSV line (RFC 4180 quoting) into cells with the 1-based column each starts at.
enum CSVLine {
    struct Cell {
        var text: String
        var column: Int
    }

    /// Nil when a quoted cell is not closed on the line.
    static func split(_ line: Substring, separator: Character = ",") -> [Cell]? {
        let characters = Array(line)
        var cells: [Cell] = []
        var index = 0
        while true {
            let start = index
            var text = ""
            if index < characters.count && characters[index] == "\"" {
                index += 1
                var closed = false
                while index < characters.count {
                    if characters[index] == "\"" {
                        if index + 1 < characters.count && characters[index + 1] == "\"" {
                            text.append("\"")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    text.append(characters[index])
                    index += 1
                }
                if !closed { return nil }
                while index < characters.count && characters[index] != separator { index += 1 }
            } else {
                while index < characters.count && characters[index] != separator {
                    text.append(characters[index])
                    index += 1
                }
                text = text.trimmingCharacters(in: .whitespaces)
            }
            cells.append(Cell(text: text, column: start + 1))
            if index >= characters.count { break }
            index += 1 // the separator
        }
        return cells
    }

    /// Quotes a cell when it holds a separator, a quote or a line break.
    static func escape(_ text: String) -> String {
        if text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
