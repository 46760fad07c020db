#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, load the catalog and rates
# into a new database of its own (PUHUI_DB, else ./demo/puhui.sqlite), seed a small book, price a
# quote with its worksheet, take one new policy and one claim through their steps and clocks,
# list what is overdue, and write the regulator extract (into out/ beside the database).
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

step "Validate the product catalog and rate tables" catalog validate products --rates rates
step "Load them into $db (one transaction)" catalog load --products products --rates rates
step "Products in force on 2026-06-30" catalog list --as-of 2026-06-30
step "Seed a small synthetic book through the engine's own operations" demo seed --parties 300 --policies 500 --claims 150

step "Price term life for a key employee, with the worksheet" quote --product PH-TERM-KEY --as-of 2026-06-30 --risk examples/risks/term-life-key.json
step "Price one shipment of cargo (a product of XML and CSV only: its steps are in products/cargo-micro.xml)" \
  quote --product PH-CARGO-MICRO --as-of 2026-06-30 --risk examples/risks/cargo-micro.json
step "Check a social credit code and classify a firm" party verify-id 91440300708461136T
also classify --industry H6210 --employees 8 --revenue 90 --assets 40

step "Register a micro restaurant" party add --kind enterprise --name 上海小禾餐饮管理有限公司 --id 91440300708461136T \
  --industry H6210 --employees 8 --revenue 90 --assets 40 --year 2025
holder=$("$puhui" party list --format csv | grep 91440300708461136T | cut -d, -f1)
step "Apply for property cover: rated, underwritten, issued" policy apply --product PH-PROP-SHOP --holder "$holder" \
  --risk examples/risks/property-shop.json --start 2026-07-01 --at 2026-06-28T10:00 \
  --document application-form --document business-licence --user clerk.ma
policy=$("$puhui" policy list --holder "$holder" --format csv | sed -n 2p | cut -d, -f1)

export PUHUI_ADJUSTER=liu.yang
step "A fire: report the claim" claim report --policy "$policy" --loss-date 2026-08-10 --type fire --claimed 60000 --at 2026-08-10T15:00
claim=$("$puhui" claim list --format csv | tail -n 1 | cut -d, -f1)
step "Ask once for every missing document (Art. 22)" claim request-docs "$claim" --at 2026-08-10T16:00
step "Documents arrive: the decision clock starts" claim receive-docs "$claim" claim-form loss-list loss-photos fire-report repair-invoice bank-account --at 2026-08-12T10:00
step "The clocks ten days later: the 10-day decision is due tonight" claim show "$claim" --as-of 2026-08-22T09:00
step "Decide, agree (the deductible applies), pay, close" claim decide "$claim" --covered --at 2026-08-20T10:00
also claim agree "$claim" --amount 50000 --at 2026-08-21T10:00
also claim pay "$claim" --amount 49000 --at 2026-08-22T10:00
also claim close "$claim" --at 2026-08-22T11:00
step "Its timeline" claim timeline "$claim"

step "Everything overdue in the book right now, with its legal basis" claim list --overdue --as-of 2026-11-20T18:00 --limit 15
step "The underwriting queue and turnaround" uw stats --from 2026-01-01 --to 2026-11-20
step "The regulator extract, first half of 2026 (CSV for spreadsheets, JSON and XML)" stats extract --from 2026-01-01 --to 2026-06-30 --format csv --out "$out"
also stats extract --from 2026-01-01 --to 2026-06-30 --format json --out "$out"
also stats extract --from 2026-01-01 --to 2026-06-30 --format xml --out "$out"
step "The data-quality report of the party registry" party quality --limit 5
