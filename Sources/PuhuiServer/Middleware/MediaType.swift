/// Media types as headers carry them.
enum MediaType {
    /// A `Content-Type` value's media type (its essence) and its parameters, each trimmed of spaces and tabs
    /// and in lower case (`Application/JSON; Charset=UTF-8` is `application/json` with
    /// `charset=utf-8`). Read without Foundation's character sets, which were a measurable
    /// part of every request with a body.
    static func parse(_ contentType: String) -> (essence: String, parameters: [String]) {
        let parts = contentType.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { part in
            var trimmed: Substring.UTF8View = part
            while let first = trimmed.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
            return String(decoding: trimmed.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return (parts.first ?? "", Array(parts.dropFirst()))
    }
}
