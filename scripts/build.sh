#!/usr/bin/env bash
# Builds newsmark: `build.sh` (everything), or one of `native`, `wasm`, `web`.
#   native -> build/native/newsmark (CLI) and build/native/tests/newsmark_tests
#   wasm   -> build/wasm/wasm/newsmark.js (the WASM module, wasm inlined)
#   web    -> dist/ (the page) and dist/newsmark.html (the offline file)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
jobs="$(nproc 2>/dev/null || echo 2)"
# Emscripten 3.1.6 from Debian needs acorn from Debian's node modules.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

# Runs a build step quietly; on failure shows its output.
quietly() {
  local log
  log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "build: failed: $*" >&2
    return 1
  fi
  rm -f "$log"
}
build_native() {
  quietly cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release
  quietly cmake --build build/native -j"$jobs"
}
build_wasm() {
  quietly emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release
  quietly cmake --build build/wasm -j"$jobs"
}
build_web() { node scripts/build-web.js; }

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  web) build_web ;;
  all) build_native; build_wasm; build_web ;;
  *) echo "usage: build.sh [native|wasm|web]" >&2; exit 2 ;;
esac
