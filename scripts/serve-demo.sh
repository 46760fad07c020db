#!/usr/bin/env bash
# The pages on the walkthrough's book: prints a sign-in link for a customer (the owner of the
# walkthrough's restaurant, 上海小禾餐饮管理有限公司, added as user xiaohe.owner the first time)
# and one for the adjuster chen.jie, then serves the pages and the API until Ctrl-C.
#
#   scripts/serve-demo.sh [--port 8080] [--links-only]
#
# --links-only prints the links and serves nothing (the walkthrough ends with it). A link works
# once, for 60 minutes; run the script again for new ones. The book is PUHUI_DB, else
# ./demo/puhui.sqlite, with the walkthrough's tokens beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

port=8080
serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --links-only) serve=0; shift ;;
    *) echo "usage: scripts/serve-demo.sh [--port N] [--links-only]" >&2; exit 64 ;;
  esac
done

puhui=.build/debug/puhui
[ -x "$puhui" ] || swift build
db="${PUHUI_DB:-./demo/puhui.sqlite}"
export PUHUI_DB="$db"
tokens="$(dirname "$db")/tokens"
[ -e "$db" ] && [ -r "$tokens/admin.li" ] || { echo "no walkthrough book at $db: run scripts/walkthrough.sh first" >&2; exit 1; }
admin() { PUHUI_TOKEN="$(cat "$tokens/admin.li")" "$puhui" "$@"; }

if ! admin user show xiaohe.owner >/dev/null 2>&1; then
  holder=$(admin party list --format csv | grep 91440300708461136T | cut -d, -f1)
  [ -n "$holder" ] || { echo "the walkthrough's restaurant is not in $db" >&2; exit 1; }
  admin user add xiaohe.owner --role customer --party "$holder" >/dev/null
fi
base="http://127.0.0.1:$port"
echo "The customer (xiaohe.owner, the restaurant's owner):"
admin user signin-link xiaohe.owner --base-url "$base" --valid-minutes 60 | tail -n 1
echo "The adjuster (chen.jie):"
admin user signin-link chen.jie --base-url "$base" --valid-minutes 60 | tail -n 1
[ "$serve" -eq 1 ] || exit 0
echo "Serving on $base (Ctrl-C stops it)"
exec "$puhui" serve --port "$port"
