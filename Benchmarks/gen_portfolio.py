#!/usr/bin/env python3
"""Generates a portfolio for batch rating, deterministic (seed 7):

  property       CSV, the batch-rating benchmark (every row valid)
  property-mixed CSV, every property field: theft, defaults, declined and invalid rows, boundaries
  liability      CSV, public and employer's liability: boundaries, declined and invalid rows
  accident       JSON Lines, groups of insured persons (the row format cannot hold a group)
  term-life      CSV, the term-life benchmark

usage: gen_portfolio.py KIND ROWS OUT"""
import random, sys

kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
occupancies = ["office", "retail-shop", "restaurant", "light-workshop", "warehouse", "woodworking"]
with open(out, "w") as f:
    if kind == "property":
        f.write("id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years\n")
        for i in range(n):
            f.write(f"R{i},{rng.randrange(5, 500) * 10000},{rng.choice(occupancies)},class-{rng.randint(1, 4)},"
                    f"{rng.choice(['sprinklers', 'extinguishers', 'none'])},{rng.choice([500, 1000, 2000, 5000])},{rng.choice([0, 0, 0, 1, 2, 5])}\n")
    elif kind == "property-mixed":
        f.write("id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years,theftSumInsured\n")
        for i in range(n):
            si = rng.choice([50000, 60000, 4990000, 5000000, rng.randrange(5, 501) * 10000, rng.randrange(5, 501) * 10000])
            if rng.random() < 0.01:
                si = rng.choice([40000, 5010000, 123456, "12x"])  # outside the bounds or not an amount
            occupancy = rng.choice(occupancies + ["fireworks-storage"] if rng.random() < 0.02 else occupancies)
            if rng.random() < 0.005:
                occupancy = "bakery"
            claims = rng.choice(["", "0", "1", "2", "3", "4", "9", "1000"]) if rng.random() < 0.5 else str(rng.choice([0, 0, 1, 2]))
            theft = rng.choice(["", "", "", "10000", "20000", "50000"])
            if rng.random() < 0.003:
                theft = "30000"
            deductible = rng.choice([500, 1000, 2000, 5000])
            if rng.random() < 0.003:
                deductible = rng.choice(["", 750])
            f.write(f"P{i},{si},{occupancy},class-{rng.randint(1, 4)},{rng.choice(['sprinklers', 'extinguishers', 'none'])},"
                    f"{deductible},{claims},{theft}\n")
    elif kind == "liability":
        f.write("id,industryHazardClass,annualRevenue,employees,publicLimit,employerLimit,deductible\n")
        for i in range(n):
            hazard = rng.randint(1, 5)
            revenue = rng.choice([0, 1, 99999, rng.randrange(1, 5000) * 10000, rng.randrange(1, 500) * 1000 + rng.randint(0, 99)])
            employees = rng.choice([0, 1, 2, 5, 10, 30, 100, 299, 300, 301, rng.randint(1, 60)])
            public = rng.choice([200000, 500000, 1000000, 2000000])
            if rng.random() < 0.005:
                public = 300000  # not an option
            employer = rng.choice(["", "", 300000, 500000, 800000, 1000000])
            deductible = rng.choice(["", 0, 500, 1000, 2000])
            if rng.random() < 0.005:
                deductible = 1500
            f.write(f"L{i},{hazard},{revenue},{employees},{public},{employer},{deductible}\n")
    elif kind == "accident":
        classes = ["1", "2", "3", "4", "5", "6"]
        for i in range(n):
            r = rng.random()
            size = rng.randint(3, 10) if r < 0.75 else rng.randint(11, 30) if r < 0.95 else rng.randint(1, 2) if r < 0.99 else rng.randint(31, 120)
            persons = []
            for _ in range(size):
                cls = rng.choice(classes) if rng.random() > 0.003 else "uninsurable"
                age = rng.choice([15, 16, 65, 66]) if rng.random() < 0.01 else rng.randint(18, 60)
                persons.append(f'{{"age":{age},"occupationClass":"{cls}"}}')
            death = rng.choice(["100000", "200000", "300000", "500000", "1000000"])
            if rng.random() < 0.003:
                death = "150000"
            medical = rng.choice(["", "", "10000", "20000", "50000"])
            medical_field = f',"medicalSumInsured":"{medical}"' if medical else ""
            f.write(f'{{"id":"A{i}","deathBenefit":"{death}"{medical_field},"insured":[{",".join(persons)}]}}\n')
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
