-- The policy bordereau's read, as plain SQL for the sqlite3 shell: the baseline `puhui policy
-- export` is measured against (same database, period 2026-01-01 to 2026-06-30 as of its end:
-- from 1767196800, before 1782835200, as of 1782835199). One row per policy issued by the as-of
-- time whose term overlaps the period or that was issued in it, with its coverages and the
-- claims on it by then, written out as CSV (no masking, no status, no formatting).
.mode csv
.output /dev/null
SELECT p.number, a.reference, pv.code, pv.version, p.line, p.segment, h.reference, h.kind, h.name, h.identifier,
    p.issued_at, p.start_date, p.end_date, p.frequency,
    (SELECT count(*) FROM policy_instalment i WHERE i.policy_id = p.id),
    p.premium_fen, p.sum_insured_fen, p.insured_persons,
    (SELECT ifnull(group_concat(entry, ';'), '') FROM (SELECT printf('%s=%d.%02d', code, amount_fen / 100, amount_fen % 100) AS entry
        FROM policy_coverage c WHERE c.policy_id = p.id ORDER BY code)),
    p.cancelled_on, p.cancelled_at, p.cancel_refund_fen,
    (SELECT count(*) FROM claim c WHERE c.policy_id = p.id AND c.reported_at <= 1782835199),
    (SELECT ifnull(sum(cp.amount_fen), 0) FROM claim c JOIN claim_payment cp ON cp.claim_id = c.id
        WHERE c.policy_id = p.id AND cp.status = 'paid' AND cp.paid_at <= 1782835199)
FROM policy p JOIN application a ON a.id = p.application_id JOIN product_version pv ON pv.id = p.product_version_id
JOIN party h ON h.id = p.holder_id
WHERE p.issued_at <= 1782835199 AND ((p.issued_at >= 1767196800 AND p.issued_at < 1782835200) OR (p.start_date <= '2026-06-30' AND p.end_date >= '2026-01-01'))
ORDER BY p.id;
