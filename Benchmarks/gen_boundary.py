#!/usr/bin/env python3
"""Writes the hand-picked boundary risks of the property, liability and accident products
(Tests/Fixtures/equality/*-boundary.*): every table row, every option, the bounds of every
field and one step past them, defaults, minimum premiums, decline rules and refusals.

usage: gen_boundary.py OUT_DIR"""
import itertools, json, sys

out = sys.argv[1]
occupancies = ["office", "retail-shop", "restaurant", "light-workshop", "warehouse", "woodworking"]
constructions = ["class-1", "class-2", "class-3", "class-4"]

rows = []
def prop(si, occ="retail-shop", con="class-2", fire="extinguishers", ded="1000", claims="1", theft=""):
    rows.append([f"P{len(rows)}", str(si), occ, con, fire, str(ded), str(claims), str(theft)])
for occ, con in itertools.product(occupancies, constructions):
    prop(800000, occ, con)                              # every base-rate row
    prop(50000, occ, con, "sprinklers", 5000, 0)        # the smallest premium: the minimum applies
    prop(5000000, occ, con, "none", 500, 4)             # the largest premium
for fire in ["sprinklers", "extinguishers", "none"]:
    for ded in [500, 1000, 2000, 5000]:
        for claims in ["", 0, 1, 2, 3, 4, 1000]:
            prop(1230000, "woodworking", "class-3", fire, ded, claims)
for si in [49990, 50000, 55000, 60000, 1190000, 1200000, 4990000, 5000000, 5010000, "12x", "-50000", "800000.5"]:
    prop(si)
for claims in [-1, 1001, "1.5"]:
    prop(800000, claims=claims)
for ded in ["", 750, 0]:
    prop(800000, ded=ded)
for theft in [10000, 20000, 50000, 30000, 0]:
    prop(800000, theft=theft)
    prop(50000, "office", "class-1", "sprinklers", 5000, 0, theft)
for occ in ["fireworks-storage", "bakery", ""]:
    prop(800000, occ)
prop(800000, con="class-5")
prop(800000, fire="hose")
with open(f"{out}/property-boundary.csv", "w") as f:
    f.write("id,sumInsured,occupancy,construction,fireProtection,deductible,claimsLast3Years,theftSumInsured\n")
    f.writelines(",".join(r) + "\n" for r in rows)

rows = []
def liab(hazard="2", revenue="1000000", employees="10", public="1000000", employer="", ded=""):
    rows.append([f"L{len(rows)}", str(hazard), str(revenue), str(employees), str(public), str(employer), str(ded)])
for hazard in ["1", "2", "3", "4", "5"]:
    for public in [200000, 500000, 1000000, 2000000]:
        for ded in ["", 0, 500, 1000, 2000]:
            liab(hazard, 3456789, 12, public, "", ded)
    for employer in [300000, 500000, 800000, 1000000]:
        for employees in [1, 7, 299, 300]:
            liab(hazard, 2000000, employees, 500000, employer)
for revenue in [0, 1, 99, 100000, 1428571, 9999999999999, "1000000.01", "-1", "abc"]:
    liab(revenue=revenue)
for employees in [0, 300, 301, 100000, 100001, -1]:
    liab(employees=employees)
    liab(employees=employees, employer=500000)
for public in [300000, 0, ""]:
    liab(public=public)
for employer in [400000, 0]:
    liab(employer=employer)
for ded in [1500, "abc"]:
    liab(ded=ded)
liab(hazard="6")
liab(hazard="")
with open(f"{out}/liability-boundary.csv", "w") as f:
    f.write("id,industryHazardClass,annualRevenue,employees,publicLimit,employerLimit,deductible\n")
    f.writelines(",".join(r) + "\n" for r in rows)

risks = []
def acc(persons, death="200000", medical=None, **extra):
    risk = {"id": f"A{len(risks)}", "deathBenefit": death}
    if medical is not None:
        risk["medicalSumInsured"] = medical
    risk["insured"] = persons
    risk.update(extra)
    risks.append(risk)
def group(size, cls="2", age=35):
    return [{"age": age, "occupationClass": cls} for _ in range(size)]
for size in [1, 2, 3, 4, 9, 10, 11, 29, 30, 31, 99, 100, 101, 150]:
    acc(group(size))
    acc(group(size, "6"), "1000000", "50000")
for cls in ["1", "2", "3", "4", "5", "6"]:
    for medical in [None, "10000", "20000", "50000"]:
        acc(group(3, cls), "100000", medical)
for death in ["100000", "200000", "300000", "500000", "1000000", "150000", "0", "abc"]:
    acc(group(5), death)
for medical in ["5000", "0"]:
    acc(group(5), "200000", medical)
for age in [15, 16, 17, 64, 65, 66, 0, 120, 121]:
    acc(group(2) + [{"age": age, "occupationClass": "3"}])
acc(group(4) + [{"age": 30, "occupationClass": "uninsurable"}])
acc(group(4) + [{"age": 30, "occupationClass": "7"}])
acc(group(4) + [{"age": 30}])
acc(group(2) + [{"birthDate": "1990-06-30", "occupationClass": "1"}, {"birthDate": "2010-07-01", "occupationClass": "1"}])
acc(group(2) + [{"birthDate": "1960-07-01", "sex": "female", "occupationClass": "1"}])
acc([{"age": 30 + i % 30, "occupationClass": str(1 + i % 6)} for i in range(37)], "300000", "20000")
acc([])
with open(f"{out}/accident-boundary.jsonl", "w") as f:
    f.writelines(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in risks)
