#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, load the catalog and rates
# into a new database of its own (PUHUI_DB, else ./demo/puhui.sqlite), seed a small book, price a
# quote with its worksheet, take one new policy through its premium, a change mid-term and two
# claims with their steps, clocks and letters, keep a flexible worker's pension account, list what
# is overdue (claims and premiums) and what renews, and write the regulator extract, its report
# and the bordereaux
# (into out/ beside the database).
#
# It never moves, overwrites or deletes a database it did not create in the same run: when the
# database already exists, it stops and says how to start again.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/bootstrap.sh
swift build
puhui=.build/debug/puhui

db="${PUHUI_DB:-./demo/puhui.sqlite}"
export PUHUI_DB="$db"
if [ -e "$db" ]; then
  echo "$db exists already (the book of an earlier walkthrough?); the walkthrough never overwrites a database." >&2
  echo "To start again, remove it yourself (rm $db $db-wal $db-shm), or run on another: PUHUI_DB=demo/other.sqlite $0" >&2
  exit 1
fi
mkdir -p "$(dirname "$db")"
out="$(dirname "$db")/out"
mkdir -p "$out"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; also "${@:2}"; }
also() { printf '$ puhui %s\n' "$*"; "$puhui" "$@"; }
# as NAME COMMAND...: the command with NAME's token (kept in $tokens/NAME, readable by its owner only).
as() { local who=$1; shift; printf '$ PUHUI_TOKEN=$(cat %s) puhui %s\n' "$tokens/$who" "$*"; PUHUI_TOKEN="$(cat "$tokens/$who")" "$puhui" "$@"; }
step_as() { printf '\n\033[1m== %s\033[0m\n' "$1"; as "${@:2}"; }

tokens="$(dirname "$db")/tokens"
mkdir -p "$tokens"
chmod 700 "$tokens"
step "Create the database and its first administrator (the token goes to a file only they can read)" \
  init --admin admin.li --token-out "$tokens/admin.li"
step_as "Load the staff, their roles and authority from config/" admin.li user import
for who in product.wu clerk.ma li.na chen.jie liu.yang zhao.min regulator.guo zhou.hui; do
  as admin.li user token "$who" --out "$tokens/$who"
done
step_as "Who am I, and what may I do" chen.jie whoami

step "Validate the product catalog and rate tables (anyone may)" catalog validate products --rates rates
step_as "Load them (one transaction; the product role)" product.wu catalog load --products products --rates rates
step "Products in force on 2026-06-30 (anyone may read the catalog)" catalog list --as-of 2026-06-30
step_as "Seed a small synthetic book through the engine's own operations, each step as a real user" \
  admin.li demo seed --parties 300 --policies 500 --claims 150

step_as "Price term life for a key employee, with the worksheet" clerk.ma quote --product PH-TERM-KEY --as-of 2026-06-30 --risk examples/risks/term-life-key.json
step "Price one shipment of cargo, not kept (a product of XML and CSV only: its steps are in products/cargo-micro.xml)" \
  quote --product PH-CARGO-MICRO --as-of 2026-06-30 --risk examples/risks/cargo-micro.json --no-store
step "Check a social credit code and classify a firm (no token needed)" party verify-id 91440300708461136T
also classify --industry H6210 --employees 8 --revenue 90 --assets 40

step_as "Register a micro restaurant" clerk.ma party add --kind enterprise --name 上海小禾餐饮管理有限公司 --id 91440300708461136T \
  --industry H6210 --employees 8 --revenue 90 --assets 40 --year 2025
holder=$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" party list --format csv | grep 91440300708461136T | cut -d, -f1)
step_as "Apply for property cover: rated, underwritten, issued" clerk.ma policy apply --product PH-PROP-SHOP --holder "$holder" \
  --risk examples/risks/property-shop.json --start 2026-07-01 --at 2026-06-28T10:00 \
  --document application-form --document business-licence
policy=$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" policy list --holder "$holder" --format csv | sed -n 2p | cut -d, -f1)
step_as "The premium arrives from the bank (a claim on premium unpaid past grace would be refused)" clerk.ma premium receive "$policy" \
  --amount 810.00 --at 2026-06-28T11:00 --reference BK-20260628-0001
as clerk.ma premium ledger "$policy" --as-of 2026-07-01
cat > "$out/property-shop-bigger.json" <<'JSON'
{"sumInsured": "1200000", "occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000", "claimsLast3Years": 1, "theftSumInsured": "20000"}
JSON
step_as "A change mid-term: the stock grows from 2026-10-01, re-rated on the tables of the policy's start, pro rata" clerk.ma \
  policy endorse "$policy" --effective 2026-10-01 --risk "$out/property-shop-bigger.json" --at 2026-09-25T10:00
endorsement=$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" policy show "$policy" --format json | sed -n 's/.*"endorsement" : "\(END-[0-9-]*\)".*/\1/p' | head -1)
step_as "Its worksheet: the rating, then the additional premium for the days left" clerk.ma policy endorsement "$endorsement"
as clerk.ma premium receive "$policy" --amount "$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" premium ledger "$policy" --as-of 2026-10-01 --format json | sed -n 's/.*"overdue" : "\([0-9.]*\)".*/\1/p' | tail -1)" --at 2026-10-01T10:00 --reference BK-20261001-0001

step_as "A fire: the adjuster reports the claim" chen.jie claim report --policy "$policy" --loss-date 2026-08-10 --type fire --claimed 80000 --at 2026-08-10T15:00
claim=$(PUHUI_TOKEN="$(cat "$tokens/chen.jie")" "$puhui" claim list --format csv | tail -n 1 | cut -d, -f1)
step_as "Ask once for every missing document (Art. 22): the written request is kept with the claim, its SHA-256 on the event" \
  chen.jie claim request-docs "$claim" --at 2026-08-10T16:00 --letter "$out/art22-request.html"
step_as "Documents arrive: the decision clock starts" chen.jie claim receive-docs "$claim" claim-form loss-list loss-photos fire-report repair-invoice bank-account --at 2026-08-12T10:00
step_as "The clocks ten days later: the 10-day decision is due tonight" chen.jie claim show "$claim" --as-of 2026-08-22T09:00
step_as "Decide and agree (the deductible applies)" chen.jie claim decide "$claim" --covered --at 2026-08-20T10:00
as chen.jie claim agree "$claim" --amount 70000 --at 2026-08-21T10:00
step_as "Pay 69000.00: above chen.jie's authority of 50000.00, so it waits for an approver" chen.jie claim pay "$claim" --amount 69000 --at 2026-08-22T10:00
step_as "chen.jie may not approve it himself (exit 77, nothing written)" chen.jie claim approve-payment "$claim" --at 2026-08-22T11:00 || echo "(refused: exit $?)"
step_as "What waits for zhao.min, who holds the approver role and 1000000.00 of authority" zhao.min claim approvals
as zhao.min claim approve-payment "$claim" --at 2026-08-22T14:00
step_as "Close the claim" chen.jie claim close "$claim" --at 2026-08-22T15:00
step_as "Its timeline: who did what, from their tokens" chen.jie claim timeline "$claim"

step_as "A flexible worker's pension account: register her, open it, contributions when she can" clerk.ma party add --kind person --name 王芳 \
  --id 110105199105080021 --role flexible-worker
worker=$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" party search 110105199105080021 --format csv | sed -n 2p | cut -d, -f1)
as clerk.ma policy apply --product PH-PENS-FLEX --holder "$worker" --insured "$worker" --risk examples/risks/pension-flex.json \
  --start 2026-01-05 --at 2026-01-04T10:00 --document application-form --document identity-document --document flexible-work-proof
pension=$(PUHUI_TOKEN="$(cat "$tokens/clerk.ma")" "$puhui" policy list --holder "$worker" --format csv | sed -n 2p | cut -d, -f1)
for contribution in 2026-01-05T10:00=800 2026-02-20T10:00=800 2026-05-03T10:00=2400 2026-08-15T10:00=500 2026-10-08T10:00=1200; do
  as clerk.ma premium receive "$pension" --amount "${contribution#*=}" --at "${contribution%=*}"
done
step_as "Her statement: every movement, interest credited monthly at the declared rate (never below the guaranteed), the pension projected" \
  regulator.guo pension statement "$pension" --as-of 2026-11-20

step_as "A burst pipe: the claimant and the payee are recorded (masked everywhere)" chen.jie claim report --policy "$policy" \
  --loss-date 2026-09-01 --type water-damage --claimed 6000 --at 2026-09-01T15:00
pipe=$(PUHUI_TOKEN="$(cat "$tokens/chen.jie")" "$puhui" claim list --format csv | tail -n 1 | cut -d, -f1)
as chen.jie claim party "$pipe" --role claimant --name 王小明 --relation policyholder --phone 13812345678 --at 2026-09-01T15:10
as chen.jie claim party "$pipe" --role payee --name 上海小禾餐饮管理有限公司 --relation policyholder --bank 中国工商银行上海分行 \
  --account 6222021234567890 --at 2026-09-01T15:12
step_as "A note on the file, and the claim handed to liu.yang" chen.jie claim note "$pipe" "the shop reports the pipe burst overnight; no other damage" --at 2026-09-01T15:20
as chen.jie claim assign "$pipe" liu.yang --at 2026-09-01T15:25
as liu.yang claim receive-docs "$pipe" claim-form loss-list loss-photos repair-invoice bank-account --at 2026-09-03T10:00
as liu.yang claim decide "$pipe" --covered --at 2026-09-04T10:00
as liu.yang claim agree "$pipe" --amount 6000 --at 2026-09-05T10:00
step_as "Pay 4000.00 of the 5000.00 payable: the payment advice goes out" liu.yang claim pay "$pipe" --amount 4000 --at 2026-09-06T10:00 \
  --letter "$out/payment-advice.html"
step_as "The claimant accepts 4000.00 in full: close with the rest waived (the reason is recorded; the extract counts it paid and closed)" \
  liu.yang claim close "$pipe" --waive-rest --reason "the claimant accepts 4000.00 in full settlement" --at 2026-09-08T10:00
step_as "The case file, masked; the payee in full only for a role that pays, and that look is recorded" liu.yang claim show "$pipe"
as zhao.min claim show "$pipe" --reveal
step_as "The policy schedule for the customer, kept with the policy" clerk.ma letter schedule "$policy" --out "$out/policy-schedule.html"
as chen.jie letter list "$pipe"

referral=$(PUHUI_TOKEN="$(cat "$tokens/li.na")" "$puhui" uw queue --format csv | sed -n 2p | cut -d, -f1)
if [ -n "$referral" ]; then
  step_as "An underwriter's case file of a referral waiting in the queue" li.na uw show "$referral"
fi

step_as "Everything overdue in the book right now, with its legal basis" chen.jie claim list --overdue --as-of 2026-11-20T18:00 --limit 15
step_as "An adjuster's own clocks due within the next 3 days (--adjuster NAME for another's, --all for everyone's)" chen.jie claim list --due-within 3d --as-of 2026-11-20T18:00
step_as "Premiums in arrears on the book date, most days late first (the demo ran October's lapse run)" regulator.guo premium arrears --as-of 2026-11-20 --limit 10
step_as "Policies ending in the next 60 days, with their own claims (the loss history of the renewal)" clerk.ma policy renewals --due-within 60d --as-of 2026-11-20
step_as "The underwriting queue and turnaround" regulator.guo uw stats --from 2026-01-01 --to 2026-11-20
step_as "Referrals past their product's offer validity expire (each one audited)" li.na uw expire
step_as "The regulator extract, first half of 2026 (CSV for spreadsheets, JSON, XML, long CSV)" regulator.guo stats extract --from 2026-01-01 --to 2026-06-30 --format csv --out "$out"
as regulator.guo stats extract --from 2026-01-01 --to 2026-06-30 --format json --out "$out"
as regulator.guo stats extract --from 2026-01-01 --to 2026-06-30 --format xml --out "$out"
as regulator.guo stats extract --from 2026-01-01 --to 2026-06-30 --format long-csv --out "$out"
step_as "The same figures as one printable page with charts" regulator.guo stats report --from 2026-01-01 --to 2026-06-30 --out "$out"
step_as "Finance and reinsurance: the claim and policy bordereaux of the half-year (CSV with BOM, streamed)" \
  zhou.hui claim export --from 2026-01-01 --to 2026-06-30 --out "$out"
as zhou.hui policy export --from 2026-01-01 --to 2026-06-30 --out "$out"
step_as "The data-quality report of the party registry" regulator.guo party quality --limit 5
step_as "The audit trail is one hash chain: verify it" regulator.guo audit verify
