import Foundation
import GRDB
import Testing
@testable import PuhuiDomain
@testable import PuhuiServices
@testable import PuhuiStorage

@Suite struct ReferenceNumberTests {
    @Test func numbersRunPastNineHundredNinetyNineThousandInOrder() throws {
        let storage = try SQLiteStorage.inMemory()
        try storage.writer.write { try $0.execute(sql: "INSERT INTO reference_counter (stem, last) VALUES ('CLM-2026-', 999998)") }
        try storage.write { session throws in
            #expect(try session.nextReference(.claim, year: 2026) == "CLM-2026-999999")
            #expect(try session.nextReference(.claim, year: 2026) == "CLM-2026-1000000")
            #expect(try session.nextReference(.claim, year: 2026) == "CLM-2026-1000001")
            // Each prefix and year counts on its own; parties and quotes count without a year.
            #expect(try session.nextReference(.claim, year: 2027) == "CLM-2027-000001")
            #expect(try session.nextReference(.policy, year: 2026) == "PL-2026-000001")
            #expect(try session.nextReference(.quote, year: 2026) == "Q-000001")
            #expect(try session.nextReference(.quote, year: 2027) == "Q-000002")
        }
    }

    @Test func aRolledBackChangeGivesItsNumberBack() throws {
        let storage = try SQLiteStorage.inMemory()
        struct Refused: Error {}
        try storage.write { session throws in
            #expect(try session.nextReference(.application, year: 2026) == "A-2026-000001")
            var inside = ""
            #expect(throws: Refused.self) {
                try session.savepoint {
                    inside = try session.nextReference(.application, year: 2026)
                    throw Refused()
                }
            }
            #expect(inside == "A-2026-000002")
            #expect(try session.nextReference(.application, year: 2026) == "A-2026-000002")
        }
    }

    /// A database made before the counters existed starts each counter after its highest
    /// number, compared as a number: A-2026-1000004 is above A-2026-999999.
    @Test func theMigrationStartsCountersAfterNumbersAlreadyIssued() throws {
        let book = try TestBook()
        let risk = #"{"plan": "standard"}"#
        for _ in 0..<3 { try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: risk) }
        try book.db.write { db in
            try db.execute(sql: "UPDATE application SET reference = 'A-2026-999999' WHERE reference = 'A-2026-000001'")
            try db.execute(sql: "UPDATE application SET reference = 'A-2026-1000004' WHERE reference = 'A-2026-000002'")
            try db.execute(sql: "DROP TABLE reference_counter")
            try PuhuiSchema.createCounters(db)
            let counters = try Row.fetchAll(db, sql: "SELECT stem, last FROM reference_counter ORDER BY stem").map { "\($0["stem"] as String)\($0["last"] as Int)" }
            #expect(counters == ["A-2026-1000004", "PL-2026-3"])
            // v7 adds parties and quotes, after the highest number issued.
            try PuhuiSchema.countPartiesAndQuotes(db)
            #expect(try Int.fetchOne(db, sql: "SELECT last FROM reference_counter WHERE stem = 'P-'") == 11)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM reference_counter WHERE stem = 'Q-'") == 0)
        }
        let next = try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: risk)
        #expect(next.application == "A-2026-1000005")
        #expect(next.policy?.number == "PL-2026-000004")
    }
}
