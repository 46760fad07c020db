#!/usr/bin/env bash
# Installs what Puhui builds and tests against when it is missing, and nothing else. Safe to run again.
# - Debian: libsqlite3-dev (SQLite for GRDB), libxml2-dev (XML Schema validation), the sqlite3
#   shell (benchmark baselines and tests), curl (the HTTP contract check).
# - Debian: chromium and chromium-driver, the headless browser the pages are tested in.
# - PyPI: openapi-spec-validator and schemathesis, which check the HTTP contract and fuzz the
#   server against it (scripts/api-contract.sh, run by `swift test`); selenium, which drives the
#   browser through the pages (scripts/browser-tests.py, run by `swift test`).
set -euo pipefail

missing=()
for package in libsqlite3-dev libxml2-dev sqlite3 curl chromium chromium-driver; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

python_packages=()
command -v openapi-spec-validator >/dev/null || python_packages+=("openapi-spec-validator==0.9.0")
command -v schemathesis >/dev/null || python_packages+=("schemathesis==4.32.5")
python3 -c 'import selenium' 2>/dev/null || python_packages+=("selenium==4.38.0")
if [ ${#python_packages[@]} -gt 0 ]; then
  echo "installing ${python_packages[*]}" >&2
  python3 -m pip install --quiet --disable-pip-version-check "${python_packages[@]}"
fi
