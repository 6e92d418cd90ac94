#!/usr/bin/env bash
# Runs each cargo-fuzz target (fuzz/fuzz_targets/: split, boundaries, summarize) for SECONDS (default 60) and
# prints, per target, libFuzzer's executions, speed, coverage and peak memory, and the crashes,
# timeouts and OOMs it found (their inputs are left in fuzz/artifacts/<target>/).
#
#   bench/fuzz.sh [SECONDS] [TARGET...]         e.g. FUZZ_CMP=1 bench/fuzz.sh 300; bench/fuzz.sh 900
#
# Not part of the test command. Installs nightly Rust and cargo-fuzz on its first run.
# One process per target, one after the other (the machine's cores are shared): libFuzzer's
# in-process mode, which stops at the first crash. No sanitizer: the crate has no `unsafe` code, and
# without ASan it runs several times as many inputs; debug assertions (overflow checks) are on.
# The corpus (fuzz/corpus/<target>/, git-ignored) is seeded from tests/fixtures/ on the first run
# and kept between runs. Exit status 1 when any target found a problem.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(split boundaries summarize)
# Per input: 10 s is a hang (a few KB of text take well under a millisecond); 2 GB is an OOM.
# Inputs up to FUZZ_MAX_LEN bytes (default 1024: every rule of the splitter looks at most a few
# hundred bytes around a boundary, and short inputs run several times as many executions).
LIBFUZZER_FLAGS=(-max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-1024}" -print_final_stats=1)
FUZZ=(cargo +nightly fuzz)
OPTS=(--sanitizer none --debug-assertions --release)
# libFuzzer's comparison tracing (it learns the constants the code compares against) costs about
# four times the executions here; the seed corpus already holds the punctuation and scripts of 28
# languages, so it is off unless FUZZ_CMP=1 (worth a first run on a fresh corpus).
[ "${FUZZ_CMP:-0}" = 1 ] || OPTS+=(--no-trace-compares)

# Installs what it needs, once: the nightly toolchain and cargo-fuzz (not in scripts/setup.sh: the
# test command does not fuzz, and cargo-fuzz takes minutes to build).
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
if ! "${FUZZ[@]}" --version >/dev/null 2>&1; then
  echo "fuzz: cargo install cargo-fuzz (a few minutes, once)"
  cargo install cargo-fuzz
fi

# Seeds: the seed article, the sentence-splitting golden texts (28 languages), the other fixtures.
seed() {
  local target="$1" dir="fuzz/corpus/$1"
  [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && return
  mkdir -p "$dir"
  python3 - "$target" "$dir" <<'PY'
import glob, hashlib, json, os, sys
target, out = sys.argv[1], sys.argv[2]
texts = []
for f in sorted(glob.glob("tests/fixtures/sbd/*.json")):
    try:
        texts += [c["text"] for c in json.load(open(f, encoding="utf-8")) if isinstance(c, dict) and "text" in c]
    except (ValueError, KeyError, TypeError):
        pass
for f in sorted(glob.glob("tests/fixtures/*.txt")):
    texts.append(open(f, encoding="utf-8").read()[:4000])
for i, t in enumerate(texts):
    body = t.encode("utf-8")[:4000]
    # split: a language byte; boundaries: none; summarize: an options byte (0: defaults; some with a budget of 2).
    head = b"" if target == "boundaries" else bytes([i % 29]) if target == "split" else (b"\x00" if i % 3 else b"\x01\x02")
    data = head + body
    open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb").write(data)
PY
}

echo "fuzz: building (${OPTS[*]})" >&2
(cd fuzz && "${FUZZ[@]}" build "${OPTS[@]}")

mkdir -p bench/out
total=0
problems=0
printf '%-10s %8s %14s %10s %8s %8s %10s %8s %8s %6s\n' target seconds executions exec/s cov corpus peak_MB crashes timeouts ooms
for t in "${TARGETS[@]}"; do
  seed "$t"
  mkdir -p "fuzz/artifacts/$t"
  before=$(ls "fuzz/artifacts/$t" | sort)
  log="bench/out/fuzz-$t.log"
  start=$(date +%s)
  set +e
  (cd fuzz && "${FUZZ[@]}" run "${OPTS[@]}" "$t" -- "${LIBFUZZER_FLAGS[@]}") >"$log" 2>&1
  status=$?
  set -e
  took=$(( $(date +%s) - start ))
  new=$(comm -13 <(echo "$before") <(ls "fuzz/artifacts/$t" | sort) || true)
  crashes=$(grep -c '^crash-' <<<"$new" || true)
  timeouts=$(grep -c '^timeout-' <<<"$new" || true)
  ooms=$(grep -c '^oom-' <<<"$new" || true)
  # A panic or a failed run with no artifact still counts as a crash.
  if [ "$status" -ne 0 ] && [ $((crashes + timeouts + ooms)) -eq 0 ]; then crashes=1; fi
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  execs=$(stat number_of_executed_units); execs=${execs:-0}
  speed=$(stat average_exec_per_sec)
  peak=$(stat peak_rss_mb)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-10s %8s %14s %10s %8s %8s %10s %8s %8s %6s\n' "$t" "$took" "$execs" "${speed:-?}" "${cov:-?}" "${corp:-?}" "${peak:-?}" "$crashes" "$timeouts" "$ooms"
  total=$((total + execs))
  problems=$((problems + crashes + timeouts + ooms))
  if [ $((crashes + timeouts + ooms)) -gt 0 ]; then
    echo "  $t: see $log; inputs: $(echo $new | sed "s#\([^ ]*\)#fuzz/artifacts/$t/\1#g")" >&2
  fi
done
echo "total executions: $total; crashes, timeouts and OOMs: $problems"
[ "$problems" -eq 0 ]
