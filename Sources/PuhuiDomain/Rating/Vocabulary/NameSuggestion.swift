/// "Did you mean" for a name that is not declared: the closest declared name by edit distance
/// (insertions, deletions, substitutions and swaps of neighbours), ignoring case, hyphens and
/// underscores, when it is close enough to be a slip of the keyboard.
public enum NameSuggestion {
    /// The closest of `candidates`, or nil when none is near.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = folded(name)
        var best: (String, Int)? = nil
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, folded(candidate))
            if distance <= allowance(target.count, folded(candidate).count), best.map({ distance < $0.1 }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// ` (did you mean 'x'?)`, or nothing.
    public static func hint(for name: String, in candidates: [String]) -> String {
        closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The message tail naming what is allowed: `; did you mean 'x'? (allowed: a, b, c)`.
    public static func hintAndList(for name: String, in candidates: [String], what: String = "allowed") -> String {
        let list = candidates.isEmpty ? "none" : candidates.joined(separator: ", ")
        return hint(for: name, in: candidates) + " (\(what): \(list))"
    }

    static func allowance(_ a: Int, _ b: Int) -> Int {
        max(1, min(3, min(a, b) / 3))
    }

    static func folded(_ text: String) -> [Character] {
        Array(text.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    /// Optimal string alignment distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
