import Foundation
import GRDB
import PuhuiDomain

extension PuhuiSchema {
    /// v10: the facts a claim event settled, in columns, so that the regulator extract can
    /// replay a claim's history up to any as-of time: `covered` on decide events (the decision
    /// on cover) and `payable_fen` on agree events (the payable amount agreed). Until now they
    /// were only in the event's text, and the claim row keeps only its current cycle's.
    ///
    /// Older events get them from their text, which the engine has always written in one form:
    /// a decision reads `covered…` or `not covered: …`; an agreement lists the settlement's
    /// steps, one of which is `within …: payable 123.45` or `capped at …: 123.45`. An event whose
    /// text does not have that form keeps NULL (the replay then counts the decision as of unknown
    /// cover, and the agreement as of an unknown amount). The append-only trigger is lifted for
    /// the backfill only and put back with its original text.
    static func recordClaimEventFacts(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE claim_event ADD COLUMN covered INTEGER CHECK (covered IN (0, 1));
            ALTER TABLE claim_event ADD COLUMN payable_fen INTEGER CHECK (payable_fen >= 0);
            DROP TRIGGER claim_event_no_update;
            UPDATE claim_event SET covered = CASE WHEN detail LIKE 'not covered%' THEN 0 WHEN detail LIKE 'covered%' THEN 1 END
            WHERE action = 'decide';
            """)
        var agreements: [(claim: Int64, sequence: Int64, payable: Int64)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT claim_id, sequence, detail FROM claim_event WHERE action = 'agree'")
        while let row = try rows.next() {
            guard let claim = Int64.fromDatabaseValue(row[0]), let sequence = Int64.fromDatabaseValue(row[1]),
                  let detail = String.fromDatabaseValue(row[2]), let payable = payableAgreed(detail) else { continue }
            agreements.append((claim, sequence, payable.fen))
        }
        let update = try db.makeStatement(sql: "UPDATE claim_event SET payable_fen = ? WHERE claim_id = ? AND sequence = ?")
        for agreement in agreements {
            try update.execute(arguments: [agreement.payable, agreement.claim, agreement.sequence])
        }
        // Events appended from here on have their facts on the audit chain as well (chain
        // version 2); the ones before keep the links they were made with.
        try db.execute(sql: """
            CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event
                BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
            CREATE TABLE chain_format (
                version INTEGER PRIMARY KEY,
                from_seq INTEGER NOT NULL CHECK (from_seq >= 1)
            );
            INSERT INTO chain_format (version, from_seq) SELECT 2, seq + 1 FROM chain_head WHERE id = 1;
            CREATE TRIGGER chain_format_no_update BEFORE UPDATE ON chain_format
                BEGIN SELECT RAISE(ABORT, 'the chain format is fixed'); END;
            CREATE TRIGGER chain_format_no_delete BEFORE DELETE ON chain_format
                BEGIN SELECT RAISE(ABORT, 'the chain format is fixed'); END;
            """)
    }

    /// The payable amount in the text of an agree event: the step `within …: payable X` or
    /// `capped at …: X` of the settlement; nil when the text has neither.
    static func payableAgreed(_ detail: String) -> Money? {
        for step in detail.components(separatedBy: "; ") {
            if step.hasPrefix("within "), let range = step.range(of: ": payable ", options: .backwards) {
                return Money(yuan: step[range.upperBound...])
            }
            if step.hasPrefix("capped at "), let range = step.range(of: ": ", options: .backwards) {
                return Money(yuan: step[range.upperBound...])
            }
        }
        return nil
    }
}
