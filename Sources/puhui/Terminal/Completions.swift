import ArgumentParser
import PuhuiStorage

/// Shell completion from the book: product codes, claim references and policy numbers beginning
/// with what is typed, from the database the command would open (`--db`, else `$PUHUI_DB`, else
/// ./puhui.sqlite), read-only. Nothing is printed but the candidates, and no token is needed or read.
enum Completions {
    static var productCode: CompletionKind { .custom { words, _, prefix in candidates(.productCode, words, prefix) } }
    static var claimReference: CompletionKind { .custom { words, _, prefix in candidates(.claimReference, words, prefix) } }
    static var policyNumber: CompletionKind { .custom { words, _, prefix in candidates(.policyNumber, words, prefix) } }

    static func candidates(_ subject: SQLiteStorage.CompletionSubject, _ words: [String], _ prefix: String) -> [String] {
        SQLiteStorage.completions(subject, prefix: prefix, path: SQLiteStorage.resolvePath(option: database(in: words)))
    }

    /// The value of `--db` on the command line being completed, if it is there.
    static func database(in words: [String]) -> String? {
        for (i, word) in words.enumerated() {
            if word == "--db", i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix("--db=") { return String(word.dropFirst(5)) }
        }
        return nil
    }
}
