import Foundation
import PuhuiDomain

/// Where the files received for claims' documents are kept: outside the book, each under its
/// SHA-256 (`ab/abcdef…`), so that the same bytes are kept once however often they are sent,
/// and a name a sender chose never becomes a path. A file is written to a temporary name and
/// renamed into place, so a reader never sees half a file.
public struct DocumentVault: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The directory beside a book: `book.sqlite` keeps its documents in `book.sqlite.documents`.
    public static func beside(book path: String) -> DocumentVault {
        DocumentVault(directory: path + ".documents")
    }

    /// Where the bytes with digest `sha256` are (or would be) kept.
    func path(of sha256: String) -> String {
        "\(directory)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Keeps `bytes` under their digest unless already kept; whether they were new.
    func keep(_ bytes: [UInt8], sha256: String) throws -> Bool {
        let manager = FileManager.default
        let target = path(of: sha256)
        if manager.fileExists(atPath: target) { return false }
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = "\(folder)/.\(sha256).\(UUID().uuidString).part"
            try Data(bytes).write(to: URL(fileURLWithPath: temporary), options: [.atomic])
            if rename(temporary, target) != 0 {
                try? manager.removeItem(atPath: temporary)
                if manager.fileExists(atPath: target) { return false }
                throw PuhuiError(.storage, "the document store could not keep a file (errno \(errno))")
            }
            return true
        } catch let error as PuhuiError {
            throw error
        } catch {
            throw PuhuiError(.storage, "the document store could not keep a file: \(error.localizedDescription)")
        }
    }
}

/// What a document file is, read from its first bytes: only PDF, JPEG and PNG are taken.
enum DocumentFileType {
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        return nil
    }

    /// A sender's file name as metadata: its last path segment, without control characters,
    /// quotes, slashes or leading dots, at most 200 characters; nil when nothing is left.
    static func sanitisedName(_ name: String?) -> String? {
        guard let name else { return nil }
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = last.unicodeScalars.filter { scalar in
            !CharacterSet.controlCharacters.contains(scalar) && !"\"'<>|:*?`$;".unicodeScalars.contains(scalar)
        }
        var text = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
        while text.hasPrefix(".") { text.removeFirst() }
        text = String(text.prefix(200))
        return text.isEmpty ? nil : text
    }
}
