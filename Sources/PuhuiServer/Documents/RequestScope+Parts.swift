import NIOCore

extension RequestScope {
    /// The `Content-Type` the sender declared for the multipart part named `file`, read from
    /// the part's headers in the checked body (the generated layer keeps only its bytes and its
    /// file name); nil when the part declares none.
    var partContentType: String? {
        guard let body else { return nil }
        let bytes = Array(body.readableBytesView.prefix(Self.partHeaderWindow))
        guard let name = Self.find(Array("name=\"file\"".utf8), in: bytes, from: 0) else { return nil }
        // The part's header block: from its boundary line to the blank line after the name.
        var start = name
        while start > 0, !(bytes[start - 1] == UInt8(ascii: "\n") && bytes[start...].starts(with: Array("--".utf8))) { start -= 1 }
        let end = Self.find(Array("\r\n\r\n".utf8), in: bytes, from: name) ?? bytes.count
        let headers = String(decoding: bytes[start..<end], as: UTF8.self)
        for line in headers.split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-type" else { continue }
            return parts[1].split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }
        return nil
    }

    /// Part headers come before the file's bytes; a file part whose headers are not within
    /// this many bytes of the start (after a long code part) declares nothing that is read.
    static var partHeaderWindow: Int { 64 << 10 }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, from <= bytes.count - pattern.count else { return nil }
        for index in from...(bytes.count - pattern.count) where bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}
