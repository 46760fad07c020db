import Foundation
import GRDB
@testable import PuhuiStorage

enum StorageFixtures {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A fresh scratch directory.
    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-storage-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A database file as release 0.1.0 left it: the fixture dump, replayed by SQLite.
    static func databaseOfRelease010(in directory: String) throws -> String {
        let path = directory + "/old.sqlite"
        let dump = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/upgrade/puhui-0.1.0.sql", encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: dump) }
        try queue.close()
        return path
    }
}
