import ArgumentParser

/// `--limit N --offset N` for a list that can be long, and the footer saying which rows are shown.
struct PageOptions: ParsableArguments {
    @Option(name: .long, help: "At most this many rows.") var limit: Int?
    @Option(name: .long, help: "Skip this many rows first.") var offset: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit '\(limit)' must be 0 or more") }
        if let offset, offset < 0 { throw ValidationError("--offset '\(offset)' must be 0 or more") }
    }

    var skip: Int { offset ?? 0 }

    /// The limit to ask a store for: one more than shown, so the footer knows whether more follow.
    var probe: Int? { limit.map { $0 + 1 } }

    /// The rows of a whole list that this page shows.
    func slice<T>(_ all: [T]) -> Page<T> {
        Self.slice(all, offset: skip, limit: limit)
    }

    static func slice<T>(_ all: [T], offset: Int, limit: Int?) -> Page<T> {
        let start = min(offset, all.count)
        let end = limit.map { min(all.count, start + $0) } ?? all.count
        return Page(rows: Array(all[start..<end]), offset: offset, total: all.count, more: end < all.count)
    }

    /// The page from rows a store returned after skipping `offset`, asked with `probe` as the limit.
    func page<T>(probed rows: [T]) -> Page<T> {
        guard let limit, rows.count > limit else {
            // Past the end nothing says how long the list is.
            return Page(rows: rows, offset: skip, total: rows.isEmpty && skip > 0 ? nil : skip + rows.count, more: false)
        }
        return Page(rows: Array(rows.prefix(limit)), offset: skip, total: nil, more: true)
    }
}

/// Some rows of a list: where they start, how many there are in all when known, and whether more follow.
struct Page<Row> {
    var rows: [Row]
    var offset: Int
    var total: Int?
    var more: Bool

    /// "rows 51–100 of 312 (--offset 100 for more)", or nil when the page is the whole list.
    var footer: String? {
        guard offset > 0 || more else { return nil }
        let next = offset + rows.count
        if rows.isEmpty { return "no rows from row \(offset + 1)" + (total.map { " (\($0) in all)" } ?? "") }
        let of = total.map { " of \($0)" } ?? " of more than \(next)"
        return "rows \(offset + 1)–\(next)" + of + (more ? " (--offset \(next) for more)" : "")
    }
}
