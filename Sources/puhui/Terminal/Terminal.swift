import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process writes to: the width and height of the terminal, whether standard output is
/// one, and whether colour may be used. Read once from the environment and the terminal.
struct Terminal: Sendable {
    /// Columns a table may take: `$COLUMNS`, else the terminal's width, else 80.
    var width: Int
    /// Lines on one screen: `$LINES`, else the terminal's height, else 24.
    var height: Int
    /// Standard output is a terminal.
    var isTerminal: Bool
    /// Colour is allowed: standard output is a terminal and `NO_COLOR` is unset or empty (no-color.org).
    var colour: Bool

    static let fallbackWidth = 80
    static let fallbackHeight = 24

    static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let tty = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let measured = tty && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0
        func positive(_ name: String) -> Int? {
            guard let text = environment[name], let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0 else { return nil }
            return value
        }
        let width = positive("COLUMNS") ?? (measured && size.ws_col > 0 ? Int(size.ws_col) : fallbackWidth)
        let height = positive("LINES") ?? (measured && size.ws_row > 0 ? Int(size.ws_row) : fallbackHeight)
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        return Terminal(width: width, height: height, isTerminal: tty, colour: tty && !noColour)
    }

    /// The terminal this process writes to, and whether `--wide` lifted the width limit.
    nonisolated(unsafe) static var current = Terminal.detect()
    nonisolated(unsafe) static var wide = false

    /// The width tables are fitted to (unlimited with `--wide`).
    static var tableWidth: Int { wide ? Int.max : current.width }
}
