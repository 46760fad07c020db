import Foundation
import GRDB
import Testing
@testable import PuhuiCore

@Suite struct ReferenceNumberTests {
    @Test func numbersRunPastNineHundredNinetyNineThousandInOrder() throws {
        let db = try PuhuiDatabase.inMemory()
        try db.write { db in
            try db.execute(sql: "INSERT INTO reference_counter (stem, last) VALUES ('CLM-2026-', 999998)")
            #expect(try ReferenceNumbers.next(prefix: "CLM", year: 2026, db) == "CLM-2026-999999")
            #expect(try ReferenceNumbers.next(prefix: "CLM", year: 2026, db) == "CLM-2026-1000000")
            #expect(try ReferenceNumbers.next(prefix: "CLM", year: 2026, db) == "CLM-2026-1000001")
            // Each prefix and year counts on its own.
            #expect(try ReferenceNumbers.next(prefix: "CLM", year: 2027, db) == "CLM-2027-000001")
            #expect(try ReferenceNumbers.next(prefix: "PL", year: 2026, db) == "PL-2026-000001")
        }
    }

    @Test func aRolledBackChangeGivesItsNumberBack() throws {
        let db = try PuhuiDatabase.inMemory()
        try db.write { db in
            #expect(try ReferenceNumbers.next(prefix: "A", year: 2026, db) == "A-2026-000001")
            var inside = ""
            try db.inSavepoint {
                inside = try ReferenceNumbers.next(prefix: "A", year: 2026, db)
                return .rollback
            }
            #expect(inside == "A-2026-000002")
            #expect(try ReferenceNumbers.next(prefix: "A", year: 2026, db) == "A-2026-000002")
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
            try ReferenceNumbers.createCounters(db)
            let counters = try Row.fetchAll(db, sql: "SELECT stem, last FROM reference_counter ORDER BY stem").map { "\($0["stem"] as String)\($0["last"] as Int)" }
            #expect(counters == ["A-2026-1000004", "PL-2026-3"])
        }
        let next = try book.apply("PH-HLTH-OWNER", holder: "P-000006", insured: ["P-000006"], risk: risk)
        #expect(next.application == "A-2026-1000005")
        #expect(next.policy?.number == "PL-2026-000004")
    }
}
