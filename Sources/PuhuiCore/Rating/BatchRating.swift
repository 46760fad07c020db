import Dispatch
import Foundation
import GRDB

/// Rates a portfolio CSV (one risk a row, the header naming the risk fields) into a CSV with
/// the same rows plus `premium` and `error` columns. Streams in fixed-size chunks, so memory
/// does not grow with the file; rows of a chunk are rated on all cores and written in order.
public enum BatchRating {
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var rated = 0
        public var failed = 0
        public var seconds = ""
    }

    /// Bytes read per chunk.
    static let chunkSize = 4 << 20
    /// Raters working in parallel: one per core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Opens the files and rates `input` into `output` (nil: standard output).
    public static func rate(productCode: String, asOf: CivilDate, input: String, output: String?,
                            _ reader: some DatabaseReader) throws -> Summary {
        // One rater per core, each with its own copy of the tables: workers then share no
        // reference-counted objects, and do not contend for them.
        let raters = try (0..<workers).map { _ in
            try reader.read { try Quoting.rater(productCode: productCode, asOf: asOf, $0).1 }
        }
        guard let rater = raters.first else { throw PuhuiError.invalid("no rater") }
        guard let source = FileHandle(forReadingAtPath: input) else {
            throw PuhuiError.invalid("\(input): cannot read the file")
        }
        defer { try? source.close() }
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw PuhuiError.invalid("\(output): cannot create the file")
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        defer { if output != nil { try? sink.close() } }
        let context = RatingContext(asOf: asOf, startDate: asOf, rounding: rater.product.rating.rounding)
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = try rate(raters: raters, context: context, inputName: input,
                               read: { try source.read(upToCount: chunkSize) ?? Data() },
                               write: { sink.write($0) })
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        summary.seconds = String(format: "%.2f", Double(elapsed) / 1e9)
        return summary
    }

    /// The streaming core: `read` returns the next chunk (empty at the end), `write` takes output.
    public static func rate(raters: [any Rater], context: RatingContext, inputName: String,
                            read: () throws -> Data, write: (Data) throws -> Void) throws -> Summary {
        var summary = Summary()
        var pending: [UInt8] = []
        var columns: [String: Int]? = nil
        var lineNumber = 0
        var finished = false
        while !finished {
            let chunk = try read()
            if chunk.isEmpty {
                finished = true
                if pending.isEmpty { break }
                if pending.last != UInt8(ascii: "\n") { pending.append(UInt8(ascii: "\n")) }
            } else {
                pending.append(contentsOf: chunk)
            }
            guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            let buffer = Array(pending[...lastNewline])
            pending.removeSubrange(...lastNewline)
            var lines = lineRanges(buffer)
            if columns == nil, !lines.isEmpty {
                let headerRange = lines.removeFirst()
                lineNumber += 1
                var text = String(decoding: buffer[headerRange], as: UTF8.self)
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                guard let cells = CSVLine.split(Substring(text)) else {
                    throw PuhuiError.invalid("\(inputName):1: the header has an unclosed quote")
                }
                var map: [String: Int] = [:]
                for (i, cell) in cells.enumerated() { map[cell.text] = i }
                columns = map
                try write(Data((text + ",premium,error\n").utf8))
            }
            guard let columns else { continue }
            let firstLine = lineNumber + 1
            lineNumber += lines.count
            let (output, rows, failed) = rateLines(buffer, lines, firstLine: firstLine, columns: columns, raters: raters,
                                                   context: context, inputName: inputName)
            summary.rows += rows
            summary.failed += failed
            summary.rated += rows - failed
            try write(output)
        }
        if columns == nil { throw PuhuiError.invalid("\(inputName): the file has no header row") }
        return summary
    }

    /// The byte ranges of the lines in `buffer` (which ends with a newline), without line ends.
    static func lineRanges(_ buffer: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        buffer.withUnsafeBufferPointer { bytes in
            for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\n") {
                var end = i
                if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                lines.append(start..<end)
                start = i + 1
            }
        }
        return lines
    }

    /// Rates the lines of `buffer` on all cores; the output keeps their order.
    static func rateLines(_ buffer: [UInt8], _ lines: [Range<Int>], firstLine: Int, columns: [String: Int], raters: [any Rater],
                          context: RatingContext, inputName: String) -> (Data, rows: Int, failed: Int) {
        let slices = max(1, min(raters.count, lines.count / 1000 + 1))
        // Each slice writes only its own element.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<([UInt8], Int, Int)>.allocate(capacity: slices)
        results.initialize(repeating: ([], 0, 0))
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let per = (lines.count + slices - 1) / slices
        let columnList = columns.map { ($0.key, $0.value) }
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            let rater = raters[s]
            let columns = CSVColumns(columnList)
            var out: [UInt8] = []
            out.reserveCapacity(per * 96)
            var rows = 0, failed = 0
            buffer.withUnsafeBufferPointer { buffer in
            for i in (s * per)..<min(lines.count, (s + 1) * per) {
                let line = lines[i]
                if line.isEmpty { continue }
                rows += 1
                out.append(contentsOf: buffer[line])
                out.append(UInt8(ascii: ","))
                switch rateRow(buffer, line, lineNumber: firstLine + i, columns: columns, rater: rater, context: context, inputName: inputName) {
                case let .success(premium):
                    premium.appendYuan(to: &out)
                    out.append(UInt8(ascii: ","))
                case let .failure(error):
                    failed += 1
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: CSVLine.escape(error.message).utf8)
                }
                out.append(UInt8(ascii: "\n"))
            }
            }
            results[s] = (out, rows, failed)
        }
        var output = Data()
        var rows = 0, failed = 0
        for (bytes, r, f) in results {
            output.append(contentsOf: bytes)
            rows += r
            failed += f
        }
        return (output, rows, failed)
    }

    struct RowError: Error {
        var message: String
    }

    static func rateRow(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, lineNumber: Int, columns: CSVColumns, rater: any Rater,
                        context: RatingContext, inputName: String) -> Result<Money, RowError> {
        let fields: any InputFields
        if buffer[line].contains(UInt8(ascii: "\"")) {
            guard let parsed = CSVLine.split(Substring(String(decoding: buffer[line], as: UTF8.self))) else {
                return .failure(RowError(message: "a quoted cell is not closed"))
            }
            fields = CSVRowInputFields(columns: columns.dictionary, cells: parsed.map { Substring($0.text) }, line: lineNumber)
        } else {
            var cells: [Range<Int>] = []
            cells.reserveCapacity(columns.count)
            var start = line.lowerBound
            for i in line where buffer[i] == UInt8(ascii: ",") {
                cells.append(start..<i)
                start = i + 1
            }
            cells.append(start..<line.upperBound)
            fields = CSVByteRowInputFields(bytes: buffer, cells: cells, columns: columns, line: lineNumber)
        }
        do {
            var rowContext = context
            if case let .value(text, _, _) = fields.scalar("startDate"), let start = CivilDate(iso: text) {
                rowContext.startDate = start
            }
            return .success(try rater.premium(fields, context: rowContext, source: inputName))
        } catch let error as RiskRejected {
            return .failure(RowError(message: error.problems.map(\.message).joined(separator: "; ")))
        } catch {
            return .failure(RowError(message: "\(error)"))
        }
    }
}

/// A CSV row read in place from the chunk's bytes: cells are decoded only when a field is read.
/// The columns of a batch file by name; a linear search over a handful of short names costs
/// less than hashing the name for every field of every row.
struct CSVColumns {
    let names: [String]
    let indices: [Int]

    init(_ list: [(String, Int)]) {
        names = list.map(\.0)
        indices = list.map(\.1)
    }

    var count: Int { names.count }
    var dictionary: [String: Int] { Dictionary(uniqueKeysWithValues: zip(names, indices)) }

    func index(_ name: String) -> Int? {
        for i in 0..<names.count where names[i] == name { return indices[i] }
        return nil
    }
}

/// A class, so that passing the row around as `any InputFields` copies one reference.
final class CSVByteRowInputFields: InputFields {
    /// Valid while the row is rated; the fields never outlive it.
    let bytes: UnsafeBufferPointer<UInt8>
    let cells: [Range<Int>]
    let columns: CSVColumns
    let line: Int?

    init(bytes: UnsafeBufferPointer<UInt8>, cells: [Range<Int>], columns: CSVColumns, line: Int?) {
        self.bytes = bytes
        self.cells = cells
        self.columns = columns
        self.line = line
    }

    func scalar(_ name: String) -> InputScalar {
        guard let index = columns.index(name), index < cells.count else { return .absent }
        let range = cells[index]
        if range.isEmpty { return .absent }
        return .value(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), line: line, column: nil)
    }

    func list(_ name: String) -> InputList {
        .items([self])
    }
}
