#!/usr/bin/env bash
# Performance harness: each workload beside its baseline on the same data in the same run.
#
#   Benchmarks/run.sh quick [WORKLOAD...]   small data, a couple of minutes (a sanity check)
#   Benchmarks/run.sh full  [WORKLOAD...]   the sizes the issues ask for (an hour or more; the
#                                           large databases are kept in Benchmarks/work/)
#
# Workloads: catalog, catalog-generated, rating, equality, claims, latency, extract, month-end, exports, server (default: all).
# seed (not in the default list) only builds the two large books, side by side, so that they can be
# made ahead of a quiet hour in which the workloads are measured.
# equality prices the property, liability and accident portfolios with the products written in
# steps and compares each premium digest with the coded modules' (Benchmarks/equality-digests.txt).
# Prints wall time, peak memory (maximum resident set) and throughput for each command.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-quick}
shift || true
workloads=("$@")
[ ${#workloads[@]} -eq 0 ] && workloads=(catalog catalog-generated rating equality claims latency extract month-end exports server)

./scripts/bootstrap.sh
for tool in xmllint hyperfine wrk; do
  command -v "$tool" >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get update -qq; $sudo apt-get install -y -qq libxml2-utils hyperfine wrk >/dev/null; }
done
# Release build with the Swift runtime and Foundation linked in, as it would be deployed: a
# command then starts in about half the time (no dynamic binding of the runtime's symbols).
swift build -c release --static-swift-stdlib 2>&1 | tail -1
puhui=$PWD/.build/release/puhui
work=Benchmarks/work
mkdir -p "$work"

if [ "$mode" = full ]; then
  gen_products=1000; gen_rows=1000000; portfolio=1000000
  book_parties=400000; book_policies=1000000; book_claims=200000
  lifecycle_claims=100000
  show_parties=150000; show_policies=300000; show_claims=1000000
  http_seconds=30; http_connections=64
else
  gen_products=100; gen_rows=100000; portfolio=200000
  book_parties=10000; book_policies=20000; book_claims=4000
  lifecycle_claims=5000
  show_parties=5000; show_policies=10000; show_claims=20000
  http_seconds=5; http_connections=16
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(swift --version 2>&1 | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1); mode $mode"
printf '%-62s %10s %10s %16s\n' "command" "wall" "peak" "throughput"

# measure LABEL COUNT UNIT COMMAND...: runs the command RUNS times (default 1), prints the
# median wall time, the largest peak memory and the rate at the median. With ROWS_MAY_FAIL=1,
# exit status 1 (some rows of a batch refused, as the portfolio means them to be) is not a failure.
measure() {
  local label=$1 count=$2 unit=$3 runs=${RUNS:-1}
  shift 3
  : > "$work/times.txt"
  for _ in $(seq "$runs"); do
    sync # the write-back of earlier output must not land inside this run's time
    status=0
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || status=$?
    if [ "$status" -ne 0 ] && ! { [ "${ROWS_MAY_FAIL:-0}" = 1 ] && [ "$status" -eq 1 ]; }; then
      echo "FAILED: $label"; tail -5 "$work/err.txt"; return 1
    fi
    grep -v "Command exited with non-zero status" "$work/time.txt" | tail -1 > "$work/time1.txt" && mv "$work/time1.txt" "$work/time.txt"
    cat "$work/time.txt" >> "$work/times.txt"
  done
  [ "$runs" -gt 1 ] && label="$label, median of $runs"
  sort -n "$work/times.txt" | awk -v l="$label" -v c="$count" -v u="$unit" \
    '{ s[NR] = $1; if ($2 > k) k = $2 } END { m = s[int((NR + 1) / 2)]; r = (m > 0 && c > 0) ? sprintf("%.0f %s/s", c / m, u) : "-"; printf "%-62s %8.2f s %7.1f MB %16s\n", l, m, k / 1024, r }'
}

# latency LABEL COMMAND: mean wall time of repeated runs, process start included (hyperfine).
latency() {
  local label=$1
  shift
  hyperfine --warmup 3 --runs 30 --export-json "$work/hyperfine.json" --style none "$*" > /dev/null 2>&1
  python3 -c "import json; r = json.load(open('$work/hyperfine.json'))['results'][0]; print('%-62s %8.1f ms ± %.1f ms (min %.1f ms)' % ('$label', r['mean'] * 1e3, r['stddev'] * 1e3, r['min'] * 1e3))"
}

# csv_rows DIR: the data rows of the rate tables in DIR as one CSV (for sqlite3 .import).
csv_rows() {
  for f in "$1"/*.csv; do grep -v '^#' "$f" | tail -n +2 | awk -v t="$(basename "$f" .csv)" -F, '{ print t "," $0 }' | cut -d, -f1-2; done
}

# new_book DB: a database (made once) with its administrator and the staff of config/, a token
# each for the users the workloads act as, in DB.tokens/ (readable by the owner only).
new_book() {
  local db=$1
  [ -d "$db.tokens" ] && return
  mkdir -p "$db.tokens"
  chmod 700 "$db.tokens"
  "$puhui" init --db "$db" --admin admin.li --token-out "$db.tokens/admin.li" > /dev/null
  PUHUI_TOKEN="$(cat "$db.tokens/admin.li")" "$puhui" user import --db "$db" > /dev/null
  for who in product.wu clerk.ma chen.jie regulator.guo; do
    PUHUI_TOKEN="$(cat "$db.tokens/admin.li")" "$puhui" user token "$who" --out "$db.tokens/$who" --db "$db" > /dev/null
  done
}

# tok DB NAME: the token of NAME in DB's book.
tok() { cat "$1.tokens/$2"; }

# cpu_ticks PID: the process's user and system CPU time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# http LABEL URL [LUA]: wrk for http_seconds with http_connections on 2 threads; requests/s, the
# 50th and 99th percentile latency, and the server's CPU time per request (user and system, from
# /proc: the figure wrk's share of the same cores does not move). Fails when any answer is not 2xx.
http() {
  local label=$1 url=$2 script=${3:-}
  local args=(-t2 -c"$http_connections" -d"${http_seconds}s" --latency --timeout 10s)
  [ -n "$script" ] && args+=(-s "$script")
  local before; before=$(cpu_ticks "$server")
  wrk "${args[@]}" "$url" > "$work/wrk.txt" 2>&1 || { echo "FAILED: $label"; cat "$work/wrk.txt"; return 1; }
  local after; after=$(cpu_ticks "$server")
  if grep -q "Non-2xx" "$work/wrk.txt"; then echo "FAILED: $label"; cat "$work/wrk.txt"; return 1; fi
  awk -v l="$label" -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '/Requests\/sec/ { r = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 } / requests in / { n = $1 }
    END { printf "%-62s %10.0f req/s  p50 %8s  p99 %8s  server %4.0f us/request\n", l, r, p50, p99, ticks * 1000000 / hz / n }' "$work/wrk.txt"
}

# finance_token DB: a finance user (zhou.hui) and their token, for books made before the role existed.
finance_token() {
  local db=$1
  [ -s "$db.tokens/zhou.hui" ] && return
  PUHUI_TOKEN="$(tok "$db" admin.li)" "$puhui" user add zhou.hui --role finance --db "$db" > /dev/null 2>&1 || true
  PUHUI_TOKEN="$(tok "$db" admin.li)" "$puhui" user token zhou.hui --out "$db.tokens/zhou.hui" --db "$db" > /dev/null
}

seed_book() { # seed_book DB PARTIES POLICIES CLAIMS: a catalog and a demo book, built once
  local db=$1
  # A book seeded before the demo received premiums (issue 17) is seeded again.
  if [ ! -s "$db.seed.txt" ] || [ ! -d "$db.tokens" ] || ! grep -q "premiums received" "$db.seed.txt"; then
    rm -rf "$db" "$db-wal" "$db-shm" "$db.tokens"
    new_book "$db"
    PUHUI_TOKEN="$(tok "$db" product.wu)" "$puhui" catalog load --db "$db" > /dev/null 2> "$work/load-warnings.txt"
    PUHUI_TOKEN="$(tok "$db" admin.li)" "$puhui" demo seed --db "$db" --parties "$2" --policies "$3" --claims "$4" > "$db.seed.txt"
  fi
}

for workload in "${workloads[@]}"; do
  echo
  echo "## $workload"
  case $workload in
  seed)
    seed_book "$work/book-$book_policies-$book_claims.sqlite" "$book_parties" "$book_policies" "$book_claims" &
    seed_book "$work/show-$show_claims.sqlite" "$show_parties" "$show_policies" "$show_claims" &
    wait
    grep -h "seeded in" "$work/book-$book_policies-$book_claims.sqlite.seed.txt" "$work/show-$show_claims.sqlite.seed.txt"
    ;;
  catalog)
    rm -rf "$work/catalog.sqlite"*
    new_book "$work/catalog.sqlite"
    measure "puhui catalog validate (8 products, 20 tables)" 8 products "$puhui" catalog validate products --rates rates
    measure "  baseline: xmllint --schema (8 products)" 8 products xmllint --noout --schema products/puhui-product.xsd products/*.xml
    rows=$(csv_rows rates | wc -l)
    measure "puhui catalog load (validate + load, $rows rate rows)" "$rows" rows env PUHUI_TOKEN="$(tok "$work/catalog.sqlite" product.wu)" "$puhui" catalog load --db "$work/catalog.sqlite"
    csv_rows rates > "$work/rates.csv"
    rm -f "$work/baseline.sqlite"
    measure "  baseline: sqlite3 .import of the same rate rows" "$rows" rows sqlite3 "$work/baseline.sqlite" ".import --csv $work/rates.csv rate_row"
    ;;
  catalog-generated)
    rm -rf "$work/generated" "$work/generated.sqlite"* "$work/baseline.sqlite"
    new_book "$work/generated.sqlite"
    python3 Benchmarks/gen_catalog.py "$gen_products" "$gen_rows" "$work/generated" > /dev/null
    rows=$(csv_rows "$work/generated/rates" | wc -l)
    measure "puhui catalog validate ($gen_products products, $rows rows)" "$gen_products" products "$puhui" catalog validate "$work/generated/products" --rates "$work/generated/rates"
    measure "  baseline: xmllint --schema ($gen_products products)" "$gen_products" products xmllint --noout --schema products/puhui-product.xsd "$work"/generated/products/*.xml
    measure "puhui catalog load ($rows rows)" "$rows" rows env PUHUI_TOKEN="$(tok "$work/generated.sqlite" product.wu)" "$puhui" catalog load --products "$work/generated/products" --rates "$work/generated/rates" --db "$work/generated.sqlite"
    csv_rows "$work/generated/rates" > "$work/rates.csv"
    measure "  baseline: sqlite3 .import ($rows rows)" "$rows" rows sqlite3 "$work/baseline.sqlite" ".import --csv $work/rates.csv rate_row"
    ;;
  rating)
    rm -rf "$work/rating.sqlite"*
    new_book "$work/rating.sqlite"
    PUHUI_TOKEN="$(tok "$work/rating.sqlite" product.wu)" "$puhui" catalog load --db "$work/rating.sqlite" > /dev/null 2> "$work/load-warnings.txt"
    python3 Benchmarks/gen_portfolio.py property "$portfolio" "$work/property.csv"
    python3 Benchmarks/gen_portfolio.py term-life "$portfolio" "$work/term-life.csv"
    RUNS=5 measure "puhui quote --batch property ($portfolio risks)" "$portfolio" quotes "$puhui" quote --product PH-PROP-SHOP --as-of 2026-06-30 --batch "$work/property.csv" --out "$work/property-priced.csv" --db "$work/rating.sqlite"
    cp "$work/rating.sqlite" "$work/rating-baseline.sqlite"
    measure "  baseline: sqlite3 .import + premium SQL (REAL, no checks)" "$portfolio" quotes sqlite3 "$work/rating-baseline.sqlite" ".import --csv $work/property.csv risk" ".read Benchmarks/property-rating-baseline.sql"
    RUNS=5 measure "puhui quote --batch term life ($portfolio risks)" "$portfolio" quotes "$puhui" quote --product PH-TERM-KEY --as-of 2026-06-30 --batch "$work/term-life.csv" --out "$work/term-life-priced.csv" --db "$work/rating.sqlite"
    ;;
  equality)
    # The same premiums to the fen as the coded modules the steps products replaced.
    rm -rf "$work/equality.sqlite"*
    new_book "$work/equality.sqlite"
    PUHUI_TOKEN="$(tok "$work/equality.sqlite" product.wu)" "$puhui" catalog load --db "$work/equality.sqlite" > /dev/null 2> "$work/load-warnings.txt"
    failures=0
    for spec in property:PH-PROP-SHOP:csv property-mixed:PH-PROP-SHOP:csv liability:PH-LIAB-MICRO:csv accident:PH-ACC-GROUP:jsonl; do
      IFS=: read -r kind code ext <<< "$spec"
      [ -s "$work/$kind-$portfolio.$ext" ] || python3 Benchmarks/gen_portfolio.py "$kind" "$portfolio" "$work/$kind-$portfolio.$ext"
      ROWS_MAY_FAIL=1 measure "puhui quote --batch $kind ($portfolio risks, steps)" "$portfolio" quotes "$puhui" quote --product "$code" \
        --as-of 2026-06-30 --batch "$work/$kind-$portfolio.$ext" --out "$work/$kind-priced.csv" --db "$work/equality.sqlite" || true
      got=$(python3 Benchmarks/premium_digest.py "$work/$kind-priced.csv")
      want=$(awk -v k="$kind" -v n="$portfolio" '$1 == k && $2 == n { $1 = ""; $2 = ""; sub(/^  /, ""); print }' Benchmarks/equality-digests.txt)
      if [ "$got" = "$want" ]; then echo "    same premiums as the coded module: $got"; else echo "    DIFFERENT from the coded module: $got (recorded: $want)"; failures=$((failures + 1)); fi
    done
    [ "$failures" -eq 0 ] || { echo "equality: $failures portfolios differ"; exit 1; }
    ;;
  claims)
    rm -rf "$work/lifecycle.sqlite"* "$work/lifecycle-baseline.sqlite"
    new_book "$work/lifecycle.sqlite"
    PUHUI_TOKEN="$(tok "$work/lifecycle.sqlite" product.wu)" "$puhui" catalog load --db "$work/lifecycle.sqlite" > /dev/null 2> "$work/load-warnings.txt"
    measure "puhui demo seed with $lifecycle_claims claims (all phases)" "$lifecycle_claims" claims env PUHUI_TOKEN="$(tok "$work/lifecycle.sqlite" admin.li)" "$puhui" demo seed --db "$work/lifecycle.sqlite" --parties $((lifecycle_claims / 5)) --policies $((lifecycle_claims * 2 / 5)) --claims "$lifecycle_claims"
    grep -E "claims:|applications:|underwriting:|parties:" "$work/out.txt" | sed 's/^/    /'
    events=$(sqlite3 "$work/lifecycle.sqlite" "SELECT count(*) FROM claim_event")
    echo "    claim events written: $events"
    measure "  baseline: sqlite3 copy of the same claim rows (INSERT SELECT)" "$events" events sqlite3 "$work/lifecycle-baseline.sqlite" \
      "ATTACH '$work/lifecycle.sqlite' AS s" "CREATE TABLE claim AS SELECT * FROM s.claim WHERE 0" "CREATE TABLE claim_event AS SELECT * FROM s.claim_event WHERE 0" \
      "CREATE TABLE claim_clock AS SELECT * FROM s.claim_clock WHERE 0" "CREATE TABLE claim_document AS SELECT * FROM s.claim_document WHERE 0" \
      "CREATE TABLE claim_payment AS SELECT * FROM s.claim_payment WHERE 0" \
      "BEGIN" "INSERT INTO claim SELECT * FROM s.claim" "INSERT INTO claim_event SELECT * FROM s.claim_event" "INSERT INTO claim_clock SELECT * FROM s.claim_clock" \
      "INSERT INTO claim_document SELECT * FROM s.claim_document" "INSERT INTO claim_payment SELECT * FROM s.claim_payment" "COMMIT"
    ;;
  latency)
    show="$work/show-$show_claims.sqlite"
    seed_book "$show" "$show_parties" "$show_policies" "$show_claims"
    claims=$(sqlite3 "$show" "SELECT count(*) FROM claim")
    reference=$(sqlite3 "$show" "SELECT reference FROM claim WHERE id = (SELECT max(id) / 2 FROM claim)")
    echo "    database: $claims claims, $(du -h "$show" | cut -f1)"
    [ -s "$show.seed.txt" ] && sed 's/^/    seed: /' "$show.seed.txt" | grep -E "in [0-9.]+ s" || true
    latency "puhui claim show $reference (process start included)" "PUHUI_TOKEN=$(tok "$show" chen.jie) $puhui claim show $reference --db $show --as-of 2026-11-20T18:00"
    sed "s/CLM-2026-100000/$reference/" Benchmarks/claim-show-baseline.sql > "$work/claim-show.sql"
    latency "  baseline: sqlite3 shell, the same lookups" "sqlite3 $show '.read $work/claim-show.sql'"
    latency "puhui quote term life, stored (process start included)" "PUHUI_TOKEN=$(tok "$show" clerk.ma) $puhui quote --product PH-TERM-KEY --as-of 2026-06-30 --risk examples/risks/term-life-key.json --db $show"
    latency "  baseline: sqlite3 shell reading the product and mortality rows" "sqlite3 $show 'SELECT definition FROM product_version WHERE code = \"PH-TERM-KEY\"; SELECT count(*) FROM rate_row'"
    ;;
  extract)
    book="$work/book-$book_policies-$book_claims.sqlite"
    seed_book "$book" "$book_parties" "$book_policies" "$book_claims"
    policies=$(sqlite3 "$book" "SELECT count(*) FROM policy")
    claims=$(sqlite3 "$book" "SELECT count(*) FROM claim")
    echo "    database: $policies policies, $claims claims, $(du -h "$book" | cut -f1)"
    [ -s "$book.seed.txt" ] && sed 's/^/    seed: /' "$book.seed.txt" | grep -E "in [0-9.]+ s" || true
    measure "puhui stats extract (JSON, $policies policies, $claims claims)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" stats extract --from 2026-01-01 --to 2026-06-30 --format json --db "$book"
    measure "puhui stats extract (XML, validated)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" stats extract --from 2026-01-01 --to 2026-06-30 --format xml --db "$book"
    rm -rf "$work/extract-out" && mkdir -p "$work/extract-out"
    measure "puhui stats extract (CSV, --out: with the 4 detail files)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" stats extract --from 2026-01-01 --to 2026-06-30 --format csv --out "$work/extract-out" --db "$book"
    sed 's/^/    /' "$work/out.txt" | grep -- "-claims.csv\|-policies.csv" || true
    measure "puhui stats report (HTML with charts)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" stats report --from 2026-01-01 --to 2026-06-30 --out "$work/extract-out" --db "$book"
    measure "  baseline: sqlite3 shell, the main aggregate SQL" "$policies" policies sqlite3 "$book" ".read Benchmarks/extract-baseline.sql"
    ;;
  month-end)
    # The extract's book (1,000,000 policies in full mode), copied so that the lapse and renewal
    # runs write on the copy and the book stays as seeded. The demo ran October's lapse run; this
    # is the run as of the book date, 2026-11-20.
    book="$work/book-$book_policies-$book_claims.sqlite"
    seed_book "$book" "$book_parties" "$book_policies" "$book_claims"
    copy="$work/month-end.sqlite"
    rm -f "$copy" "$copy-wal" "$copy-shm"
    cp --reflink=auto "$book" "$copy"
    policies=$(sqlite3 "$copy" "SELECT count(*) FROM policy")
    receipts=$(sqlite3 "$copy" "SELECT count(*) FROM premium_receipt")
    echo "    database: $policies policies, $receipts premium receipts, $(du -h "$copy" | cut -f1)"
    [ -s "$book.seed.txt" ] && sed 's/^/    seed: /' "$book.seed.txt" | grep -E "premiums|lapse run" || true
    measure "puhui premium arrears --as-of 2026-11-20 ($policies policies)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" premium arrears --as-of 2026-11-20 --format csv --db "$copy"
    echo "    in arrears: $(($(wc -l < "$work/out.txt") - 1))"
    measure "  baseline: sqlite3 shell, the same selection (month-end-arrears-baseline.sql)" "$policies" policies sqlite3 "$copy" ".read Benchmarks/month-end-arrears-baseline.sql"
    measure "puhui premium lapse --as-of 2026-11-20 (lapses written, with audit events)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" clerk.ma)" "$puhui" premium lapse --as-of 2026-11-20 --at 2026-11-20T23:00 --db "$copy"
    head -1 "$work/out.txt" | sed 's/^/    /'
    measure "  baseline: sqlite3 shell, the same selection (month-end-arrears-baseline.sql)" "$policies" policies sqlite3 "$copy" ".read Benchmarks/month-end-arrears-baseline.sql"
    measure "puhui policy renewals --due-within 60d --as-of 2026-11-20" "$policies" policies env PUHUI_TOKEN="$(tok "$book" regulator.guo)" "$puhui" policy renewals --due-within 60d --as-of 2026-11-20 --format csv --db "$copy"
    due=$(($(wc -l < "$work/out.txt") - 1))
    echo "    renewals due: $due"
    measure "  baseline: sqlite3 shell, the same selection (month-end-renewals-baseline.sql)" "$policies" policies sqlite3 "$copy" ".read Benchmarks/month-end-renewals-baseline.sql"
    measure "puhui policy renew --all-due-within 60d ($due offers, rated and decided)" "$due" offers env PUHUI_TOKEN="$(tok "$book" clerk.ma)" "$puhui" policy renew --all-due-within 60d --at 2026-11-20T23:00 --db "$copy"
    head -1 "$work/out.txt" | sed 's/^/    /'
    ;;
  server)
    # puhui serve on a catalog-only book, loopback, its access log to a file. wrk shares the two
    # cores with the server, so both figures are lower than on a separate client machine.
    rm -rf "$work/server.sqlite"* "$work/serve.log"
    new_book "$work/server.sqlite"
    PUHUI_TOKEN="$(tok "$work/server.sqlite" product.wu)" "$puhui" catalog load --db "$work/server.sqlite" > /dev/null
    "$puhui" serve --db "$work/server.sqlite" --port 0 2> "$work/serve.log" &
    server=$!
    port=""
    for _ in $(seq 100); do
      port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
      [ -n "$port" ] && break
      sleep 0.1
    done
    [ -n "$port" ] || { echo "FAILED: puhui serve did not start"; cat "$work/serve.log"; kill "$server"; exit 1; }
    # The same quote asked anonymously (rated, not kept) and by a clerk with a token (kept).
    for who in anonymous clerk.ma; do
      python3 - "$work/quote-$who.lua" "$([ "$who" = anonymous ] || tok "$work/server.sqlite" "$who")" <<'PY'
import json, sys
risk = json.load(open("examples/risks/property-shop.json"))
body = json.dumps({"product": "PH-PROP-SHOP", "asOf": "2026-06-30", "risk": risk})
with open(sys.argv[1], "w") as lua:
    lua.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
    if sys.argv[2]:
        lua.write('wrk.headers["Authorization"] = "Bearer ' + sys.argv[2] + '"\n')
    lua.write("wrk.body = " + json.dumps(body) + "\n")
PY
    done
    echo "    $http_connections connections for $http_seconds s each, wrk and the server on the same $(nproc) cores"
    http "POST /api/v1/quotes (property, anonymous: rated, not kept)" "http://127.0.0.1:$port/api/v1/quotes" "$work/quote-anonymous.lua"
    http "POST /api/v1/quotes (property, a clerk's: rated and stored)" "http://127.0.0.1:$port/api/v1/quotes" "$work/quote-clerk.ma.lua"
    echo "    quotes stored: $(sqlite3 "$work/server.sqlite" "SELECT count(*) FROM quote")"
    http "  floor: GET /healthz (static 200 from the same server)" "http://127.0.0.1:$port/healthz"
    kill -TERM "$server"
    wait "$server"

    # Claims on the latency workload's book (1,000,000 claims in full mode), copied so that the
    # claims reported here do not change it: an adjuster reads one claim (token looked up, claim,
    # documents, requests, payments, clocks and case file read, JSON encoded), and reports
    # losses (a transaction with its chained events and clocks, committed per request).
    show="$work/show-$show_claims.sqlite"
    seed_book "$show" "$show_parties" "$show_policies" "$show_claims"
    copy="$work/server-claims.sqlite"
    rm -rf "$copy" "$copy-wal" "$copy-shm" "$copy.documents" "$work/serve-claims.log"
    cp --reflink=auto "$show" "$copy"
    claims=$(sqlite3 "$copy" "SELECT count(*) FROM claim")
    reference=$(sqlite3 "$copy" "SELECT reference FROM claim WHERE id = (SELECT max(id) / 2 FROM claim)")
    "$puhui" serve --db "$copy" --port 0 2> "$work/serve-claims.log" &
    server=$!
    port=""
    for _ in $(seq 100); do
      port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve-claims.log" | head -1)
      [ -n "$port" ] && break
      sleep 0.1
    done
    [ -n "$port" ] || { echo "FAILED: puhui serve did not start on $copy"; cat "$work/serve-claims.log"; kill "$server"; exit 1; }
    adjuster=$(tok "$show" chen.jie)
    # Shop policies in force, their premium paid, on which a fire can be reported today (a China
    # day): the candidates the server accepts a report on, up to 200 of them.
    today=$(TZ=UTC-8 date +%F)
    report_policies=()
    for candidate in $(sqlite3 "$copy" "SELECT p.number FROM policy p JOIN product_version v ON v.id = p.product_version_id WHERE v.code = 'PH-PROP-SHOP' AND p.status = 'in-force' AND p.start_date <= date('now') AND p.end_date >= date('now', '+1 day') ORDER BY p.id DESC LIMIT 400"); do
      status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $adjuster" -H 'Content-Type: application/json' \
        -d "{\"policy\": \"$candidate\", \"lossDate\": \"$today\", \"type\": \"fire\", \"claimed\": \"3000.00\"}" "http://127.0.0.1:$port/api/v1/claims")
      [ "$status" = 201 ] && report_policies+=("$candidate")
      [ ${#report_policies[@]} -ge 200 ] && break
    done
    [ ${#report_policies[@]} -gt 0 ] || { echo "FAILED: no shop policy of $copy takes a report today"; kill "$server"; exit 1; }
    policy=${report_policies[0]}
    python3 - "$work" "$adjuster" "$today" "${report_policies[@]}" <<'PY'
import json, sys
work, token, today, *policies = sys.argv[1:]
def body(policy):
    return json.dumps({"policy": policy, "lossDate": today, "type": "fire", "claimed": "3000.00", "description": "benchmark"})
with open(work + "/claim-get.lua", "w") as lua:
    lua.write('wrk.headers["Authorization"] = "Bearer ' + token + '"\n')
head = 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer ' + token + '"\n'
# Every report on one policy: each is a possible duplicate of all the earlier ones; the answer
# names the 10 most recent and counts the rest (14f), so what still grows with the run is that
# count, read from the index claim_loss alone (before 14f every earlier one was listed).
with open(work + "/claim-report.lua", "w") as lua:
    lua.write(head + "wrk.body = " + json.dumps(body(policies[0])) + "\n")
# Reports spread over the policies in turn: a possible duplicate now and then, as in a book.
with open(work + "/claim-report-spread.lua", "w") as lua:
    lua.write(head + "bodies = {" + ", ".join(json.dumps(body(p)) for p in policies) + "}\n")
    lua.write("counter = 0\nrequest = function()\n  counter = counter + 1\n")
    lua.write("  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])\nend\n")
PY
    echo "    database: $claims claims, $(du -h "$copy" | cut -f1); reading $reference, reporting on ${#report_policies[@]} policies"
    http "GET /api/v1/claims/$reference (an adjuster's token)" "http://127.0.0.1:$port/api/v1/claims/$reference" "$work/claim-get.lua"
    http "POST /api/v1/claims (fires on ${#report_policies[@]} policies in turn, committed per request)" "http://127.0.0.1:$port/api/v1/claims" "$work/claim-report-spread.lua"
    http "POST /api/v1/claims (every fire on $policy: 10 duplicates listed, the rest counted)" "http://127.0.0.1:$port/api/v1/claims" "$work/claim-report.lua"
    echo "    claims reported: $(($(sqlite3 "$copy" "SELECT count(*) FROM claim") - claims))"
    http "  floor: GET /healthz (static 200 from the same server)" "http://127.0.0.1:$port/healthz"
    kill -TERM "$server"
    wait "$server"
    rm -rf "$copy" "$copy-wal" "$copy-shm" "$copy.documents"
    ;;
  exports)
    book="$work/book-$book_policies-$book_claims.sqlite"
    seed_book "$book" "$book_parties" "$book_policies" "$book_claims"
    finance_token "$book"
    policies=$(sqlite3 "$book" "SELECT count(*) FROM policy")
    claims=$(sqlite3 "$book" "SELECT count(*) FROM claim")
    echo "    database: $policies policies, $claims claims, $(du -h "$book" | cut -f1)"
    rm -rf "$work/export-out" && mkdir -p "$work/export-out"
    measure "puhui claim export (CSV, $claims claims, each replayed)" "$claims" claims env PUHUI_TOKEN="$(tok "$book" zhou.hui)" "$puhui" claim export --from 2026-01-01 --to 2026-06-30 --out "$work/export-out" --db "$book"
    sed 's/^/    /' "$work/out.txt"
    measure "puhui claim export (JSON)" "$claims" claims env PUHUI_TOKEN="$(tok "$book" zhou.hui)" "$puhui" claim export --from 2026-01-01 --to 2026-06-30 --format json --out "$work/export-out" --db "$book"
    measure "  baseline: sqlite3 shell, the same reads as CSV (claim-export-baseline.sql)" "$claims" claims sqlite3 "$book" ".read Benchmarks/claim-export-baseline.sql"
    measure "puhui policy export (CSV, $policies policies)" "$policies" policies env PUHUI_TOKEN="$(tok "$book" zhou.hui)" "$puhui" policy export --from 2026-01-01 --to 2026-06-30 --out "$work/export-out" --db "$book"
    sed 's/^/    /' "$work/out.txt"
    measure "  baseline: sqlite3 shell, the same SELECT as CSV (policy-export-baseline.sql)" "$policies" policies sqlite3 "$book" ".read Benchmarks/policy-export-baseline.sql"
    ;;
  *) echo "unknown workload $workload"; exit 64 ;;
  esac
done
