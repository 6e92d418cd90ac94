#!/usr/bin/env bash
# The JavaScript side of the tests: builds the WASM package (scripts/build-wasm.sh), then runs
#   1. the wasm-bindgen-test suites: tests/wasm_node.rs in Node, tests/wasm_browser.rs in headless Chromium
#   2. node --test tests/js/: errors, UTF-16 offsets, the panic hook, native-vs-WASM parity, and the
#      packed npm tarball in Node ESM, tsc --strict, Vite and webpack 5 (built pages run in Chromium),
#      and its <abridge-summary> widget from a CDN-like second origin and from Vite and webpack builds
# Needs what scripts/setup.sh installs (wasm-bindgen-cli, Chromium + ChromeDriver, npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/vite ]; then
  echo "test-js: node_modules is missing the dev tools: run scripts/setup.sh (or npm ci)" >&2
  exit 1
fi

scripts/build-wasm.sh

echo "test-js: wasm-bindgen-test in Node" >&2
cargo test --target wasm32-unknown-unknown --test wasm_node

echo "test-js: wasm-bindgen-test in headless Chromium" >&2
# The runner gives ChromeDriver 5 s to start by default; a busy machine once took longer and the
# run failed with "driver failed to bind port during startup", so it gets 60 s.
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}" \
  cargo test --target wasm32-unknown-unknown --test wasm_browser

echo "test-js: node --test tests/js/" >&2
node --test tests/js/
