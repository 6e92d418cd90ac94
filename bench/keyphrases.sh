#!/usr/bin/env bash
# Key terms against human keyphrases (DUC-2001 dev half): abridge beside YAKE and summa TextRank.
#
#   bench/keyphrases.sh [--data FILE] [--bin PATH] [--no-peers]
#
# Uses bench/.venv (made by bench/rouge.sh; yake and summa are added here), builds the native CLI
# (cargo build --release --features cli) unless --bin is given, runs bench/keyphrases.py and writes
# bench/out/keyphrases.json. FILE defaults to ../shared/data/keywords/duc2001-dev.jsonl.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/bench/.venv"
BIN=""
ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) BIN="${2:?--bin needs a path}"; shift 2 ;;
        --data) ARGS+=(--data "${2:?--data needs a file}"); shift 2 ;;
        --no-peers) ARGS+=(--no-peers); shift ;;
        -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "keyphrases.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ ! -x "$VENV/bin/python" ]; then
    echo "keyphrases.sh: run bench/rouge.sh once first (it creates $VENV)" >&2; exit 1
fi
"$VENV/bin/python" -c 'import yake, summa' 2>/dev/null \
    || "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "yake==0.7.3" "summa==1.2.0" >&2
if [ -z "$BIN" ]; then
    (cd "$ROOT" && cargo build --release --features cli --quiet) >&2
    BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/abridge"
fi
exec "$VENV/bin/python" "$ROOT/bench/keyphrases.py" --bin "$BIN" "${ARGS[@]}"
