#!/usr/bin/env bash
# Speed and size of abridge against its peers, side by side (not part of the test command):
#   native    cargo example bench/speed.rs: MB/s per stage beside UAX #29 segmentation alone, scaling;
#             instructions per byte of summarize (callgrind: exact and steady on a busy machine)
#   Node 20   abridge (WASM, pkg/) vs npm wink-nlp (+ wink-eng-lite-web-model) and node-summary
#   Chromium  the same comparison in one headless page; abridge's scaling; a 10 MB text and its memory
#   size      gzip -9 and brotli of abridge's .wasm + glue vs the peers bundled for the browser (esbuild)
#
#   bench/speed.sh [--no-build] [--only native|instructions|node|chromium|size] [--budget-ms N] [FILE.jsonl]
#
# --no-build uses pkg/ as it is (otherwise scripts/build-wasm.sh runs first). The peers live in
# bench/package.json (npm ci in bench/, once); FILE defaults to ../shared/data/eval/cnndm-dev.jsonl.
# Results: bench/out/speed-{node,chromium}.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUILD=1
ONLY=""
BUDGET=20000
FILE="$ROOT/../shared/data/eval/cnndm-dev.jsonl"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --only) ONLY="${2:?--only needs native|instructions|node|chromium|size}"; shift 2 ;;
    --budget-ms) BUDGET="${2:?--budget-ms needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) FILE="$1"; shift ;;
  esac
done
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }
say() { printf '\n== %s\n' "$*"; }
mkdir -p bench/out

if want native; then
  say "native (cargo run --release --features cli --example speed)"
  cargo run --quiet --release --features cli --example speed -- "$FILE"
fi

if want native || want instructions; then
  say "instructions per byte (valgrind --tool=callgrind; summarize, 3 sentences, each article once)"
  if command -v valgrind >/dev/null; then
    cargo build --quiet --release --features cli --example speed
    # Instructions of a run that summarizes every article once, minus a run that only reads them.
    count() {
      valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/speed "$FILE" --only "$1" 2>&1 |
        sed -n 's/.*Collected : *//p'
    }
    load=$(count load)
    once=$(count once)
    bytes=$(target/release/examples/speed "$FILE" --only once | sed -n 's/^summarized once: \([0-9]*\) bytes.*/\1/p')
    awk -v l="$load" -v o="$once" -v b="$bytes" 'BEGIN {
      ipb = (o - l) / b
      printf "%d bytes, %d instructions: %.1f instructions per byte (bar ≤ 150: %s)\n", b, o - l, ipb, ipb <= 150 ? "met" : "NOT met"
    }'
  else
    echo "valgrind not installed: skipped"
  fi
fi

if want node || want chromium || want size; then
  if [ "$BUILD" = 1 ]; then scripts/build-wasm.sh; fi
  [ -f pkg/abridge_bg.wasm ] || { echo "no pkg/: run scripts/build-wasm.sh" >&2; exit 1; }
  if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    (cd bench && npm ci --no-audit --no-fund --loglevel=error)
  fi
  node bench/js/bundle.mjs >/dev/null
fi

if want node; then
  say "Node $(node --version) (bench/js/node.mjs)"
  node bench/js/node.mjs "$FILE" --budget-ms "$BUDGET" > bench/out/speed-node.json
  node bench/js/report.mjs bench/out/speed-node.json
fi

if want chromium; then
  say "headless Chromium (bench/js/chromium.mjs)"
  node bench/js/chromium.mjs "$FILE" --budget-ms "$BUDGET" > bench/out/speed-chromium.json
  node bench/js/report.mjs bench/out/speed-chromium.json
fi

if want size; then
  say "size: what a page downloads (bytes)"
  gz() { cat "$@" | gzip -9c | wc -c; }
  br() { cat "$@" | brotli -q 11 -c | wc -c; }
  raw() { cat "$@" | wc -c; }
  row() { local name="$1"; shift; printf '%-44s %10d %10d %10d\n' "$name" "$(raw "$@")" "$(gz "$@")" "$(br "$@")"; }
  printf '%-44s %10s %10s %10s\n' "" raw "gzip -9" brotli
  row "abridge: abridge_bg.wasm + abridge.js" pkg/abridge_bg.wasm pkg/abridge.js
  row "wink-nlp + wink-eng-lite-web-model (esbuild)" bench/out/bundles/wink.browser.mjs
  row "node-summary (esbuild; URL helpers stubbed)" bench/out/bundles/node-summary.browser.mjs
  abr=$(gz pkg/abridge_bg.wasm pkg/abridge.js)
  for peer in wink node-summary; do
    p=$(gz "bench/out/bundles/$peer.browser.mjs")
    awk -v a="$abr" -v p="$p" -v n="$peer" 'BEGIN { printf "gzip -9: %s is %.1f× the size of abridge\n", n, p / a }'
  done
  verdict="met"; [ "$abr" -le 81920 ] || verdict="NOT met"
  echo "bar (issue 19): abridge .wasm + glue ≤ 80 KB gzipped (81920 bytes): $abr bytes, $verdict"
fi
