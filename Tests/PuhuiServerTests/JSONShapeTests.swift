import Testing
@testable import PuhuiServer

/// The one-pass check of nesting depth and list length, before any parser sees a body.
@Suite struct JSONShapeTests {
    let shape = JSONShape(maxDepth: 3, maxItems: 4)

    func violation(_ text: String) -> JSONShape.Violation? {
        Array(text.utf8).withUnsafeBytes { shape.violation(in: $0) }
    }

    @Test func nestingUpToTheLimitPassesOneMoreIsRefusedAtItsBracket() {
        #expect(violation(#"{"a": [{"b": 1}]}"#) == nil)                  // depth 3
        #expect(violation(#"{"a": [{"b": [1]}]}"#) == .init(excess: .depth, line: 1, column: 14))
        #expect(violation("[[[\n[]]]]") == .init(excess: .depth, line: 2, column: 1))
    }

    @Test func listsAndObjectsUpToTheLimitPassOneMoreItemIsRefusedAtItsSeparator() {
        #expect(violation("[1,2,3,4]") == nil)
        #expect(violation("[1,2,3,4,5]") == .init(excess: .items, line: 1, column: 9))
        #expect(violation(#"{"a":1,"b":2,"c":3,"d":4}"#) == nil)
        #expect(violation(#"{"a":1,"b":2,"c":3,"d":4,"e":5}"#) == .init(excess: .items, line: 1, column: 25))
        // Items are counted per container: two lists of four in a list of two pass.
        #expect(violation("[[1,2,3,4],[1,2,3,4]]") == nil)
    }

    @Test func bracketsAndCommasInsideStringsDoNotCount() {
        #expect(violation(#"["[[[[[,,,,,,", "{{{{", "a\"[[[[\\"]"#) == nil)
        // After an escaped backslash the quote closes the string; the brackets after it count.
        #expect(violation(#"["\\", [[[1]]]]"#) == .init(excess: .depth, line: 1, column: 10))
    }

    @Test func syntaxIsLeftToTheParsers() {
        #expect(violation("]]]}}},,,") == nil)
        #expect(violation("") == nil)
    }
}
