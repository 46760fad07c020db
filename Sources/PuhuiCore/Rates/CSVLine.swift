import Foundation

/// Splits one CSV line (RFC 4180 quoting) into cells with the 1-based column each starts at.
enum CSVLine {
    struct Cell {
        var text: String
        var column: Int
    }

    /// Nil when a quoted cell is not closed on the line. Works on the UTF-8 bytes; columns count
    /// characters, as an editor shows them.
    static func split(_ line: Substring, separator: Character = ",") -> [Cell]? {
        let bytes = Array(line.utf8)
        let sep = separator.asciiValue ?? UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        var cells: [Cell] = []
        var index = 0
        var column = 1
        /// Characters in `bytes[from..<to]` (UTF-8 lead bytes).
        func characters(_ from: Int, _ to: Int) -> Int {
            var count = 0
            for i in from..<to where bytes[i] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        while true {
            let start = index
            var text: String
            if index < bytes.count && bytes[index] == quote {
                index += 1
                var content: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    if bytes[index] == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            content.append(quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    content.append(bytes[index])
                    index += 1
                }
                if !closed { return nil }
                while index < bytes.count && bytes[index] != sep { index += 1 }
                text = String(decoding: content, as: UTF8.self)
            } else {
                while index < bytes.count && bytes[index] != sep { index += 1 }
                var from = start, to = index
                while from < to && (bytes[from] == 32 || bytes[from] == 9) { from += 1 }
                while to > from && (bytes[to - 1] == 32 || bytes[to - 1] == 9) { to -= 1 }
                text = String(decoding: bytes[from..<to], as: UTF8.self)
            }
            cells.append(Cell(text: text, column: column))
            if index >= bytes.count { break }
            column += characters(start, index) + 1
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
