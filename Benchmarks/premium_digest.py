#!/usr/bin/env python3
"""The digest of a priced portfolio, for proving two ratings give the same premiums to the fen:
SHA-256 over one line per risk, `id,premium,outcome` (outcome: empty when priced, `declined`
or `refused`; error wording is not part of it), with the counts.

usage: premium_digest.py PRICED.csv   (the output of `puhui quote --batch`)"""
import csv, hashlib, sys

digest = hashlib.sha256()
rows = priced = declined = refused = 0
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        rows += 1
        error = row.get("error", "")
        outcome = "" if not error else ("declined" if error.startswith("declined") else "refused")
        priced += outcome == ""
        declined += outcome == "declined"
        refused += outcome == "refused"
        digest.update(f"{row.get('id', '')},{row.get('premium', '')},{outcome}\n".encode())
print(f"{digest.hexdigest()} rows={rows} priced={priced} declined={declined} refused={refused}")
