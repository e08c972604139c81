#!/usr/bin/env bash
# Writes .br (brotli -q 11) and .gz (gzip -9) siblings of the large text and
# wasm files given, or of those found under a directory, for servers and
# static hosts that serve precompressed files.
set -euo pipefail
command -v brotli >/dev/null || { echo "compress.sh: brotli is not installed (apt-get install brotli)" >&2; exit 1; }
files=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$arg" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.xml' \) -print0)
  else
    files+=("$arg")
  fi
done
for f in "${files[@]}"; do
  brotli -q 11 -f -o "$f.br" "$f"
  gzip -9 -n -c "$f" > "$f.gz"
done
