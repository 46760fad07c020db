#!/usr/bin/env python3
"""Generates a portfolio CSV for batch rating: property or term-life risks, deterministic.

usage: gen_portfolio.py property|term-life ROWS OUT.csv"""
import random, sys

kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
with open(out, "w") as f:
    if kind == "property":
        occupancies = ["office", "retail-shop", "restaurant", "light-workshop", "warehouse", "woodworking"]
        f.write("id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years\n")
        for i in range(n):
            f.write(f"R{i},{rng.randrange(5, 500) * 10000},{rng.choice(occupancies)},class-{rng.randint(1, 4)},"
                    f"{rng.choice(['sprinklers', 'extinguishers', 'none'])},{rng.choice([500, 1000, 2000, 5000])},{rng.choice([0, 0, 0, 1, 2, 5])}\n")
    else:
        f.write("id,sumInsured,termYears,sex,birthDate\n")
        # Entry ages 18 to 60 on 2026-06-30, terms that end by age 70: every row is insurable.
        for i in range(n):
            y, m, d = rng.randint(1966, 2007), rng.randint(1, 12), rng.randint(1, 28)
            age = 2026 - y - (1 if (m, d) > (6, 30) else 0)
            terms = [t for t in (10, 15, 20, 30) if age + t <= 70 and 18 <= age <= 60] or [10]
            if not 18 <= age <= 60:
                y, age = 1990, 36
            f.write(f"T{i},{rng.randrange(10, 300) * 10000},{rng.choice(terms)},{rng.choice(['male', 'female'])},{y}-{m:02d}-{d:02d}\n")
