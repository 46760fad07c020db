/// The one place the command-line tool colours text: bold headings, warnings in yellow,
/// breaches and refusals in red, and only when `Terminal.current.colour` allows (a terminal,
/// `NO_COLOR` unset or empty).
enum Style {
    enum Tone: String {
        case bold = "1", warning = "33", alarm = "31"
    }

    static func apply(_ tone: Tone, _ text: String, colour: Bool = Terminal.current.colour) -> String {
        guard colour, !text.isEmpty else { return text }
        return "\u{1B}[\(tone.rawValue)m" + text + "\u{1B}[0m"
    }

    static func heading(_ text: String) -> String { apply(.bold, text) }
    static func warning(_ text: String) -> String { apply(.warning, text) }
    static func alarm(_ text: String) -> String { apply(.alarm, text) }
}
