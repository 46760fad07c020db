import Foundation
import PuhuiDomain

/// A `multipart/form-data` body (RFC 7578) as a page's upload form sends it: the boundary from
/// the `Content-Type`, then each part's `Content-Disposition` (its field name, and for a file
/// its file name) and `Content-Type`, and its bytes. A body that is not well framed is refused
/// with a message saying what is wrong, never read in part.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        /// The file name the browser sent (as sent: sanitise it before keeping it); nil for a
        /// plain field.
        var fileName: String?
        /// The media type the part declares, lowercased and without parameters.
        var contentType: String?
        var bytes: [UInt8]
    }

    let parts: [Part]

    /// The most parts a form may have (a page's upload form has four).
    static var maxParts: Int { 16 }
    /// The longest block of headers a part may have.
    static var maxHeaderBytes: Int { 8 << 10 }

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the plain field `name`, trimmed; nil when absent, empty or not UTF-8.
    subscript(name: String) -> String? {
        guard let part = part(name), part.fileName == nil, let text = String(validating: part.bytes, as: UTF8.self) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The boundary a `multipart/form-data` content type names (quoted or not, 1 to 70 characters).
    static func boundary(contentType: String?) throws -> String {
        guard let contentType else { throw PuhuiError.invalid("the form was sent without a content type; send it from the page", field: "body") }
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else {
            throw PuhuiError.invalid("the form must be sent as multipart/form-data (it was \(pieces.first ?? ""))", field: "body")
        }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), !value.hasSuffix(" "), value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
                throw PuhuiError.invalid("the form's boundary is not a valid multipart boundary", field: "body")
            }
            return value
        }
        throw PuhuiError.invalid("the form's content type names no boundary", field: "body")
    }

    /// The parts of `body`, each file part at most `maxPartBytes` long.
    init(body: [UInt8], contentType: String?, maxPartBytes: Int) throws {
        let delimiter = Array("--\(try Self.boundary(contentType: contentType))".utf8)
        let separator = [UInt8(ascii: "\r"), UInt8(ascii: "\n")] + delimiter
        // The first delimiter: at the start, or after a preamble ending in CR LF.
        var cursor: Int
        if body.starts(with: delimiter) {
            cursor = delimiter.count
        } else if let found = Self.find(separator, in: body, from: 0) {
            cursor = found + separator.count
        } else {
            throw PuhuiError.invalid("the form has no part (its boundary never appears)", field: "body")
        }
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" ends the body; else optional blanks and CR LF begin a part.
            if body[cursor...].starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")]) { break }
            while cursor < body.count, body[cursor] == UInt8(ascii: " ") || body[cursor] == UInt8(ascii: "\t") { cursor += 1 }
            guard body[cursor...].starts(with: [UInt8(ascii: "\r"), UInt8(ascii: "\n")]) else {
                throw PuhuiError.invalid("the form ends in the middle of a part (no closing boundary)", field: "body")
            }
            cursor += 2
            guard parts.count < Self.maxParts else { throw PuhuiError.invalid("the form has more than \(Self.maxParts) parts", field: "body") }
            if body[cursor...].starts(with: [UInt8(ascii: "\r"), UInt8(ascii: "\n")]) {
                throw PuhuiError.invalid("a part of the form has no headers (no Content-Disposition with a name)", field: "body")
            }
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: cursor, within: Self.maxHeaderBytes + 4) else {
                throw PuhuiError.invalid("a part of the form has headers that do not end (no blank line after them)", field: "body")
            }
            var part = try Self.headers(body[cursor..<headerEnd])
            let start = headerEnd + 4
            guard let end = Self.find(separator, in: body, from: start) else {
                throw PuhuiError.invalid("the part \(part.name) of the form is not terminated (its closing boundary is missing)", field: part.name)
            }
            if end - start > maxPartBytes {
                throw PuhuiError(.tooLarge, "the part \(part.name) is larger than \(maxPartBytes) bytes", field: part.name)
            }
            part.bytes = Array(body[start..<end])
            parts.append(part)
            cursor = end + separator.count
            guard cursor + 2 <= body.count else {
                throw PuhuiError.invalid("the form ends in the middle of a part (no closing boundary)", field: "body")
            }
        }
        self.parts = parts
    }

    /// A part's headers: `Content-Disposition: form-data; name="…"[; filename="…"]` (required)
    /// and `Content-Type` (optional).
    static func headers(_ block: ArraySlice<UInt8>) throws -> Part {
        guard let text = String(validating: block, as: UTF8.self) else {
            throw PuhuiError.invalid("a part of the form has headers that are not UTF-8 text", field: "body")
        }
        var disposition: [String: String]?
        var contentType: String?
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw PuhuiError.invalid("a part of the form has a header line without a colon", field: "body") }
            switch pair[0].trimmingCharacters(in: .whitespaces).lowercased() {
            case "content-disposition": disposition = try parameters(pair[1])
            case "content-type":
                contentType = pair[1].split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            default: continue
            }
        }
        guard let disposition, disposition[""] == "form-data", let name = disposition["name"], !name.isEmpty else {
            throw PuhuiError.invalid("a part of the form has no Content-Disposition: form-data with a name", field: "body")
        }
        return Part(name: name, fileName: disposition["filename"], contentType: contentType, bytes: [])
    }

    /// `form-data; name="a"; filename="b.pdf"` as `["": "form-data", "name": "a", "filename": "b.pdf"]`;
    /// quoted values may hold `;` and backslash-escaped quotes.
    static func parameters(_ value: String) throws -> [String: String] {
        var result: [String: String] = [:]
        var scalars = Substring(value)
        func skipBlanks() { while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() } }
        skipBlanks()
        let type = scalars.prefix { $0 != ";" }
        result[""] = type.trimmingCharacters(in: .whitespaces).lowercased()
        scalars = scalars.dropFirst(type.count)
        while let first = scalars.first, first == ";" {
            scalars.removeFirst()
            skipBlanks()
            let key = scalars.prefix { $0 != "=" && $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
            scalars = scalars.drop { $0 != "=" && $0 != ";" }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            skipBlanks()
            var text = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                var closed = false
                while let character = scalars.popFirst() {
                    if character == "\\", let next = scalars.popFirst() { text.append(next); continue }
                    if character == "\"" { closed = true; break }
                    text.append(character)
                }
                guard closed else { throw PuhuiError.invalid("a part of the form has a quoted parameter that is not closed", field: "body") }
                skipBlanks()
            } else {
                let raw = scalars.prefix { $0 != ";" }
                text = raw.trimmingCharacters(in: .whitespaces)
                scalars = scalars.dropFirst(raw.count)
            }
            if !key.isEmpty, result[key] == nil { result[key] = text }
        }
        return result
    }

    /// Where `pattern` first occurs in `bytes` at or after `from` (starting within `within`
    /// bytes of it, when given).
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int, within: Int? = nil) -> Int? {
        guard let head = pattern.first, from >= 0 else { return nil }
        var last = bytes.count - pattern.count
        if let within { last = min(last, from + within) }
        guard from <= last else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = from
            while index <= last {
                if buffer[index] == head {
                    var matched = true
                    for offset in 1..<pattern.count where buffer[index + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
