#!/usr/bin/env python3
"""Generates a large catalog for the load benchmark: N property products (written in steps, as
products/property-shop.xml), each rated from its own base-rate table, ROWS rate rows in all (plus the shipped shared tables).

usage: gen_catalog.py N_PRODUCTS TOTAL_ROWS OUT_DIR  (run from the repository root)"""
import os, shutil, sys

n, rows, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
template = open("products/property-shop.xml", encoding="utf-8").read()
os.makedirs(out + "/products", exist_ok=True)
os.makedirs(out + "/rates", exist_ok=True)
shutil.copy("products/puhui-product.xsd", out + "/products/")
for name in os.listdir("rates"):
    if name.endswith(".csv") and name != "property-base-rate.csv":
        shutil.copy("rates/" + name, out + "/rates/")
per_table = max(4, rows // n)
occupancies = per_table // 4
for i in range(1, n + 1):
    code = f"PH-GEN-{i:04d}"
    table = f"property-base-rate-{i:04d}"
    keys = " ".join(f"occ-{o:05d}" for o in range(occupancies))
    xml = (template.replace("<code>PH-PROP-SHOP</code>", f"<code>{code}</code>")
           .replace('name="property-base-rate"', f'name="{table}"')
           .replace("小微商铺及作坊财产综合保险", f"小微商铺财产保险（{i:04d}）")
           .replace("Shop and Small Workshop Property Insurance", f"Shop Property Insurance No. {i:04d}")
           .replace('value="fireworks-storage"', f'value="occupancy-x{i}"')
           .replace('values="office retail-shop restaurant light-workshop warehouse woodworking fireworks-storage"',
                    f'values="{keys} occupancy-x{i}"'))
    open(f"{out}/products/gen-{i:04d}.xml", "w", encoding="utf-8").write(xml)
    with open(f"{out}/rates/{table}.csv", "w", encoding="utf-8") as f:
        f.write(f"# table: {table}\n# value-range: 0-0.01\n# effective-from: 2026-01-01\n# illustrative: true\n# source: generated for the benchmark\n")
        f.write("occupancy:key,construction:key,rate:value\n")
        for o in range(occupancies):
            for c in range(1, 5):
                f.write(f"occ-{o:05d},class-{c},0.{(o * 7 + c * 13) % 900 + 100:05d}\n")
print(f"{n} products, {n * occupancies * 4} base-rate rows in {out}")
