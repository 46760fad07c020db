/// `LIMIT … OFFSET …` for a page of a list (SQLite needs a LIMIT before an OFFSET: -1 is none).
enum SQLPage {
    static func clause(limit: Int?, offset: Int) -> String {
        let safeOffset = max(0, offset)
        switch (limit, safeOffset) {
        case (nil, 0): return ""
        case let (limit?, 0): return "LIMIT \(max(0, limit))"
        case let (limit, skip): return "LIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(skip)"
        }
    }
}
