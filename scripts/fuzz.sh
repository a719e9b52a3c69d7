#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) and runs them.
#   fuzz.sh short         ~20 s per target (part of npm test)
#   fuzz.sh long [SECS]   600 s per target by default (see README, "Fuzzing")
# Seeds: tests/fixtures and tests/fuzz/regressions; every file in tests/fuzz/regressions
# (crashes found earlier) is replayed first and must pass.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-short}"
seconds="${2:-$([ "$mode" = long ] && echo 600 || echo 20)}"

CC=clang CXX=clang++ cmake -S . -B build/fuzz -DNEWSMARK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz -j"$(nproc 2>/dev/null || echo 2)" --target annotate_fuzzer amounts_fuzzer >/dev/null

for target in annotate amounts; do
  corpus="build/fuzz/corpus-$target"
  mkdir -p "$corpus" "build/fuzz/crashes-$target"
  find tests/fixtures tests/fuzz/regressions -type f \( -name '*.html' -o -name '*.txt' -o -name '*.bin' \) -exec cp -n {} "$corpus/" \; 2>/dev/null || true
  regressions=(tests/fuzz/regressions/$target-*)
  if [ -e "${regressions[0]}" ]; then
    "build/fuzz/tests/fuzz/${target}_fuzzer" "${regressions[@]}" >/dev/null 2>&1 || {
      echo "fuzz: a regression input of $target crashes again"; exit 1; }
  fi
  echo "fuzz: $target for ${seconds}s"
  "build/fuzz/tests/fuzz/${target}_fuzzer" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="build/fuzz/crashes-$target/" -print_final_stats=1 2>&1 |
    grep -E "^stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" || true
  if compgen -G "build/fuzz/crashes-$target/*" >/dev/null; then
    echo "fuzz: $target found a crash: keep it as tests/fuzz/regressions/$target-NAME and fix it"; exit 1
  fi
done
