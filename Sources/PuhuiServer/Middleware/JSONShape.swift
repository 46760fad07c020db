/// Checks the nesting depth of a JSON body and the length of its lists and objects before
/// anything parses it, so that a hostile body (a hundred thousand nested brackets, a list of
/// half a million numbers) is refused in one pass over its bytes, with no value built. Syntax
/// is left to the parsers; inside strings nothing counts.
struct JSONShape {
    enum Excess: Equatable, Sendable {
        /// Objects and lists nested deeper than allowed.
        case depth
        /// A list with more items, or an object with more fields, than allowed.
        case items
    }

    /// Where a body exceeds a limit: the bracket that opens one level too many, or the
    /// separator after the last item allowed. Line and column from 1, counted in bytes.
    struct Violation: Equatable, Sendable {
        var excess: Excess
        var line: Int
        var column: Int
    }

    let maxDepth: Int
    let maxItems: Int

    /// The first place `bytes` exceeds a limit, or nil.
    func violation(in bytes: UnsafeRawBufferPointer) -> Violation? {
        var separators: [Int] = []  // per open container: the commas seen so far
        separators.reserveCapacity(min(maxDepth, 64))
        var inString = false
        var escaped = false
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false }
                else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if separators.count >= maxDepth { return Violation(excess: .depth, line: line, column: index - lineStart + 1) }
                separators.append(0)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if !separators.isEmpty { separators.removeLast() }
            case UInt8(ascii: ","):
                guard !separators.isEmpty else { continue }
                separators[separators.count - 1] += 1
                // n separators mean at least n + 1 items.
                if separators[separators.count - 1] >= maxItems { return Violation(excess: .items, line: line, column: index - lineStart + 1) }
            default:
                continue
            }
        }
        return nil
    }
}
