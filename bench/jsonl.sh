#!/usr/bin/env bash
# Throughput of `abridge --jsonl` on one thread and on every core, and that the outputs are the
# same byte for byte (not part of the test command):
#
#   bench/jsonl.sh [--copies N] [FILE.jsonl ...]
#
# The input is the files given (default: every ../shared/data/eval/*-dev.jsonl) repeated N times
# (default 3). Prints the seconds and MB/s of --jobs 1 and --jobs <cores>, and their ratio.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COPIES=3
FILES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES="${2:?--copies needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) FILES+=("$1"); shift ;;
  esac
done
[ ${#FILES[@]} -gt 0 ] || FILES=("$ROOT"/../shared/data/eval/*-dev.jsonl)
cargo build --quiet --release --features cli --bin abridge
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$COPIES"); do cat "${FILES[@]}"; done > "$tmp/in.jsonl"
records=$(grep -c . "$tmp/in.jsonl")
bytes=$(stat -c %s "$tmp/in.jsonl")
cores=$(nproc)
run() { # run <jobs>: seconds of wall-clock time
  local start end
  start=$(date +%s.%N)
  target/release/abridge --jsonl --jobs "$1" < "$tmp/in.jsonl" > "$tmp/out-$1.jsonl"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
one=$(run 1)
all=$(run "$cores")
cmp -s "$tmp/out-1.jsonl" "$tmp/out-$cores.jsonl" && same="identical" || same="DIFFERENT"
awk -v r="$records" -v b="$bytes" -v one="$one" -v all="$all" -v c="$cores" -v same="$same" 'BEGIN {
  printf "%d records, %.1f MB\n", r, b / 1e6
  printf "--jobs 1   %6.2f s  %6.1f MB/s\n", one, b / 1e6 / one
  printf "--jobs %-3d %6.2f s  %6.1f MB/s\n", c, all, b / 1e6 / all
  printf "%d cores / 1: %.2f× (bar on 2 cores: ≥ 1.8×); outputs %s\n", c, one / all, same
}'
