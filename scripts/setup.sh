#!/usr/bin/env bash
# Installs every tool readout's build and tests need, skipping what is already there.
# Run by `make serve`, `make test` and `make dist`; safe to run again at any time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
who=setup
. scripts/as-root.sh
need() { command -v "$1" >/dev/null || { echo "setup: $1 is missing: $2" >&2; exit 1; }; }

need cargo "install Rust 1.95 with rustup"
need rustup "install Rust 1.95 with rustup"
need node "install Node.js 20 or newer"
need npm "install Node.js 20 or newer (npm comes with it)"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || { echo "setup: Node.js 20 or newer is needed" >&2; exit 1; }

trunk_version=0.21.14   # trunk 0.22 needs rustc 1.96; this machine has 1.95
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml ||
  { echo "setup: Trunk.toml must pin wasm_bindgen = \"$bindgen_version\" (Cargo.lock's version)" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version (about 8 minutes)"
  cargo install --locked "trunk@$trunk_version"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: its lock file pins a webpki-roots that no longer builds.
  cargo install --force wasm-bindgen-cli --version "$bindgen_version"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Chromium and chromedriver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
fi

# npm packages (playwright-core, and wasm-opt from binaryen@132) from the committed lock.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

# trunk builds offline, and offline makes cargo offline: fetch crates first.
cargo fetch --locked -q
