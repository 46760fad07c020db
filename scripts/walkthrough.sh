#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, then validate and load the
# shipped catalog into a fresh database (PUHUI_DB, else ./puhui.sqlite) and list what is in force.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/bootstrap.sh
swift build
puhui=.build/debug/puhui

db="${PUHUI_DB:-./puhui.sqlite}"
export PUHUI_DB="$db"
if [ -e "$db" ]; then
  mv -f "$db" "$db.bak"
  rm -f "$db-wal" "$db-shm"
  echo "(the previous $db is kept as $db.bak)"
fi

step() { printf '\n\033[1m== %s\033[0m\n$ puhui %s\n' "$1" "${*:2}"; "$puhui" "${@:2}"; }

step "Validate the product catalog and rate tables" catalog validate products --rates rates
step "Load them into $db (one transaction)" catalog load --products products --rates rates
step "Products in force today" catalog list
step "One product in full" catalog show PH-PROP-SHOP
