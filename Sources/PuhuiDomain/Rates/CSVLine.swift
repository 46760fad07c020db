import Foundation

/// Splits one CSV line (RFC 4180 quoting) into cells with the 1-based column each starts at.
public enum CSVLine {
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var column: Int

        public init(text: String, column: Int) {
            self.text = text
            self.column = column
        }
    }

    /// Nil when a quoted cell is not closed on the line. Works on the UTF-8 bytes; columns count
    /// characters, as an editor shows them.
    public static func split(_ line: Substring, separator: Character = ",") -> [Cell]? {
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
    public static func escape(_ text: String) -> String {
        if text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// The cells without the empty ones a spreadsheet adds after the last column (`a,b,c,,`):
    /// trailing cells beyond `count` are dropped when they are all empty.
    public static func droppingTrailingEmpty(_ cells: [Cell], beyond count: Int) -> [Cell] {
        guard cells.count > count, cells[count...].allSatisfy({ $0.text.isEmpty }) else { return cells }
        return Array(cells[..<count])
    }

    /// A header row without the empty cells a spreadsheet adds after the last named column.
    public static func droppingTrailingEmpty(_ cells: [Cell]) -> [Cell] {
        var result = cells
        while let last = result.last, last.text.isEmpty, result.count > 1 { result.removeLast() }
        return result
    }
}

/// The lines of a text file as spreadsheets and editors write them: a UTF-8 byte-order mark is
/// skipped, and a line ends at LF, CR LF or a lone CR. Line numbers are 1-based.
public enum TextLines {
    public struct Line: Sendable {
        public var number: Int
        public var text: Substring
    }

    public static func split(_ text: String) -> [Line] {
        var content = Substring(text)
        if content.unicodeScalars.first == "\u{FEFF}" { content = content.dropFirst() }
        var lines: [Line] = []
        var number = 0
        var start = content.startIndex
        var index = start
        // Work on unicode scalars: in Swift, CR LF is one Character, so splitting on "\n" misses it.
        let scalars = content.unicodeScalars
        var scalarIndex = scalars.startIndex
        while scalarIndex != scalars.endIndex {
            let scalar = scalars[scalarIndex]
            if scalar == "\n" || scalar == "\r" {
                number += 1
                index = scalarIndex
                lines.append(Line(number: number, text: content[start..<index]))
                var next = scalars.index(after: scalarIndex)
                if scalar == "\r", next != scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                scalarIndex = next
                start = next
            } else {
                scalarIndex = scalars.index(after: scalarIndex)
            }
        }
        if start != content.endIndex {
            number += 1
            lines.append(Line(number: number, text: content[start...]))
        }
        return lines
    }
}
