#!/usr/bin/env bash
# Every test: native unit, integration and property tests; the WASM build; wasm-bindgen-test in
# Node and headless Chromium; the JavaScript package tests; the page tests in Chromium.
# Installs what it needs first (scripts/setup.sh), so it runs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh

echo "== code shape: no file in src/ over 450 lines, no function over 80 (scripts/lengths.py)"
python3 scripts/lengths.py

echo "== format (rustfmt.toml) and lints"
cargo fmt --check
cargo clippy --quiet --all-features --all-targets -- -D warnings

echo "== native tests"
cargo test --all-features
# The heavy hostile inputs (1 MB sentence, 10 MB text, a million sentences) run in release only.
cargo test --release --test hostile

echo "== WASM build, wasm-bindgen-test (Node, headless Chromium), JavaScript package tests"
./scripts/test-js.sh

echo "== page tests in headless Chromium (node --test)"
node --test tests/pages/
