/// References people type and read: parties `P-000001`, quotes `Q-000001`, applications
/// `A-2026-000001`, policies `PL-2026-000001`, claims `CLM-2026-000001`, endorsements
/// `END-2026-000001`.
public enum Reference {
    /// A reference as typed, brought to its stored form (trimmed, upper case): the one place
    /// where `pl-2026-000001` becomes `PL-2026-000001`.
    public static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).uppercased()
    }
}

/// A numbered series of references: a prefix, for yearly series the year, and a running number
/// of at least six digits within the stem.
public enum ReferenceSeries: String, Sendable, CaseIterable {
    case party = "P"
    case quote = "Q"
    case application = "A"
    case policy = "PL"
    case claim = "CLM"
    case endorsement = "END"
    /// Letters sent (schema v13): `LTR-2026-000001`.
    case letter = "LTR"

    /// Whether the running number starts again each year.
    public var isYearly: Bool {
        switch self {
        case .party, .quote: false
        case .application, .policy, .claim, .endorsement, .letter: true
        }
    }

    /// `CLM-2026-` for a yearly series, `Q-` otherwise.
    public func stem(year: Int) -> String {
        isYearly ? "\(rawValue)-\(year)-" : "\(rawValue)-"
    }

    /// The reference of running number `number` under `stem`: `CLM-2026-000123`.
    public static func reference(stem: String, number: Int) -> String {
        let digits = String(number)
        return stem + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
