#!/usr/bin/env bash
# ROUGE quality benchmark: abridge vs LEAD-k (and, with --peers, sumy / summa).
#
#   bench/rouge.sh [--data DIR] [--dataset cnndm|bbc|xsum|multilingual|all] [--peers] [--bin PATH]
#
# Creates bench/.venv (Google's rouge-score; sumy + summa with --peers), builds the native CLI
# (cargo build --release --features cli), runs bench/rouge_eval.py, and writes
# bench/out/rouge-<dataset>.json. DIR defaults to ../shared/data/eval relative to the repo root.
# --bin PATH skips the cargo build and uses that executable instead (for testing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
VENV="$BENCH/.venv"
DATA="$ROOT/../shared/data/eval"
DATASET="all"
PEERS=0
BIN=""

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --data) DATA="${2:?--data needs a directory}"; shift 2 ;;
        --data=*) DATA="${1#*=}"; shift ;;
        --dataset) DATASET="${2:?--dataset needs a name}"; shift 2 ;;
        --dataset=*) DATASET="${1#*=}"; shift ;;
        --peers) PEERS=1; shift ;;
        --bin) BIN="${2:?--bin needs a path}"; shift 2 ;;
        --bin=*) BIN="${1#*=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "rouge.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done

case "$DATASET" in
    cnndm|bbc|xsum|multilingual|all) ;;
    *) echo "rouge.sh: --dataset must be cnndm, bbc, xsum, multilingual or all" >&2; exit 2 ;;
esac
if [ ! -d "$DATA" ]; then
    echo "rouge.sh: data directory $DATA not found (use --data DIR)" >&2; exit 2
fi
DATA="$(cd "$DATA" && pwd)"

# --- Python environment ------------------------------------------------------------------
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    echo "rouge.sh: creating $VENV" >&2
    "$PY" -m venv "$VENV" || { echo "rouge.sh: '$PY -m venv' failed (on Debian: apt-get install python3-venv)" >&2; exit 1; }
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2 || true
fi
pip_install() {
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$@" >&2
}
if ! "$VENV/bin/python" -c 'import rouge_score' 2>/dev/null; then
    echo "rouge.sh: installing rouge-score" >&2
    pip_install "rouge-score==0.1.2"
fi
if [ "$PEERS" = 1 ]; then
    # A peer that cannot be installed is reported as FAILED in the table, not fatal.
    "$VENV/bin/python" -c 'import sumy' 2>/dev/null || pip_install "sumy==0.13.0" \
        || echo "rouge.sh: warning: could not install sumy" >&2
    "$VENV/bin/python" -c 'import summa' 2>/dev/null || pip_install "summa==1.2.0" \
        || echo "rouge.sh: warning: could not install summa" >&2
fi

# --- The CLI -------------------------------------------------------------------------------
if [ -z "$BIN" ]; then
    echo "rouge.sh: cargo build --release --features cli" >&2
    (cd "$ROOT" && cargo build --release --features cli --quiet) >&2
    BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/abridge"
    case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
fi
if [ ! -x "$BIN" ]; then
    echo "rouge.sh: CLI $BIN not found or not executable" >&2; exit 1
fi

ARGS=(--bin "$BIN" --data "$DATA" --dataset "$DATASET" --out "$BENCH/out")
[ "$PEERS" = 1 ] && ARGS+=(--peers)
# Fixed hash seed: some peers (sumy) iterate over sets, which would vary by a few hundredths.
export PYTHONHASHSEED=0
exec "$VENV/bin/python" "$BENCH/rouge_eval.py" "${ARGS[@]}"
