#!/usr/bin/env bash
# Measures the WebAssembly build: sizes, a first visit's bytes, cold and warm
# loads and input-to-update times in headless Chromium, the same cold load
# of a minimal go-app page (the floor), and the Go benchmarks. `make bench`
# runs it after `make build`; extra arguments go to the bench program
# (tools/bench): -runs N, -changes N, -json FILE, -gobench=false …
# See BENCH.md for the figures and how to read them.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in brotli gzip; do
  command -v "$tool" >/dev/null || { echo "bench.sh: $tool is not installed" >&2; exit 1; }
done
if [ ! -f web/app.wasm ] || [ ! -x bin/watt-ledger ]; then
  echo "bench.sh: web/app.wasm or bin/watt-ledger is missing: run \`make build\` first" >&2
  exit 1
fi
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
  echo "bench.sh: warning: load average $load on $(nproc) CPUs: the times will be inflated" >&2
fi
go build -o bin/bench ./tools/bench
exec ./bin/bench "$@"
