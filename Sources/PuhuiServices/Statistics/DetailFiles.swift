import Foundation
import PuhuiDomain

/// The detail files of an extract in the making: claims and policies, CSV and JSON, each
/// written row by row (a megabyte at a time) and hashed as it goes. In a directory they are
/// written to hidden partial files that replace the finished names only on `commit`.
struct DetailFiles {
    struct Sink {
        var writer: ExtractDetailWriter
        var digest = StreamingDigest()
        let name: String
        let handle: FileHandle?
        let partialPath: String?
        let finalPath: String?

        mutating func flush() throws {
            let bytes = writer.takeBytes()
            guard !bytes.isEmpty else { return }
            digest.update(bytes)
            try handle?.write(contentsOf: Data(bytes))
        }
    }

    var sinks: [Sink] = []
    static let flushBytes = 1 << 20

    init(period: ExtractPeriod, directory: String?) throws {
        for kind in ExtractDetail.Kind.allCases {
            for format in ExtractDetail.Format.allCases {
                let name = ExtractDetail.fileName(kind, format, from: period.from, to: period.to)
                var handle: FileHandle?, partial: String?, final: String?
                if let directory {
                    final = (directory as NSString).appendingPathComponent(name)
                    let path = (directory as NSString).appendingPathComponent(".\(name).partial-\(UUID().uuidString)")
                    guard FileManager.default.createFile(atPath: path, contents: nil), let opened = FileHandle(forWritingAtPath: path) else {
                        discard()
                        throw PuhuiError.invalid("cannot write \(name) into \(directory)", field: "out")
                    }
                    partial = path
                    handle = opened
                }
                sinks.append(Sink(writer: ExtractDetailWriter(kind, format, period: period), name: name, handle: handle,
                                  partialPath: partial, finalPath: final))
            }
        }
    }

    mutating func append(_ record: ClaimExtractRecord) throws {
        try append(ExtractDetail.cells(record), to: .claims)
    }

    mutating func append(_ record: PolicyExtractRecord) throws {
        try append(ExtractDetail.cells(record), to: .policies)
    }

    mutating func append(_ cells: [ExtractDetail.Cell], to kind: ExtractDetail.Kind) throws {
        for i in sinks.indices where sinks[i].writer.kind == kind {
            sinks[i].writer.append(cells)
            if sinks[i].writer.pendingByteCount >= Self.flushBytes { try sinks[i].flush() }
        }
    }

    /// Ends every file; their names, rows and digests, for the extract's metadata.
    mutating func finish() throws -> [RegulatorExtract.DetailFile] {
        var files: [RegulatorExtract.DetailFile] = []
        for i in sinks.indices {
            sinks[i].writer.finish()
            try sinks[i].flush()
            try sinks[i].handle?.synchronize()
            try sinks[i].handle?.close()
            files.append(RegulatorExtract.DetailFile(name: sinks[i].name, rows: sinks[i].writer.rows, sha256: sinks[i].digest.hex()))
        }
        return files
    }

    /// Puts the finished files in place of any earlier ones of the same names.
    func commit() throws {
        for sink in sinks {
            guard let partial = sink.partialPath, let final = sink.finalPath else { continue }
            guard rename(partial, final) == 0 else {
                discard()
                throw PuhuiError(.storage, "cannot put \(sink.name) in place (error \(errno))")
            }
        }
    }

    /// Removes the partial files (after a failure).
    func discard() {
        for sink in sinks {
            try? sink.handle?.close()
            if let partial = sink.partialPath { try? FileManager.default.removeItem(atPath: partial) }
        }
    }
}
