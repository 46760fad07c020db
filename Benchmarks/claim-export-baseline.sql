-- The claim bordereau's reads, as plain SQL for the sqlite3 shell: the baseline `puhui claim
-- export` is measured against (same database, period 2026-01-01 to 2026-06-30 as of its end,
-- 2026-06-30 23:59:59 China time = 1782835199). The claims with their policy, holder and latest
-- claimant, and the three histories the engine replays each claim from (events, payments made,
-- document requests by the as-of time), each ordered by claim, formatted as CSV (to /dev/null). The shell
-- neither replays nor selects by period, and formats no dates or amounts.
.mode csv
.output /dev/null
SELECT c.id, c.reference, p.number, pv.code, pv.version, p.segment, p.line, c.small, c.reported_at,
    h.reference, h.kind, h.name, h.identifier, c.coverage, c.claim_type, c.loss_date, c.claimed_fen, c.adjuster, c.reserve_fen,
    c.last_event_at, k.name, k.relation
FROM claim c JOIN policy p ON p.id = c.policy_id JOIN product_version pv ON pv.id = p.product_version_id
JOIN party h ON h.id = p.holder_id
LEFT JOIN claim_party k ON k.claim_id = c.id AND k.number = (SELECT max(number) FROM claim_party
                                                             WHERE claim_id = c.id AND role = 'claimant' AND recorded_at <= 1782835199)
WHERE c.reported_at <= 1782835199
ORDER BY c.id;
SELECT claim_id, action, at, state_after, covered, payable_fen FROM claim_event WHERE at <= 1782835199 ORDER BY claim_id, sequence;
SELECT claim_id, paid_at, amount_fen, advance FROM claim_payment WHERE status = 'paid' AND paid_at <= 1782835199 ORDER BY claim_id, number;
SELECT claim_id, at, breaches != '' FROM claim_document_request WHERE at <= 1782835199 ORDER BY claim_id, number;
