#!/usr/bin/env bash
# Starts the server on a free loopback port, drives it with the bounded load
# of tools/loadtest (200 clients for 20 s, pages and brotli wasm),
# prints the figures, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
WATT_ADDR="127.0.0.1:$port" ./bin/watt-ledger 2>/dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
go run ./tools/loadtest -url "http://127.0.0.1:$port" -pid "$pid" "$@"
