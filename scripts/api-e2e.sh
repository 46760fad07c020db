#!/usr/bin/env bash
# The online service end to end, as its callers use it: `puhui serve` on a fresh book on a free
# loopback port; with curl, a customer quotes, applies (accepted), reports a fire and uploads
# its documents; an adjuster decides, agrees and pays (If-Match on every change, an
# Idempotency-Key on the payment, whose retry pays once); the customer sees the claim paid with
# its clocks met; the audit trail verifies. Any unexpected status fails the script.
#
#   scripts/api-e2e.sh [PUHUI_BINARY]      (default .build/debug/puhui)
set -euo pipefail
cd "$(dirname "$0")/.."

puhui=${1:-.build/debug/puhui}
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "api-e2e: $tool is missing" >&2; exit 1; }
done
[ -x "$puhui" ] || { echo "api-e2e: no puhui binary at $puhui (swift build first)" >&2; exit 1; }

work="$(mktemp -d)"
server=""
finish() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
  rm -rf "$work"
}
trap finish EXIT
fail() { echo "api-e2e: $*" >&2; [ -f "$work/server.log" ] && tail -5 "$work/server.log" >&2; exit 1; }

book="$work/book.sqlite"
as() { local who=$1; shift; PUHUI_TOKEN="$(cat "$work/$who.token")" "$puhui" "$@" --db "$book"; }

echo "== a fresh book: administrator, staff, catalog, a registered shop and its owner's account"
"$puhui" init --db "$book" --admin admin.li --token-out "$work/admin.li.token" >/dev/null
as admin.li user import >/dev/null
as admin.li user token product.wu --out "$work/product.wu.token" >/dev/null
as admin.li user token clerk.ma --out "$work/clerk.ma.token" >/dev/null
as admin.li user token chen.jie --out "$work/chen.jie.token" >/dev/null
as product.wu catalog load >/dev/null 2>&1
party=$(as clerk.ma party add --kind individual-business --name 小吃店 --industry H6210 --employees 3 --revenue 40 --year 2025 --format json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
as admin.li user add shop.owner --role customer --party "$party" >/dev/null
as admin.li user token shop.owner --out "$work/shop.owner.token" >/dev/null

"$puhui" serve --db "$book" --host 127.0.0.1 --port 0 2> "$work/server.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || fail "the server did not start"
  sleep 0.1
done
[ -n "$port" ] || fail "the server did not say its port within 10 s"
base="http://127.0.0.1:$port/api/v1"

# call WHO EXPECTED METHOD PATH [curl options…]: the body goes to $work/body, the headers to
# $work/headers; a status other than EXPECTED fails the script.
call() {
  local who=$1 expected=$2 method=$3 path=$4; shift 4
  local status
  status=$(curl -sS --max-time 30 -o "$work/body" -D "$work/headers" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $(cat "$work/$who.token")" "$@" "$base$path")
  [ "$status" = "$expected" ] || { cat "$work/body" >&2; echo >&2; fail "$who $method $path: $status, expected $expected"; }
}
json() { python3 -c "import json,sys; d=json.load(open('$work/body')); print($1)"; }
etag() { sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$work/headers"; }

# Dates are China days (the engine's), which run 8 hours ahead of UTC.
today=$(TZ=Asia/Shanghai date +%F)
risk='{"sumInsured": "800000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}'

echo "== the customer quotes"
call shop.owner 201 POST /quotes -H 'Content-Type: application/json' -d "{\"product\": \"PH-PROP-SHOP\", \"risk\": $risk}"
echo "quote $(json 'd["id"]'): premium $(json 'd["premium"]')"

echo "== the customer applies (the reduced document list of an individual business)"
call shop.owner 201 POST /applications -H 'Content-Type: application/json' \
  -d "{\"product\": \"PH-PROP-SHOP\", \"holder\": \"$party\", \"documents\": [\"application-form\", \"business-licence\"], \"risk\": $risk}"
[ "$(json 'd["decision"]')" = accept ] || fail "the application was not accepted: $(cat "$work/body")"
policy=$(json 'd["policy"]["number"]')
premium=$(json 'd["policy"]["premium"]')
echo "$(json 'd["application"]') accepted: policy $policy, premium $premium"
as clerk.ma premium receive "$policy" --amount "$premium" >/dev/null

echo "== the customer reports a fire"
call shop.owner 201 POST /claims -H 'Content-Type: application/json' -H 'Idempotency-Key: e2e-report-1' \
  -d "{\"policy\": \"$policy\", \"lossDate\": \"$today\", \"type\": \"fire\", \"claimed\": \"30000.00\", \"description\": \"kitchen fire\"}"
claim=$(json 'd["claim"]["reference"]')
tag=$(etag)
echo "$claim: documents needed $(json '", ".join(x["code"] for x in d["claim"]["documents"])'); clocks $(json '", ".join(c["kind"] + " due " + c["dueAt"] for c in d["claim"]["clocks"]) or "none yet (the statutory ones start with complete documents)"')"

echo "== the customer uploads each document (each with an Idempotency-Key; the first one sent twice)"
first=""
uploads=0
for code in $(json '" ".join(x["code"] for x in d["claim"]["documents"])'); do
  printf '%%PDF-1.4\n%% %s for %s\n%%%%EOF\n' "$code" "$claim" > "$work/$code.pdf"
  call shop.owner 201 POST "/claims/$claim/documents" -H "If-Match: $tag" -H "Idempotency-Key: e2e-upload-$code" \
    -F "code=$code" -F "file=@$work/$code.pdf;type=application/pdf"
  next=$(etag)
  uploads=$((uploads + 1))
  if [ -z "$first" ]; then
    first=$code
    cp "$work/body" "$work/first-upload"
    # A retry (its If-Match stale by now) answers as the first upload did and records nothing.
    call shop.owner 201 POST "/claims/$claim/documents" -H "If-Match: $tag" -H "Idempotency-Key: e2e-upload-$code" \
      -F "code=$code" -F "file=@$work/$code.pdf;type=application/pdf"
    cmp -s "$work/body" "$work/first-upload" || fail "the retried upload answered differently"
    # The same key with another file is refused.
    printf '%%PDF-1.4\n%% another file\n%%%%EOF\n' > "$work/another.pdf"
    call shop.owner 422 POST "/claims/$claim/documents" -H "If-Match: $next" -H "Idempotency-Key: e2e-upload-$code" \
      -F "code=$code" -F "file=@$work/another.pdf;type=application/pdf"
    cp "$work/first-upload" "$work/body"
  fi
  tag=$next
done
echo "state $(json 'd["state"]')"
[ "$(json 'd["state"]')" = documents-complete ] || fail "the documents are not complete"
call shop.owner 200 GET "/claims/$claim/documents"
[ "$(json 'len(d["files"])')" = "$uploads" ] || fail "$(json 'len(d["files"])') files kept for $uploads uploads"
echo "$uploads files kept; the retried upload recorded nothing"

echo "== the adjuster records the payee (CLI); the customer sees them masked"
as chen.jie claim party "$claim" --role payee --name 王小明 --relation self --phone 13812345678 --bank 中国工商银行 --account 6222021234567890 >/dev/null
call shop.owner 200 GET "/claims/$claim"
[ "$(json 'd["payee"]["bankAccount"]')" = "****7890" ] || fail "the payee's account is shown as $(json 'd["payee"]')"
grep -q -e 6222021234567890 -e 13812345678 -e 王小明 "$work/body" && fail "the payee is shown in full"
grep -q -e 6222021234567890 -e 13812345678 -e 王小明 "$work/server.log" && fail "the payee is in the server's log"
echo "payee $(json 'd["payee"]["name"] + " " + d["payee"]["phone"] + " " + d["payee"]["bankAccount"]')"

echo "== the adjuster decides, agrees and pays (If-Match; the payment with an Idempotency-Key)"
call chen.jie 200 GET "/claims/$claim"
tag=$(etag)
call chen.jie 428 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -d '{"action": "decide", "covered": true}'
call chen.jie 200 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -d '{"action": "decide", "covered": true}'
call chen.jie 412 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -d '{"action": "agree", "loss": "21000.00"}'
call chen.jie 200 GET "/claims/$claim"
tag=$(etag)
call chen.jie 200 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -d '{"action": "agree", "loss": "21000.00"}'
tag=$(etag)
echo "payable $(json 'd["claim"]["payable"]')"
call chen.jie 200 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -H 'Idempotency-Key: e2e-pay-1' \
  -d '{"action": "pay", "amount": "20000.00"}'
cp "$work/body" "$work/first-payment"
call chen.jie 200 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -H 'Idempotency-Key: e2e-pay-1' \
  -d '{"action": "pay", "amount": "20000.00"}'
cmp -s "$work/body" "$work/first-payment" || fail "the retried payment answered differently"
call chen.jie 422 POST "/claims/$claim/actions" -H 'Content-Type: application/json' -H "If-Match: $tag" -H 'Idempotency-Key: e2e-pay-1' \
  -d '{"action": "pay", "amount": "1.00"}'
echo "paid once, the retry answered as the first time"

echo "== the customer sees the claim paid, its clocks met"
call shop.owner 200 GET "/claims/$claim"
[ "$(json 'd["state"]')" = paid ] || fail "the claim is $(json 'd["state"]'), not paid"
[ "$(json 'len(d["payments"])')" = 1 ] || fail "the claim has $(json 'len(d["payments"])') payments"
[ "$(json 'd["paid"]')" = 20000.00 ] || fail "paid $(json 'd["paid"]')"
json '"\n".join(c["kind"] + " (" + c["basis"] + "): " + c["status"] for c in d["clocks"])'
[ "$(json 'all(c["status"] == "met" for c in d["clocks"] if c["kind"] in ("decision", "payment"))')" = True ] || fail "a decision or payment clock was not met"

echo "== the audit trail verifies"
kill -TERM "$server"
wait "$server" || fail "the server exited with $?"
server=""
as admin.li audit verify >/dev/null || fail "the audit trail does not verify"
echo "end-to-end passed"
