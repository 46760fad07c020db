import Foundation

/// Finds and reads the files of a catalog: product XML files and rate table CSV files.
public enum CatalogFiles {
    /// The files named by `paths`: a directory contributes its files ending in `.ext`
    /// (not recursively, sorted by name); a file stands for itself. Paths that do not exist are
    /// reported.
    public static func files(in paths: [String], ext: String, diagnostics: inout DiagnosticCollector) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.error("no such file or directory", path: path)
                continue
            }
            if isDirectory.boolValue {
                let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                result += names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { "\(base)/\($0)" }
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// The file's bytes, or a diagnostic when it cannot be read.
    static func read(_ path: String, diagnostics: inout DiagnosticCollector) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error("cannot read the file", path: path)
            return nil
        }
        return [UInt8](data)
    }

    /// The schema to validate products against: the explicit one, else `puhui-product.xsd` in
    /// the first directory among `paths`, else `products/puhui-product.xsd`.
    public static func schemaPath(explicit: String?, productPaths: [String]) -> String {
        if let explicit { return explicit }
        for path in productPaths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let candidate = (path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + ProductSchema.fileName
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
        }
        return "products/" + ProductSchema.fileName
    }
}

public enum ProductSchema {
    public static let fileName = "puhui-product.xsd"
}
