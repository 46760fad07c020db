import Crypto

/// SHA-256 of bytes that arrive in pieces (a file written row by row), in lower-case hex.
public struct StreamingDigest {
    var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: [UInt8]) {
        hasher.update(data: bytes)
    }

    /// The digest of everything given so far.
    public func hex() -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in hasher.finalize() {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
