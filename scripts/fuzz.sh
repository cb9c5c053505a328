#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, the `fuzz` preset) and
# runs each for a bounded time on a scratch copy of its committed corpus
# (tests/fuzz/corpus/<name>/), so the committed corpus never changes.
#
#   AMEIDE_FUZZ_SECONDS  seconds per target (default 60)
#   AMEIDE_FUZZ_TARGETS  targets to run (default "fuzz_requests fuzz_tokens fuzz_run_query
#                        fuzz_json_struct")
#
# Exits non-zero on any crash, timeout, leak or sanitizer report. The input
# that caused it is written to build/fuzz/artifacts/; reproduce it with
#   build/fuzz/tests/fuzz/<target> build/fuzz/artifacts/<target>-crash-...
# Full logs are in build/fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${AMEIDE_FUZZ_SECONDS:-60}"
targets=(${AMEIDE_FUZZ_TARGETS:-fuzz_requests fuzz_tokens fuzz_run_query fuzz_json_struct})
build=build/fuzz

bash scripts/setup.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# CI=... would force warnings-as-errors (cmake/CommonConfig.cmake); the fuzz
# preset turns them off because clang warns differently from gcc.
env -u CI cmake --preset fuzz
env -u CI cmake --build --preset fuzz

mkdir -p "$build/artifacts" "$build/logs"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}"

failed=0
summary=()
for target in "${targets[@]}"; do
  corpus="tests/fuzz/corpus/${target#fuzz_}"
  scratch="$build/corpus-scratch/$target"
  log="$build/logs/$target.log"
  rm -rf "$scratch"
  rm -f "$build/artifacts/$target-"*
  mkdir -p "$scratch"
  cp -R "$corpus/." "$scratch/"
  echo "== $target: ${seconds}s on $(find "$scratch" -type f | wc -l) seed inputs (log: $log)"

  # The targets keep their data (fuzz_requests: a seeded platform) under
  # TMPDIR; a crash leaves it behind, so it is a folder removed here.
  tmp="$build/tmp/$target"
  rm -rf "$tmp"
  mkdir -p "$tmp"

  rc=0
  TMPDIR="$PWD/$tmp" "$build/tests/fuzz/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
    "$scratch" >"$log" 2>&1 || rc=$?
  rm -rf "$tmp"

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1 || true)
  cov=$(grep -Eo '(INITED|DONE|NEW|REDUCE|pulse) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -n1 \
        | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+)/\1 (features \2)/' || true)
  crashes=0
  if [ "$rc" -ne 0 ] || grep -Eq 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|FINDING:' "$log"; then
    crashes=1
    failed=1
    echo "!! $target failed (exit $rc); the end of its log:"
    tail -n 60 "$log"
    ls -1 "$build/artifacts/$target-"* 2>/dev/null || true
  fi
  summary+=("$target: executions ${execs:-?}, coverage ${cov:-?}, crashes $crashes")
done

echo
echo "== fuzz summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit "$failed"
