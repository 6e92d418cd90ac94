#!/usr/bin/env bash
# The demo: installs what is missing (scripts/setup.sh), builds the WebAssembly module
# (scripts/build-wasm.sh), then serves www/ at http://127.0.0.1:8080 with the Content-Security-Policy
# the pages are written for. PORT=… and HOST=… change the address; Ctrl-C stops it.
#
#   scripts/demo.sh            the demo at http://127.0.0.1:8080/, the widget at /news.html
#   SKIP_BUILD=1 scripts/demo.sh   serve what www/pkg already holds
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  scripts/setup.sh
  scripts/build-wasm.sh
fi
if [ ! -f www/pkg/abridge.js ] || [ ! -f www/pkg/abridge_bg.wasm ]; then
  echo "demo: www/pkg is empty: run scripts/build-wasm.sh" >&2
  exit 1
fi
exec node scripts/serve.mjs --dir www --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}" --csp
