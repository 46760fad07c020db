-- What `puhui claim show` reads, as plain SQL for the sqlite3 shell (the latency baseline).
.mode list
.output /dev/null
.parameter set :ref 'CLM-2026-100000'
SELECT c.*, p.number, p.line, p.segment, pv.code, pv.version FROM claim c JOIN policy p ON p.id = c.policy_id
  JOIN product_version pv ON pv.id = p.product_version_id WHERE c.reference = :ref;
SELECT * FROM claim_clock WHERE claim_id = (SELECT id FROM claim WHERE reference = :ref) ORDER BY cycle, due_at;
SELECT * FROM claim_document WHERE claim_id = (SELECT id FROM claim WHERE reference = :ref);
SELECT * FROM claim_payment WHERE claim_id = (SELECT id FROM claim WHERE reference = :ref);
SELECT * FROM claim_document_request WHERE claim_id = (SELECT id FROM claim WHERE reference = :ref);
SELECT count(*) FROM claim_event WHERE claim_id = (SELECT id FROM claim WHERE reference = :ref);
SELECT definition FROM product_version pv JOIN policy p ON p.product_version_id = pv.id JOIN claim c ON c.policy_id = p.id WHERE c.reference = :ref;
