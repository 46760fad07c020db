import Foundation
import PuhuiDomain

/// Where a deployment keeps what the engine reads besides the database: reference data
/// (`data/`: size standard, industry mapping, holidays), staff configuration (`config/`) and
/// the extract's schema (`schemas/`). Each directory is the one given, else its environment
/// variable, else the folder of that name in the working directory, else the one beside the
/// program (`<repo>/.build/<config>/puhui`), so a fresh checkout works from anywhere.
public struct PuhuiEnvironment: Sendable {
    public var dataDirectory: String
    public var configDirectory: String
    public var schemasDirectory: String

    public init(dataDirectory: String, configDirectory: String, schemasDirectory: String) {
        self.dataDirectory = dataDirectory
        self.configDirectory = configDirectory
        self.schemasDirectory = schemasDirectory
    }

    public static func discover(data: String? = nil, config: String? = nil, schemas: String? = nil,
                                environment: [String: String] = ProcessInfo.processInfo.environment,
                                program: String = CommandLine.arguments.first ?? "") -> PuhuiEnvironment {
        func resolve(_ explicit: String?, _ variable: String, _ name: String, _ marker: String) -> String {
            if let explicit, !explicit.isEmpty { return explicit }
            if let fromEnvironment = environment[variable], !fromEnvironment.isEmpty { return fromEnvironment }
            if FileManager.default.fileExists(atPath: name + "/" + marker) { return name }
            var url = URL(fileURLWithPath: program).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = url.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.path }
                url.deleteLastPathComponent()
            }
            return name
        }
        return PuhuiEnvironment(
            dataDirectory: resolve(data, "PUHUI_DATA", "data", SizeStandard.standardFile),
            configDirectory: resolve(config, "PUHUI_CONFIG", "config", "staff.csv"),
            schemasDirectory: resolve(schemas, "PUHUI_SCHEMAS", "schemas", "puhui-extract.xsd"))
    }

    /// The size classification standard of 2011 (three files in the data directory).
    public func sizeStandard() throws -> SizeStandard {
        try SizeStandard.parse(standard: try FileInput.text(dataDirectory + "/" + SizeStandard.standardFile),
                               mapping: try FileInput.text(dataDirectory + "/" + SizeStandard.mappingFile),
                               sections: try FileInput.text(dataDirectory + "/" + SizeStandard.sectionsFile))
    }

    /// Working days and public holidays in mainland China.
    public func workingDayCalendar() throws -> WorkingDayCalendar {
        try WorkingDayCalendar.parse(try FileInput.text(dataDirectory + "/" + WorkingDayCalendar.fileName))
    }

    /// The staff seed files of the configuration directory: `staff.csv` (names and roles),
    /// `underwriters.csv` and `adjusters.csv` (authority), as `puhui user import` loads them.
    public func staffSeed() throws -> (staff: SourceText, underwriters: SourceText?, adjusters: SourceText?) {
        func optional(_ name: String) throws -> SourceText? {
            let path = configDirectory + "/" + name
            return FileManager.default.fileExists(atPath: path) ? try FileInput.text(path) : nil
        }
        return (try FileInput.text(configDirectory + "/staff.csv"), try optional("underwriters.csv"), try optional("adjusters.csv"))
    }

    /// Pricing interest caps and mortality tables in force, by category and date.
    public func regulatoryParameters() throws -> RegulatoryParameters {
        try RegulatoryParameters.parse(caps: try FileInput.text(dataDirectory + "/" + RegulatoryParameters.capsFile),
                                       mortality: try FileInput.text(dataDirectory + "/" + RegulatoryParameters.mortalityFile))
    }

    /// The regulatory parameters, or nil with a warning when the data directory does not have
    /// their files (an older deployment): the checks they feed only warn. Malformed files are
    /// errors.
    public func regulatoryParametersIfPresent() throws -> (RegulatoryParameters?, [Diagnostic]) {
        let paths = [RegulatoryParameters.capsFile, RegulatoryParameters.mortalityFile].map { dataDirectory + "/" + $0 }
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty {
            return (nil, missing.map { Diagnostic(path: $0, severity: .warning, message: "not found: pricing interest caps and mortality tables in force are not checked") })
        }
        return (try regulatoryParameters(), [])
    }

    /// The insurer's profile the letters are written with (`insurer.json` in the
    /// configuration directory).
    public func insurerProfile() throws -> InsurerProfile {
        try InsurerProfile.read(try FileInput.text(configDirectory + "/" + InsurerProfile.fileName))
    }

    /// The schema the XML extract is validated against.
    public func extractSchema() throws -> [UInt8] {
        try FileInput.file(schemasDirectory + "/puhui-extract.xsd").bytes
    }
}

/// Reads input files for the engine, turning an unreadable file into a diagnostic that names it.
public enum FileInput {
    public static func file(_ path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PuhuiError.rejected([Diagnostic(path: path, message: "cannot read the file")])
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }

    public static func text(_ path: String) throws -> SourceText {
        let file = try file(path)
        return try SourceText.decoding(file.bytes, path: path).get()
    }

    /// The files named by `paths`: a directory contributes its files ending in `.ext` (not
    /// recursively, sorted by name); a file stands for itself. A path that does not exist is
    /// reported as a finding.
    public static func files(in paths: [String], ext: String, findings: inout [Diagnostic]) -> [SourceFile] {
        var result: [SourceFile] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                findings.append(Diagnostic(path: path, message: "no such file or directory"))
                continue
            }
            var names: [String] = [path]
            if isDirectory.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".\(ext)") }.sorted().map { "\(base)/\($0)" }
            }
            for name in names {
                guard let data = manager.contents(atPath: name) else {
                    findings.append(Diagnostic(path: name, message: "cannot read the file"))
                    continue
                }
                result.append(SourceFile(path: name, bytes: [UInt8](data)))
            }
        }
        return result
    }
}
