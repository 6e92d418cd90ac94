#!/usr/bin/env bash
# Installs everything the demo, the build and the tests need on a fresh Debian machine.
# Idempotent: each step is skipped when its tool is already present at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

# The wasm-bindgen CLI must match the wasm-bindgen crate pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v wasm-opt >/dev/null 2>&1 || need_apt+=(binaryen)
command -v gzip >/dev/null 2>&1 || need_apt+=(gzip)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
# The nightly size build of scripts/build-wasm.sh needs std's sources (build-std) and nightly's wasm32
# target. Optional: when they cannot be had, build-wasm.sh makes the stable build, which passes every
# test too. The nightly toolchain itself is not installed here (the machine image has it).
if rustc +nightly -V >/dev/null 2>&1; then
  rustup component list --toolchain nightly --installed | grep -q '^rust-src' ||
    rustup component add rust-src --toolchain nightly ||
    echo "setup: rust-src for nightly could not be installed: build-wasm.sh will make the stable build"
  rustup target list --toolchain nightly --installed | grep -qx wasm32-unknown-unknown ||
    rustup target add wasm32-unknown-unknown --toolchain nightly ||
    echo "setup: nightly's wasm32 target could not be installed: build-wasm.sh will make the stable build"
else
  echo "setup: no nightly toolchain: build-wasm.sh will make the stable build"
fi
# scripts/test.sh checks the code's format and lints.
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# JavaScript build, test and bench tools (binaryen's wasm-opt, playwright-core, typescript, vite,
# webpack, ...), exactly as package-lock.json pins them. Re-run when the lock file changes.
if [ -f package.json ] && { [ ! -d node_modules ] || [ package.json -nt node_modules ] ||
  { [ -f package-lock.json ] && [ package-lock.json -nt node_modules ]; }; }; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  touch node_modules
fi
