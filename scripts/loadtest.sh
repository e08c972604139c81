#!/usr/bin/env bash
# Runs tools/loadtest against bin/watt-ledger in three modes (hot, mix,
# flood; MODES to choose), each against a freshly started server on a free
# loopback port, so each mode's peak RSS and cache are its own.
#
# With two or more CPUs the server is pinned to CPU 0 and the client to
# CPU 1 (taskset), so the client cannot starve the server: the figures
# then describe a one-CPU server. With one CPU, or without taskset, both
# share it, and the script says so. Extra arguments go to the client
# (-c 100 -d 15s by default).
set -euo pipefail
cd "$(dirname "$0")/.."
modes=${MODES:-hot mix flood}
server_cpu=() client_cpu=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  server_cpu=(taskset -c 0) client_cpu=(taskset -c 1)
  echo "loadtest: server pinned to CPU 0, client to CPU 1 (taskset); $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
else
  echo "loadtest: server and client share the CPUs (no taskset, or one CPU): the client takes CPU from the server"
fi
go build -o bin/loadtest ./tools/loadtest
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
trap stop EXIT
status=0
for mode in $modes; do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  WATT_ADDR="127.0.0.1:$port" "${server_cpu[@]}" ./bin/watt-ledger 2>"bin/loadtest-$mode.log" &
  pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.1
  done
  echo
  "${client_cpu[@]}" ./bin/loadtest -url "http://127.0.0.1:$port" -mode "$mode" -pid "$pid" "$@" || status=1
  stop
done
exit $status
