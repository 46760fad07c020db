#!/usr/bin/env bash
# The HTTP contract, checked three ways:
#   1. Sources/PuhuiAPI/openapi.yaml is valid OpenAPI 3.1 (openapi-spec-validator), and every
#      operation has a summary and every schema field a description;
#   2. `puhui serve`, started on a fresh book on a free loopback port, serves that very document;
#   3. schemathesis fuzzes the running server against it for a bounded number of examples per
#      operation (PUHUI_CONTRACT_EXAMPLES, default 25; settings in scripts/api-contract.toml):
#      no 5xx, every status, media type, header and body as documented, bad input refused.
#      Each run draws new examples; the report prints the seed, and PUHUI_CONTRACT_SEED=<seed>
#      repeats a run.
#
#   scripts/api-contract.sh [PUHUI_BINARY]      (default .build/debug/puhui)
#
# Fails, rather than skipping, when a tool is missing: ./scripts/bootstrap.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

puhui=${1:-.build/debug/puhui}
examples=${PUHUI_CONTRACT_EXAMPLES:-25}
contract=Sources/PuhuiAPI/openapi.yaml

for tool in openapi-spec-validator schemathesis curl; do
  command -v "$tool" >/dev/null || { echo "api-contract: $tool is missing; run ./scripts/bootstrap.sh" >&2; exit 1; }
done
[ -x "$puhui" ] || { echo "api-contract: no puhui binary at $puhui (swift build first)" >&2; exit 1; }

echo "== openapi-spec-validator $contract"
openapi-spec-validator "$contract"

echo "== every operation has a summary, every schema field a description"
python3 - "$contract" <<'PY'
import sys, yaml
document = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
missing = []
for path, item in document["paths"].items():
    for method, operation in item.items():
        if not operation.get("summary"):
            missing.append(f"{method.upper()} {path}: no summary")
        for parameter in operation.get("parameters", []):
            if "$ref" not in parameter and not parameter.get("description"):
                missing.append(f"{method.upper()} {path}: parameter {parameter['name']} has no description")
def fields(name, schema, where):
    if not schema.get("description") and "$ref" not in schema:
        missing.append(f"{where}: no description")
    for field, sub in schema.get("properties", {}).items():
        if not sub.get("description"):
            missing.append(f"{where}.{field}: no description")
        fields(name, sub, f"{where}.{field}")
    if isinstance(schema.get("items"), dict) and "$ref" not in schema["items"]:
        fields(name, schema["items"], f"{where}[]")
for name, schema in document["components"]["schemas"].items():
    fields(name, schema, name)
for name, parameter in document["components"].get("parameters", {}).items():
    if not parameter.get("description"):
        missing.append(f"parameter {name}: no description")
if missing:
    print("\n".join(missing))
    sys.exit(1)
print("all described")
PY

work="$(mktemp -d)"
server=""
finish() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap finish EXIT

# A book with its administrator, the staff of config/, the catalog and a registered shop;
# schemathesis calls as clerk.ma, an underwriter, then for the claims operations as chen.jie,
# an adjuster (the anonymous answers and the other roles are tested in PuhuiServerTests).
"$puhui" init --db "$work/book.sqlite" --admin admin.li --token-out "$work/admin.token" >/dev/null
PUHUI_TOKEN="$(cat "$work/admin.token")" "$puhui" user import --db "$work/book.sqlite" >/dev/null
for who in product.wu clerk.ma chen.jie; do
  PUHUI_TOKEN="$(cat "$work/admin.token")" "$puhui" user token "$who" --out "$work/$who.token" --db "$work/book.sqlite" >/dev/null
done
PUHUI_TOKEN="$(cat "$work/product.wu.token")" "$puhui" catalog load --db "$work/book.sqlite" >/dev/null 2>&1
PUHUI_TOKEN="$(cat "$work/clerk.ma.token")" "$puhui" party add --db "$work/book.sqlite" --kind individual-business --name 小吃店 \
  --industry H6210 --employees 3 --revenue 40 --year 2025 >/dev/null
"$puhui" serve --db "$work/book.sqlite" --host 127.0.0.1 --port 0 2> "$work/server.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "api-contract: the server did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.log" >&2; echo "api-contract: the server did not say its port within 10 s" >&2; exit 1; }
base="http://127.0.0.1:$port"

echo "== GET $base/openapi.yaml is the document in the repository"
curl -fsS --max-time 10 "$base/openapi.yaml" | cmp - "$contract"
echo "identical"

# The references of the contract's examples: policy PL-2026-000001 of P-000001 with its premium
# paid, application A-2026-000001, claim CLM-2026-000001 on that policy.
post() {
  local who=$1 path=$2 body=$3 status
  status=$(curl -sS --max-time 10 -o "$work/seed.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $(cat "$work/$who.token")" \
    -H 'Content-Type: application/json' -d "$body" "$base$path")
  [ "$status" = 201 ] || { cat "$work/seed.json" >&2; echo "api-contract: seeding POST $path answered $status" >&2; exit 1; }
}
post clerk.ma /api/v1/applications '{"product": "PH-PROP-SHOP", "holder": "P-000001", "documents": ["application-form", "business-licence"], "risk": {"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}}'
premium=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["policy"]["premium"])' "$work/seed.json")
PUHUI_TOKEN="$(cat "$work/clerk.ma.token")" "$puhui" premium receive PL-2026-000001 --amount "$premium" --db "$work/book.sqlite" >/dev/null
post chen.jie /api/v1/claims "{\"policy\": \"PL-2026-000001\", \"lossDate\": \"$(TZ=Asia/Shanghai date +%F)\", \"type\": \"fire\", \"claimed\": \"60000.00\"}"

echo "== schemathesis: $examples examples per operation"
seed=()
[ -n "${PUHUI_CONTRACT_SEED:-}" ] && seed=(--seed "$PUHUI_CONTRACT_SEED")
# Its report (and the seed that reproduces a failure) goes to the output; its files to $work.
(cd "$work" && timeout 600 schemathesis --config-file "$OLDPWD/scripts/api-contract.toml" run "$OLDPWD/$contract" --url "$base" \
  --max-examples "$examples" --workers 1 --request-timeout 10 --no-color "${seed[@]}" \
  --header "Authorization: Bearer $(cat "$work/clerk.ma.token")")

echo "== schemathesis: the claims operations as an adjuster, $examples examples per operation"
(cd "$work" && timeout 600 schemathesis --config-file "$OLDPWD/scripts/api-contract.toml" run "$OLDPWD/$contract" --url "$base" \
  --include-tag claims --max-examples "$examples" --workers 1 --request-timeout 10 --no-color "${seed[@]}" \
  --header "Authorization: Bearer $(cat "$work/chen.jie.token")")

echo "== SIGTERM: the server stops and exits 0"
kill -TERM "$server"
status=0
wait "$server" || status=$?
server=""
[ "$status" -eq 0 ] || { tail -5 "$work/server.log" >&2; echo "api-contract: the server exited with $status" >&2; exit 1; }
grep -c ' request$\|\] request' "$work/server.log" | sed 's/^/access log lines: /'
echo "contract checks passed"
