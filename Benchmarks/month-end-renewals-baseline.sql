-- Renewals due in the 60 days from 2026-11-20 as plain SQL for the sqlite3 shell, the baseline
-- beside `puhui policy renewals --due-within 60d`: policies not cancelled nor lapsed ending
-- 2026-11-20 to 2027-01-19, of lines that renew, with their own claims counted (withdrawn and
-- not-covered ones left out) and any renewal already applied for. No product is read.
.mode list
.output /dev/null
SELECT p.number, pv.code, p.line, h.reference, p.segment, p.end_date, p.premium_fen,
    (SELECT count(*) FROM claim c WHERE c.policy_id = p.id AND c.state != 'withdrawn' AND ifnull(c.covered, 1) = 1),
    (SELECT a.reference FROM policy_renewal r JOIN application a ON a.id = r.application_id WHERE r.previous_policy_id = p.id
     ORDER BY r.application_id DESC LIMIT 1)
FROM policy p JOIN product_version pv ON pv.id = p.product_version_id JOIN party h ON h.id = p.holder_id
WHERE p.end_date >= '2026-11-20' AND p.end_date <= '2027-01-19' AND p.status = 'in-force' AND p.line NOT IN ('term-life', 'pension')
  AND NOT EXISTS (SELECT 1 FROM policy_lapse l WHERE l.policy_id = p.id AND l.reinstated_on IS NULL)
ORDER BY p.end_date, p.id;
