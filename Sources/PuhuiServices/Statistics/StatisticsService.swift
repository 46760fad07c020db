import Foundation
import PuhuiDomain

/// The regulator's statistics: the segment × line extract with the claims-speed indicators.
public struct StatisticsService: Sendable {
    public let storage: any PuhuiStorage
    public let environment: PuhuiEnvironment

    public init(storage: any PuhuiStorage, environment: PuhuiEnvironment) {
        self.storage = storage
        self.environment = environment
    }

    /// The extract of `period`, refused when its cells do not add up to their subtotals.
    public func extract(_ period: ExtractPeriod, _ context: ActionContext) throws -> RegulatorExtract {
        try context.authorize(.readStatistics)
        return try ExtractAssembler.assemble(period, try storage.read { try $0.statistics.extractFigures(period) })
    }

    /// The extract in `format` (XML validated against its schema).
    public func render(_ extract: RegulatorExtract, format: ExtractWriter.Format) throws -> Data {
        try ExtractWriter.render(extract, format: format, xmlSchema: format == .xml ? try environment.extractSchema() : nil)
    }

    /// A written extract: the file, its size and digests.
    public struct WrittenExtract: Sendable {
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    /// Writes the rendered extract into `directory` as `puhui-extract-FROM-TO.FORMAT`, with a
    /// `.sha256` file beside it (sha256sum format); both are replaced atomically.
    public func write(_ data: Data, of extract: RegulatorExtract, format: ExtractWriter.Format, into directory: String) throws -> WrittenExtract {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PuhuiError.invalid("\(directory) is not a directory", field: "out")
        }
        let name = "\(extract.baseName).\(format.rawValue)"
        let path = (directory as NSString).appendingPathComponent(name)
        let digest = CanonicalJSON.sha256(bytes: [UInt8](data))
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        try Data("\(digest)  \(name)\n".utf8).write(to: URL(fileURLWithPath: path + ".sha256"), options: .atomic)
        return WrittenExtract(path: path, bytes: data.count, sha256: digest)
    }
}
