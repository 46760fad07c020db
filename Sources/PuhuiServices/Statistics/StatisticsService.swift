import Foundation
import PuhuiDomain

/// The regulator's statistics: the segment × line extract with the claims-speed indicators,
/// its detail files, and the figures behind the report's charts.
public struct StatisticsService: Sendable {
    public let storage: any PuhuiStorage
    public let environment: PuhuiEnvironment
    public let clock: any Clock

    public init(storage: any PuhuiStorage, environment: PuhuiEnvironment, clock: any Clock) {
        self.storage = storage
        self.environment = environment
        self.clock = clock
    }

    /// The period from `from` to `to` as of `asOf` (by default the end of `to`, or now for a
    /// period ending today); a period ending after today or an as-of time in the future is refused.
    public func period(from: CivilDate, to: CivilDate, asOf: Instant?) throws -> ExtractPeriod {
        try ExtractPeriod.checked(from: from, to: to, asOf: asOf, now: clock.now())
    }

    /// The extract of `period` (refused when it lies in the future, or when its figures do not
    /// add up), with the series of its report. Every claim is replayed from its history up to
    /// the as-of time (for a user who may read statistics); the detail files are made row by row in the same pass and their digests
    /// go into the extract. With `directory`, they are also written there (each file replaced
    /// atomically once complete); without, only their digests are computed.
    public func extract(_ period: ExtractPeriod, detailsInto directory: String? = nil, _ context: ActionContext) throws -> ExtractResult {
        try context.authorize(.readStatistics)
        let period = try ExtractPeriod.checked(from: period.from, to: period.to, asOf: period.asOf, now: clock.now())
        if let directory { try Self.requireDirectory(directory) }
        var details = try DetailFiles(period: period, directory: directory)
        do {
            let result = try storage.read { session in
                var builder = ExtractBuilder(period)
                try session.statistics.forEachPolicy(in: period) { policy in
                    guard let record = PolicyExtractRecord.make(policy, period: period) else { return }
                    builder.add(record)
                    try details.append(record)
                }
                try Self.forEachClaimRecord(period, session, replayed: { builder.noteReplayed() }) { record in
                    builder.add(record)
                    try details.append(record)
                }
                let files = try details.finish()
                let extract = try builder.assemble(products: try session.statistics.products(period), details: files,
                                                   controls: try session.statistics.controls(period))
                return ExtractResult(extract: extract, series: builder.series, individualBusinessSeries: builder.individualBusinessSeries)
            }
            try details.commit()
            return result
        } catch {
            details.discard()
            throw error
        }
    }

    /// Every claim on file by the period's as-of time, replayed from its history up to then
    /// (`replayed` is told of each), as the extract counts it for the period (claims that count
    /// for nothing in it are not passed on).
    static func forEachClaimRecord(_ period: ExtractPeriod, _ session: any StorageSession, replayed: () -> Void,
                                   _ body: (ClaimExtractRecord) throws -> Void) throws {
        var specs: [String: ClaimsSpec] = [:]
        try session.statistics.forEachClaimHistory(asOf: period.asOf) { history in
            guard let claim = ClaimReplay.replay(history, asOf: period.asOf) else { return }
            replayed()
            let key = "\(history.productCode) \(history.productVersion)"
            let spec: ClaimsSpec
            if let known = specs[key] {
                spec = known
            } else {
                spec = try session.catalog.product(code: history.productCode, version: history.productVersion).product.claims
                specs[key] = spec
            }
            guard let record = ClaimExtractRecord.make(claim, period: period, claims: spec) else { return }
            try body(record)
        }
    }

    /// The extract in `format` (XML validated against its schema).
    public func render(_ extract: RegulatorExtract, format: ExtractWriter.Format) throws -> Data {
        try ExtractWriter.render(extract, format: format, xmlSchema: format == .xml ? try environment.extractSchema() : nil)
    }

    /// A written file: where, its size and digest.
    public struct WrittenFile: Sendable {
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    /// Writes the rendered extract into `directory` as `puhui-extract-FROM-TO.FORMAT`, with a
    /// `.sha256` file beside it (sha256sum format); both are replaced atomically.
    public func write(_ data: Data, of extract: RegulatorExtract, format: ExtractWriter.Format, into directory: String) throws -> WrittenFile {
        try write(data, named: "\(extract.baseName).\(format.fileExtension)", into: directory)
    }

    /// Writes `data` into `directory` as `name`, with `name.sha256` beside it; both replaced atomically.
    public func write(_ data: Data, named name: String, into directory: String) throws -> WrittenFile {
        try Self.requireDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(name)
        var digest = StreamingDigest()
        digest.update([UInt8](data))
        let hex = digest.hex()
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        try Data("\(hex)  \(name)\n".utf8).write(to: URL(fileURLWithPath: path + ".sha256"), options: .atomic)
        return WrittenFile(path: path, bytes: data.count, sha256: hex)
    }

    static func requireDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PuhuiError.invalid("\(directory) is not a directory", field: "out")
        }
    }
}
