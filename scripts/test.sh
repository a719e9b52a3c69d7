#!/usr/bin/env bash
# Runs every test: native build + doctest/CTest, WASM build + node tests, the page build +
# browser tests, and a short fuzz run. Tests that need ../shared skip when it is absent.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0; failed=0; failures=()
step() {
  local name="$1"; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

bash scripts/build.sh all || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
step "unit tests (doctest via CTest)" ctest --test-dir build/native --output-on-failure
step "node tests (WASM module, CLI == WASM, invariants)" node --test tests/node/
step "browser tests (Chromium)" node --test --test-concurrency=1 tests/browser/
step "fuzz (short run)" bash scripts/fuzz.sh short

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed: %s\n' "${failures[@]}"
echo "test suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
