#!/usr/bin/env bash
# Installs the Debian packages Puhui builds against when they are missing:
# libsqlite3-dev (SQLite for GRDB), libxml2-dev (XML Schema validation) and the sqlite3 shell
# (the baseline in benchmarks). Safe to run again.
set -euo pipefail

missing=()
for package in libsqlite3-dev libxml2-dev sqlite3; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
