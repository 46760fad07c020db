import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct OpeningTests {
    @Test func aMissingFileIsRefusedAndNothingIsCreated() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/typo.sqlite"
        #expect(throws: PuhuiError(.notFound, "no Puhui database at \(path)")) {
            try SQLiteStorage.open(path: path, mode: .existing)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        // A missing directory is refused for a new database too.
        #expect(throws: PuhuiError.self) { try SQLiteStorage.open(path: directory + "/no/such/dir.sqlite", mode: .create) }
    }

    @Test func aNewDatabaseIsReadableByItsOwnerOnly() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/new.sqlite"
        let storage = try SQLiteStorage.open(path: path, mode: .create)
        try storage.write { session in _ = try session.nextNumber(stem: "Q-") }
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)
            #expect(mode.intValue & 0o777 == 0o600, "\(file)")
        }
        // Opening it again as an existing database works, and commits are synced in full.
        let again = try SQLiteStorage.open(path: path, mode: .existing)
        #expect(try again.writer.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }

    @Test func aFileThatIsNotAPuhuiDatabaseIsRefused() throws {
        let directory = try StorageFixtures.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = directory + "/notes.txt"
        try "not a database".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: PuhuiError(.invalidInput, "\(text) is not a Puhui database")) { try SQLiteStorage.open(path: text, mode: .existing) }
        #expect(throws: PuhuiError(.invalidInput, "\(text) is not a Puhui database")) { try SQLiteStorage.open(path: text, mode: .create) }
        let empty = directory + "/empty.sqlite"
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        #expect(throws: PuhuiError.self) { try SQLiteStorage.open(path: empty, mode: .existing) }
        let other = directory + "/other.sqlite"
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        #expect(throws: PuhuiError(.invalidInput, "\(other) is not a Puhui database")) { try SQLiteStorage.open(path: other, mode: .existing) }
    }
}
