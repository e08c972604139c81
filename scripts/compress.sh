#!/usr/bin/env bash
# Writes .br (brotli -q 11) and .gz (gzip -9) siblings of the text and wasm
# files given, or of those found under a directory, for servers and static
# hosts that serve precompressed files. With --text first, a directory gives
# only its text files (CSS, JS, SVG, JSON, manifest, HTML, XML, text): the
# build compresses app.wasm by itself. Fonts (woff2) and images are
# compressed already.
#
# Each sibling is written to a temporary file and renamed into place when
# complete, so a server reading the folder during a build never sees half a
# file (it once served a 0-byte app.wasm.br as the module); a failed run
# leaves the previous sibling as it was.
set -euo pipefail
command -v brotli >/dev/null || { echo "compress.sh: brotli is not installed (apt-get install brotli)" >&2; exit 1; }
wasm=(-o -name '*.wasm')
if [ "${1:-}" = --text ]; then
  wasm=()
  shift
fi
files=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$arg" -type f \( -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.xml' -o -name '*.txt' "${wasm[@]}" \) -print0)
  else
    files+=("$arg")
  fi
done
tmp=""
trap 'if [ -n "$tmp" ]; then rm -f "$tmp"; fi' EXIT
for f in "${files[@]}"; do
  tmp="$f.br.tmp.$$"
  brotli -q 11 -f -o "$tmp" "$f"
  # brotli gives its output the input's mtime cut to whole seconds, which
  # is older than the input: the server would refuse the sibling as left
  # over from an earlier build (server.usableSibling) and send app.wasm
  # uncompressed. The sibling is as new as the moment it was written.
  touch "$tmp"
  mv -f "$tmp" "$f.br"
  tmp="$f.gz.tmp.$$"
  gzip -9 -n -c "$f" > "$tmp"
  mv -f "$tmp" "$f.gz"
  tmp=""
done
