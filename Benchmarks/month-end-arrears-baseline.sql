-- The month-end selection of arrears as plain SQL for the sqlite3 shell, the baseline beside
-- `puhui premium arrears` and `puhui premium lapse` (same database, as of 2026-11-20): policies not
-- cancelled, other than pensions, whose dues fallen due exceed the money received by then, each
-- with its oldest unpaid instalment and days late, and whether it is past a grace period of 30
-- days (60 for term life). Endorsement premiums and cancellation dues are left out (the demo book
-- has none); no product is read, no ledger is allocated, nothing is written.
.mode list
.output /dev/null
WITH owed AS (
    SELECT policy_id, sum(amount_fen) AS fen FROM policy_instalment WHERE due_date <= '2026-11-20' GROUP BY policy_id),
held AS (
    SELECT policy_id, sum(CASE kind WHEN 'refund' THEN -amount_fen ELSE amount_fen END) AS fen
    FROM premium_receipt WHERE received_on <= '2026-11-20' GROUP BY policy_id),
short AS (
    SELECT o.policy_id, o.fen - ifnull(h.fen, 0) AS overdue, ifnull(h.fen, 0) AS received, p.number, p.line
    FROM owed o JOIN policy p ON p.id = o.policy_id LEFT JOIN held h ON h.policy_id = o.policy_id
    WHERE o.fen > ifnull(h.fen, 0) AND p.status = 'in-force' AND p.line != 'pension'),
running AS (
    SELECT s.number, s.line, s.overdue, i.number AS instalment, i.due_date,
        sum(i.amount_fen) OVER (PARTITION BY i.policy_id ORDER BY i.number) AS cumulative, s.received
    FROM short s JOIN policy_instalment i ON i.policy_id = s.policy_id WHERE i.due_date <= '2026-11-20')
SELECT number, min(instalment), min(due_date), overdue,
    CAST(julianday('2026-11-20') - julianday(min(due_date)) AS INTEGER) AS days_late,
    julianday('2026-11-20') - julianday(min(due_date)) > CASE line WHEN 'term-life' THEN 60 ELSE 30 END AS past_grace
FROM running WHERE cumulative > received GROUP BY number ORDER BY days_late DESC, number;
