-- The aggregates of the regulator extract, as plain SQL for the sqlite3 shell: the baseline the
-- engine's `stats extract` is measured against (same database, same period 2026-01-01 to
-- 2026-06-30, China time; the four groupings: cells, segments, lines, total).
--
-- Since issue 19 the engine computes every claim figure from each claim's history up to the
-- as-of time (2026-06-30 23:59:59 = 1782835199), not from the claim row's current cycle, so the
-- fair floor also reads those histories once, ordered by claim, as the engine's cursors do: the
-- three queries at the end (events, payments, document requests by the as-of time). The
-- aggregates above them stay as the floor of the same figures in SQL; they still read the
-- claim row, which is what the engine no longer trusts.
.mode list
.output /dev/null
-- period bounds in seconds (China midnight): 2026-01-01 = 1767196800, 2026-07-01 = 1782835200
SELECT segment, line, count(*), sum(premium_fen) FROM policy WHERE issued_at >= 1767196800 AND issued_at < 1782835200 GROUP BY segment, line;
SELECT segment, count(*), sum(premium_fen) FROM policy WHERE issued_at >= 1767196800 AND issued_at < 1782835200 GROUP BY segment;
SELECT line, count(*), sum(premium_fen) FROM policy WHERE issued_at >= 1767196800 AND issued_at < 1782835200 GROUP BY line;
SELECT count(*), sum(premium_fen) FROM policy WHERE issued_at >= 1767196800 AND issued_at < 1782835200;
SELECT segment, line, count(*), sum(insured_persons), sum(sum_insured_fen), count(DISTINCT holder_id) FROM policy
  WHERE start_date <= '2026-06-30' AND end_date >= '2026-06-30' AND (cancelled_on IS NULL OR cancelled_on >= '2026-06-30') GROUP BY segment, line;
SELECT segment, count(*), sum(insured_persons), sum(sum_insured_fen), count(DISTINCT holder_id) FROM policy
  WHERE start_date <= '2026-06-30' AND end_date >= '2026-06-30' AND (cancelled_on IS NULL OR cancelled_on >= '2026-06-30') GROUP BY segment;
SELECT line, count(*), sum(insured_persons), sum(sum_insured_fen), count(DISTINCT holder_id) FROM policy
  WHERE start_date <= '2026-06-30' AND end_date >= '2026-06-30' AND (cancelled_on IS NULL OR cancelled_on >= '2026-06-30') GROUP BY line;
SELECT count(*), sum(insured_persons), sum(sum_insured_fen), count(DISTINCT holder_id) FROM policy
  WHERE start_date <= '2026-06-30' AND end_date >= '2026-06-30' AND (cancelled_on IS NULL OR cancelled_on >= '2026-06-30');
SELECT p.segment, p.line, sum(c.reported_at >= 1767196800 AND c.reported_at < 1782835200), sum(c.closed_at >= 1767196800 AND c.closed_at < 1782835200),
  sum(c.rejection_notice_at >= 1767196800 AND c.rejection_notice_at < 1782835200), sum(c.decided_at >= 1767196800 AND c.decided_at < 1782835200)
  FROM claim c JOIN policy p ON p.id = c.policy_id GROUP BY p.segment, p.line;
SELECT p.segment, sum(c.reported_at >= 1767196800 AND c.reported_at < 1782835200), sum(c.closed_at >= 1767196800 AND c.closed_at < 1782835200),
  sum(c.rejection_notice_at >= 1767196800 AND c.rejection_notice_at < 1782835200), sum(c.decided_at >= 1767196800 AND c.decided_at < 1782835200)
  FROM claim c JOIN policy p ON p.id = c.policy_id GROUP BY p.segment;
SELECT p.line, sum(c.reported_at >= 1767196800 AND c.reported_at < 1782835200), sum(c.closed_at >= 1767196800 AND c.closed_at < 1782835200),
  sum(c.rejection_notice_at >= 1767196800 AND c.rejection_notice_at < 1782835200), sum(c.decided_at >= 1767196800 AND c.decided_at < 1782835200)
  FROM claim c JOIN policy p ON p.id = c.policy_id GROUP BY p.line;
SELECT sum(c.reported_at >= 1767196800 AND c.reported_at < 1782835200), sum(c.closed_at >= 1767196800 AND c.closed_at < 1782835200),
  sum(c.rejection_notice_at >= 1767196800 AND c.rejection_notice_at < 1782835200), sum(c.decided_at >= 1767196800 AND c.decided_at < 1782835200)
  FROM claim c JOIN policy p ON p.id = c.policy_id;
SELECT p.segment, p.line, count(DISTINCT cp.claim_id), sum(cp.amount_fen) FROM claim_payment cp JOIN claim c ON c.id = cp.claim_id JOIN policy p ON p.id = c.policy_id
  WHERE cp.status = 'paid' AND cp.paid_at >= 1767196800 AND cp.paid_at < 1782835200 GROUP BY p.segment, p.line;
SELECT p.segment, p.line, sum(k.kind = 'decision' AND k.status = 'met'), sum(k.kind = 'decision' AND k.status = 'missed'),
  sum(k.kind = 'payment' AND k.status = 'met'), sum(k.kind = 'payment' AND k.status = 'missed')
  FROM claim_clock k JOIN claim c ON c.id = k.claim_id JOIN policy p ON p.id = c.policy_id
  WHERE k.due_at >= 1767196800 AND k.due_at < 1782835200 GROUP BY p.segment, p.line;
SELECT p.segment, p.line, ifnull(c.closed_at, c.rejection_notice_at) - c.reported_at FROM claim c JOIN policy p ON p.id = c.policy_id
  WHERE ifnull(c.closed_at, c.rejection_notice_at) >= 1767196800 AND ifnull(c.closed_at, c.rejection_notice_at) < 1782835200;
-- The claims' histories up to the as-of time, one pass each, ordered by claim.
SELECT claim_id, count(*), max(at), sum(covered), sum(payable_fen) FROM claim_event WHERE at <= 1782835199 GROUP BY claim_id;
SELECT claim_id, count(*), sum(amount_fen), sum(advance), max(paid_at) FROM claim_payment WHERE status = 'paid' AND paid_at <= 1782835199 GROUP BY claim_id;
SELECT claim_id, count(*), min(at), max(breaches != '') FROM claim_document_request WHERE at <= 1782835199 GROUP BY claim_id;
