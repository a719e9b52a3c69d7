#!/usr/bin/env bash
# Installs what newsmark needs, and does nothing when all is there.
#   bootstrap.sh start   what building and serving the page needs
#   bootstrap.sh test    that, plus what the tests need (clang with libFuzzer, Chromium,
#                        a Korean font for the screenshots, python3 for the scorer)
# On Debian/Ubuntu as root it uses apt-get; elsewhere it prints exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need_file() { [ -e "$1" ] || missing+=("$2"); }

need_cmd cmake cmake
need_cmd g++ g++
need_cmd make make
need_cmd patch patch  # applies src/html/gumbo-patches at configure time
need_cmd node nodejs
need_cmd npm npm
need_cmd emcc emscripten
need_file /usr/include/nlohmann/json.hpp nlohmann-json3-dev
need_file /usr/include/doctest/doctest.h doctest-dev
need_file /usr/share/nodejs/acorn node-acorn
if [ "${1:-test}" = test ]; then
  need_cmd clang++ clang
  # libFuzzer and the sanitizer runtimes for clang (the short fuzz run in npm test).
  compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null || missing+=(libclang-rt-dev)
  need_cmd chromium chromium
  need_file /usr/share/fonts/truetype/nanum fonts-nanum
  need_cmd python3 python3
fi

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing ${missing[*]}" >&2
    echo "bootstrap: on Debian/Ubuntu run: sudo apt-get install -y ${missing[*]}" >&2
    echo "bootstrap: elsewhere install CMake, a C++17 compiler, patch, clang with libFuzzer, Node.js 20, Emscripten, nlohmann/json, doctest and Chromium" >&2
    exit 1
  fi
fi

# JS dependencies (gumbo's C sources, the peers measured against, playwright-core).
# .npmrc sets ignore-scripts: no package runs an install script.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
