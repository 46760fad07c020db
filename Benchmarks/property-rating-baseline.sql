-- Property premiums for a portfolio in plain SQL (binary floating point, no worksheet, no
-- checks): the baseline beside `puhui quote --batch`. Run in the sqlite3 shell against a
-- database holding the loaded rate tables, with the portfolio imported as table `risk`.
.mode csv
.output /dev/null
CREATE TEMP TABLE rate AS
  SELECT t.name, r.cells, CAST(r.value AS REAL) AS value FROM rate_row r JOIN rate_table_version t ON t.id = r.table_version_id;
CREATE INDEX temp.rate_key ON rate(name, cells);
SELECT k.id, max(300.0, round(k.sumInsured * b.value * f.value * d.value *
       (CASE WHEN k.claimsLast3Years = 0 THEN 0.90 WHEN k.claimsLast3Years = 1 THEN 1.00 WHEN k.claimsLast3Years <= 3 THEN 1.25 ELSE 1.60 END), 2))
FROM risk k
JOIN rate b ON b.name = 'property-base-rate' AND b.cells = k.occupancy || ',' || k.construction
JOIN rate f ON f.name = 'property-fire-protection-factor' AND f.cells = k.fireProtection
JOIN rate d ON d.name = 'property-deductible-factor' AND d.cells = k.deductible;
