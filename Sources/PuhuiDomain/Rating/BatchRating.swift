import Dispatch
import Foundation

/// Rates a portfolio CSV (one risk a row, the header naming the risk fields) into a CSV with
/// the same rows plus `premium` and `error` columns. Streams in fixed-size chunks, so memory
/// does not grow with the file; rows of a chunk are rated on all cores and written in order.
public enum BatchRating {
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var rated = 0
        public var failed = 0
        public var seconds = ""

        public init() {}
    }

    /// Bytes read per chunk.
    public static let chunkSize = 4 << 20

    /// The streaming core: `read` returns the next chunk (empty at the end), `write` takes output.
    /// One buffer holds the unfinished line of the last chunk and the new chunk; the complete
    /// lines are split between the raters by bytes, and each rater appends to an output buffer
    /// of its own that is reused from chunk to chunk.
    /// How the risks of a batch are written.
    public enum Format: Sendable {
        /// A CSV file: a header naming the risk fields, one risk a row (per-person products: the
        /// row is its one insured person). Rows come back with `premium` and `error` columns.
        case csv
        /// JSON Lines: one risk object a line, as a single quote takes it (lists of persons or
        /// buyers included), with an optional `id` member. Comes back as CSV `line,id,premium,error`.
        case jsonLines

        /// JSON Lines for `.jsonl` and `.ndjson` files, else CSV.
        public static func of(path: String) -> Format {
            path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonLines : .csv
        }
    }

    public static func rate(raters: [any Rater], context: RatingContext, inputName: String, format: Format = .csv,
                            read: () throws -> Data, write: ([UInt8]) throws -> Void) throws -> Summary {
        var summary = Summary()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkSize + 4096)
        var outputs = [[UInt8]](repeating: [], count: raters.count)
        var columns: [String: Int]? = nil
        var lineNumber = 0
        var finished = false
        if format == .jsonLines {
            columns = [:]
            try write(Array("line,id,premium,error\n".utf8))
        }
        while !finished {
            let chunk = try read()
            if chunk.isEmpty {
                finished = true
                if buffer.isEmpty { break }
                if buffer.last != newline { buffer.append(newline) }
            } else {
                buffer.append(contentsOf: chunk)
            }
            guard let lastNewline = buffer.lastIndex(of: newline) else { continue }
            var start = 0
            if columns == nil, format == .csv, let headerEnd = buffer.firstIndex(of: newline) {
                let headerLineEnd = buffer.withUnsafeBufferPointer { withoutCarriageReturn($0, 0, headerEnd) }
                var text = String(decoding: buffer[0..<headerLineEnd], as: UTF8.self)
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                guard let cells = CSVLine.split(Substring(text)) else {
                    throw PuhuiError.invalid("\(inputName):1: the header has an unclosed quote")
                }
                if let rater = raters.first { try rater.checkBatchHeader(cells, source: inputName) }
                var map: [String: Int] = [:]
                for (i, cell) in cells.enumerated() { map[cell.text] = i }
                columns = map
                lineNumber = 1
                start = headerEnd + 1
                try write(Array((text + ",premium,error\n").utf8))
            }
            if let columns, start <= lastNewline {
                let (rows, failed, lines) = rateRegion(buffer, start..<(lastNewline + 1), firstLine: lineNumber + 1, columns: columns,
                                                       raters: raters, context: context, inputName: inputName, format: format, outputs: &outputs)
                lineNumber += lines
                summary.rows += rows
                summary.failed += failed
                summary.rated += rows - failed
                for output in outputs where !output.isEmpty { try write(output) }
            }
            buffer.removeSubrange(0...lastNewline)
        }
        if columns == nil && format == .csv { throw PuhuiError.invalid("\(inputName): the file has no header row") }
        return summary
    }

    static let newline = UInt8(ascii: "\n")

    /// The end of the line ending at the newline `end`, less a carriage return before it.
    static func withoutCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
    }

    /// Rates the lines of `region` (which ends with a newline) on all cores into `outputs`, one
    /// per rater, in order. Returns the rows rated, the rows failed and the lines read (blank
    /// lines count as lines, not as rows).
    static func rateRegion(_ buffer: [UInt8], _ region: Range<Int>, firstLine: Int, columns: [String: Int], raters: [any Rater],
                           context: RatingContext, inputName: String, format: Format = .csv,
                           outputs: inout [[UInt8]]) -> (rows: Int, failed: Int, lines: Int) {
        let slices = max(1, min(raters.count, region.count / 65_536 + 1))
        // Slice boundaries: equal shares of bytes, each moved to just after a newline.
        var cuts = [region.lowerBound]
        for s in 1..<slices {
            var at = max(cuts[s - 1], region.lowerBound + region.count * s / slices)
            while at < region.upperBound && buffer[at - 1] != newline { at += 1 }
            cuts.append(at)
        }
        cuts.append(region.upperBound)
        let bounds = cuts
        // Each slice touches only its own element of these.
        nonisolated(unsafe) let counts = UnsafeMutableBufferPointer<(lines: Int, rows: Int, failed: Int)>.allocate(capacity: slices)
        counts.initialize(repeating: (0, 0, 0))
        defer { counts.deallocate() }
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            var lines = 0
            buffer.withUnsafeBufferPointer { bytes in
                for i in bounds[s]..<bounds[s + 1] where bytes[i] == newline { lines += 1 }
            }
            counts[s].lines = lines
        }
        var starts = [firstLine]
        for s in 0..<slices { starts.append(starts[s] + counts[s].lines) }
        let firstLines = starts
        let columnList = columns.map { ($0.key, $0.value) }
        outputs.withUnsafeMutableBufferPointer { outputs in
            nonisolated(unsafe) let outputs = outputs
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                outputs[s].removeAll(keepingCapacity: true)
                let (rows, failed) = buffer.withUnsafeBufferPointer { bytes in
                    format == .jsonLines
                        ? rateJSONLines(bytes, bounds[s]..<bounds[s + 1], firstLine: firstLines[s], rater: raters[s], context: context,
                                        inputName: inputName, into: &outputs[s])
                        : rateLines(bytes, bounds[s]..<bounds[s + 1], firstLine: firstLines[s], columns: CSVColumns(columnList),
                                    rater: raters[s], context: context, inputName: inputName, into: &outputs[s])
                }
                counts[s].rows = rows
                counts[s].failed = failed
            }
            for s in slices..<outputs.count { outputs[s].removeAll(keepingCapacity: true) }
        }
        return counts.reduce((0, 0, 0)) { ($0.rows + $1.rows, $0.failed + $1.failed, $0.lines + $1.lines) }
    }

    /// Rates the lines of `range` (which ends with a newline) with one rater, appending each
    /// row with its premium or its error to `out`.
    static func rateLines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, columns: CSVColumns, rater: any Rater,
                          context: RatingContext, inputName: String, into out: inout [UInt8]) -> (rows: Int, failed: Int) {
        var rows = 0, failed = 0
        var lineNumber = firstLine
        var start = range.lowerBound
        var cells: [Range<Int>] = []
        cells.reserveCapacity(columns.count)
        for i in range where bytes[i] == newline {
            let line = start..<withoutCarriageReturn(bytes, start, i)
            start = i + 1
            defer { lineNumber += 1 }
            if line.isEmpty { continue }
            rows += 1
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
            out.append(UInt8(ascii: ","))
            switch rateRow(bytes, line, lineNumber: lineNumber, columns: columns, cells: &cells, rater: rater, context: context, inputName: inputName) {
            case let .success(premium):
                premium.appendYuan(to: &out)
                out.append(UInt8(ascii: ","))
            case let .failure(error):
                failed += 1
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: CSVLine.escape(error.message).utf8)
            }
            out.append(newline)
        }
        return (rows, failed)
    }

    struct RowError: Error {
        var message: String
    }

    /// Rates the JSON Lines of `range` with one rater: `line,id,premium,error` per risk.
    static func rateJSONLines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, rater: any Rater,
                              context: RatingContext, inputName: String, into out: inout [UInt8]) -> (rows: Int, failed: Int) {
        var rows = 0, failed = 0
        var lineNumber = firstLine
        var start = range.lowerBound
        for i in range where bytes[i] == newline {
            let line = start..<withoutCarriageReturn(bytes, start, i)
            start = i + 1
            defer { lineNumber += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows += 1
            var id = ""
            let result: Result<Money, RowError>
            do {
                let value = try JSONReader.parse(text)
                guard case let .object(members, keys, _, column) = value else { throw RowError(message: "a risk must be a JSON object, not \(value.kindName)") }
                id = members["id"]?.scalarText ?? ""
                var risk = members
                risk.removeValue(forKey: "id")
                guard let fields = JSONInputFields(.object(risk, keys: keys.filter { $0 != "id" }, line: lineNumber, column: column)) else {
                    throw RowError(message: "a risk must be a JSON object")
                }
                var rowContext = context
                if case let .value(date, _, _) = fields.scalar("startDate"), let startDate = CivilDate(iso: date) { rowContext.startDate = startDate }
                result = .success(try rater.premium(fields, context: rowContext, source: inputName))
            } catch let error as JSONReader.SyntaxError {
                result = .failure(RowError(message: "column \(error.column): \(error.message)"))
            } catch let error as RowError {
                result = .failure(error)
            } catch let error as PuhuiError {
                result = .failure(rowError(error))
            } catch {
                result = .failure(RowError(message: "\(error)"))
            }
            out.append(contentsOf: String(lineNumber).utf8)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: CSVLine.escape(id).utf8)
            out.append(UInt8(ascii: ","))
            switch result {
            case let .success(premium):
                premium.appendYuan(to: &out)
                out.append(UInt8(ascii: ","))
            case let .failure(error):
                failed += 1
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: CSVLine.escape(error.message).utf8)
            }
            out.append(newline)
        }
        return (rows, failed)
    }

    static func rowError(_ error: PuhuiError) -> RowError {
        if error.code == .declined { return RowError(message: "declined: \(error.message)") }
        if !error.diagnostics.isEmpty { return RowError(message: error.diagnostics.map(\.message).joined(separator: "; ")) }
        return RowError(message: error.message)
    }

    /// Rates one row; `cells` is scratch space for the cell ranges, reused from row to row.
    static func rateRow(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, lineNumber: Int, columns: CSVColumns,
                        cells: inout [Range<Int>], rater: any Rater, context: RatingContext, inputName: String) -> Result<Money, RowError> {
        let fields: any InputFields
        if buffer[line].contains(UInt8(ascii: "\"")) {
            guard let parsed = CSVLine.split(Substring(String(decoding: buffer[line], as: UTF8.self))) else {
                return .failure(RowError(message: "a quoted cell is not closed"))
            }
            fields = CSVRowInputFields(columns: columns.dictionary, cells: parsed.map { Substring($0.text) }, line: lineNumber)
        } else {
            cells.removeAll(keepingCapacity: true)
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
        } catch let error as PuhuiError {
            return .failure(rowError(error))
        } catch {
            return .failure(RowError(message: "\(error)"))
        }
    }
}

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

/// A CSV row read in place from the chunk's bytes: cells are decoded only when a field is read.
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

    func memberNames() -> [InputMemberName]? { nil }
}
