#!/usr/bin/env bash
# Runs Lighthouse 12 (mobile configuration: simulated slow 4G, 4× slower CPU)
# with Debian's Chromium against bin/watt-ledger on 127.0.0.1, for each page
# of PAGES, and prints the four scores, total blocking time and largest
# contentful paint per page. `make lighthouse` runs it after `make build`.
# Reports are written to out/lighthouse/ (one JSON per page).
#
#   PAGES='/ /zh/' RUNS=3 tools/lighthouse/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

# The pages measured; add /power/ here once it exists.
PAGES=${PAGES:-"/ /zh/ /methodology/ /power/ /zh/power/ /embed/?preset=gpt-3&view=result"}
RUNS=${RUNS:-1}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
lh=tools/lighthouse/node_modules/.bin/lighthouse

if [ ! -x "$lh" ]; then
  npm install --prefix tools/lighthouse --no-audit --no-fund --silent
fi
if [ ! -f web/app.wasm ] || [ ! -x bin/watt-ledger ]; then
  echo "lighthouse: web/app.wasm or bin/watt-ledger is missing: run \`make build\` first" >&2
  exit 1
fi
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "lighthouse: warning: load average $load on $(nproc) CPUs: performance scores and TBT will be lower than on a quiet machine" >&2
fi

port=${LH_PORT:-$((20000 + RANDOM % 20000))}
./bin/watt-ledger -addr "127.0.0.1:$port" 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

mkdir -p out/lighthouse
reports=()
for run in $(seq "$RUNS"); do
  for page in $PAGES; do
    name=$(printf '%s' "$page" | tr -c 'A-Za-z0-9' '_')
    report="out/lighthouse/${name}run${run}.json"
    "$lh" "http://127.0.0.1:$port$page" --quiet --output=json --output-path="$report" \
      --chrome-flags="--headless=new --no-sandbox" >/dev/null
    reports+=("$report")
  done
done
node tools/lighthouse/summary.js "${reports[@]}"
