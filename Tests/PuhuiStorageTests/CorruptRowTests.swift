import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

/// A stored value that does not decode is an error naming the table and the row, never a
/// silent default (nor a crash).
@Suite struct CorruptRowTests {
    /// The 0.1.0 book, upgraded, with one value changed behind the engine's back.
    func tampered(_ sql: String) throws -> (SQLiteStorage, String) {
        let directory = try StorageFixtures.directory()
        let path = try StorageFixtures.databaseOfRelease010(in: directory)
        let storage = try SQLiteStorage.open(path: path, mode: .existing)
        try storage.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        return (storage, directory)
    }

    func failure(_ body: () throws -> Void) -> PuhuiError? {
        do {
            try body()
            return nil
        } catch {
            return error as? PuhuiError
        }
    }

    @Test func anUnknownClaimStateNamesTheClaim() throws {
        let (storage, directory) = try tampered("UPDATE claim SET state = 'lost' WHERE reference = 'CLM-2026-000001'")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = failure { _ = try storage.read { try $0.claims.claim("CLM-2026-000001") } }
        #expect(error?.code == .corrupt)
        #expect(error?.message == "stored data is corrupt: claim CLM-2026-000001: state 'lost' is not a known ClaimState")
        // The other claims still read.
        #expect(try storage.read { try $0.claims.claim("CLM-2026-000002") }.reference == "CLM-2026-000002")
    }

    @Test func textWhereANumberBelongsIsAnErrorNotACrash() throws {
        let (storage, directory) = try tampered("UPDATE claim SET claimed_fen = 'lots' WHERE reference = 'CLM-2026-000001'")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = failure { _ = try storage.read { try $0.claims.claim("CLM-2026-000001") } }
        #expect(error?.message == "stored data is corrupt: claim CLM-2026-000001: claimed_fen is not a Int64")
    }

    @Test func aPolicyWithAnUnknownSegmentOrDateNamesThePolicy() throws {
        let (storage, directory) = try tampered("UPDATE policy SET segment = 'nobody' WHERE id = 1; UPDATE policy SET end_date = 'soon' WHERE id = 2")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (first, second) = try storage.writer.read { db in
            (try String.fetchOne(db, sql: "SELECT number FROM policy WHERE id = 1") ?? "", try String.fetchOne(db, sql: "SELECT number FROM policy WHERE id = 2") ?? "")
        }
        let segment = failure { _ = try storage.read { try $0.policies.policy(first, asOf: CivilDate(iso: "2026-11-20")!) } }
        #expect(segment?.message == "stored data is corrupt: policy \(first): segment 'nobody' is not a known Segment")
        let date = failure { _ = try storage.read { try $0.policies.policy(second, asOf: CivilDate(iso: "2026-11-20")!) } }
        #expect(date?.message == "stored data is corrupt: policy \(second): end_date 'soon' is not a date")
    }

    @Test func anUnreadableProductDefinitionNamesTheVersion() throws {
        let (storage, directory) = try tampered("UPDATE product_version SET definition = '{', definition_sha256 = 'x' WHERE code = 'PH-PROP-SHOP'")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let error = failure { _ = try storage.read { try $0.catalog.product(code: "PH-PROP-SHOP", version: 1) } }
        #expect(error?.message == "stored data is corrupt: product_version PH-PROP-SHOP v1: definition cannot be read as Product")
    }
}
